"""Agenda points, standing points and action items in memory."""

from __future__ import annotations

from datetime import date

from adapters.storage.models import (
    ActionItem,
    AgendaPoint,
    Forening,
    Meeting,
    Person,
    StandingPoint,
)
from bot.agenda.points import point_row
from bot.core.audience import Audience
from bot.core.ports import Conflict, PointRow
from bot.core.vocabulary import ActionStatus, MeetingKind, PointStatus
from tests.fakes.store import Store


class FakePoints:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, point: AgendaPoint) -> AgendaPoint:
        if point.source_key is not None and self.by_source(point.source_key) is not None:
            raise Conflict(f"agenda point from {point.source_key}")
        return self._store.add(point)

    def get(self, council_id: int, point_id: int, *, audience: Audience) -> AgendaPoint | None:
        point = self._store.get(AgendaPoint, point_id)
        if point is None or point.council_id != council_id:
            return None
        return point if audience.sees(point.meeting_kind) else None

    def copy_of(self, council_id: int, point_id: int, *, audience: Audience) -> AgendaPoint | None:
        return next(
            (
                p
                for p in self._of(council_id)
                if p.carried_from_id == point_id and p.meeting_kind in audience.kinds
            ),
            None,
        )

    def by_source(self, source_key: str) -> AgendaPoint | None:
        return next(self._store.where(AgendaPoint, lambda p: p.source_key == source_key), None)

    def for_meeting(self, meeting_id: int) -> list[AgendaPoint]:
        found = self._store.where(AgendaPoint, lambda p: p.meeting_id == meeting_id)
        return sorted(found, key=lambda p: (p.position, p.id))

    def shown_for_meeting(self, meeting_id: int) -> list[PointRow]:
        people = {p.id: p for p in self._store.all(Person)}
        foreningar = {f.id: f for f in self._store.all(Forening)}
        return [
            point_row(p, people.get(p.submitter_id or 0), foreningar.get(p.forening_id or 0))
            for p in self.for_meeting(meeting_id)
        ]

    def sent_by(
        self, council_id: int, person_id: int, *, audience: Audience, limit: int
    ) -> list[AgendaPoint]:
        found = [
            p
            for p in self._of(council_id)
            if p.submitter_id == person_id and p.meeting_kind in audience.kinds
        ]
        return found[::-1][:limit]

    def waiting(self, council_id: int, *, kind: MeetingKind) -> list[AgendaPoint]:
        return [p for p in self._of(council_id) if p.meeting_id is None and p.meeting_kind == kind]

    def awaiting_answer(self, council_id: int, *, audience: Audience) -> list[AgendaPoint]:
        found = [
            p
            for p in self._of(council_id)
            if p.status == PointStatus.SENT_ON
            and p.answered_at is None
            and p.meeting_kind in audience.kinds
        ]
        return sorted(found, key=lambda p: (p.answer_by or date.min, p.id))

    def answers_overdue(self, by: date) -> list[AgendaPoint]:
        found = self._store.where(
            AgendaPoint,
            lambda p: (
                p.status == PointStatus.SENT_ON
                and p.answered_at is None
                and p.answer_by is not None
                and p.answer_by <= by
            ),
        )
        return sorted(found, key=lambda p: (p.council_id, p.id))

    def next_position(self, meeting_id: int | None) -> int:
        if meeting_id is None:
            return 0
        return max((p.position or 0 for p in self.for_meeting(meeting_id)), default=0) + 1

    def _of(self, council_id: int) -> list[AgendaPoint]:
        return list(self._store.where(AgendaPoint, lambda p: p.council_id == council_id))


class FakeStandingPoints:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_council(self, council_id: int, kind: MeetingKind) -> list[StandingPoint]:
        found = self._store.where(
            StandingPoint, lambda s: s.council_id == council_id and s.meeting_kind == kind
        )
        return sorted(found, key=lambda s: (s.position, s.id))

    def add(self, standing: StandingPoint) -> StandingPoint:
        return self._store.add(standing)

    def delete(self, standing: StandingPoint) -> None:
        self._store.delete(standing)


class FakeActionItems:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, item: ActionItem) -> ActionItem:
        return self._store.add(item)

    def open_for_council(self, council_id: int, *, audience: Audience) -> list[ActionItem]:
        return [i for i in self._of(council_id) if self._sees(i, audience)]

    def get(self, council_id: int, item_id: int, *, audience: Audience) -> ActionItem | None:
        item = self._store.get(ActionItem, item_id)
        if item is None or item.council_id != council_id or not self._sees(item, audience):
            return None
        return item

    def open_for_owner(
        self, council_id: int, person_id: int, *, audience: Audience
    ) -> list[ActionItem]:
        items = self.open_for_council(council_id, audience=audience)
        return [i for i in items if i.owner_id == person_id]

    def _of(self, council_id: int) -> list[ActionItem]:
        found = self._store.where(
            ActionItem, lambda i: i.council_id == council_id and i.status == ActionStatus.OPEN
        )
        return sorted(found, key=lambda i: (i.due_on is None, i.due_on, i.id))

    def _sees(self, item: ActionItem, audience: Audience) -> bool:
        """An item of a meeting's minutes is the audience's if that kind of meeting is."""
        meeting = self._store.get(Meeting, item.meeting_id) if item.meeting_id else None
        return meeting is None or audience.sees(meeting.kind)
