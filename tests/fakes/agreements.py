"""The versions of each council's written agreement in memory."""

from __future__ import annotations

from datetime import date

from adapters.storage.models import CouncilAgreement
from bot.core.ports import Conflict
from tests.fakes.store import Store


class FakeAgreements:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, agreement: CouncilAgreement) -> CouncilAgreement:
        taken = self._store.where(
            CouncilAgreement,
            lambda a: a.council_id == agreement.council_id and a.version == agreement.version,
        )
        if next(taken, None) is not None:  # the unique key (council, version)
            raise Conflict(f"agreement {agreement.council_id} v{agreement.version}")
        return self._store.add(agreement)

    def current(self, council_id: int) -> CouncilAgreement | None:
        versions = self._store.where(CouncilAgreement, lambda a: a.council_id == council_id)
        return max(versions, key=lambda a: a.version, default=None)

    def due_for_review(self, adopted_by: date) -> list[CouncilAgreement]:
        councils = sorted({a.council_id for a in self._store.all(CouncilAgreement)})
        current = [self.current(c) for c in councils]
        return [a for a in current if a is not None and a.adopted_on <= adopted_by]
