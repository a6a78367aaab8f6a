"""The local Slack refuses what Slack refuses for its Block Kit limits, in Slack's words."""

from __future__ import annotations

from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from devtools.localslack import LocalSlack
from devtools.localslack.limits import message_problems, view_problems
from tests.localslack.conftest import ANNA, RAD, FakeClock


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _button(text: str = "Ja", value: str = "v", action_id: str = "a") -> dict[str, Any]:
    return {"type": "button", "text": _plain(text), "value": value, "action_id": action_id}


def _select(options: int, text: str = "Val") -> dict[str, Any]:
    return {
        "type": "static_select",
        "action_id": "val",
        "placeholder": _plain("Välj"),
        "options": [{"text": _plain(text), "value": str(i)} for i in range(options)],
    }


def _actions(*elements: dict[str, Any]) -> dict[str, Any]:
    return {"type": "actions", "elements": list(elements)}


# (blocks at the limit, the same one past it, Slack's explanation of the second)
LIMITS = [
    ([_section("x" * 3000)], [_section("x" * 3001)], "less than 3001 characters", "/0/text/text"),
    ([_section("x")], [_section("")], "more than 0 characters", "/0/text/text"),
    (
        [{"type": "header", "text": _plain("x" * 150)}],
        [{"type": "header", "text": _plain("x" * 151)}],
        "less than 151 characters",
        "/0/text/text",
    ),
    (
        [_actions(_button(text="x" * 75))],
        [_actions(_button(text="x" * 76))],
        "less than 76 characters",
        "/0/elements/0/text/text",
    ),
    (
        [_actions(_button(value="x" * 2000))],
        [_actions(_button(value="x" * 2001))],
        "less than 2001 characters",
        "/0/elements/0/value",
    ),
    (
        [_actions(_button(action_id="x" * 255))],
        [_actions(_button(action_id="x" * 256))],
        "less than 256 characters",
        "/0/elements/0/action_id",
    ),
    (
        [{**_section("x"), "block_id": "b" * 255}],
        [{**_section("x"), "block_id": "b" * 256}],
        "less than 256 characters",
        "/0/block_id",
    ),
    (
        [_actions(*[_button(action_id=str(i)) for i in range(25)])],
        [_actions(*[_button(action_id=str(i)) for i in range(26)])],
        "no more than 25 items",
        "/0/elements",
    ),
    ([_actions(_select(100))], [_actions(_select(101))], "no more than 100 items", "/options"),
    (
        [_actions(_select(1, text="x" * 75))],
        [_actions(_select(1, text="x" * 76))],
        "less than 76 characters",
        "/0/elements/0/options/0/text/text",
    ),
    (
        [{"type": "context", "elements": [_plain("x")] * 10}],
        [{"type": "context", "elements": [_plain("x")] * 11}],
        "no more than 10 items",
        "/0/elements",
    ),
    (
        [{"type": "section", "fields": [_plain("x" * 2000)] * 10}],
        [{"type": "section", "fields": [_plain("x")] * 11}],
        "no more than 10 items",
        "/0/fields",
    ),
    (
        [{"type": "section", "fields": [_plain("x" * 2000)]}],
        [{"type": "section", "fields": [_plain("x" * 2001)]}],
        "less than 2001 characters",
        "/0/fields/0/text",
    ),
    ([_section("x")] * 50, [_section("x")] * 51, "no more than 50 items", "[json-pointer:/blocks]"),
]


@pytest.mark.parametrize(("fine", "over", "says", "where"), LIMITS)
def test_each_limit_is_checked_at_its_edge(
    fine: list[dict[str, Any]], over: list[dict[str, Any]], says: str, where: str
) -> None:
    assert message_problems(fine) == []
    [problem] = message_problems(over)
    assert problem.startswith("[ERROR] ")
    assert says in problem
    assert where in problem


