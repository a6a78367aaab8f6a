"""The council's own goals for influence and their yearly evaluation: the answers only as
counts, and apart who has answered about which goal (bot.councils.goals)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from adapters.storage.db import conflicts
from adapters.storage.models import GoalAnswered, GoalRound, GoalTally, InfluenceGoal


class GoalRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def current(self, council_id: int) -> list[InfluenceGoal]:
        """The council's goals not removed, as added."""
        return list(
            self._session.scalars(
                select(InfluenceGoal)
                .where(InfluenceGoal.council_id == council_id, InfluenceGoal.removed_at.is_(None))
                .order_by(InfluenceGoal.id)
            )
        )

    def add(self, goal: InfluenceGoal) -> InfluenceGoal:
        self._session.add(goal)
        self._session.flush()
        return goal

    def round_of(self, council_id: int, year: int) -> GoalRound | None:
        return self._session.scalar(
            select(GoalRound).where(GoalRound.council_id == council_id, GoalRound.year == year)
        )

    def get_round(self, round_id: int) -> GoalRound | None:
        return self._session.get(GoalRound, round_id)

    def open_round(
        self, council_id: int, opened_on: date, goal_ids: Collection[int], choices: int
    ) -> GoalRound:
        """The year's round, with every goal's answers counted at nought."""
        found = GoalRound(council_id=council_id, year=opened_on.year, opened_on=opened_on)
        self._session.add(found)
        self._session.flush()
        self._session.add_all(
            GoalTally(round_id=found.id, goal_id=g, choice=c, count=0)
            for g in goal_ids
            for c in range(1, choices + 1)
        )
        self._session.flush()
        return found

    def rounds_between(self, council_id: int, first: date, after: date) -> list[GoalRound]:
        return list(
            self._session.scalars(
                select(GoalRound)
                .where(
                    GoalRound.council_id == council_id,
                    GoalRound.opened_on >= first,
                    GoalRound.opened_on < after,
                )
                .order_by(GoalRound.opened_on)
            )
        )

    def round_goals(self, round_id: int) -> list[InfluenceGoal]:
        """The goals asked about in the round (removed since too), as added."""
        asked = select(GoalTally.goal_id).where(GoalTally.round_id == round_id)
        return list(
            self._session.scalars(
                select(InfluenceGoal).where(InfluenceGoal.id.in_(asked)).order_by(InfluenceGoal.id)
            )
        )

    def answered(self, round_id: int, person_id: int) -> set[int]:
        """The goals the person has answered about in the round."""
        return set(
            self._session.scalars(
                select(GoalAnswered.goal_id).where(
                    GoalAnswered.round_id == round_id, GoalAnswered.person_id == person_id
                )
            )
        )

    def record(self, round_id: int, goal_id: int, person_id: int, choice: int) -> None:
        """Raises Conflict when the person has answered about the goal already."""
        self._session.add(GoalAnswered(round_id=round_id, goal_id=goal_id, person_id=person_id))
        with conflicts():
            self._session.flush()
        # In the database, so two answers at once both count.
        self._session.execute(
            update(GoalTally)
            .where(
                GoalTally.round_id == round_id,
                GoalTally.goal_id == goal_id,
                GoalTally.choice == choice,
            )
            .values(count=GoalTally.count + 1)
        )

    def tallies(self, round_ids: Collection[int]) -> list[GoalTally]:
        if not round_ids:
            return []
        return list(
            self._session.scalars(select(GoalTally).where(GoalTally.round_id.in_(round_ids)))
        )

    def respondents(self, round_ids: Collection[int]) -> dict[int, int]:
        """How many people answered about any goal in each round."""
        if not round_ids:
            return {}
        rows = self._session.execute(
            select(GoalAnswered.round_id, func.count(func.distinct(GoalAnswered.person_id)))
            .where(GoalAnswered.round_id.in_(round_ids))
            .group_by(GoalAnswered.round_id)
        )
        return {round_id: count for round_id, count in rows}

    def goals_by_ids(self, ids: Collection[int]) -> dict[int, InfluenceGoal]:
        if not ids:
            return {}
        found = self._session.scalars(select(InfluenceGoal).where(InfluenceGoal.id.in_(ids)))
        return {g.id: g for g in found}
