"""The evaluation after each meeting: its answers as counts, and apart who has answered."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from adapters.storage.db import conflicts
from adapters.storage.models import EvaluationAnswered, EvaluationTally


class EvaluationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def open(self, meeting_id: int, questions: int, choices: int) -> None:
        """Every answer's count at nought, once: answering then only adds one."""
        found = self._session.scalar(
            select(func.count()).where(EvaluationTally.meeting_id == meeting_id)
        )
        if found:
            return
        self._session.add_all(
            EvaluationTally(meeting_id=meeting_id, question=q, choice=c, count=0)
            for q in range(1, questions + 1)
            for c in range(1, choices + 1)
        )
        self._session.flush()

    def answered(self, meeting_id: int, person_id: int) -> set[int]:
        return set(
            self._session.scalars(
                select(EvaluationAnswered.question).where(
                    EvaluationAnswered.meeting_id == meeting_id,
                    EvaluationAnswered.person_id == person_id,
                )
            )
        )

    def record(self, meeting_id: int, person_id: int, question: int, choice: int) -> None:
        """Raises Conflict when the person has answered the question already."""
        self._session.add(
            EvaluationAnswered(meeting_id=meeting_id, person_id=person_id, question=question)
        )
        with conflicts():
            self._session.flush()
        # In the database, so two answers at once both count.
        self._session.execute(
            update(EvaluationTally)
            .where(
                EvaluationTally.meeting_id == meeting_id,
                EvaluationTally.question == question,
                EvaluationTally.choice == choice,
            )
            .values(count=EvaluationTally.count + 1)
        )

    def tallies(self, meeting_ids: Collection[int]) -> list[EvaluationTally]:
        if not meeting_ids:
            return []
        return list(
            self._session.scalars(
                select(EvaluationTally).where(EvaluationTally.meeting_id.in_(meeting_ids))
            )
        )

    def respondents(self, meeting_ids: Collection[int]) -> dict[int, int]:
        """How many people answered anything after each meeting."""
        if not meeting_ids:
            return {}
        rows = self._session.execute(
            select(
                EvaluationAnswered.meeting_id,
                func.count(func.distinct(EvaluationAnswered.person_id)),
            )
            .where(EvaluationAnswered.meeting_id.in_(meeting_ids))
            .group_by(EvaluationAnswered.meeting_id)
        )
        return {meeting_id: count for meeting_id, count in rows}