def test_chat_methods_refuse_invalid_blocks_with_slacks_explanation(
    slack: LocalSlack, client: WebClient
) -> None:
    ts = client.chat_postMessage(channel=RAD, text="ok", blocks=[_section("ok")])["ts"]
    too_long = [_section("x" * 3001)]
    calls = [
        lambda: client.chat_postMessage(channel=RAD, text="x", blocks=too_long),
        lambda: client.chat_postEphemeral(channel=RAD, user=ANNA, text="x", blocks=too_long),
        lambda: client.chat_update(channel=RAD, ts=ts, text="x", blocks=too_long),
    ]
    for call in calls:
        with pytest.raises(SlackApiError) as refused:
            call()
        assert refused.value.response["error"] == "invalid_blocks"
        assert refused.value.response["response_metadata"]["messages"] == [
            "[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"
        ]

    assert [m["text"] for m in slack.messages(RAD)] == ["ok"]
    assert [r["method"] for r in slack.refusals] == [
        "chat.postMessage",
        "chat.postEphemeral",
        "chat.update",
    ]


def test_views_refuse_long_titles_and_metadata(slack: LocalSlack, client: WebClient) -> None:
    view = {
        "type": "modal",
        "title": _plain("x" * 25),
        "submit": _plain("Skicka"),
        "private_metadata": "m" * 3001,
        "blocks": [_section("x")] * 101,
    }
    with pytest.raises(SlackApiError) as refused:
        client.views_open(trigger_id=slack.issue_trigger(ANNA), view=view)

    assert refused.value.response["error"] == "invalid_arguments"
    assert refused.value.response["response_metadata"]["messages"] == [
        "[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]",
        "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]",
        "[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]",
    ]
    with pytest.raises(SlackApiError) as home:
        client.views_publish(user_id=ANNA, view={"type": "home", "blocks": [_section("")]})
    assert home.value.response["error"] == "invalid_arguments"
    assert view_problems({"type": "home", "blocks": [_section("x")] * 100}) == []


def test_response_url_refuses_invalid_blocks_and_too_long_text(slack: LocalSlack) -> None:
    webhook = WebhookClient(slack.issue_response_url(RAD, ANNA))

    blocks = webhook.send(text="x", blocks=[{"type": "header", "text": _plain("x" * 151)}])
    text = webhook.send(text="x" * 40_001)

    assert (blocks.status_code, blocks.body) == (400, "invalid_blocks")
    assert (text.status_code, text.body) == (400, "msg_too_long")
    assert slack.responses == []
    assert [(r["method"], r["error"]) for r in slack.refusals] == [
        ("response_url", "invalid_blocks"),
        ("response_url", "msg_too_long"),
    ]


def test_a_response_url_takes_five_posts(slack: LocalSlack) -> None:
    webhook = WebhookClient(slack.issue_response_url(RAD, ANNA))

    answers = [webhook.send(text=f"svar {n}") for n in range(1, 7)]

    assert [(a.status_code, a.body) for a in answers] == [(200, "ok")] * 5 + [(404, "used_url")]
    assert len(slack.ephemerals(user=ANNA)) == 5


def test_a_response_url_works_for_thirty_minutes(
    clocked_slack: LocalSlack, clock: FakeClock
) -> None:
    url = clocked_slack.issue_response_url(RAD, ANNA)

    clock.now += 30 * 60
    in_time = WebhookClient(url).send(text="i tid")
    clock.now += 1
    late = WebhookClient(url).send(text="för sent")

    assert (in_time.status_code, late.status_code, late.body) == (200, 404, "expired_url")
    assert [e["text"] for e in clocked_slack.ephemerals(user=ANNA)] == ["i tid"]


def test_a_command_acknowledgement_past_the_limits_is_not_shown(slack: LocalSlack) -> None:
    url = slack.issue_response_url(RAD, ANNA)

    slack.show_command_reply(url, {"text": "x", "blocks": [_section("x" * 3001)]})

    assert slack.ephemerals(user=ANNA) == []
    assert [(r["method"], r["error"]) for r in slack.refusals] == [
        ("command_ack", "invalid_blocks")
    ]


def test_a_view_submission_answer_past_the_limits_keeps_the_modal(
    slack: LocalSlack, client: WebClient
) -> None:
    view = {"type": "modal", "title": _plain("Punkt"), "blocks": [_section("Före")]}
    view_id = client.views_open(trigger_id=slack.issue_trigger(ANNA), view=view)["view"]["id"]

    update = {**view, "title": _plain("En rubrik längre än 24 tecken")}
    slack.apply_view_ack(view_id, {"response_action": "update", "view": update})

    assert slack.view(view_id)["title"]["text"] == "Punkt"
    assert [(r["method"], r["messages"]) for r in slack.refusals] == [
        ("view_ack", ["[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"])
    ]
