"""/paminnelser end to end, and reminders arriving as DMs in the local Slack at a tick."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from adapters.console.stack import LocalStack
from adapters.slack.delivery import EVENT_TYPE
from bot.reminders import KEPT_AFTER_EXPIRY
from bot.reminders.sweep import sweep
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import send_kallelse
from tests.e2e.cast import (
    ANNA,
    ERIK,
    LINA,
    OLLE,
    RAD,
    SARA,
    VERA,
    besides_onboarding,
    council_with_members,
    onboarding_sent,
    say,
)
from tests.e2e.test_still_wanted import dropped_reasons


def _reminders(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    """The reminders in the user's DM with the bot (not e.g. the welcome, nor the first
    weeks' messages a new council's members get)."""
    return [
        m
        for m in besides_onboarding(stack, stack.slack.dm_channel(user))
        if (m.get("metadata") or {}).get("event_type") == EVENT_TYPE
        # other DMs go through the same outbox, under keys of their own
        and not m["metadata"]["event_payload"]["key"].startswith("dm:")
    ]


def test_people_see_and_change_their_reminders(stack: LocalStack) -> None:
    shown = say(stack, ANNA, RAD, "/paminnelser")
    assert "*Dina påminnelser*" in shown
    assert "• `svar` – svara på kallelsen: *på*" in shown
    assert "Påminnelser kommer kl. 8–20, alla dagar." in shown
    changed = say(stack, ANNA, RAD, "/paminnelser", "av svar mötesdag")
    assert changed.startswith("Klart, nu är det ändrat.")
    assert "• `svar` – svara på kallelsen: *av*" in changed
    assert "kl. 9–18" in say(stack, ANNA, RAD, "/paminnelser", "tider 9-18")
    assert "måndag–fredag" in say(stack, ANNA, RAD, "/paminnelser", "dagar mån-fre")
    assert "pausade" in say(stack, ANNA, RAD, "/paminnelser", "paus")
    resumed = say(stack, ANNA, RAD, "/paminnelser", "fortsätt")
    assert "pausade" not in resumed and "kl. 9–18, måndag–fredag" in resumed


def test_bad_input_gets_a_friendly_example(stack: LocalStack) -> None:
    answers = {
        "tider nio till sex": "`/paminnelser tider 9-18`",
        "dagar helgdagar": "`/paminnelser dagar mån-fre`",
        "av kaffe": "Jag känner inte igen påminnelsen `kaffe`",
        "av": "Skriv vilken typ av påminnelse",
        "snälla sluta": "Jag känner inte igen `snälla`",
    }
    for text, expected in answers.items():
        assert expected in say(stack, LINA, RAD, "/paminnelser", text), text
    assert "/paminnelser paus" in say(stack, LINA, RAD, "/paminnelser", "hjälp")


def test_the_council_timing_is_shown_to_members_and_changed_by_officers(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    shown = say(stack, ANNA, RAD, "/paminnelser", "rådet")
    assert "• `punkt` (sista dagen för punkter): 3 och 1 dagar före, kl. 9" in shown
    refused = say(stack, ANNA, RAD, "/paminnelser", "rådet punkt 5 2")
    assert "Det är bara rådets sekreterare eller ordförande" in refused
    changed = say(stack, SARA, RAD, "/paminnelser", "rådet punkt 5 2")
    assert "• `punkt` (sista dagen för punkter): 5 och 2 dagar före, kl. 9" in changed
    assert "av för rådet" in say(stack, OLLE, RAD, "/paminnelser", "rådet svar av")
    assert "högst 30" in say(stack, SARA, RAD, "/paminnelser", "rådet punkt 99")


def test_reminders_arrive_as_direct_messages_at_a_tick(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16 i Stora salen")
    report = stack.tick(datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM))
    # punkt to all six members, kallelse to the secretary and the chair; besides, the four
    # representatives' first weeks' messages of days 1 and 4.
    assert report.queued == 8
    assert report.drained.sent == 8 + onboarding_sent(stack) == 8 + 4 * 2
    (message,) = _reminders(stack, ANNA)
    assert "`/punkt &lt;rubrik&gt;`" in message["text"]
    assert "stormöte torsdag 10 december 2026 kl. 13.00–16.00 – Stora salen" in message["text"]
    say(stack, ANNA, RAD, "/paminnelser", "av punkt")
    stack.tick(datetime(2026, 12, 2, 9, tzinfo=STOCKHOLM))
    assert len(_reminders(stack, ANNA)) == 1
    assert all(len(_reminders(stack, user)) == 2 for user in (ERIK, LINA, VERA))


def test_sent_reminders_are_forgotten_a_month_after_they_expired_and_never_sent_again(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16 i Stora salen")
    sent = stack.tick(datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)).drained.sent
    assert sent - onboarding_sent(stack) == 8  # the first weeks' messages are kept apart
    # The punkt and kallelse reminders of 30 November count until their next slot.
    expired = datetime(2026, 12, 2, 9, tzinfo=STOCKHOLM)
    assert stack.tick(expired + KEPT_AFTER_EXPIRY - timedelta(minutes=1)).pruned == 0
    assert stack.tick(expired + KEPT_AFTER_EXPIRY + timedelta(minutes=1)).pruned == 8
    assert len(_reminders(stack, ANNA)) == 1


def _queued_then(stack: LocalStack, change: Callable[[], None]) -> dict[str, int]:
    """Reminders queued at 9.00 on 30 November but not yet sent; `change` happens; then the
    drain: what each person got, and the rows the sender dropped, by reason."""
    at = datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)
    assert sweep(stack.services.uow, at) > 0
    change()
    stack.tick(at)
    return dropped_reasons(stack)


def test_reminders_queued_before_the_meeting_is_cancelled_are_not_sent(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    dropped = _queued_then(stack, lambda: say(stack, SARA, RAD, "/mote", "ställ in 1"))
    assert dropped == {"meeting_cancelled": 8}
    assert all(_reminders(stack, user) == [] for user in (ANNA, ERIK, LINA, VERA, SARA, OLLE))


def test_a_reminder_queued_for_someone_then_removed_is_not_sent(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    dropped = _queued_then(stack, lambda: say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>"))
    # Her reminder, and her first weeks' messages of days 1 and 4, due by then.
    assert dropped == {"not_a_member": 1 + 2}
    assert _reminders(stack, LINA) == []
    assert len(_reminders(stack, ANNA)) == 1


def test_a_formote_reminder_queued_for_someone_now_with_the_unit_is_not_sent(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    say(stack, OLLE, RAD, "/mote", "förmöte torsdag 10 december kl 10-12")

    def lina_joins_the_unit() -> None:
        say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>")
        say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{LINA}|lina> verksamhet")

    dropped = _queued_then(stack, lina_joins_the_unit)
    assert dropped == {"not_allowed": 1}
    texts = [m["text"] for m in _reminders(stack, LINA)]
    assert texts and not any("förmöte" in text for text in texts), texts


def test_only_those_holding_a_forenings_seat_are_asked_to_answer(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16 i Stora salen")
    send_kallelse(stack, SARA)
    say(stack, LINA, RAD, "/narvaro", "kommer")
    stack.tick(datetime(2026, 12, 5, 9, tzinfo=STOCKHOLM))
    asked = {
        user
        for user in (SARA, OLLE, ANNA, ERIK, LINA, VERA)
        if any("Kommer du på mötet" in m["text"] for m in _reminders(stack, user))
    }
    # Not Erik (an ersättare answers when asked to stand in), nor the unit's Sara and Vera.
    assert asked == {OLLE, ANNA}
