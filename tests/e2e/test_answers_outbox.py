"""The bot's answer where someone wrote (a point's receipt in its thread, a help in a DM, a
minutes line's receipt, an edit's note) goes through the outbox like any message: refused by
Slack it is posted at the next pass, once, and the same message delivered again is answered
once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, say

NOW = datetime(2026, 11, 23, 10, tzinfo=STOCKHOLM)


def _receipts(stack: LocalStack, ts: str) -> list[dict[str, Any]]:
    return [m for m in stack.slack.messages(RAD, thread_ts=ts)[1:] if "Tack!" in m["text"]]


def test_a_receipt_slack_refuses_is_posted_in_its_thread_at_the_next_pass_once(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(NOW)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    stack.slack.faults.add("chat.postMessage", "server_error", count=1)
    written = stack.driver.message(ANNA, RAD, "punkt: Tolk vid besök")
    assert written.ok
    assert [c.fault for c in written.calls if c.method == "chat.postMessage"] == ["server_error"]
    assert _receipts(stack, written.ts) == []
    stack.tick(datetime(2026, 11, 23, 10, 5, tzinfo=STOCKHOLM))
    [receipt] = _receipts(stack, written.ts)
    assert "*Tolk vid besök*" in receipt["text"]
    stack.tick(datetime(2026, 11, 23, 10, 10, tzinfo=STOCKHOLM))
    assert len(_receipts(stack, written.ts)) == 1


def test_a_help_in_a_dm_slack_refuses_is_posted_at_the_next_pass_once(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(NOW)
    dm = stack.slack.dm_channel(ANNA)
    stack.slack.faults.add("chat.postMessage", "server_error", count=1)
    asked = stack.driver.message(ANNA, dm, "hej, hur gör jag?")
    assert asked.ok
    assert [c.fault for c in asked.calls if c.method == "chat.postMessage"] == ["server_error"]
    assert _helps(stack, dm) == []
    for minutes in (5, 10):
        stack.tick(datetime(2026, 11, 23, 10, minutes, tzinfo=STOCKHOLM))
    [help_] = _helps(stack, dm)
    assert "`punkt: Tolk vid besök`" in help_["text"]


def _helps(stack: LocalStack, dm: str) -> list[dict[str, Any]]:
    return [m for m in stack.slack.messages(dm) if "Jag är rådets bot" in m.get("text", "")]
