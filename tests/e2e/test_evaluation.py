"""The evaluation after a meeting, end to end through the local Slack: once the stormöte is
over, everyone the register has there finds three short questions in a DM (nobody who was
not there), answers one with one tap, and the answer is counted without anything that says
who gave it; each is asked once, and the year report shows the counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select

from adapters.console.stack import LocalStack
from adapters.storage.models import EvaluationAnswered, EvaluationTally
from bot.core.clock import ManualClock
from bot.core.texts.render import plain
from bot.councils.year_layout import layout
from tests.e2e.attendance_steps import dms, person_id
from tests.e2e.cast import ANNA, ERIK, LINA, shown
from tests.e2e.test_arvode import held_meeting

ASKED = "Tre korta frågor om hur det var"


def _asked(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    return [m for m in dms(stack, user) if ASKED in shown(m)]


def _tap(stack: LocalStack, user: str, message: dict[str, Any], question: int, choice: int) -> None:
    pressed = stack.driver.block_action(
        user,
        action_id=f"evaluation_answer_{choice}",
        block_id=f"evaluation_q{question}",
        message_ts=message["ts"],
        channel_id=stack.slack.dm_channel(user),
    )
    assert pressed.ok, pressed


def test_an_evaluation_is_collected_and_counted_without_revealing_who_answered(
    stack: LocalStack, clock: ManualClock
) -> None:
    meeting = held_meeting(stack, clock)  # Anna, Lina, Olle, Sara, Vera there; Erik not
    stack.tick(clock.now())
    [anna_asks] = _asked(stack, ANNA)
    assert "Tack för stormötet i Brukarrådet Psykiatri Väst torsdag 11 mars 2027!" in shown(
        anna_asks
    )
    assert "*Hur var mötet?*" in shown(anna_asks)
    buttons = [
        [e["text"]["text"] for e in b["elements"]]
        for b in anna_asks["blocks"]
        if b["type"] == "actions"
    ]
    assert buttons == [["Bra", "Okej", "Dåligt"], ["Ja", "Delvis", "Nej"], ["Ja", "Kanske", "Nej"]]
    assert _asked(stack, ERIK) == []

    _tap(stack, ANNA, anna_asks, question=1, choice=1)
    [after] = [m for m in dms(stack, ANNA) if m["ts"] == anna_asks["ts"]]
    kept = [b.get("block_id") for b in after["blocks"] if b["type"] == "actions"]
    assert kept == ["evaluation_q2", "evaluation_q3"]  # the others stay to be answered
    assert "Tack! Ditt svar är räknat, utan ditt namn." in shown(after)
    assert "Bra" not in shown(after).split(ASKED)[1].split("*Fick du")[0]  # not said back
    # The answered question's button tapped again on a message shown before it gave way
    # (another device, an old copy): a clear line for her eyes, nothing counted, nothing lost.
    stale = stack.driver.block_action(
        ANNA,
        action_id="evaluation_answer_2",
        block_id="evaluation_q1",
        message_ts=anna_asks["ts"],
        channel_id=stack.slack.dm_channel(ANNA),
    )
    assert stale.ok, stale
    [line] = stale.responses
    assert line["text"] == (
        "Den knappen hör till ett äldre meddelande och fungerar inte längre. "
        "Svara gärna på frågorna i det senaste meddelandet i stället."
    )
    assert line.get("replace_original") is False
    [still] = [m for m in dms(stack, ANNA) if m["ts"] == anna_asks["ts"]]
    assert still["blocks"] == after["blocks"]
    [lina_asks] = _asked(stack, LINA)
    _tap(stack, LINA, lina_asks, question=1, choice=3)
    _tap(stack, LINA, lina_asks, question=3, choice=1)

    stack.tick(clock.now())
    assert len(_asked(stack, ANNA)) == 1  # asked once

    with stack.services.uow() as uow:
        tallies = {
            (t.question, t.choice): t.count
            for t in uow.session.scalars(
                select(EvaluationTally).where(EvaluationTally.meeting_id == meeting)
            )
        }
        answered = sorted(
            (a.person_id, a.question) for a in uow.session.scalars(select(EvaluationAnswered))
        )
    assert tallies[(1, 1)] == tallies[(1, 3)] == tallies[(3, 1)] == 1
    assert sum(tallies.values()) == 3
    anna, lina = person_id(stack, ANNA), person_id(stack, LINA)
    assert answered == sorted([(anna, 1), (lina, 1), (lina, 3)])
    # Nothing stored ties an answer to a person: the counts have no person, the answered no choice.
    assert {c.key for c in inspect(EvaluationTally).columns} == {
        "meeting_id",
        "question",
        "choice",
        "count",
    }
    assert {c.key for c in inspect(EvaluationAnswered).columns} == {
        "meeting_id",
        "person_id",
        "question",
    }

    report = stack.services.year_reports.for_member(
        person_id=anna, council_id=1, year=2027, now=clock.now()
    )
    [section] = [s for s in layout(report).sections if plain(s.heading, "sv").startswith("Utvärd")]
    lines = [plain(line, "sv") for line in section.lines]
    assert lines == [
        "2 personer svarade på utvärderingen efter mötena (räknat per möte, utan namn).",
        "Mötet var bra – 11/3: 1 av 2.",
        "Tror att mötet leder till förändring – 11/3: 1 av 1.",
    ]
