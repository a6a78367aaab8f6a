"""What people have told for their fee basis (sensitive: read only for the basis)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.storage.models import FeeProfile


class FeeProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, person_id: int) -> FeeProfile | None:
        return self._session.get(FeeProfile, person_id)

    def add(self, profile: FeeProfile) -> FeeProfile:
        self._session.add(profile)
        self._session.flush()
        return profile

    def delete(self, profile: FeeProfile) -> None:
        self._session.delete(profile)
        self._session.flush()

    def for_persons(self, person_ids: list[int]) -> dict[int, FeeProfile]:
        if not person_ids:
            return {}
        profiles = self._session.scalars(
            select(FeeProfile).where(FeeProfile.person_id.in_(person_ids))
        )
        return {p.person_id: p for p in profiles}
