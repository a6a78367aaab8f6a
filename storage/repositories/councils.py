"""Councils, found by the Slack channel they are bound to (its id alone: see Council)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Council


class CouncilRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, council: Council) -> Council:
        self._session.add(council)
        self._session.flush()
        return council

    def get(self, council_id: int) -> Council | None:
        return self._session.get(Council, council_id)

    def by_channel(self, channel_id: str) -> Council | None:
        """The channel's council, whichever workspace asks (see Council)."""
        return self._session.scalars(
            select(Council).where(Council.channel_id == channel_id)
        ).one_or_none()

    def by_ids(self, council_ids: list[int]) -> list[Council]:
        if not council_ids:
            return []
        return list(
            self._session.scalars(
                select(Council).where(Council.id.in_(council_ids)).order_by(Council.name)
            )
        )
