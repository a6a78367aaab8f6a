"""The Web API through a real slack_sdk WebClient, refusals first."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from devtools.localslack import LocalSlack
from tests.localslack.conftest import ANNA, BERTIL, CARL, HEMLIG, RAD, TORGET, FakeClock

# slack_sdk warns when text is left out, which the no_text refusals do on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:The top-level `text` argument:UserWarning")

MODAL = {"type": "modal", "title": {"type": "plain_text", "text": "Ny punkt"}, "blocks": []}


def refusal(call: Callable[[], Any]) -> SlackApiError:
    with pytest.raises(SlackApiError) as raised:
        call()
    return raised.value


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.chat_postMessage(channel=RAD), "no_text"),
        (lambda c: c.chat_postMessage(channel=RAD, text="", blocks=[]), "no_text"),
        (lambda c: c.chat_postMessage(channel=TORGET, text="hej"), "not_in_channel"),
        (lambda c: c.chat_postMessage(channel="C0NOPE", text="hej"), "channel_not_found"),
        (lambda c: c.chat_postMessage(channel=HEMLIG, text="hej"), "channel_not_found"),
        (lambda c: c.chat_postMessage(channel=RAD, text="x" * 40_001), "msg_too_long"),
        (lambda c: c.conversations_history(channel=TORGET), "not_in_channel"),
        (lambda c: c.conversations_info(channel=HEMLIG), "channel_not_found"),
        (lambda c: c.chat_postEphemeral(channel=RAD, user=CARL, text="hej"), "user_not_in_channel"),
        (lambda c: c.chat_update(channel=RAD, ts="1.000001", text="x"), "message_not_found"),
        (lambda c: c.users_info(user="U0NOPE"), "user_not_found"),
        (lambda c: c.users_lookupByEmail(email="nobody@example.se"), "users_not_found"),
        (lambda c: c.conversations_open(users=CARL), "user_disabled"),
        (lambda c: c.views_open(trigger_id="1.2.3", view=MODAL), "invalid_trigger_id"),
        (
            lambda c: c.reminders_add(text="x", time="in 5 minutes"),
            "not_implemented_in_local_slack",
        ),
        (
            lambda c: c.chat_postMessage(channel=RAD, text="x", metadata={"event_type": "x"}),
            "invalid_metadata_format",
        ),
    ],
)
def test_refuses_as_slack_does(client: WebClient, call: Callable, error: str) -> None:
    assert refusal(lambda: call(client)).response["error"] == error


def test_unknown_method_is_a_404_as_on_slack(client: WebClient, slack: LocalSlack) -> None:
    error = refusal(lambda: client.api_call("chat.postMessages", json={"channel": RAD}))

    assert error.response.status_code == 404
    assert error.response.data == {
        "ok": False,
        "error": "unknown_method",
        "req_method": "chat.postMessages",
    }
    assert [c.status for c in slack.calls_to("chat.postMessages")] == [404]


def test_missing_required_argument_names_the_field(client: WebClient) -> None:
    error = refusal(lambda: client.api_call("chat.postMessage", json={"text": "hej"}))

    assert error.response.data == {
        "ok": False,
        "error": "invalid_arguments",
        "response_metadata": {"messages": ["[ERROR] missing required field: channel"]},
    }


def test_arguments_slack_requires_beyond_the_spec_are_required(client: WebClient) -> None:
    error = refusal(lambda: client.api_call("conversations.history", http_verb="GET", params={}))

    assert error.response["response_metadata"]["messages"] == [
        "[ERROR] missing required field: channel"
    ]


@pytest.mark.parametrize(("token", "error"), [(None, "not_authed"), ("xoxb-wrong", "invalid_auth")])
def test_token_is_checked(slack: LocalSlack, token: str | None, error: str) -> None:
    stranger = WebClient(token=token, base_url=slack.api_url)

    assert refusal(stranger.auth_test).response["error"] == error


def test_token_may_come_as_a_form_field(slack: LocalSlack) -> None:
    anonymous = WebClient(base_url=slack.api_url)

    assert anonymous.api_call("auth.test", data={"token": slack.bot_token})["ok"]


def test_auth_test_describes_the_bot(client: WebClient, slack: LocalSlack) -> None:
    assert client.auth_test().data == {
        "ok": True,
        "url": f"{slack.base_url}/",
        "team": "Lokal Slack",
        "user": "brukarbot",
        "team_id": "T0LOCAL",
        "user_id": "U0BOT",
        "bot_id": "B0BOT",
        "is_enterprise_install": False,
    }


def test_bad_bodies_are_refused_as_slack_does(slack: LocalSlack) -> None:
    def post(body: bytes, content_type: str) -> dict[str, Any]:
        request = urllib.request.Request(
            f"{slack.api_url}auth.test",
            data=body,
            headers={"Content-Type": content_type, "Authorization": f"Bearer {slack.bot_token}"},
        )
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read())

    assert post(b"[1]", "application/json")["error"] == "json_not_object"
    assert post(b"{", "application/json")["error"] == "invalid_json"
    assert post(b"x", "text/csv")["error"] == "invalid_post_type"


# -- messages ----------------------------------------------------------------------------


def test_posted_messages_are_stored_as_slack_stores_them(
    client: WebClient, slack: LocalSlack
) -> None:
    first = client.chat_postMessage(channel=RAD, text="Kallelse")
    second = client.chat_postMessage(
        channel=RAD,
        text="Dagordning",
        blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "1."}}],
    )

    stored = slack.messages(RAD)
    assert [m["ts"] for m in stored] == [first["ts"], second["ts"]]
    assert first["ts"] < second["ts"]
    assert stored[1] == second["message"]
    assert stored[1]["bot_id"] == "B0BOT" and stored[1]["user"] == "U0BOT"
    assert stored[1]["team"] == "T0LOCAL"
    assert stored[1]["blocks"][0]["block_id"]  # Slack names blocks that came without an id


def test_timestamps_are_unique_and_increasing_under_a_still_clock(
    clocked_slack: LocalSlack, clock: FakeClock
) -> None:
    client = WebClient(token=clocked_slack.bot_token, base_url=clocked_slack.api_url)

    stamps = [client.chat_postMessage(channel=RAD, text=str(n))["ts"] for n in range(3)]

    assert stamps == ["1700000000.000000", "1700000000.000001", "1700000000.000002"]


def test_history_is_latest_first_and_paginated(client: WebClient) -> None:
    stamps = [client.chat_postMessage(channel=RAD, text=str(n))["ts"] for n in range(5)]

    page = client.conversations_history(channel=RAD, limit=2)
    rest = client.conversations_history(
        channel=RAD, limit=10, cursor=page["response_metadata"]["next_cursor"]
    )

    assert [m["ts"] for m in page["messages"]] == stamps[::-1][:2]
    assert page["has_more"] is True
    assert [m["ts"] for m in page["messages"] + rest["messages"]] == stamps[::-1]
    assert rest["has_more"] is False
    window = client.conversations_history(channel=RAD, oldest=stamps[1], latest=stamps[3])
    assert [m["ts"] for m in window["messages"]] == [stamps[2]]


def test_threads_count_replies_and_list_them_parent_first(
    client: WebClient, slack: LocalSlack
) -> None:
    parent = client.chat_postMessage(channel=RAD, text="Punkt 1")["ts"]
    reply = client.chat_postMessage(channel=RAD, text="Beslut", thread_ts=parent)["ts"]

    history = client.conversations_history(channel=RAD)["messages"]
    replies = client.conversations_replies(channel=RAD, ts=parent)["messages"]

    assert [m["ts"] for m in history] == [parent]  # replies stay in their thread
    assert history[0]["reply_count"] == 1 and history[0]["latest_reply"] == reply
    assert [m["ts"] for m in replies] == [parent, reply]
    assert replies[1]["thread_ts"] == parent
    assert slack.messages(RAD, thread_ts=parent) == replies
    permalink = client.chat_getPermalink(channel=RAD, message_ts=reply)["permalink"]
    assert permalink == (
        f"{slack.base_url}/archives/{RAD}/p{reply.replace('.', '')}?thread_ts={parent}&cid={RAD}"
    )


def test_metadata_round_trips_only_when_asked_for(client: WebClient) -> None:
    metadata = {"event_type": "kallelse_sent", "event_payload": {"key": "meeting-7"}}
    client.chat_postMessage(channel=RAD, text="Kallelse", metadata=metadata)

    plain = client.conversations_history(channel=RAD)["messages"][0]
    full = client.conversations_history(channel=RAD, include_all_metadata=True)["messages"][0]

    assert "metadata" not in plain
    assert full["metadata"] == metadata


def test_form_encoded_json_arguments_are_decoded(client: WebClient, slack: LocalSlack) -> None:
    blocks = [{"type": "section", "block_id": "b", "text": {"type": "mrkdwn", "text": "å"}}]
    metadata = {"event_type": "x", "event_payload": {"n": 1}}

    client.api_call(
        "chat.postMessage",
        data={"channel": RAD, "blocks": json.dumps(blocks), "metadata": json.dumps(metadata)},
    )

    message = slack.messages(RAD)[0]
    assert message["blocks"] == blocks
    assert message["metadata"] == metadata


def test_update_and_delete_act_on_the_bots_messages_only(
    client: WebClient, slack: LocalSlack
) -> None:
    ts = client.chat_postMessage(channel=RAD, text="Utkast", blocks=[{"type": "divider"}])["ts"]
    person = slack.post_user_message(ANNA, RAD, "Mitt inlägg")["ts"]

    updated = client.chat_update(channel=RAD, ts=ts, text="Slutlig")

    assert updated["message"]["text"] == "Slutlig"
    assert updated["message"]["blocks"][0]["type"] == "divider"  # omitted blocks are kept
    error = refusal(lambda: client.chat_update(channel=RAD, ts=person, text="x"))
    assert error.response["error"] == "cant_update_message"
    client.chat_delete(channel=RAD, ts=ts)
    assert [m["ts"] for m in slack.messages(RAD)] == [person]


def test_ephemeral_messages_are_kept_apart(client: WebClient, slack: LocalSlack) -> None:
    answer = client.chat_postEphemeral(channel=RAD, user=ANNA, text="Bara för dig")

    assert slack.messages(RAD) == []
    [ephemeral] = slack.ephemerals(user=ANNA)
    assert ephemeral["ts"] == answer["message_ts"]
    assert ephemeral["channel"] == RAD and ephemeral["source"] == "chat.postEphemeral"


def test_direct_messages_go_to_the_users_im(client: WebClient, slack: LocalSlack) -> None:
    opened = client.conversations_open(users=ANNA)["channel"]["id"]
    posted = client.chat_postMessage(channel=ANNA, text="Påminnelse")

    assert opened == slack.dm_channel(ANNA) == posted["channel"]
    assert opened.startswith("D")
    assert slack.messages(opened)[0]["text"] == "Påminnelse"


def test_a_deactivated_users_im_still_takes_messages(client: WebClient) -> None:
    # As on Slack: chat.postMessage to a deleted user succeeds (python-slack-sdk#1156);
    # only conversations.open refuses with user_disabled.
    assert client.chat_postMessage(channel=CARL, text="Hej")["ok"]


def test_people_and_channels_are_described(client: WebClient) -> None:
    user = client.users_info(user=ANNA)["user"]
    found = client.users_lookupByEmail(email="ANNA@example.se")["user"]
    channel = client.conversations_info(channel=RAD, include_num_members=True)["channel"]
    members = client.conversations_members(channel=RAD)["members"]

    assert user["real_name"] == "Anna Ek" and user["tz"] == "Europe/Stockholm"
    assert found["id"] == ANNA
    assert channel["name"] == "brukarrad" and channel["is_member"] is True
    assert channel["num_members"] == 3
    assert members == [ANNA, BERTIL, "U0BOT"]


def test_uploaded_files_keep_their_bytes(client: WebClient, slack: LocalSlack) -> None:
    uploaded = client.files_upload_v2(
        channel=RAD, content="namn;roll\nAnna;ordförande\n", filename="ledamoter.csv"
    )

    file = slack.files[uploaded["file"]["id"]]
    assert file["content"].decode() == "namn;roll\nAnna;ordförande\n"
    assert file["name"] == "ledamoter.csv" and file["channels"] == [RAD]
    assert slack.messages(RAD)[0]["files"][0]["id"] == file["id"]


# -- views -------------------------------------------------------------------------------


def test_a_trigger_opens_one_view(client: WebClient, slack: LocalSlack) -> None:
    trigger = slack.issue_trigger(ANNA)

    view = client.views_open(trigger_id=trigger, view={**MODAL, "callback_id": "punkt"})["view"]

    assert slack.views[view["id"]]["user_id"] == ANNA
    assert slack.views[view["id"]]["trigger_id"] == trigger
    assert slack.open_view(ANNA)["callback_id"] == "punkt"
    error = refusal(lambda: client.views_open(trigger_id=trigger, view=MODAL))
    assert error.response["error"] == "exchanged_trigger_id"


def test_a_trigger_expires_after_three_seconds(clocked_slack: LocalSlack, clock: FakeClock) -> None:
    client = WebClient(token=clocked_slack.bot_token, base_url=clocked_slack.api_url)
    trigger = clocked_slack.issue_trigger(ANNA)

    clock.now += 3.5

    error = refusal(lambda: client.views_open(trigger_id=trigger, view=MODAL))
    assert error.response["error"] == "expired_trigger_id"


def test_a_bad_view_is_refused_and_keeps_the_trigger(client: WebClient, slack: LocalSlack) -> None:
    trigger = slack.issue_trigger(ANNA)

    error = refusal(lambda: client.views_open(trigger_id=trigger, view={"type": "modal"}))

    assert error.response["error"] == "invalid_arguments"
    assert client.views_open(trigger_id=trigger, view=MODAL)["ok"]


def test_views_push_update_and_publish(client: WebClient, slack: LocalSlack) -> None:
    root = client.views_open(trigger_id=slack.issue_trigger(ANNA), view=MODAL)["view"]
    pushed = client.views_push(trigger_id=slack.issue_trigger(ANNA), view=MODAL)["view"]

    assert pushed["root_view_id"] == root["id"] and pushed["previous_view_id"] == root["id"]
    stale = refusal(lambda: client.views_update(view_id=root["id"], hash="0.stale", view=MODAL))
    assert stale.response["error"] == "hash_conflict"
    title = {"type": "plain_text", "text": "Ändrad"}
    updated = client.views_update(
        view_id=root["id"], hash=root["hash"], view={**MODAL, "title": title}
    )
    assert updated["view"]["title"]["text"] == "Ändrad" and updated["view"]["id"] == root["id"]
    home = client.views_publish(user_id=ANNA, view={"type": "home", "blocks": []})["view"]
    assert slack.home_views[ANNA]["id"] == home["id"]


def test_concurrent_posts_all_land_with_unique_timestamps(slack: LocalSlack) -> None:
    def post_many(n: int) -> list[str]:
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        return [client.chat_postMessage(channel=RAD, text=f"{n}.{i}")["ts"] for i in range(10)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        stamps = [ts for batch in pool.map(post_many, range(8)) for ts in batch]

    assert len(set(stamps)) == 80
    assert sorted(stamps) == [m["ts"] for m in slack.messages(RAD)]


def test_lists_show_what_the_bot_may_see(client: WebClient, slack: LocalSlack) -> None:
    public = client.conversations_list()["channels"]
    private = client.conversations_list(types="private_channel")["channels"]
    first = client.users_list(limit=2)
    rest = client.users_list(cursor=first["response_metadata"]["next_cursor"])

    assert {c["id"] for c in public} >= {RAD, TORGET}
    assert HEMLIG not in {c["id"] for c in private}
    everyone = [u["id"] for u in first["members"] + rest["members"]]
    assert {"U0BOT", ANNA, BERTIL, CARL} <= set(everyone) and len(everyone) == len(set(everyone))


def test_get_with_a_query_token_works_as_on_slack(slack: LocalSlack) -> None:
    url = f"{slack.api_url}users.info?user={ANNA}&token={slack.bot_token}"

    with urllib.request.urlopen(url) as response:
        assert json.loads(response.read())["user"]["name"] == "anna"
