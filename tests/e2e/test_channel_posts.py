"""Posts to the council's channel go through the outbox like DMs: held up by Slack they
arrive later and once, and one no longer wanted when its turn comes is not posted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Meeting, OutboxMessage
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from tests.conftest import STOCKHOLM
from tests.e2e.cast import RAD, SARA, council_with_members, say

START = datetime(2026, 11, 22, 10, tzinfo=STOCKHOLM)


def _channel_kallelser(stack: LocalStack) -> list[dict[str, Any]]:
    return [m for m in stack.slack.messages(RAD) if m.get("text", "").startswith("Kallelse: ")]


def _send_held_up(stack: LocalStack, clock: ManualClock) -> None:
    """A stormöte's kallelse sent while Slack holds the first post (the channel's) back for
    a minute."""
    council_with_members(stack)
    clock.set(START)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=60)
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    pressed = stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert pressed.ok, pressed


def test_a_kallelse_post_held_up_by_slack_is_posted_once_later_and_opens_the_thread(
    stack: LocalStack, clock: ManualClock
) -> None:
    _send_held_up(stack, clock)
    assert _channel_kallelser(stack) == []
    stack.tick(datetime(2026, 11, 22, 10, 5, tzinfo=STOCKHOLM))
    stack.tick(datetime(2026, 11, 22, 10, 10, tzinfo=STOCKHOLM))
    [posted] = _channel_kallelser(stack)
    with stack.services.uow() as uow:
        [meeting] = uow.session.scalars(select(Meeting))
        assert meeting.kallelse_ts == posted["ts"]
    # A document added now is told in that thread.
    say(stack, SARA, RAD, "/kallelse", "underlag https://example.org/rapport.pdf Rapporten")
    thread = stack.slack.messages(RAD, thread_ts=posted["ts"])
    assert any("Rapporten" in m.get("text", "") for m in thread[1:])


def test_a_kallelse_post_waiting_when_the_meeting_is_cancelled_is_not_posted(
    stack: LocalStack, clock: ManualClock
) -> None:
    _send_held_up(stack, clock)
    say(stack, SARA, RAD, "/mote", "ställ in 1")
    stack.tick(datetime(2026, 11, 22, 10, 5, tzinfo=STOCKHOLM))
    assert _channel_kallelser(stack) == []
    with stack.services.uow() as uow:
        [post] = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.startswith("post:kallelse"))
        )
        assert (post.status, post.last_error) == (OutboxStatus.DROPPED, "meeting_cancelled")


def test_a_document_added_while_the_kallelse_post_waits_goes_in_its_thread_once_posted(
    stack: LocalStack, clock: ManualClock
) -> None:
    _send_held_up(stack, clock)
    say(stack, SARA, RAD, "/kallelse", "underlag https://example.org/rapport.pdf Rapporten")
    assert not [m for m in stack.slack.messages(RAD) if "Rapporten" in m.get("text", "")]
    for minutes in (5, 10):
        stack.tick(datetime(2026, 11, 22, 10, minutes, tzinfo=STOCKHOLM))
    [posted] = _channel_kallelser(stack)
    notes = [
        m
        for m in stack.slack.messages(RAD, thread_ts=posted["ts"])
        if "Rapporten" in m.get("text", "")
    ]
    assert len(notes) == 1
