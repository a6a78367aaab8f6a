"""A connection to Slack that drops: reads are tried again, a handler's post is never sent
twice, and an outbox DM is looked for by its key before it is posted again; a post Slack
answers with 429 is sent after its Retry-After (adapters.slack.clients)."""

from __future__ import annotations

from datetime import datetime

from adapters.console.stack import LocalStack
from adapters.slack.clients import NOT_REPEATED, REPEATABLE
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, NILS, PEOPLE, RAD, SARA, council_with_members, onboarding_sent, say
from tests.localslack.test_scopes import methods_called


def test_every_call_the_bot_makes_is_decided_repeatable_or_not() -> None:
    assert not REPEATABLE & NOT_REPEATED
    assert methods_called() <= REPEATABLE | NOT_REPEATED


def test_a_read_whose_connection_drops_is_tried_again(stack: LocalStack) -> None:
    council_with_members(stack)
    stack.slack.faults.add("users.info", "disconnect", count=1)
    assert "Klart" in say(
        stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot RSMH Väst"
    )
    assert "Nils Nilsson – ledamot" in say(stack, SARA, RAD, "/brukarrad", "visa")  # from Slack
    looked_up = [c.fault for c in stack.slack.calls_to("users.info") if c.args["user"] == NILS]
    assert looked_up == ["disconnect", None]


def test_a_handlers_post_whose_connection_drops_is_not_sent_twice(stack: LocalStack) -> None:
    council_with_members(stack)
    stack.slack.faults.add("chat.postMessage", "disconnect", count=1)
    written = stack.driver.message(ANNA, RAD, "punkt: Fika till mötet")
    assert written.ok
    [post] = [c for c in written.calls if c.method == "chat.postMessage"]
    assert post.fault == "disconnect"  # the receipt was posted, its answer lost: not again
    assert stack.slack.find_message(post.response["ts"], RAD) is not None


def test_a_handlers_post_answered_429_is_sent_after_retry_after_once(stack: LocalStack) -> None:
    """A 429 means Slack did nothing: the app's own client waits out Retry-After and posts
    the receipt then, once."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=1)
    written = stack.driver.message(ANNA, RAD, "punkt: Tolk vid besök")
    assert written.ok
    posts = [c for c in written.calls if c.method == "chat.postMessage"]
    assert [p.fault for p in posts] == ["ratelimited", None]
    [receipt] = stack.slack.messages(RAD, thread_ts=written.ts)[1:]
    assert "Tack! Din punkt *Tolk vid besök*" in receipt["text"]


def test_an_outbox_dm_whose_connection_drops_is_found_by_its_key_not_posted_again(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    stack.slack.faults.add("chat.postMessage", "disconnect", count=1)
    report = stack.tick(datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM))
    assert report.queued > 1
    # Every reminder arrived in this pass, the dropped one once (found, not posted again);
    # with them the members' first weeks' messages due by then (queued with their seats).
    introduced = onboarding_sent(stack)
    assert introduced > 0
    assert report.drained.sent == report.queued + introduced
    dms = {stack.slack.dm_channel(user) for user in PEOPLE}
    keys = [
        m["metadata"]["event_payload"]["key"]
        for channel in dms
        for m in stack.slack.messages(channel)
        if "metadata" in m and not m["metadata"]["event_payload"]["key"].startswith("dm:")
    ]
    assert len(keys) == len(set(keys)) == report.queued + introduced
