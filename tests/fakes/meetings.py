"""Meetings and the event log in memory."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta
from typing import Any

from adapters.storage.models import Event, Meeting
from bot.core.vocabulary import MeetingKind, MeetingStatus
from tests.fakes.store import Store


class FakeMeetings:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, meeting: Meeting) -> Meeting:
        return self._store.add(meeting)

    def get(self, council_id: int, meeting_id: int) -> Meeting | None:
        meeting = self._store.get(Meeting, meeting_id)
        return meeting if meeting is not None and meeting.council_id == council_id else None

    def by_ids(self, meeting_ids: Collection[int]) -> dict[int, Meeting]:
        found = (self._store.get(Meeting, meeting_id) for meeting_id in meeting_ids)
        return {meeting.id: meeting for meeting in found if meeting is not None}

    def upcoming(
        self, council_id: int, *, now: datetime, kinds: frozenset[MeetingKind] | None = None
    ) -> list[Meeting]:
        return _in_time_order(
            m
            for m in self.planned(council_id)
            if m.starts_at > now and (kinds is None or m.kind in kinds)
        )

    def summoned(self, council_id: int, *, now: datetime) -> list[Meeting]:
        found = [
            m
            for m in self.planned(council_id)
            if m.kallelse_sent_at is not None
            and (m.ends_at > now if m.ends_at else m.starts_at > now - timedelta(days=2))
        ]
        found = _in_time_order(found)
        return sorted(found, key=lambda m: m.kallelse_sent_at or now, reverse=True)

    def of_working_group(self, group_id: int) -> list[Meeting]:
        found = self._store.where(Meeting, lambda m: m.working_group_id == group_id)
        return sorted(found, key=lambda m: (m.starts_at, m.id))

    def next_stormote_after(self, council_id: int, when: datetime) -> Meeting | None:
        later = [
            m
            for m in self.planned(council_id)
            if m.kind == MeetingKind.STORMOTE and m.starts_at >= when
        ]
        return next(iter(_in_time_order(later)), None)

    def last_stormote_before(self, council_id: int, when: datetime) -> Meeting | None:
        earlier = [
            m
            for m in self.planned(council_id)
            if m.kind == MeetingKind.STORMOTE and m.starts_at < when
        ]
        return next(iter(reversed(_in_time_order(earlier))), None)

    def count_stormoten_in_year(
        self, council_id: int, year_start: datetime, year_end: datetime
    ) -> int:
        return sum(
            1
            for m in self.planned(council_id)
            if m.kind == MeetingKind.STORMOTE and year_start <= m.starts_at < year_end
        )

    def planned(self, council_id: int) -> list[Meeting]:
        return [
            m
            for m in self._store.all(Meeting)
            if m.council_id == council_id and m.status == MeetingStatus.PLANNED
        ]


def _in_time_order(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.starts_at, m.id))


class FakeEvents:
    def __init__(self, store: Store) -> None:
        self._store = store

    def append(
        self,
        kind: str,
        *,
        at: datetime,
        council_id: int | None = None,
        meeting_id: int | None = None,
        actor_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> Event:
        event = Event(
            kind=kind,
            at=at,
            council_id=council_id,
            meeting_id=meeting_id,
            actor_id=actor_id,
            data=data or {},
        )
        return self._store.add(event)

    def for_meeting(self, meeting_id: int, *, prefix: str) -> list[Event]:
        return [e for e in self._of(meeting_id) if e.kind.startswith(prefix)]

    def of_kinds(self, meeting_id: int, kinds: Collection[str]) -> list[Event]:
        return [e for e in self._of(meeting_id) if e.kind in kinds]

    def latest(self, council_id: int, kinds: Iterable[str], *, limit: int) -> list[Event]:
        wanted = set(kinds)
        found = [
            e for e in self._store.all(Event) if e.council_id == council_id and e.kind in wanted
        ]
        return found[::-1][:limit]

    def _of(self, meeting_id: int) -> list[Event]:
        return [e for e in self._store.all(Event) if e.meeting_id == meeting_id]
