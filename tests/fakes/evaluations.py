"""The evaluation after each meeting in memory."""

from __future__ import annotations

from collections.abc import Collection

from adapters.storage.models import EvaluationAnswered, EvaluationTally
from tests.fakes.store import Store


class FakeEvaluations:
    def __init__(self, store: Store) -> None:
        self._store = store

    def open(self, meeting_id: int, questions: int, choices: int) -> None:
        if self.tallies([meeting_id]):
            return
        for q in range(1, questions + 1):
            for c in range(1, choices + 1):
                self._store.add(EvaluationTally(meeting_id=meeting_id, question=q, choice=c))

    def answered(self, meeting_id: int, person_id: int) -> set[int]:
        return {
            a.question
            for a in self._store.all(EvaluationAnswered)
            if (a.meeting_id, a.person_id) == (meeting_id, person_id)
        }

    def record(self, meeting_id: int, person_id: int, question: int, choice: int) -> None:
        self._store.add(
            EvaluationAnswered(meeting_id=meeting_id, person_id=person_id, question=question)
        )
        for tally in self.tallies([meeting_id]):
            if (tally.question, tally.choice) == (question, choice):
                tally.count += 1

    def tallies(self, meeting_ids: Collection[int]) -> list[EvaluationTally]:
        return [t for t in self._store.all(EvaluationTally) if t.meeting_id in meeting_ids]

    def respondents(self, meeting_ids: Collection[int]) -> dict[int, int]:
        people: dict[int, set[int]] = {}
        for a in self._store.all(EvaluationAnswered):
            if a.meeting_id in meeting_ids:
                people.setdefault(a.meeting_id, set()).add(a.person_id)
        return {meeting_id: len(who) for meeting_id, who in people.items()}
