"""What a council's year left behind, in memory (adapters/storage/repositories/year_records.py)."""

from __future__ import annotations

from datetime import datetime

from adapters.storage.models import ActionItem, AgendaPoint, Meeting
from bot.core.audience import Audience
from tests.fakes.store import Store


class FakeYearRecords:
    def __init__(self, store: Store) -> None:
        self._store = store

    def points_since(
        self, council_id: int, start: datetime, *, audience: Audience
    ) -> list[AgendaPoint]:
        found = self._store.where(
            AgendaPoint,
            lambda p: (
                p.council_id == council_id
                and p.created_at >= start
                and audience.sees(p.meeting_kind)
            ),
        )
        return sorted(found, key=lambda p: (p.created_at, p.id))

    def actions_made(
        self, council_id: int, start: datetime, end: datetime, *, audience: Audience
    ) -> list[ActionItem]:
        def sees(item: ActionItem) -> bool:
            meeting = self._store.get(Meeting, item.meeting_id) if item.meeting_id else None
            return meeting is None or audience.sees(meeting.kind)

        found = self._store.where(
            ActionItem,
            lambda i: i.council_id == council_id and start <= i.created_at < end and sees(i),
        )
        return sorted(found, key=lambda i: (i.created_at, i.id))
