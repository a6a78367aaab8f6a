"""The driver against a real Bolt app over HTTP, signatures checked by Bolt itself."""

from __future__ import annotations

import socketserver
import threading
import time
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from slack_bolt import App, BoltRequest
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

from devtools.localslack import Driver, LocalSlack
from devtools.localslack.workspace import SlackError
from tests.localslack.conftest import ANNA, BERTIL, RAD

SECRET = "lokal-hemlighet"

MODAL = {
    "type": "modal",
    "callback_id": "punkt",
    "private_metadata": "möte-7",
    "title": {"type": "plain_text", "text": "Ny punkt"},
    "submit": {"type": "plain_text", "text": "Spara"},
    "blocks": [
        {
            "type": "input",
            "block_id": "rubrik",
            "label": {"type": "plain_text", "text": "Rubrik"},
            "element": {"type": "plain_text_input", "action_id": "titel"},
        },
        {
            "type": "input",
            "block_id": "typ",
            "label": {"type": "plain_text", "text": "Typ"},
            "element": {
                "type": "static_select",
                "action_id": "val",
                "options": [
                    {"text": {"type": "plain_text", "text": "Beslut"}, "value": "beslut"},
                    {"text": {"type": "plain_text", "text": "Info"}, "value": "information"},
                ],
                "initial_option": {
                    "text": {"type": "plain_text", "text": "Info"},
                    "value": "information",
                },
            },
        },
        {
            "type": "input",
            "block_id": "datum",
            "label": {"type": "plain_text", "text": "Datum"},
            "element": {"type": "datepicker", "action_id": "dag"},
        },
    ],
}
APPROVE = [
    {
        "type": "actions",
        "block_id": "beslut",
        "elements": [
            {
                "type": "button",
                "action_id": "godkann",
                "text": {"type": "plain_text", "text": "Godkänn"},
                "value": "punkt-3",
            }
        ],
    }
]


def build_app(slack: LocalSlack, seen: list[tuple[str, Any]]) -> App:
    app = App(
        token=slack.bot_token,
        signing_secret=SECRET,
        client=WebClient(token=slack.bot_token, base_url=slack.api_url),
        process_before_response=True,
    )

    @app.command("/eko")
    def echo(ack, command, respond, say) -> None:  # type: ignore[no-untyped-def]
        ack()
        seen.append(("command", command))
        respond(f"Bara du ser: {command['text']}")
        say(f"Alla ser: {command['text']}")

    @app.command("/punkt")
    def open_modal(ack, command, client) -> None:  # type: ignore[no-untyped-def]
        ack()
        client.views_open(trigger_id=command["trigger_id"], view=MODAL)

    @app.view("punkt")
    def submit(ack, view) -> None:  # type: ignore[no-untyped-def]
        values = view["state"]["values"]
        if not values["rubrik"]["titel"]["value"]:
            ack(response_action="errors", errors={"rubrik": "Skriv en rubrik"})
            return
        ack()
        seen.append(("view", view))

    @app.action("godkann")
    def approve(ack, body, respond) -> None:  # type: ignore[no-untyped-def]
        ack()
        seen.append(("action", body))
        respond(replace_original=True, text="Godkänd")

    @app.action("val")
    def choose(ack, body) -> None:  # type: ignore[no-untyped-def]
        ack()
        seen.append(("action", body))

    @app.shortcut("ny_punkt")
    def new_point(ack, shortcut, client) -> None:  # type: ignore[no-untyped-def]
        ack()
        client.views_open(trigger_id=shortcut["trigger_id"], view=MODAL)

    @app.event("app_mention")
    def mentioned(event, say) -> None:  # type: ignore[no-untyped-def]
        say(text="Här!", thread_ts=event["ts"])

    @app.message_shortcut("spara")
    def save(ack, shortcut, respond) -> None:  # type: ignore[no-untyped-def]
        ack()
        seen.append(("shortcut", shortcut))
        respond("Sparad")

    @app.event("message")
    def on_message(event, body, request: BoltRequest) -> None:  # type: ignore[no-untyped-def]
        retry = request.headers.get("x-slack-retry-num", [None])[0]
        seen.append(("message", {**event, "event_id": body["event_id"], "retry": retry}))

    @app.event("app_home_opened")
    def home(event, client) -> None:  # type: ignore[no-untyped-def]
        client.views_publish(user_id=event["user"], view={"type": "home", "blocks": []})

    return app


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def seen() -> list[tuple[str, Any]]:
    return []


