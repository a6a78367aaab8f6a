"""The council's own yearly evaluation against its goals for influence, end to end through
the local Slack (seeds/003 L1270–1292, seeds/002 L1146): the officers record the goals and
put the council's own evaluation in the årshjul; when its month begins every member finds a
question per goal in a DM, answers with one tap or not at all, is asked once, and the
answers are counted without anything that says who gave them; the year report shows them
beside the meetings' trend, with a chart and its alt text."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import inspect, select

from adapters.console.stack import LocalStack
from adapters.slack.ids import account
from adapters.storage.models import GoalAnswered, GoalTally
from bot.core.clock import ManualClock
from bot.core.errors import UserError
from bot.core.texts.render import plain
from bot.councils.year_layout import layout
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import dms, person_id
from tests.e2e.cast import ANNA, LINA, NILS, OLLE, RAD, SARA, VERA, council_with_members, say, shown

ASKED = "Dags för rådets egen utvärdering"
FIRST = "Brukarna är med från början när verksamheten planerar förändringar"
SECOND = "Återkoppling på varje punkt inom en månad"


def _asked(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    return [m for m in dms(stack, user) if ASKED in shown(m)]


def _tap(stack: LocalStack, user: str, message: dict[str, Any], block: str, choice: int) -> str:
    pressed = stack.driver.block_action(
        user,
        action_id=f"goal_answer_{choice}",
        block_id=block,
        message_ts=message["ts"],
        channel_id=stack.slack.dm_channel(user),
    )
    assert pressed.ok, pressed
    [after] = [m for m in dms(stack, user) if m["ts"] == message["ts"]]
    return shown(after)


def _values(message: dict[str, Any]) -> list[str]:
    """Each goal's buttons' value: its round and goal."""
    return [b["elements"][0]["value"] for b in message["blocks"] if b["type"] == "actions"]


def _blocks(message: dict[str, Any]) -> list[str]:
    return [b["block_id"] for b in message["blocks"] if b["type"] == "actions"]


def test_the_council_evaluates_its_own_goals_once_a_year_without_names(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    assert "inga egna mål för inflytande" in say(stack, ANNA, RAD, "/brukarrad", "mål")
    assert "Klart" in say(stack, SARA, RAD, "/brukarrad", f"mål lägg till {FIRST}")
    assert "Klart" in say(stack, OLLE, RAD, "/brukarrad", f"mål lägg till {SECOND}")
    assert "bara rådets sekreterare eller ordförande" in say(
        stack, ANNA, RAD, "/brukarrad", "mål lägg till Mitt eget mål"
    )
    assert "`/brukarrad mål ta bort &lt;nummer&gt;`" in say(
        stack, SARA, RAD, "/brukarrad", "mål bort"
    )
    added = say(stack, SARA, RAD, "/brukarrad", "årshjul lägg till december utvärdering")
    assert "”Rådets egen utvärdering” står i årshjulet i december" in added
    assert "I december varje år får alla ledamöter en fråga om varje mål" in added
    assert "står redan i årshjulet (punkt 1)" in say(
        stack, SARA, RAD, "/brukarrad", "årshjul lägg till mars utvärdering"
    )
    goals = say(stack, VERA, RAD, "/brukarrad", "mål")  # everyone reads them
    assert f"1. {FIRST}" in goals and f"2. {SECOND}" in goals
    assert "Utvärderingen kommer i december" in goals
    assert "rådets egen utvärdering av målen för inflytande" in say(
        stack, ANNA, RAD, "/brukarrad", "årshjul"
    )

    stack.tick(clock.now())  # November: not yet
    assert _asked(stack, ANNA) == []
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=STOCKHOLM))
    stack.tick(clock.now())
    [anna_asks] = _asked(stack, ANNA)
    text = shown(anna_asks)
    assert f"*{FIRST}*" in text and f"*{SECOND}*" in text
    buttons = [
        [e["text"]["text"] for e in b["elements"]]
        for b in anna_asks["blocks"]
        if b["type"] == "actions"
    ]
    assert buttons == [["Väl", "Delvis", "Inte alls"]] * 2
    for user in (SARA, OLLE, LINA, VERA):
        assert len(_asked(stack, user)) == 1, user  # every member, the unit's too
    assert _asked(stack, NILS) == []  # no member

    first, second = _blocks(anna_asks)
    after = _tap(stack, ANNA, anna_asks, first, choice=1)
    assert "Tack! Ditt svar är räknat, utan ditt namn." in after
    [kept] = [m for m in dms(stack, ANNA) if m["ts"] == anna_asks["ts"]]
    assert _blocks(kept) == [second]  # the other goal stays to be answered, or not
    [lina_asks] = _asked(stack, LINA)
    _tap(stack, LINA, lina_asks, first, choice=3)
    _tap(stack, LINA, lina_asks, second, choice=2)
    # A second tap at the same moment (before the buttons gave way) is not counted again.
    round_id, goal_id = (int(n) for n in _values(lina_asks)[1].split(":"))
    with pytest.raises(UserError) as twice:
        stack.services.goals.answer(
            who=account(stack.slack.team_id, LINA),
            round_id=round_id,
            goal_id=goal_id,
            choice=1,
            now=clock.now(),
        )
    assert twice.value.key == "goals.already"

    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=STOCKHOLM))
    stack.tick(clock.now())
    assert len(_asked(stack, ANNA)) == 1  # asked once a year

    with stack.services.uow() as uow:
        tallies = {(t.goal_id, t.choice): t.count for t in uow.session.scalars(select(GoalTally))}
        answered = sorted(
            (a.person_id, a.goal_id) for a in uow.session.scalars(select(GoalAnswered))
        )
    goal_one, goal_two = sorted({goal for goal, _ in tallies})
    assert tallies[(goal_one, 1)] == tallies[(goal_one, 3)] == tallies[(goal_two, 2)] == 1
    assert sum(tallies.values()) == 3
    anna, lina = person_id(stack, ANNA), person_id(stack, LINA)
    assert answered == sorted([(anna, goal_one), (lina, goal_one), (lina, goal_two)])
    # Nothing stored ties an answer to a person: the counts have no person, the answered no
    # choice and no time.
    assert {c.key for c in inspect(GoalTally).columns} == {"round_id", "goal_id", "choice", "count"}
    assert {c.key for c in inspect(GoalAnswered).columns} == {"round_id", "goal_id", "person_id"}

    report = stack.services.year_reports.for_member(
        person_id=anna, council_id=1, year=None, now=clock.now()
    )
    doc = layout(report)
    [section] = [s for s in doc.sections if plain(s.heading, "sv").startswith("Rådets egen")]
    assert [plain(line, "sv") for line in section.lines] == [
        "2 personer svarade på rådets egen utvärdering tisdag 1 december 2026 (räknat utan namn).",
        f"1. {FIRST}: 1 väl, 0 delvis, 1 inte alls (av 2 svar).",
        f"2. {SECOND}: 0 väl, 1 delvis, 0 inte alls (av 1 svar).",
    ]
    assert section.chart is not None
    assert plain(section.chart.alt, "sv") == (
        "Stapeldiagram över hur väl rådet nådde sina mål för inflytande, enligt rådets egen "
        "utvärdering: Mål 1 1 väl, 0 delvis, 1 inte alls och Mål 2 0 väl, 1 delvis, 0 inte alls."
    )
    assert any(plain(s.heading, "sv").startswith("Utvärdering") for s in doc.sections)
