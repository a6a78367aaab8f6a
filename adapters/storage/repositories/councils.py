"""Councils (found by a conversation they are reached in:
adapters.storage.repositories.directory)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.storage.models import Council


class CouncilRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, council: Council) -> Council:
        self._session.add(council)
        self._session.flush()
        return council

    def get(self, council_id: int) -> Council | None:
        return self._session.get(Council, council_id)

    def by_ids(self, council_ids: list[int]) -> list[Council]:
        if not council_ids:
            return []
        return list(
            self._session.scalars(
                select(Council).where(Council.id.in_(council_ids)).order_by(Council.name)
            )
        )
