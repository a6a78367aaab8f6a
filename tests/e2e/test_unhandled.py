"""Every authentic request Slack sends gets a 200, also the many no listener wants: Slack
counts anything else as a failed delivery and may turn off the app's events."""

from __future__ import annotations

from typing import Any

import pytest

from adapters.console.stack import LocalStack
from tests.e2e.cast import ANNA, LINA, NILS, RAD, SARA, council_with_members, say

EVENTS: list[dict[str, Any]] = [
    {
        "type": "reaction_added",
        "user": ANNA,
        "reaction": "thumbsup",
        "item": {"type": "message", "channel": RAD, "ts": "1.1"},
    },
    {
        "type": "message",
        "subtype": "message_changed",
        "channel": RAD,
        "channel_type": "channel",
        "message": {"type": "message", "user": ANNA, "text": "punkt: Ändrad", "ts": "1.1"},
    },
    {
        "type": "message",
        "subtype": "message_deleted",
        "channel": RAD,
        "channel_type": "channel",
        "deleted_ts": "1.1",
    },
    {
        "type": "message",
        "subtype": "channel_join",
        "user": ANNA,
        "text": "har gått med",
        "channel": RAD,
        "channel_type": "channel",
        "ts": "1.2",
    },
    {"type": "tokens_revoked", "tokens": {"bot": ["U0BOT"]}},
    {"type": "team_join", "user": {"id": "U0NY", "name": "ny"}},
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: f"{e['type']}:{e.get('subtype', '')}")
def test_an_event_nobody_listens_to_gets_200(stack: LocalStack, event: dict[str, Any]) -> None:
    council_with_members(stack)
    delivery = stack.driver.event({**event, "event_ts": "1.3"})
    assert delivery.status == 200, delivery


def test_a_button_from_an_old_message_gets_200(stack: LocalStack) -> None:
    council_with_members(stack)
    dm = stack.slack.dm_channel(ANNA)
    message = stack.slack.messages(dm)[-1]  # the welcome
    pressed = stack.driver.block_action(
        ANNA, action_id="a_button_from_an_older_version", message_ts=message["ts"], channel_id=dm
    )
    assert pressed.status == 200, pressed


@pytest.mark.parametrize(
    ("body", "content_type", "timestamp"),
    [
        (b"[]", "application/json", None),
        (b"payload={not json", "application/x-www-form-urlencoded", None),
        (b"not json at all", "application/json", None),
        (b"{}", "application/json", "not-a-number"),
    ],
)
def test_a_signed_body_the_bot_cannot_read_gets_400_not_500(
    stack: LocalStack, body: bytes, content_type: str, timestamp: str | None
) -> None:
    delivery = stack.driver.send(body, content_type, timestamp=timestamp)
    assert delivery.status == 400, delivery
    stack.driver.refused.clear()  # refused on purpose: the body is not one Slack sends


def test_a_shortcut_whose_payload_has_no_team_still_makes_the_point(stack: LocalStack) -> None:
    """Slack sends `"team": null` for org-wide apps on Enterprise Grid; the user's own team
    then tells where the request comes from."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13")
    said = stack.driver.message(ANNA, RAD, "Hissen är trasig igen")
    shortcut = stack.driver.message_shortcut(
        LINA, RAD, said.ts or "", "add_as_point", replace={"team": None}
    )
    assert shortcut.status == 200, shortcut
    assert "Tack!" in stack.slack.ephemerals(user=LINA)[-1]["text"]


def test_a_point_refused_in_the_channel_is_told_to_its_writer_only(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13")
    written = stack.driver.message(NILS, RAD, "punkt: Jag är inte med i rådet")
    assert [
        m for m in stack.slack.messages(RAD, thread_ts=written.ts or "") if m.get("bot_id")
    ] == []
    [told] = stack.slack.ephemerals(user=NILS)
    assert told["channel"] == RAD and told["thread_ts"] == written.ts


def test_a_point_written_as_a_reply_is_answered_in_that_thread(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13")
    parent = stack.driver.message(LINA, RAD, "Vad ska vi ta upp nästa gång?")
    reply = stack.driver.message(ANNA, RAD, "punkt: Hörslinga", thread_ts=parent.ts)
    receipts = [m for m in stack.slack.messages(RAD, thread_ts=parent.ts or "") if m.get("bot_id")]
    assert len(receipts) == 1 and "Hörslinga" in receipts[0]["text"]
    assert receipts[0]["thread_ts"] == parent.ts != reply.ts
