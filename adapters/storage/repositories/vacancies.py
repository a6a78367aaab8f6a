"""Seats left open by representatives who left, until someone is appointed."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.storage.models import Vacancy


class VacancyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, vacancy: Vacancy) -> Vacancy:
        self._session.add(vacancy)
        self._session.flush()
        return vacancy

    def open_in(self, council_id: int) -> list[Vacancy]:
        return list(
            self._session.scalars(
                select(Vacancy)
                .where(Vacancy.council_id == council_id, Vacancy.filled_at.is_(None))
                .order_by(Vacancy.opened_at, Vacancy.id)
            )
        )

    def open_all(self) -> list[Vacancy]:
        return list(
            self._session.scalars(
                select(Vacancy).where(Vacancy.filled_at.is_(None)).order_by(Vacancy.id)
            )
        )

    def by_ids(self, ids: Collection[int]) -> dict[int, Vacancy]:
        if not ids:
            return {}
        found = self._session.scalars(select(Vacancy).where(Vacancy.id.in_(list(ids))))
        return {v.id: v for v in found}
