"""Action items (åtgärder) with an owner and a due date, followed until closed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.vocabulary import ActionStatus
from storage.models import ActionItem


class ActionItemRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, item: ActionItem) -> ActionItem:
        self._session.add(item)
        self._session.flush()
        return item

    def open_for_council(self, council_id: int) -> list[ActionItem]:
        return list(
            self._session.scalars(
                select(ActionItem)
                .where(ActionItem.council_id == council_id, ActionItem.status == ActionStatus.OPEN)
                .order_by(ActionItem.due_on, ActionItem.id)
            )
        )

    def get(self, council_id: int, item_id: int) -> ActionItem | None:
        item = self._session.get(ActionItem, item_id)
        return item if item is not None and item.council_id == council_id else None

    def open_for_owner(self, council_id: int, person_id: int) -> list[ActionItem]:
        return [i for i in self.open_for_council(council_id) if i.owner_id == person_id]
