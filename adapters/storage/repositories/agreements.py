"""The versions of each council's written agreement ("Form och funktion")."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from adapters.storage.models import CouncilAgreement


class AgreementRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, agreement: CouncilAgreement) -> CouncilAgreement:
        self._session.add(agreement)
        self._session.flush()
        return agreement

    def current(self, council_id: int) -> CouncilAgreement | None:
        return self._session.scalars(
            select(CouncilAgreement)
            .where(CouncilAgreement.council_id == council_id)
            .order_by(CouncilAgreement.version.desc())
            .limit(1)
        ).first()

    def due_for_review(self, adopted_by: date) -> list[CouncilAgreement]:
        """The current versions adopted on or before `adopted_by`, in one query."""
        latest = (  # each council's highest version
            select(CouncilAgreement.council_id, func.max(CouncilAgreement.version).label("version"))
            .group_by(CouncilAgreement.council_id)
            .subquery()
        )
        return list(
            self._session.scalars(
                select(CouncilAgreement)
                .join(
                    latest,
                    (latest.c.council_id == CouncilAgreement.council_id)
                    & (latest.c.version == CouncilAgreement.version),
                )
                .where(CouncilAgreement.adopted_on <= adopted_by)
                .order_by(CouncilAgreement.council_id)
            )
        )
