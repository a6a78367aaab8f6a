"""Issue 18: a checklist refused once its form has closed is told to the secretary by a DM
through the outbox: held up by Slack, it arrives once at a later pass."""

from __future__ import annotations

from datetime import timedelta

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.e2e.attendance_steps import STARTS, plan
from tests.e2e.cast import RAD, SARA, council_with_members, say


def test_a_checklist_refused_after_its_form_closed_is_told_once_by_a_dm_held_up(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    meeting = plan(stack)
    clock.set(STARTS - timedelta(minutes=10))  # the form opens; then the meeting is cancelled
    assert stack.driver.command(SARA, RAD, "/narvaro", "").ok
    view = stack.slack.open_view(SARA)
    assert view is not None
    # The meeting is gone by the time the form is sent.
    assert "är inställt" in say(stack, SARA, RAD, "/mote", f"ställ in {meeting}")
    before = len(_told(stack))
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=60)
    done = stack.driver.view_submission(SARA, view["id"], {})
    assert done.ok and not done.body  # the form closes; what went wrong comes by DM
    assert len(_told(stack)) == before
    for minutes in (5, 10):
        stack.tick(STARTS - timedelta(minutes=10) + timedelta(minutes=minutes))
    [told] = _told(stack)[before:]
    assert "Jag hittar inget kommande möte med nummer 1" in str(told["text"])


def _told(stack: LocalStack) -> list[dict[str, object]]:
    return stack.slack.messages(stack.slack.dm_channel(SARA))
