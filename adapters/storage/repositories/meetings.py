"""Meetings of a council, in time order."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from adapters.storage.models import Meeting
from bot.core.vocabulary import MeetingKind, MeetingStatus


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, meeting: Meeting) -> Meeting:
        self._session.add(meeting)
        self._session.flush()
        return meeting

    def get(self, council_id: int, meeting_id: int) -> Meeting | None:
        meeting = self._session.get(Meeting, meeting_id)
        return meeting if meeting is not None and meeting.council_id == council_id else None

    def by_ids(self, meeting_ids: Collection[int]) -> dict[int, Meeting]:
        if not meeting_ids:
            return {}
        found = self._session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))
        return {meeting.id: meeting for meeting in found}

    def upcoming(
        self, council_id: int, *, now: datetime, kinds: frozenset[MeetingKind] | None = None
    ) -> list[Meeting]:
        query = select(Meeting).where(
            Meeting.council_id == council_id,
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at > now,
        )
        if kinds is not None:
            query = query.where(Meeting.kind.in_(kinds))
        return list(self._session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))

    def summoned(self, council_id: int, *, now: datetime) -> list[Meeting]:
        """The council's planned meetings whose kallelse has gone out and that may not be over
        at `now` (one without an end lasts until the local midnight after its start, within
        two days in any zone), the latest kallelse first."""
        query = select(Meeting).where(
            Meeting.council_id == council_id,
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.kallelse_sent_at.is_not(None),
            or_(
                Meeting.ends_at > now,
                and_(Meeting.ends_at.is_(None), Meeting.starts_at > now - timedelta(days=2)),
            ),
        )
        order = (Meeting.kallelse_sent_at.desc(), Meeting.starts_at, Meeting.id)
        return list(self._session.scalars(query.order_by(*order)))

    def of_working_group(self, group_id: int) -> list[Meeting]:
        return list(
            self._session.scalars(
                select(Meeting)
                .where(Meeting.working_group_id == group_id)
                .order_by(Meeting.starts_at, Meeting.id)
            )
        )

    def next_stormote_after(self, council_id: int, when: datetime) -> Meeting | None:
        return self._first_stormote(council_id, Meeting.starts_at >= when, Meeting.starts_at)

    def last_stormote_before(self, council_id: int, when: datetime) -> Meeting | None:
        latest = (Meeting.starts_at.desc(), Meeting.id.desc())
        return self._first_stormote(council_id, Meeting.starts_at < when, *latest)

    def _first_stormote(
        self, council_id: int, when: ColumnElement[bool], *order: Any
    ) -> Meeting | None:
        """The council's first planned stormöte by `order` of those starting `when`."""
        return self._session.scalars(
            select(Meeting)
            .where(
                Meeting.council_id == council_id,
                Meeting.kind == MeetingKind.STORMOTE,
                Meeting.status == MeetingStatus.PLANNED,
                when,
            )
            .order_by(*order)
            .limit(1)
        ).one_or_none()

    def count_stormoten_in_year(
        self, council_id: int, year_start: datetime, year_end: datetime
    ) -> int:
        return (
            self._session.scalar(
                select(func.count(Meeting.id)).where(
                    Meeting.council_id == council_id,
                    Meeting.kind == MeetingKind.STORMOTE,
                    Meeting.status == MeetingStatus.PLANNED,
                    Meeting.starts_at >= year_start,
                    Meeting.starts_at < year_end,
                )
            )
            or 0
        )
