"""A new representative's first weeks end to end through the local Slack: in a new council
(on unless an officer turned them off), someone added by `/brukarrad ledamot` finds a short
message in their DM on each of its days (the council's purpose, what is expected, how the
meetings work, whom to ask with the council's own links), none early, none once they have left
the council, and none in a council that turned them off; a buddy from their förening is told
to both at once."""

from __future__ import annotations

from datetime import datetime

from adapters.console.stack import LocalStack
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, KARL, LINA, NILS, OLLE, RAD, SARA, council_with_members, say


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
    shown = say(stack, NILS, RAD, "/brukarrad", "introduktion")
    assert "får nya representanter korta meddelanden från mig" in shown  # on from the start
    assert "`/brukarrad introduktion länk https://example.org/utbildning" in shown
    assert "`/brukarrad introduktion på`" in say(
        stack, SARA, RAD, "/brukarrad", "introduktion ja tack"
    )
    assert "`/brukarrad introduktion länk ta bort 1`" in say(
        stack, SARA, RAD, "/brukarrad", "introduktion länk Med starkare röst"
    )
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
    # Nils's last two dropped; his vacant seat is reminded of to the officers.
    assert report.drained.dropped == 2
    assert len(_officers_reminded(stack)) == 2
    # Sent besides: the other members' own first weeks (Olle, Anna, Erik, Lina: days 8, 14).
    assert report.drained.sent == 2 + 4 * 2


def test_a_buddy_is_told_with_the_newcomer_and_a_council_may_turn_them_off(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    added = say(
        stack,
        SARA,
        RAD,
        "/brukarrad",
        "introduktion länk https://example.org/msr Med starkare röst",
    )
    assert "Klart: nya representanter får <https://example.org/msr|Med starkare röst>" in added
    assert "1. <https://example.org/msr|Med starkare röst>" in say(
        stack, NILS, RAD, "/brukarrad", "introduktion"
    )
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot Attention")
    refused = say(stack, SARA, RAD, "/brukarrad", f"fadder <@{NILS}|nils> <@{ANNA}|anna>")
    assert "Faddern ska vara från samma förening, Attention" in refused
    assert "Från Attention i rådet: Lina Lind." in refused
    done = say(stack, SARA, RAD, "/brukarrad", f"fadder <@{NILS}|nils> <@{LINA}|lina>")
    assert "Klart: Lina Lind är fadder för Nils Nilsson från Attention" in done
    assert _dm(stack)[-1].startswith("Du har fått en fadder i *Brukarrådet Psykiatri Väst*")
    buddy = stack.slack.messages(stack.slack.dm_channel(LINA))[-1]["text"]
    assert "Nils Nilsson är ny från Attention" in buddy
    stack.tick(datetime(2026, 12, 6, 10, tzinfo=STOCKHOLM))  # his last: whom to ask, and links
    contact = _dm(stack)[-1]
    assert contact.startswith("Vem frågar du i *Brukarrådet Psykiatri Väst*?")
    assert "samlat det här åt dig: <https://example.org/msr|Med starkare röst>" in contact

    assert "Klart" in say(stack, SARA, RAD, "/brukarrad", "introduktion av")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}|karl> ledamot Attention")
    karl = stack.slack.dm_channel(KARL)
    welcomed = len(stack.slack.messages(karl))
    stack.tick(datetime(2026, 12, 22, 10, tzinfo=STOCKHOLM))  # past all four of his days
    assert len(stack.slack.messages(karl)) == welcomed
