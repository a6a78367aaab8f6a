"""What a council's year left behind, read for its year report (bot.councils.year_report).

Each read names its audience (bot.core.audience): a förmöte's points and action items are
the associations' own and never reach the unit's version.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from adapters.storage.models import ActionItem, AgendaPoint, Meeting
from bot.core.audience import Audience


class YearRecordRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def points_since(
        self, council_id: int, start: datetime, *, audience: Audience
    ) -> list[AgendaPoint]:
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(
                    AgendaPoint.council_id == council_id,
                    AgendaPoint.created_at >= start,
                    AgendaPoint.meeting_kind.in_(audience.kinds),
                )
                .order_by(AgendaPoint.created_at, AgendaPoint.id)
            )
        )

    def actions_made(
        self, council_id: int, start: datetime, end: datetime, *, audience: Audience
    ) -> list[ActionItem]:
        return list(
            self._session.scalars(
                select(ActionItem)
                .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(
                    ActionItem.council_id == council_id,
                    ActionItem.created_at >= start,
                    ActionItem.created_at < end,
                    or_(ActionItem.meeting_id.is_(None), Meeting.kind.in_(audience.kinds)),
                )
                .order_by(ActionItem.created_at, ActionItem.id)
            )
        )
