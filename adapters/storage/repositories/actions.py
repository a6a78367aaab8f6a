"""Action items (åtgärder) with an owner and a due date, followed until closed.

Every read names its audience (bot.core.audience): an item from a förmöte's minutes is read only
by the associations.
"""

from __future__ import annotations

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from adapters.storage.models import ActionItem, Meeting
from bot.core.audience import Audience
from bot.core.vocabulary import ActionStatus


def _readable(audience: Audience) -> Select[tuple[ActionItem]]:
    """Items whose meeting (if any) is of a kind the audience may read."""
    return (
        select(ActionItem)
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(or_(ActionItem.meeting_id.is_(None), Meeting.kind.in_(audience.kinds)))
    )


class ActionItemRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, item: ActionItem) -> ActionItem:
        self._session.add(item)
        self._session.flush()
        return item

    def open_for_council(self, council_id: int, *, audience: Audience) -> list[ActionItem]:
        return list(
            self._session.scalars(
                _readable(audience)
                .where(ActionItem.council_id == council_id, ActionItem.status == ActionStatus.OPEN)
                .order_by(ActionItem.due_on, ActionItem.id)
            )
        )

    def get(self, council_id: int, item_id: int, *, audience: Audience) -> ActionItem | None:
        return self._session.scalars(
            _readable(audience).where(ActionItem.council_id == council_id, ActionItem.id == item_id)
        ).one_or_none()

    def open_for_owner(
        self, council_id: int, person_id: int, *, audience: Audience
    ) -> list[ActionItem]:
        return [
            i
            for i in self.open_for_council(council_id, audience=audience)
            if i.owner_id == person_id
        ]
