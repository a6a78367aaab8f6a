"""Each council's årshjul in memory."""

from __future__ import annotations

from adapters.storage.models import YearlyItem
from tests.fakes.store import Store


class FakeYearlyItems:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_council(self, council_id: int) -> list[YearlyItem]:
        found = self._store.where(YearlyItem, lambda i: i.council_id == council_id)
        return sorted(found, key=lambda i: (i.month, i.id))

    def add(self, item: YearlyItem) -> YearlyItem:
        return self._store.add(item)

    def delete(self, item: YearlyItem) -> None:
        self._store.delete(item)

    def evaluations(self) -> list[YearlyItem]:
        return [i for i in self._store.all(YearlyItem) if i.evaluation]
