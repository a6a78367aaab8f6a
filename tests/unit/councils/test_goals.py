"""The council's own goals for influence on the fakes (bot.councils.goals): only officers
change them; the round opens in the month of the årshjul's evaluation item, not before and
not without goals, once a year, with the goals of that day; only someone asked answers,
about each goal once; and a goal removed later keeps its place in that year's results."""

from __future__ import annotations

from datetime import datetime

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Event, OutboxMessage
from bot.core.audience import Audience
from bot.core.errors import UserError
from bot.councils.arshjul import YearWheelService
from bot.councils.goals import KIND, GoalService, goal_rows, pressed
from bot.councils.year import current_year
from bot.councils.year_report import year_report
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, CHANNEL, ERIK, NOW, SARA, STOCKHOLM, TEAM, UNA, council

WHERE = conversation(TEAM, CHANNEL)
MARCH = datetime(2027, 3, 1, 9, tzinfo=STOCKHOLM)


def _pass(uow: FakeUnitOfWorkFactory, now: datetime) -> list[OutboxMessage]:
    """One sweep's goal questions, queued; every row of them so far."""
    with uow() as work:
        work.outbox.add_new(goal_rows(work, now))
        work.commit()
        return [r for r in work.store.all(OutboxMessage) if r.kind == KIND]


def _buttons(row: OutboxMessage) -> list[str]:
    blocks = row.payload["said"]["blocks"]
    return [b["actions"][0]["value"] for b in blocks if b["type"] == "actions"]


@pytest.fixture
def goals(uow: FakeUnitOfWorkFactory) -> GoalService:
    council(uow)
    service = GoalService(uow)
    service.add(title="Med från början", who=account(TEAM, SARA.external_id), where=WHERE, now=NOW)
    service.add(
        title="Svar inom en månad", who=account(TEAM, SARA.external_id), where=WHERE, now=NOW
    )
    return service


def test_only_officers_change_the_goals_and_each_change_is_logged(
    uow: FakeUnitOfWorkFactory, goals: GoalService
) -> None:
    with pytest.raises(UserError) as refused:
        goals.add(title="Mitt", who=account(TEAM, ANNA.external_id), where=WHERE, now=NOW)
    assert refused.value.key == "refused.officers"
    with pytest.raises(UserError) as empty:
        goals.add(title="   ", who=account(TEAM, SARA.external_id), where=WHERE, now=NOW)
    assert empty.value.key == "goals.need_title"
    title, left = goals.remove(number=1, who=account(TEAM, SARA.external_id), where=WHERE, now=NOW)
    assert title == "Med från början" and left.titles == ("Svar inom en månad",)
    with pytest.raises(UserError) as missing:
        goals.remove(number=2, who=account(TEAM, SARA.external_id), where=WHERE, now=NOW)
    assert missing.value.key == "goals.no_such"
    with uow() as work:
        kinds = [e.kind for e in work.store.all(Event) if e.kind.startswith("goals.")]
    assert kinds == ["goals.added", "goals.added", "goals.removed"]


def test_the_round_opens_in_its_month_once_and_only_the_asked_answer_once(
    uow: FakeUnitOfWorkFactory, goals: GoalService
) -> None:
    assert _pass(uow, MARCH) == []  # no evaluation in the årshjul yet
    YearWheelService(uow).add(
        month=3,
        title="",
        activity=False,
        evaluation=True,
        who=account(TEAM, SARA.external_id),
        where=WHERE,
        now=NOW,
    )
    assert _pass(uow, datetime(2027, 2, 28, 9, tzinfo=STOCKHOLM)) == []  # not before its month
    asked = _pass(uow, MARCH)
    assert len(asked) == 4  # Sara, Anna, Erik and Una: every member
    assert _pass(uow, datetime(2027, 3, 20, 9, tzinfo=STOCKHOLM)) == asked  # asked once
    first, second = _buttons(asked[0])
    round_id, goal_id, _ = pressed("goal_answer_1", first)

    goals.answer(
        who=account(TEAM, ANNA.external_id), round_id=round_id, goal_id=goal_id, choice=1, now=MARCH
    )
    with pytest.raises(UserError) as twice:
        goals.answer(
            who=account(TEAM, ANNA.external_id),
            round_id=round_id,
            goal_id=goal_id,
            choice=2,
            now=MARCH,
        )
    assert twice.value.key == "goals.already"
    with pytest.raises(UserError) as stranger:
        goals.answer(
            who=account(TEAM, "U0NOBODY"), round_id=round_id, goal_id=goal_id, choice=1, now=MARCH
        )
    assert stranger.value.key == "goals.not_asked"
    for bad in ({"goal_id": 999}, {"round_id": 999}, {"choice": 4}):
        asked_of = {"round_id": round_id, "goal_id": goal_id, "choice": 1} | bad
        with pytest.raises(UserError) as unknown:
            goals.answer(who=account(TEAM, ERIK.external_id), now=MARCH, **asked_of)
        assert unknown.value.key == "goals.unknown"
    _, goal_two, _ = pressed("goal_answer_3", second)
    goals.answer(
        who=account(TEAM, UNA.external_id), round_id=round_id, goal_id=goal_two, choice=3, now=MARCH
    )

    # A goal added or removed after the round opened changes nothing of that year's.
    goals.add(title="Nytt mål", who=account(TEAM, SARA.external_id), where=WHERE, now=NOW)
    goals.remove(number=1, who=account(TEAM, SARA.external_id), where=WHERE, now=NOW)
    with uow() as work:
        found = work.councils.get(1)
        assert found is not None
        report = year_report(work, found, current_year(found, MARCH), Audience.JOINT, MARCH)
    [evaluated] = report.goals
    assert (evaluated.answered, evaluated.goals) == (
        2,
        (("Med från början", (1, 0, 0)), ("Svar inom en månad", (0, 0, 1))),
    )
