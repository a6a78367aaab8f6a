"""`POST /api/messages`: Teams' activities, checked and taken into the inbox before the 200.

Only an activity whose token Teams signed for this bot (adapters/teams/auth.py) is read; any
other request is a 401 and nothing of it is stored. An accepted activity is stored in the
same inbox as Slack's requests (adapters/runtime/inbox.py) under a key Teams gives it again on
a redelivery, then acknowledged, and its work runs after, on the background executor; a card's
action (Action.Execute), whose answer is the card as the action left it, is worked once stored
and answered with that. If it cannot be stored, the answer is a 503, which Teams shows its
writer as not delivered.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from adapters.runtime.background import BackgroundWork
from adapters.runtime.inbox import Inbox
from adapters.storage.repositories.inbox import InboxUnavailableError
from adapters.teams.auth import KeysUnavailable, TokenCheck, Unauthorized
from bot.core.ports import Clock

ACTIVITIES_PATH = "/api/messages"
LISTENER = "teams"  # the inbox's listener of every Teams activity (and the prefix of its key)
MAX_BODY = 512 * 1024  # an activity is a few KB; a card's answer at most tens
log = logging.getLogger(__name__)

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
# (claim, payload): what the inbox's entry runs; for one run before the answer, the answer.
Work = Callable[[Any, str], dict[str, Any] | None]
Inline = Callable[[dict[str, Any]], bool]  # whether the answer waits for the work
# What Teams waits for in the answer itself (an invoke's): None for the plain "done".
Acknowledge = Callable[[dict[str, Any]], dict[str, Any] | None]


def activity_key(activity: dict[str, Any]) -> str:
    """The inbox key: an activity's id is unique in its conversation, and a redelivery has
    the same."""
    conversation = str((activity.get("conversation") or {}).get("id") or "")
    return f"{LISTENER}:{conversation}:{activity.get('id')}"[:200]


def activities_app(
    check: TokenCheck,
    inbox: Inbox,
    clock: Clock,
    background: BackgroundWork,
    work: Work,
    acknowledge: Acknowledge,
    inline: Inline,
) -> WsgiApp:
    def application(environ: dict[str, Any], start: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return _answer(start, "405 Method Not Allowed")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            return _answer(start, "400 Bad Request")
        body = environ["wsgi.input"].read(length)
        try:
            activity = json.loads(body)
        except ValueError:
            activity = None
        if not isinstance(activity, dict):
            return _answer(start, "400 Bad Request")
        try:
            check.claims(environ.get("HTTP_AUTHORIZATION"), activity, now=clock.now())
        except Unauthorized as err:
            log.warning("teams: activity refused: %s", err)
            return _answer(start, "401 Unauthorized")
        except KeysUnavailable as err:
            log.warning("teams: signing keys not read: %s", err)
            return _answer(start, "503 Service Unavailable")
        payload = body.decode()
        try:
            claim = inbox.take_in(activity_key(activity), LISTENER, payload)
        except InboxUnavailableError:
            return _answer(start, "503 Service Unavailable")
        if claim is not None and inline(activity):  # stored first, then worked, then answered
            return _answer(start, "200 OK", work(claim, payload))
        if claim is not None:  # None: delivered again, and taken in the first time
            background.submit(work, claim, payload)
        return _answer(start, "200 OK", acknowledge(activity))

    return application


def _answer(
    start: Callable[..., Any], status: str, said: dict[str, Any] | None = None
) -> Iterable[bytes]:
    # An invoke (a card's button, a message extension) waits for a body; an empty object is
    # a plain "done".
    ok = status.startswith("200")
    body = json.dumps(said or {}).encode() if ok else status.split(" ", 1)[1].encode()
    content = "application/json" if ok else "text/plain"
    start(status, [("Content-Type", content), ("Content-Length", str(len(body)))])
    return [body]
