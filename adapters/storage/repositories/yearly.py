"""Each council's årshjul: its items, in the order of the calendar's months."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.storage.models import YearlyItem


class YearlyItemRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_council(self, council_id: int) -> list[YearlyItem]:
        return list(
            self._session.scalars(
                select(YearlyItem)
                .where(YearlyItem.council_id == council_id)
                .order_by(YearlyItem.month, YearlyItem.id)
            )
        )

    def add(self, item: YearlyItem) -> YearlyItem:
        self._session.add(item)
        self._session.flush()
        return item

    def delete(self, item: YearlyItem) -> None:
        self._session.delete(item)
        self._session.flush()

    def evaluations(self) -> list[YearlyItem]:
        """Every council's item for its own evaluation (bot.councils.goals)."""
        return list(self._session.scalars(select(YearlyItem).where(YearlyItem.evaluation)))
