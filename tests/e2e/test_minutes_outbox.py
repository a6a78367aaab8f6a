"""The minutes' thread is opened through the outbox: the bot's first message, held up by
Slack, is posted once later, and the lines written in its thread are the minutes'; a
förmöte's goes to the writer's DM and never to the council's channel."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.clock import ManualClock
from bot.sandbox.stack import LocalStack
from tests.conftest import STOCKHOLM
from tests.e2e.cast import OLLE, RAD, SARA, say
from tests.e2e.cast import shown as _text
from tests.e2e.test_protokoll import DURING, _council, _council_with_formote

INTRO = "*Protokoll* – skriv raderna här"  # protokoll.thread.intro
FORMOTE_DURING = datetime(2026, 12, 3, 10, 5, tzinfo=STOCKHOLM)


def _intros(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in messages if m.get("text", "").startswith(INTRO)]


def _held_up(stack: LocalStack) -> None:
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=60)


def _later(stack: LocalStack, start: datetime) -> None:
    for minutes in (5, 10):
        stack.tick(start + timedelta(minutes=minutes))


def test_the_intro_held_up_by_slack_is_posted_once_later_and_its_thread_takes_the_lines(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)
    clock.set(DURING)
    _held_up(stack)
    say(stack, SARA, RAD, "/protokoll", "start")
    assert _intros(stack.slack.messages(RAD)) == []
    _later(stack, DURING)
    [intro] = _intros(stack.slack.messages(RAD))
    for line in ("punkt 1", "beslut: Mötet öppnas."):
        assert stack.driver.message(SARA, RAD, line, thread_ts=intro["ts"]).ok
    draft = _text(stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer)
    assert "Beslut: Mötet öppnas." in draft
    # Started again: said in the same thread, no second thread.
    say(stack, SARA, RAD, "/protokoll", "start")
    assert len(_intros(stack.slack.messages(RAD))) == 1
    assert len(_intros(stack.slack.messages(RAD, thread_ts=intro["ts"]))) == 2


def test_a_formotes_intro_held_up_goes_to_the_writers_dm_once_and_never_to_the_channel(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council_with_formote(stack)
    clock.set(FORMOTE_DURING)
    _held_up(stack)
    say(stack, OLLE, RAD, "/protokoll", "start")
    dm = stack.slack.dm_channel(OLLE)
    assert _intros(stack.slack.messages(dm)) == []
    _later(stack, FORMOTE_DURING)
    [intro] = _intros(stack.slack.messages(dm))
    assert stack.driver.message(OLLE, dm, "punkt 3", thread_ts=intro["ts"]).ok
    assert stack.driver.message(OLLE, dm, "beslut: Vi kräver besked.", thread_ts=intro["ts"]).ok
    draft = _text(stack.driver.command(OLLE, RAD, "/protokoll", "förmöte utkast").answer)
    assert "Vi kräver besked." in draft
    # Started again: in the DM's thread; the channel never has it.
    say(stack, OLLE, RAD, "/protokoll", "förmöte start")
    assert len(_intros(stack.slack.messages(dm))) == 1
    assert len(_intros(stack.slack.messages(dm, thread_ts=intro["ts"]))) == 2
    assert _intros(stack.slack.messages(RAD)) == []
