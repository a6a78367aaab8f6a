"""The council's own goals for influence and their yearly evaluation, in memory."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from adapters.storage.models import GoalAnswered, GoalRound, GoalTally, InfluenceGoal
from bot.core.ports import Conflict
from tests.fakes.store import Store


class FakeGoals:
    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self, council_id: int) -> list[InfluenceGoal]:
        found = self._store.where(
            InfluenceGoal, lambda g: g.council_id == council_id and g.removed_at is None
        )
        return sorted(found, key=lambda g: g.id)

    def add(self, goal: InfluenceGoal) -> InfluenceGoal:
        return self._store.add(goal)

    def round_of(self, council_id: int, year: int) -> GoalRound | None:
        found = self._store.where(GoalRound, lambda r: (r.council_id, r.year) == (council_id, year))
        return next(iter(found), None)

    def get_round(self, round_id: int) -> GoalRound | None:
        return self._store.get(GoalRound, round_id)

    def open_round(
        self, council_id: int, opened_on: date, goal_ids: Collection[int], choices: int
    ) -> GoalRound:
        found = self._store.add(
            GoalRound(council_id=council_id, year=opened_on.year, opened_on=opened_on)
        )
        for goal_id in goal_ids:
            for choice in range(1, choices + 1):
                self._store.add(
                    GoalTally(round_id=found.id, goal_id=goal_id, choice=choice, count=0)
                )
        return found

    def rounds_between(self, council_id: int, first: date, after: date) -> list[GoalRound]:
        found = self._store.where(
            GoalRound, lambda r: r.council_id == council_id and first <= r.opened_on < after
        )
        return sorted(found, key=lambda r: r.opened_on)

    def round_goals(self, round_id: int) -> list[InfluenceGoal]:
        asked = {t.goal_id for t in self.tallies([round_id])}
        return sorted(self._store.where(InfluenceGoal, lambda g: g.id in asked), key=lambda g: g.id)

    def answered(self, round_id: int, person_id: int) -> set[int]:
        return {
            a.goal_id
            for a in self._store.all(GoalAnswered)
            if (a.round_id, a.person_id) == (round_id, person_id)
        }

    def record(self, round_id: int, goal_id: int, person_id: int, choice: int) -> None:
        if goal_id in self.answered(round_id, person_id):
            raise Conflict
        self._store.add(GoalAnswered(round_id=round_id, goal_id=goal_id, person_id=person_id))
        for tally in self.tallies([round_id]):
            if (tally.goal_id, tally.choice) == (goal_id, choice):
                tally.count += 1

    def tallies(self, round_ids: Collection[int]) -> list[GoalTally]:
        return [t for t in self._store.all(GoalTally) if t.round_id in round_ids]

    def respondents(self, round_ids: Collection[int]) -> dict[int, int]:
        people: dict[int, set[int]] = {}
        for a in self._store.all(GoalAnswered):
            if a.round_id in round_ids:
                people.setdefault(a.round_id, set()).add(a.person_id)
        return {round_id: len(who) for round_id, who in people.items()}

    def goals_by_ids(self, ids: Collection[int]) -> dict[int, InfluenceGoal]:
        return {g.id: g for g in self._store.all(InfluenceGoal) if g.id in ids}
