"""Listeners whose requests go through the inbox: slash commands, buttons in messages,
shortcuts, and events (messages the bot reads, the Home tab, people leaving).

Each request is first stored in the inbox (adapters/runtime/inbox.py) under a key Slack gives it
again on a redelivery, *then* acknowledged with an empty 200, and its work runs after, on the
app's background executor, answering through respond() as an answer in the acknowledgement
would. So a kallelse that DMs forty members never makes Slack time a press out, a request
delivered twice has one effect, and a request whose work the database failed, or whose
process died, is run again from the inbox (`replay`) until it is done.

If the request cannot be stored (the database is down, or too busy to take it within the
three seconds), the person is told so at once rather than getting a silent 200.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, App, BoltContext, BoltRequest, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.metrics.recorded import REQUESTS
from adapters.runtime.inbox import Inbox, Ran
from adapters.runtime.services import Services
from adapters.slack.mrkdwn import t
from adapters.storage.repositories.inbox import Claim, InboxUnavailableError
from bot.meetings.labels import clock

log = logging.getLogger(__name__)

CommandWork = Callable[[dict[str, Any], WebClient, Respond], None]
ButtonWork = Callable[[dict[str, Any], dict[str, Any], WebClient, Respond], None]
EventWork = Callable[[dict[str, Any], dict[str, Any], WebClient], None]
Tell = Callable[[str], None]

INTAKE = "intake"  # context key: the Intake of this app
AS_SENT = "as_sent"  # context key: the request's body as Slack sent it, as JSON
REPLAYED = "inbox_claim"  # context key: this dispatch replays the inbox entry it holds


@dataclass(frozen=True)
class Intake:
    inbox: Inbox
    language: str  # for what is said without a database to ask the council's language
    zone: ZoneInfo


def register(app: App, services: Services) -> None:
    """Before any other middleware: hand every request the inbox to take it into, and keep
    its body as Slack sent it (adapters/slack/text.py decodes its text in place after), so a
    replay goes through the same decoding once."""
    intake = Intake(services.inbox, services.settings.language, services.settings.zone)

    @app.middleware
    def with_intake(body: dict[str, Any], context: BoltContext, next: Callable[[], Any]) -> Any:
        context[INTAKE] = intake
        context[AS_SENT] = json.dumps(body, ensure_ascii=False)
        return next()


def replay(app: App) -> Callable[[Claim, str, str], None]:
    """What the inbox's drain calls for an entry to run again: its stored payload dispatched
    through the app as Slack delivered it (the signature was checked when it came in)."""

    def run(claim: Claim, listener: str, payload: str) -> None:
        body = json.loads(payload)
        response = app.dispatch(
            BoltRequest(body=body, mode="socket_mode", context={REPLAYED: claim})
        )
        if response.status != 200:
            log.warning("inbox: replay of %s answered %s", listener, response.status)

    return run


def slash_command(app: App, name: str) -> Callable[[CommandWork], CommandWork]:
    """Register the decorated `work(command, client, respond)` as slash command `name`."""

    def register(work: CommandWork) -> CommandWork:
        def acknowledge(
            ack: Ack,
            command: dict[str, Any],
            body: dict[str, Any],
            client: WebClient,
            respond: Respond,
            context: BoltContext,
        ) -> None:
            _take_in(
                app,
                context,
                ack,
                key=f"command:{body.get('trigger_id') or _digest(body)}",
                listener=name,
                body=body,
                run=lambda: work(command, client, respond),
                tell=_by_respond(respond),
                ack_tells=True,
            )

        app.command(name)(acknowledge)
        return work

    return register


def button(app: App, action_id: str | re.Pattern[str]) -> Callable[[ButtonWork], ButtonWork]:
    """Register the decorated `work(body, action, client, respond)` for block actions
    matching `action_id` (buttons and menus in messages)."""
    return _interaction(app, app.action(action_id), "action", lambda a: str(a.get("action_id")))


def shortcut(app: App, callback_id: str) -> Callable[[ButtonWork], ButtonWork]:
    """Register the decorated `work(body, shortcut, client, respond)` for a shortcut."""
    return _interaction(app, app.shortcut(callback_id), "shortcut", lambda _: callback_id)


def _interaction(
    app: App,
    listen: Callable[[Callable[..., None]], Any],
    kind: str,
    name_of: Callable[[dict[str, Any]], str],
) -> Callable[[ButtonWork], ButtonWork]:
    """A button or a shortcut: `payload` is its action or its shortcut (Bolt's name for
    either); one interaction has one trigger_id, the same on a redelivery."""

    def register(work: ButtonWork) -> ButtonWork:
        def acknowledge(
            ack: Ack,
            body: dict[str, Any],
            payload: dict[str, Any],
            client: WebClient,
            respond: Respond,
            context: BoltContext,
        ) -> None:
            _take_in(
                app,
                context,
                ack,
                key=f"{kind}:{body.get('trigger_id') or _digest(body)}",
                listener=name_of(payload),
                body=body,
                run=lambda: work(body, payload, client, respond),
                tell=_by_respond(respond),
            )

        listen(acknowledge)
        return work

    return register


def on_message(app: App, pattern: re.Pattern[str]) -> Callable[[EventWork], EventWork]:
    """Register the decorated `work(message, body, client)` for messages the bot reads
    that match `pattern`."""
    return _on_event(app, app.message(pattern), f"message:{pattern.pattern}")


def on_shared_files(app: App) -> Callable[[EventWork], EventWork]:
    """Register the decorated `work(message, body, client)` for messages with files
    (subtype file_share), with words or none: Bolt's message listener passes over a message
    without text, as a photo shared without a word is. Registered before the message
    listener, it takes every such message."""
    shared = app.event({"type": "message", "subtype": "file_share"})
    return _on_event(app, shared, "message:file_share")


def on_event(app: App, name: str) -> Callable[[EventWork], EventWork]:
    """Register the decorated `work(event, body, client)` for Events API event `name`."""
    return _on_event(app, app.event(name), name)


def _on_event(
    app: App, listen: Callable[[Callable[..., None]], Any], name: str
) -> Callable[[EventWork], EventWork]:
    def register(work: EventWork) -> EventWork:
        def acknowledge(
            ack: Ack,
            event: dict[str, Any],
            body: dict[str, Any],
            client: WebClient,
            context: BoltContext,
        ) -> None:
            _take_in(
                app,
                context,
                ack,
                key=f"event:{event_key(body)}",
                listener=name,
                body=body,
                run=lambda: work(event, body, client),
                tell=_by_ephemeral(client, event),
            )

        listen(acknowledge)
        return work

    return register


def _take_in(
    app: App,
    context: BoltContext,
    ack: Ack,
    *,
    key: str,
    listener: str,
    body: dict[str, Any],
    run: Callable[[], None],
    tell: Tell,
    ack_tells: bool = False,
) -> None:
    """Store, then acknowledge, then work (later, on the background executor); a replayed
    entry is worked at once, in the drain that replays it."""
    intake: Intake = context[INTAKE]
    replayed: Claim | None = context.get(REPLAYED)
    if replayed is not None:
        ack()
        _work(intake, replayed, run, tell, listener)
        return
    kind = key.split(":", 1)[0]
    try:
        claim = intake.inbox.take_in(key, listener, context[AS_SENT])
    except InboxUnavailableError:
        REQUESTS.inc(kind, "not_stored")
        not_stored = t("error.database_unavailable", intake.language)
        if ack_tells:  # a slash command's acknowledgement shows its text to the person
            ack(text=not_stored)
        else:
            ack()
            _later(app, listener, tell, not_stored)
        return
    ack()
    REQUESTS.inc(kind, "stored" if claim is not None else "again")
    if claim is not None:  # None: delivered again, and taken in the first time
        _later(app, listener, _work, intake, claim, run, tell, listener)


def _work(intake: Intake, claim: Claim, run: Callable[[], None], tell: Tell, name: str) -> None:
    ran = intake.inbox.run(claim, run, name=name)
    if ran is Ran.LATER and claim.attempt == 0:
        tell(t("inbox.kept_for_later", intake.language))
    elif ran is Ran.GAVE_UP:
        sent = clock(claim.received_at.astimezone(intake.zone), intake.language)
        tell(t("inbox.gave_up", intake.language, time=sent))


def _by_respond(respond: Respond) -> Tell:
    def tell(text: str) -> None:
        respond(text=text, response_type="ephemeral", replace_original=False)

    return tell


def _by_ephemeral(client: WebClient, event: dict[str, Any]) -> Tell:
    """A message's writer is told under it, for their eyes only; other events (the Home tab
    opened, someone leaving) have no one waiting for an answer."""
    user, channel = event.get("user"), event.get("channel")

    def tell(text: str) -> None:
        if event.get("type") != "message" or not (user and channel):
            log.warning("inbox: %s event not worked; no one to tell", event.get("type"))
            return
        try:
            client.chat_postEphemeral(
                channel=channel, user=user, text=text, thread_ts=event.get("thread_ts")
            )
        except SlackApiError as err:
            log.warning("inbox: could not tell the writer: %s", err.response.get("error"))

    return tell


def event_key(body: dict[str, Any]) -> str:
    """Names an event as Slack delivered it: the same event delivered again has the same."""
    return str(body.get("event_id") or _digest(body))


def answer_key(body: dict[str, Any]) -> str:
    """The outbox key of the bot's answer to an event: answered once, however often the event
    is delivered or its work run again from the inbox."""
    return f"answer:{event_key(body)}"


def _digest(body: dict[str, Any]) -> str:
    """A key for a request Slack gave no id: the same body delivered again has the same."""
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:40]


def _later(app: App, name: str, work: Callable[..., None], *args: Any) -> None:
    app.listener_runner.listener_executor.submit(_run, name, work, *args)


def _run(name: str, work: Callable[..., None], *args: Any) -> None:
    """Work after the acknowledgement; a failure is logged (a thread pool would keep it
    silent)."""
    try:
        work(*args)
    except Exception:
        log.exception("%s failed after it was acknowledged", name)
