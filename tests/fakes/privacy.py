"""A person's own data across councils in memory: reading it all, erasing it, retention."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.storage.models import (
    ActionItem,
    AgendaPoint,
    Attendance,
    Council,
    CouncilKallelse,
    Event,
    Forening,
    Meeting,
    MeetingGuest,
    MeetingKallelse,
    Membership,
    OutboxMessage,
    Person,
    ReminderPreference,
)
from adapters.storage.repositories.privacy import OPEN_POINTS
from bot.core.vocabulary import ActionStatus, OutboxStatus
from tests.fakes.store import Store


class FakePrivacyRecords:
    def __init__(self, store: Store) -> None:
        self._store = store

    def memberships_of(self, person_id: int) -> list[tuple[Membership, Council, Forening | None]]:
        rows = [
            (m, self._council(m.council_id), self._store.get(Forening, m.forening_id or 0))
            for m in self._store.all(Membership)
            if m.person_id == person_id
        ]
        return sorted(rows, key=lambda r: (r[1].name, r[0].active_from, r[0].id))

    def points_of(self, person_id: int) -> list[tuple[AgendaPoint, Council]]:
        points = [p for p in self._store.all(AgendaPoint) if p.submitter_id == person_id]
        return [(p, self._council(p.council_id)) for p in sorted(points, key=_created)]

    def attendance_of(self, person_id: int) -> list[tuple[Attendance, Meeting, Council]]:
        rows = []
        for a in self._store.all(Attendance):
            meeting = self._store.get(Meeting, a.meeting_id)
            if a.person_id == person_id and meeting is not None:
                rows.append((a, meeting, self._council(meeting.council_id)))
        return sorted(rows, key=lambda r: (r[1].starts_at, r[1].id))

    def guest_of(self, person_id: int) -> list[tuple[MeetingGuest, Meeting, Council]]:
        rows = []
        for g in self._store.all(MeetingGuest):
            meeting = self._store.get(Meeting, g.meeting_id)
            if g.person_id == person_id and meeting is not None:
                rows.append((g, meeting, self._council(meeting.council_id)))
        return sorted(rows, key=lambda r: (r[1].starts_at, r[1].id))

    def drop_guest_invitations(self, person_id: int) -> None:
        for guest in self._store.all(MeetingGuest):
            if guest.person_id == person_id:
                self._store.delete(guest)

    def actions_of(self, person_id: int) -> list[tuple[ActionItem, Council]]:
        items = [i for i in self._store.all(ActionItem) if i.owner_id == person_id]
        return [(i, self._council(i.council_id)) for i in sorted(items, key=_created)]

    def events_by(self, person_id: int) -> list[Event]:
        return [e for e in self._store.all(Event) if e.actor_id == person_id]

    def lock_person(self, person_id: int) -> Person | None:
        person = self._store.get(Person, person_id)
        return person if person is not None and person.erased_at is None else None

    def end_memberships(self, person_id: int, now: datetime) -> None:
        for m in self._memberships(person_id, now):
            m.active_to = now

    def clear_absence_reasons(self, person_id: int) -> None:
        for a in self._store.all(Attendance):
            if a.person_id == person_id:
                a.answer_reason = None

    def open_points_of(self, person_id: int, now: datetime) -> list[AgendaPoint]:
        def ahead(point: AgendaPoint) -> bool:
            meeting = self._store.get(Meeting, point.meeting_id or 0)
            return meeting is None or meeting.starts_at > now

        return [
            p
            for p in self._store.all(AgendaPoint)
            if p.submitter_id == person_id and p.status in OPEN_POINTS and ahead(p)
        ]

    def release_open_actions(self, person_id: int) -> None:
        for item in self._store.all(ActionItem):
            if item.owner_id == person_id and item.status == ActionStatus.OPEN:
                item.owner_id = None

    def clear_kallelse_roles(self, person_id: int) -> None:
        for texts in [*self._store.all(CouncilKallelse), *self._store.all(MeetingKallelse)]:
            if texts.leader_id == person_id:
                texts.leader_id = None
            if texts.contact_id == person_id:
                texts.contact_id = None

    def drop_reminders(self, person_id: int) -> None:
        for preference in self._store.all(ReminderPreference):
            if preference.person_id == person_id:
                self._store.delete(preference)
        for row in self._store.all(OutboxMessage):
            if row.person_id == person_id and row.status != OutboxStatus.SENDING:
                self._store.delete(row)

    def minutes_events(self, council_ids: set[int]) -> list[Event]:
        return [
            e
            for e in self._store.all(Event)
            if e.council_id in council_ids and e.kind.startswith("minutes.")
        ]

    def rewrite(self, event: Event, data: dict[str, Any]) -> None:
        event.data = data

    def is_staying(self, person_id: int, now: datetime) -> bool:
        return bool(self._memberships(person_id, now))

    def departures(self, now: datetime) -> list[tuple[int, int, datetime]]:
        staying = {m.person_id for m in self._store.all(Membership) if _not_ended(m, now)}
        left: dict[tuple[int, int], datetime] = {}
        for m in self._store.all(Membership):
            person = self._store.get(Person, m.person_id)
            if person is None or person.erased_at is not None or m.person_id in staying:
                continue
            assert m.active_to is not None  # ended, as nobody staying has an open one
            key = (m.person_id, m.council_id)
            left[key] = max(left.get(key, m.active_to), m.active_to)
        return [
            (person_id, self._council(council_id).retention_months, at)
            for (person_id, council_id), at in left.items()
        ]

    def _memberships(self, person_id: int, now: datetime) -> list[Membership]:
        return [
            m
            for m in self._store.all(Membership)
            if m.person_id == person_id and _not_ended(m, now)
        ]

    def _council(self, council_id: int) -> Council:
        council = self._store.get(Council, council_id)
        if council is None:
            raise LookupError(f"no council {council_id}")
        return council


def _not_ended(m: Membership, now: datetime) -> bool:
    """Not ended at `now` (one starting later counts: they are joining)."""
    return m.active_to is None or m.active_to > now


def _created(row: AgendaPoint | ActionItem) -> tuple[datetime, int]:
    return (row.created_at, row.id)
