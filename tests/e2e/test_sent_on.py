"""A point sent on, end to end through the local Slack: the secretary sends Anna's point on
to the verksamhetschef with a day for the answer, Anna is told; the point stands under
uppföljning on the next agenda and in its kallelse; from that day the secretary is reminded
each week in their DM until the answer is recorded, and the answer reaches Anna."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.console.stack import LocalStack
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, say, shown


def _number(text: str, mark: str = "(nr ") -> int:
    return int(text.split(mark)[1].split(")")[0])


def _dms(stack: LocalStack, user: str) -> list[str]:
    return [m.get("text", "") for m in stack.slack.messages(stack.slack.dm_channel(user))]


def _everything(replies: list[dict[str, Any]]) -> str:
    return "\n".join(shown(r) for r in replies)


def _reminders(stack: LocalStack) -> list[str]:
    return [m for m in _dms(stack, SARA) if m.startswith("Påminnelse: punkt")]


def test_a_sent_on_point_is_chased_and_its_answer_reaches_the_submitter(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16 i Stora salen")
    later = _number(say(stack, SARA, RAD, "/mote", "stormöte torsdag 4 februari kl 13-16"))
    point = _number(say(stack, ANNA, RAD, "/punkt", "Tolk vid besök"), "(punkt nr ")

    assert "Skriv vem punkten går till" in say(stack, SARA, RAD, "/punkt", f"vidare {point}")
    assert "Jag förstår inte datumet ”snart”" in say(
        stack, SARA, RAD, "/punkt", f"vidare {point} till chefen senast snart"
    )
    sent = f"skicka vidare {point} till verksamhetschefen senast 2026-12-15"
    answer = say(stack, SARA, RAD, "/punkt", sent)
    assert "skickad vidare" in answer
    told = _dms(stack, ANNA)[-1]
    assert "har skickats vidare till verksamhetschefen" in told
    assert "Svar väntas senast tisdag 15 december 2026" in told

    agenda = _everything(stack.driver.command(ANNA, RAD, "/dagordning", str(later)).responses)
    awaited = (
        f"Skickad vidare till verksamhetschefen (nr {point}): Tolk vid besök – svar väntas "
        "senast tisdag 15 december 2026"
    )
    assert awaited in agenda
    preview = stack.driver.command(SARA, RAD, "/kallelse", str(later))
    found = stack.slack.find_message(preview.reply_ts or "", RAD)
    assert found is not None and awaited in shown(found[1])

    stack.tick(datetime(2026, 12, 14, 9, tzinfo=STOCKHOLM))
    assert _reminders(stack) == []
    stack.tick(datetime(2026, 12, 15, 9, tzinfo=STOCKHOLM))
    [first] = _reminders(stack)
    assert f"punkt {point}, *Tolk vid besök*" in first and f"`/punkt svar {point}" in first
    stack.tick(datetime(2026, 12, 16, 9, tzinfo=STOCKHOLM))
    assert len(_reminders(stack)) == 1  # once a week
    stack.tick(datetime(2026, 12, 22, 9, tzinfo=STOCKHOLM))
    assert len(_reminders(stack)) == 2

    assert "Skriv svaret" in say(stack, SARA, RAD, "/punkt", f"svar {point}")
    say(stack, SARA, RAD, "/punkt", f"svar {point} Tolk bokas vid varje besök från mars.")
    assert _dms(stack, ANNA)[-1] == (
        "Hej! Nu har verksamhetschefen svarat på din punkt *Tolk vid besök* i "
        "Brukarrådet Psykiatri Väst: Tolk bokas vid varje besök från mars."
    )
    assert "redan inlagt" in say(stack, SARA, RAD, "/punkt", f"svar {point} Igen")
    agenda = _everything(stack.driver.command(ANNA, RAD, "/dagordning", str(later)).responses)
    assert "Skickad vidare till" not in agenda
    stack.tick(datetime(2026, 12, 29, 9, tzinfo=STOCKHOLM))
    assert len(_reminders(stack)) == 2
