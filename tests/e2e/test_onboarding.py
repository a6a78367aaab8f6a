"""A new representative's first weeks end to end through the local Slack: in a council that
turned them on (`/brukarrad introduktion på`), someone added by `/brukarrad ledamot` finds a
short message in their DM on each of its days (the council's purpose, what is expected, how
the meetings work, whom to ask), none early, and none once they have left the council."""

from __future__ import annotations

from datetime import datetime

from adapters.console.stack import LocalStack
from tests.conftest import STOCKHOLM
from tests.e2e.cast import NILS, OLLE, RAD, SARA, council_with_members, say


def _dm(stack: LocalStack) -> list[str]:
    return [m["text"] for m in stack.slack.messages(stack.slack.dm_channel(NILS))]


def _officers_reminded(stack: LocalStack) -> list[str]:
    return [
        m["text"]
        for officer in (SARA, OLLE)
        for m in stack.slack.messages(stack.slack.dm_channel(officer))
        if m["text"].startswith("Påminnelse: platsen för Attention")
    ]


def test_the_messages_arrive_on_their_days_and_stop_when_they_leave(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "får nya representanter bara välkomstmeddelandet" in say(
        stack, NILS, RAD, "/brukarrad", "introduktion"
    )
    assert "`/brukarrad introduktion på`" in say(
        stack, SARA, RAD, "/brukarrad", "introduktion ja tack"
    )
    assert "Klart" in say(stack, SARA, RAD, "/brukarrad", "introduktion på")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot Attention")
    welcomed = len(_dm(stack))  # the welcome, at once
    stack.tick(datetime(2026, 11, 23, 9, 59, tzinfo=STOCKHOLM))
    assert len(_dm(stack)) == welcomed
    stack.tick(datetime(2026, 11, 23, 10, tzinfo=STOCKHOLM))
    [purpose] = _dm(stack)[welcomed:]
    assert purpose.startswith("Hej och välkommen till *Brukarrådet Psykiatri Väst*!")
    assert "frågor och erfarenheter från Attention" in purpose
    stack.tick(datetime(2026, 11, 25, 10, tzinfo=STOCKHOLM))
    assert len(_dm(stack)) == welcomed + 1
    stack.tick(datetime(2026, 11, 26, 10, tzinfo=STOCKHOLM))
    expected = _dm(stack)[-1]
    assert expected.startswith("Vad förväntas av dig i *Brukarrådet Psykiatri Väst*?")
    assert "Du företräder Attention" in expected

    say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{NILS}>")
    told = len(_dm(stack))
    report = stack.tick(datetime(2026, 12, 7, 10, tzinfo=STOCKHOLM))
    assert len(_dm(stack)) == told
    # Nils's last two dropped; what is sent is the reminder of his vacant seat to the officers.
    assert report.drained.dropped == 2
    assert report.drained.sent == len(_officers_reminded(stack)) == 2