@pytest.fixture(scope="session")
def bot_url(session_slack: LocalSlack, seen: list[tuple[str, Any]]) -> Iterator[str]:
    handler = SlackRequestHandler(build_app(session_slack, seen))
    server = make_server(
        "127.0.0.1", 0, handler, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/slack/events"
    server.shutdown()
    server.server_close()


@pytest.fixture
def driver(slack: LocalSlack, bot_url: str, seen: list[tuple[str, Any]]) -> Driver:
    seen.clear()
    return Driver(slack, bot_url, SECRET)


def test_a_signed_command_reaches_the_handler(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    delivery = driver.command(ANNA, RAD, "/eko", "hej på er")

    assert delivery.ok
    [(_, command)] = seen
    assert command["text"] == "hej på er" and command["channel_name"] == "brukarrad"
    # process_before_response: respond() and say() are done when the answer arrives.
    assert [r["text"] for r in delivery.responses] == ["Bara du ser: hej på er"]
    assert [e["text"] for e in slack.ephemerals(user=ANNA)] == ["Bara du ser: hej på er"]
    assert [m["text"] for m in slack.messages(RAD)] == ["Alla ser: hej på er"]
    assert [c.method for c in delivery.calls] == ["chat.postMessage"]


@pytest.mark.parametrize(
    "tamper",
    [
        {"signature": "v0=" + "0" * 64},
        {"timestamp": str(int(time.time()) - 6 * 60)},  # older than Bolt's five minutes
    ],
    ids=["bad-signature", "stale-timestamp"],
)
def test_bolt_refuses_a_tampered_request(
    driver: Driver, seen: list[tuple[str, Any]], tamper: dict[str, str]
) -> None:
    delivery = driver.command(ANNA, RAD, "/eko", "hej", **tamper)

    assert delivery.status == 401
    assert seen == []


def test_a_command_opens_a_modal_and_the_submission_carries_its_values(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    driver.command(ANNA, RAD, "/punkt")
    view = slack.open_view(ANNA)
    assert view is not None and view["callback_id"] == "punkt"

    refused = driver.view_submission(ANNA, view["id"], {"rubrik": {"titel": ""}})
    assert refused.body == {"response_action": "errors", "errors": {"rubrik": "Skriv en rubrik"}}
    assert slack.open_view(ANNA) is not None

    accepted = driver.view_submission(
        ANNA, view["id"], {"rubrik": {"titel": "Budget"}, "datum": {"dag": "2025-03-12"}}
    )

    assert accepted.ok and accepted.body == ""
    [(_, submitted)] = seen
    values = submitted["state"]["values"]
    assert values["rubrik"]["titel"] == {"type": "plain_text_input", "value": "Budget"}
    assert values["typ"]["val"]["selected_option"]["value"] == "information"  # untouched
    assert values["datum"]["dag"] == {"type": "datepicker", "selected_date": "2025-03-12"}
    assert submitted["private_metadata"] == "möte-7"
    assert slack.open_view(ANNA) is None
    assert slack.views[view["id"]]["closed"] is True


def test_a_button_in_a_bot_message_replaces_it_through_response_url(
    driver: Driver, slack: LocalSlack, client: WebClient, seen: list[tuple[str, Any]]
) -> None:
    ts = client.chat_postMessage(channel=RAD, text="Punkt 3", blocks=APPROVE)["ts"]

    delivery = driver.block_action(ANNA, action_id="godkann", message_ts=ts)

    [(_, body)] = seen
    assert body["message"]["ts"] == ts and body["channel"]["id"] == RAD
    assert body["actions"][0]["value"] == "punkt-3"
    assert body["actions"][0]["block_id"] == "beslut"
    assert delivery.responses[0]["replace_original"] is True
    [message] = slack.messages(RAD)
    assert message["ts"] == ts and message["text"] == "Godkänd"


def test_a_message_shortcut_sees_the_message(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    ts = slack.post_user_message(ANNA, RAD, "Kom ihåg lokalbokningen")["ts"]

    delivery = driver.message_shortcut(ANNA, RAD, ts, "spara")

    [(_, shortcut)] = seen
    assert shortcut["message"]["text"] == "Kom ihåg lokalbokningen"
    assert [r["text"] for r in delivery.responses] == ["Sparad"]


def test_messages_are_stored_and_delivered_and_retries_carry_the_event_id(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    dm = slack.dm_channel(ANNA)
    first = driver.message(ANNA, dm, "Hej bot")
    event = {**slack.messages(dm)[0], "channel": dm, "channel_type": "im"}

    driver.event(event, event_id="Ev0001", retry_num=1)
    driver.event(event, event_id="Ev0001", retry_num=2)

    assert [m["ts"] for m in slack.messages(dm)] == [first.ts]
    assert [(e["channel_type"], e["text"], e["retry"]) for _, e in seen] == [
        ("im", "Hej bot", None),
        ("im", "Hej bot", "1"),
        ("im", "Hej bot", "2"),
    ]
    first_id, *retried_ids = [e["event_id"] for _, e in seen]
    assert first_id.startswith("Ev") and retried_ids == ["Ev0001", "Ev0001"]


def test_opening_app_home_lets_the_bot_publish_it(driver: Driver, slack: LocalSlack) -> None:
    assert driver.app_home_opened(ANNA).ok

    assert slack.home_views[ANNA]["type"] == "home"


def test_a_global_shortcut_opens_a_modal_whose_select_reports_the_view(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    driver.shortcut(ANNA, "ny_punkt")
    view = slack.open_view(ANNA)
    assert view is not None

    driver.block_action(ANNA, action_id="val", view_id=view["id"], selected_option="beslut")

    [(_, body)] = seen
    assert body["container"] == {"type": "view", "view_id": view["id"]}
    assert body["view"]["callback_id"] == "punkt" and "response_url" not in body
    assert body["actions"][0]["type"] == "static_select"
    assert body["actions"][0]["block_id"] == "typ"
    assert body["actions"][0]["selected_option"]["value"] == "beslut"


def test_a_mention_is_answered_in_its_thread(driver: Driver, slack: LocalSlack) -> None:
    delivery = driver.app_mention(ANNA, RAD, "vad är nästa möte?")

    [mention] = slack.messages(RAD)
    assert mention["ts"] == delivery.ts
    assert mention["text"] == f"<@{slack.bot_user_id}> vad är nästa möte?"
    assert mention["reply_count"] == 1
    assert slack.messages(RAD, thread_ts=delivery.ts)[1]["text"] == "Här!"


def test_a_message_with_a_photo_arrives_as_file_share_with_the_files_permalink(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    driver.message(ANNA, RAD, "punkt: Rampen", files=["ramp.jpg"])

    [(_, event)] = seen
    assert (event["subtype"], event["upload"]) == ("file_share", False)
    assert event["text"] == "punkt: Rampen"
    [file] = event["files"]
    assert (file["name"], file["mimetype"], file["user"]) == ("ramp.jpg", "image/jpeg", ANNA)
    assert file["permalink"] == f"{slack.base_url}/files/{ANNA}/{file['id']}/ramp.jpg"
    assert "content" not in file and slack.messages(RAD)[0]["files"] == [file]


def test_a_reply_also_sent_to_the_channel_arrives_as_thread_broadcast_with_its_root(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    parent = driver.message(BERTIL, RAD, "Vad tar vi upp?")
    seen.clear()

    reply = driver.message(ANNA, RAD, "punkt: Hörslingan", thread_ts=parent.ts, broadcast=True)

    [(_, event)] = seen
    assert (event["subtype"], event["thread_ts"]) == ("thread_broadcast", parent.ts)
    assert event["root"]["ts"] == parent.ts and event["root"]["user"] == BERTIL
    assert [m["ts"] for m in slack.messages(RAD)] == [parent.ts, reply.ts]  # in the channel too


def test_an_edit_arrives_as_message_changed_with_the_message_now_and_before(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    written = driver.message(ANNA, RAD, "punkt: Rampen")
    seen.clear()

    driver.edit(ANNA, RAD, written.ts or "", "punkt: Rampen vid entrén")

    [(_, event)] = seen
    assert (event["subtype"], event["hidden"], event["channel"]) == ("message_changed", True, RAD)
    assert event["message"]["ts"] == event["previous_message"]["ts"] == written.ts
    assert event["message"]["text"] == "punkt: Rampen vid entrén"
    assert event["message"]["edited"]["user"] == ANNA
    assert event["previous_message"]["text"] == "punkt: Rampen"
    assert event["ts"] == event["event_ts"] != written.ts
    assert slack.messages(RAD)[0]["text"] == "punkt: Rampen vid entrén"


def test_deleting_a_message_arrives_as_message_deleted_and_one_with_replies_leaves_a_tombstone(
    driver: Driver, slack: LocalSlack, seen: list[tuple[str, Any]]
) -> None:
    alone = driver.message(ANNA, RAD, "punkt: Rampen")
    answered = driver.app_mention(ANNA, RAD, "punkt: Hissen")  # answered in its thread
    seen.clear()

    driver.delete(ANNA, RAD, alone.ts or "")
    driver.delete(ANNA, RAD, answered.ts or "")

    deleted, changed = (e for _, e in seen)
    assert (deleted["subtype"], deleted["deleted_ts"]) == ("message_deleted", alone.ts)
    assert deleted["previous_message"]["text"] == "punkt: Rampen"
    assert changed["subtype"] == "message_changed"
    assert changed["message"]["subtype"] == "tombstone"
    assert changed["message"]["user"] == "USLACKBOT"
    assert changed["previous_message"]["user"] == ANNA
    [tombstone] = slack.messages(RAD)
    assert (tombstone["ts"], tombstone["reply_count"]) == (answered.ts, 1)
    assert tombstone["text"] == "This message was deleted."


def test_only_the_writer_edits_or_deletes_a_message(driver: Driver, slack: LocalSlack) -> None:
    written = driver.message(ANNA, RAD, "punkt: Rampen")

    with pytest.raises(SlackError, match="cant_update_message"):
        driver.edit(BERTIL, RAD, written.ts or "", "punkt: Något annat")
    with pytest.raises(SlackError, match="cant_delete_message"):
        driver.delete(BERTIL, RAD, written.ts or "")
    assert slack.messages(RAD)[0]["text"] == "punkt: Rampen"
