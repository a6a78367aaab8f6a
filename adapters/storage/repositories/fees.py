"""What people have told for their fee basis (sensitive: read only for the basis)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from adapters.storage.models import FeeProfile, PayRecord


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

    def pay_for(self, person_ids: list[int]) -> dict[int, list[PayRecord]]:
        if not person_ids:
            return {}
        found: dict[int, list[PayRecord]] = {}
        for record in self._session.scalars(
            select(PayRecord)
            .where(PayRecord.person_id.in_(person_ids))
            .order_by(PayRecord.person_id, PayRecord.valid_from)
        ):
            found.setdefault(record.person_id, []).append(record)
        return found

    def add_pay(self, record: PayRecord) -> PayRecord:
        self._session.add(record)
        self._session.flush()
        return record

    def delete_pay(self, person_id: int) -> bool:
        deleted = self._session.execute(delete(PayRecord).where(PayRecord.person_id == person_id))
        return bool(deleted.rowcount)  # type: ignore[attr-defined]
