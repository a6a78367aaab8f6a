"""Direct messages the bot owes people go through the outbox: a 429 or a 5xx from Slack, or a
crash, delays them and never loses them; each arrives once."""

from __future__ import annotations

from datetime import timedelta

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.e2e.cast import ANNA, LINA, OLLE, RAD, SARA, VERA, say
from tests.e2e.test_protokoll import (
    AFTER,
    DURING,
    _council,
    _dm,
    _edit,
    _entry_block,
    _text,
    justered,
    written,
)


def _told(stack: LocalStack, user: str, title: str) -> list[str]:
    return [m["text"] for m in _dm(stack, user) if title in m.get("text", "")]


def ready_to_publish(stack: LocalStack, clock: ManualClock) -> dict[str, str]:
    """Minutes settling Anna's, Lina's and Vera's points, published without justering; whose
    point has which title."""
    _council(stack)
    clock.set(DURING)
    for line in ("punkt 5", "beslut: Väntetiderna följs upp varje månad.", "punkt 6", "info: Fika"):
        say(stack, SARA, RAD, "/protokoll", line)
    clock.set(AFTER)
    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    return {ANNA: "Väntetider till läkare", LINA: "Mer fika", VERA: "Nya telefontider"}


def test_every_submitter_is_told_once_when_slack_rate_limits_the_publication(
    stack: LocalStack, clock: ManualClock
) -> None:
    titles = ready_to_publish(stack, clock)
    # Slack turns away every DM for a while: opening one is rate limited for a minute.
    stack.slack.faults.add("conversations.open", "ratelimited", count=6, retry_after=60)
    assert "publicerat i kanalen" in say(stack, SARA, RAD, "/protokoll", "publicera")
    assert all(_told(stack, user, title) == [] for user, title in titles.items())
    # Later posting is rate limited too, and the scheduler's next passes send what waits.
    stack.slack.faults.clear()
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=2, retry_after=0)
    for minutes in (2, 5, 10):
        stack.tick(AFTER + timedelta(minutes=minutes))
    for user, title in titles.items():
        assert len(_told(stack, user, title)) == 1, (user, _told(stack, user, title))


def test_a_justering_request_held_up_by_slack_arrives_once_later(
    stack: LocalStack, clock: ManualClock
) -> None:
    written(stack, clock, "punkt 5", "beslut: Väntetiderna följs upp.")  # Anna, Lina justerare
    stack.slack.faults.add("conversations.open", "ratelimited", count=4, retry_after=60)
    assert "version 1 är skickad" in say(stack, SARA, RAD, "/protokoll", "justera")
    asked = {user: _told(stack, user, "att justera") for user in (ANNA, LINA)}
    assert sum(len(texts) for texts in asked.values()) < 2  # held up, not lost
    stack.slack.faults.clear()
    stack.tick(AFTER + timedelta(minutes=5))
    for user in (ANNA, LINA):
        assert len(_told(stack, user, "att justera")) == 1, user


def test_a_change_after_the_lock_reaches_the_chair_once_though_slack_held_it_up(
    stack: LocalStack, clock: ManualClock
) -> None:
    written(stack, clock, "punkt 5", "beslut: Rådet säger ja.")
    justered(stack)
    shown = stack.driver.command(SARA, RAD, "/protokoll", "utkast")
    assert shown.reply_ts is not None
    decision = _entry_block(stack, shown.reply_ts, "5", "Rådet säger")
    stack.slack.faults.add("conversations.open", "ratelimited", count=4, retry_after=60)
    _edit(stack, shown.reply_ts, "5", {decision: {"value": "Rådet säger nej."}})

    def asked() -> list[str]:
        return [_text(m) for m in _dm(stack, OLLE) if "vill ändra punkt 5" in _text(m)]

    assert asked() == []  # held up, not lost
    stack.slack.faults.clear()
    stack.tick(AFTER + timedelta(minutes=5))
    stack.tick(AFTER + timedelta(minutes=10))
    assert len(asked()) == 1
