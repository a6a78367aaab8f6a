"""What people have told for their fees: pay, travel, the claims they confirmed and their
receipts (sensitive: read only for their fees)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Text, cast, delete, select
from sqlalchemy.orm import Session, defer

from adapters.storage.models import FeeClaim, FeeProfile, FeeReceipt, PayRecord
from bot.core.ports import ClaimRecord


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

    def claims_of(
        self, person_id: int, council_ids: list[int], start: date, end: date
    ) -> list[FeeClaim]:
        if not council_ids:
            return []
        return list(
            self._session.scalars(
                select(FeeClaim)
                .where(
                    FeeClaim.person_id == person_id,
                    FeeClaim.council_id.in_(council_ids),
                    FeeClaim.day >= start,
                    FeeClaim.day < end,
                )
                .order_by(FeeClaim.day, FeeClaim.council_id)
            )
        )

    def claims_in(self, council_id: int, start: date, end: date) -> list[FeeClaim]:
        return list(
            self._session.scalars(
                select(FeeClaim)
                .where(FeeClaim.council_id == council_id, FeeClaim.day >= start, FeeClaim.day < end)
                .order_by(FeeClaim.day, FeeClaim.person_id)
            )
        )

    def claim_records_in(self, council_id: int, start: date, end: date) -> list[ClaimRecord]:
        rows = self._session.execute(
            select(
                FeeClaim.person_id,
                FeeClaim.day,
                cast(FeeClaim.stated, Text),  # as stored, not decoded row by row
                cast(FeeClaim.figures, Text),
                FeeClaim.approved_at,
                FeeClaim.approved_by,
            )
            .where(FeeClaim.council_id == council_id, FeeClaim.day >= start, FeeClaim.day < end)
            .order_by(FeeClaim.day, FeeClaim.person_id)
        )
        return [ClaimRecord(*row) for row in rows]

    def add_claim(self, claim: FeeClaim) -> FeeClaim:
        self._session.add(claim)
        self._session.flush()
        return claim

    def delete_claims(self, person_id: int) -> bool:
        deleted = self._session.execute(delete(FeeClaim).where(FeeClaim.person_id == person_id))
        return bool(deleted.rowcount)  # type: ignore[attr-defined]

    def add_receipt(self, receipt: FeeReceipt) -> FeeReceipt:
        self._session.add(receipt)
        self._session.flush()
        return receipt

    def receipt(self, receipt_id: int) -> FeeReceipt | None:
        return self._session.get(FeeReceipt, receipt_id)

    def receipt_from(self, source: str) -> FeeReceipt | None:
        return self._session.scalars(
            select(FeeReceipt).options(defer(FeeReceipt.data)).where(FeeReceipt.source == source)
        ).first()

    def receipts_of(
        self, person_id: int, council_ids: list[int], start: date, end: date
    ) -> list[FeeReceipt]:
        if not council_ids:
            return []
        return list(
            self._session.scalars(
                select(FeeReceipt)
                .options(defer(FeeReceipt.data))
                .where(
                    FeeReceipt.person_id == person_id,
                    FeeReceipt.council_id.in_(council_ids),
                    FeeReceipt.day >= start,
                    FeeReceipt.day < end,
                )
                .order_by(FeeReceipt.day, FeeReceipt.council_id, FeeReceipt.id)
            )
        )

    def delete_receipts(self, receipt_ids: list[int]) -> None:
        if receipt_ids:
            self._session.execute(delete(FeeReceipt).where(FeeReceipt.id.in_(receipt_ids)))

    def delete_receipts_of(self, person_id: int) -> bool:
        deleted = self._session.execute(delete(FeeReceipt).where(FeeReceipt.person_id == person_id))
        return bool(deleted.rowcount)  # type: ignore[attr-defined]
