"""Socket Mode: the same listeners, acknowledged over the socket, answered the same way."""

from __future__ import annotations

from slack_bolt import BoltRequest
from slack_sdk import WebClient

from adapters.console.stack import LocalStack
from adapters.runtime.background import BackgroundWork
from adapters.slack.app import build_app
from tests.e2e.cast import ANNA, RAD, council_with_members, say


def test_a_command_over_the_socket_is_acknowledged_then_answered(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, ANNA, RAD, "/punkt", "Väntetider")  # the HTTP side works as ever
    background = BackgroundWork()
    app = build_app(
        stack.services,
        client=WebClient(token=stack.slack.bot_token, base_url=stack.slack.api_url),
        socket_mode=True,
        background=background,
    )
    response_url = stack.slack.issue_response_url(RAD, ANNA)
    payload = {
        "team_id": stack.slack.team_id,
        "channel_id": RAD,
        "user_id": ANNA,
        "command": "/punkt",
        "text": "Fika: till alla möten",
        "response_url": response_url,
        "trigger_id": stack.slack.issue_trigger(ANNA),
    }
    acknowledged = app.dispatch(BoltRequest(body=payload, mode="socket_mode"))
    assert acknowledged.status == 200 and acknowledged.body == ""
    assert background.settle()
    [answer] = [r for r in stack.slack.responses if r["response_url"] == response_url]
    assert "Tack! Din punkt *Fika*" in answer["text"]
    background.shutdown()
