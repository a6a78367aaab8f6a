"""Seats left open, in memory."""

from __future__ import annotations

from collections.abc import Collection

from adapters.storage.models import Vacancy
from tests.fakes.store import Store


class FakeVacancies:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, vacancy: Vacancy) -> Vacancy:
        return self._store.add(vacancy)

    def open_in(self, council_id: int) -> list[Vacancy]:
        found = self._store.where(
            Vacancy, lambda v: v.council_id == council_id and v.filled_at is None
        )
        return sorted(found, key=lambda v: (v.opened_at, v.id))

    def open_all(self) -> list[Vacancy]:
        return sorted(self._store.where(Vacancy, lambda v: v.filled_at is None), key=lambda v: v.id)

    def by_ids(self, ids: Collection[int]) -> dict[int, Vacancy]:
        return {v.id: v for v in self._store.where(Vacancy, lambda v: v.id in ids)}
