"""The local Teams: the Bot Framework's side of a Teams bot, served on localhost.

As `localslack` is for Slack, it is what the tests and the sandbox talk to instead of Microsoft:
- it publishes OpenID metadata and a JWKS for a key of its own (tokens.py), and the bot is
  pointed at it by TEAMS_OPENID_URL, so the bot's real token check runs on every activity;
- it hands the bot its own token (client credentials, at TEAMS_LOGIN_URL) and answers the Bot
  Connector calls the bot makes at the service URL it gives in activities: send to a
  conversation, update and delete an activity, create a personal conversation (which Teams
  refuses, 403, for a user who has not installed the app);
- it enforces what Teams enforces (a message of at most MAX_MESSAGE bytes, 413 above it, a
  card answered to an Action.Execute too; an update only of an activity the bot sent to that
  conversation, 404 otherwise; an invoke answered in the form Teams reads) and answers 429
  with Retry-After when a test asks it to (`rate_limit`);
- it delivers signed activities to the bot's /api/messages, as people in Teams act (writing to
  the bot, pressing a card's button as Action.Execute, `press`, or as the Action.Submit a client
  without Universal Actions sends, `submit`), shows the card an Action.Execute is answered
  with in place of the pressed one, and records every call and delivery for tests to read back.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from devtools.localteams.tokens import CHANNEL, Signer

# Teams refuses a message (text and cards) over about 28 KB (learn.microsoft.com/microsoftteams/
# platform/bots/how-to/format-your-bot-messages: "Message size limits").
MAX_MESSAGE = 28 * 1024
SERVICE_PATH = "/teams/"
CARD_TYPE = "application/vnd.microsoft.card.adaptive"
TOKEN_LIFETIME = 3600


@dataclass(frozen=True)
class Call:
    """A Bot Connector call the bot made: `kind` is send, update, delete or create."""

    kind: str
    conversation: str
    activity_id: str | None
    body: dict[str, Any]


@dataclass(frozen=True)
class Delivery:
    """An activity delivered to the bot, and the bot's answer."""

    activity: dict[str, Any]
    status: int
    answer: bytes


@dataclass
class _State:
    users: dict[str, str] = field(default_factory=dict)  # user id -> name
    installed: set[str] = field(default_factory=set)  # users with the app in a personal chat
    calls: list[Call] = field(default_factory=list)
    activities: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> as it stands
    where: dict[str, str] = field(default_factory=dict)  # activity id -> its conversation
    refusals: list[tuple[int, str]] = field(default_factory=list)
    limited: list[int] = field(default_factory=list)  # Retry-After of the next 429s
    tokens: set[str] = field(default_factory=set)


class LocalTeams:
    """A Teams tenant with the bot `app_id` installed, on localhost. `clock` gives the time
    its tokens are signed at (the bot's clock in tests)."""

    def __init__(
        self,
        *,
        app_id: str = "00000000-0000-4000-8000-000000000b07",
        app_password: str = "local-teams-secret",
        tenant: str = "72f988bf-0000-4000-8000-000000000001",
        clock: Callable[[], datetime],
    ) -> None:
        self.app_id = app_id
        self.app_password = app_password
        self.tenant = tenant
        self.clock = clock
        self.signer = Signer()
        self.bot_url: str | None = None  # where activities go: the bot's /api/messages
        self._state = _State()
        self._lock = threading.Condition()  # held while the state changes; told of each call
        self._server: ThreadingHTTPServer | None = None

    # -- serving -----------------------------------------------------------------------

    def start(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def openid_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    @property
    def service_url(self) -> str:
        return f"{self.url}{SERVICE_PATH}"

    def env(self) -> dict[str, str]:
        """The bot's settings for this Teams."""
        return {
            "TEAMS_APP_ID": self.app_id,
            "TEAMS_APP_PASSWORD": self.app_password,
            "TEAMS_OPENID_URL": self.openid_url,
            "TEAMS_LOGIN_URL": self.url,
        }

    # -- the tenant ----------------------------------------------------------------------

    def add_user(self, user_id: str, name: str, *, installed: bool = False) -> None:
        """A user of the tenant; `installed`: who added the app before the bot was told."""
        with self._lock:
            self._state.users[user_id] = name
            if installed:
                self._state.installed.add(user_id)

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._state.calls)

    @property
    def refusals(self) -> list[tuple[int, str]]:
        """What Teams would have refused (status, why)."""
        with self._lock:
            return list(self._state.refusals)

    def sent_to(self, conversation: str) -> list[dict[str, Any]]:
        """The activities sent to `conversation`, as they now stand (updated, not deleted)."""
        with self._lock:
            ids = [
                c.activity_id
                for c in self._state.calls
                if c.kind == "send" and c.conversation == conversation
            ]
            return [self._state.activities[i] for i in ids if i in self._state.activities]

    def wait_sent(self, conversation: str, count: int = 1, *, timeout: float = 30) -> list[dict]:
        """`sent_to`, once at least `count` activities were sent there (a bot in a process of
        its own answers after its 200), or `timeout` seconds passed."""

        def sent() -> bool:
            calls = self._state.calls
            return sum(c.kind == "send" and c.conversation == conversation for c in calls) >= count

        with self._lock:
            self._lock.wait_for(sent, timeout)
        return self.sent_to(conversation)

    def shown(self, activity_id: str) -> dict[str, Any] | None:
        """The activity `activity_id` as it now stands (updated, refreshed), None if deleted."""
        with self._lock:
            return self._state.activities.get(activity_id)

    def rate_limit(self, *retry_after: int) -> None:
        """Answer the next Bot Connector calls 429, each with its Retry-After (seconds)."""
        with self._lock:
            self._state.limited.extend(retry_after)

    # -- people acting: activities to the bot --------------------------------------------

    def token(self, **overrides: Any) -> str:
        """A token as the Bot Connector signs one now; `overrides` forge or age it."""
        given = {"audience": self.app_id, "service_url": self.service_url, "now": self.clock()}
        return self.signer.token(**{**given, **overrides})

    def deliver(self, activity: dict[str, Any], *, authorization: str | None = None) -> Delivery:
        """POST `activity` to the bot, signed (or with `authorization` as given)."""
        assert self.bot_url is not None, "the bot's /api/messages is not known"
        auth = f"Bearer {self.token()}" if authorization is None else authorization
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = auth
        request = urllib.request.Request(
            self.bot_url, data=json.dumps(activity).encode(), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return Delivery(activity, answer.status, answer.read())
        except urllib.error.HTTPError as err:
            return Delivery(activity, err.code, err.read())

    def activity(self, kind: str, user: str, conversation: dict[str, Any], **extra: Any) -> dict:
        """An activity from `user` in `conversation`, as Teams words it."""
        return {
            "type": kind,
            "id": uuid.uuid4().hex[:16],
            "timestamp": self.clock().isoformat(),
            "serviceUrl": self.service_url,
            "channelId": CHANNEL,
            "from": {"id": user, "name": self._state.users.get(user, user)},
            "conversation": {**conversation, "tenantId": self.tenant},
            "recipient": {"id": f"28:{self.app_id}", "name": "Brukarbot"},
            "channelData": {"tenant": {"id": self.tenant}},
            **extra,
        }

    def channel(self, conversation: str, team: str) -> dict[str, Any]:
        return {"id": conversation, "conversationType": "channel", "teamId": team}

    def personal(self, user: str) -> dict[str, Any]:
        return {"id": _personal(user), "conversationType": "personal"}

    def say(self, user: str, where: dict[str, Any], text: str) -> Delivery:
        """`user` writes `text` to the bot: in a channel as an @mention of it (as Teams sends
        it: the mention's <at> tag in the text and a mention entity), in a personal chat as
        it is."""
        extra: dict[str, Any] = {"text": text, "textFormat": "plain"}
        if where.get("conversationType") == "channel":
            tag = "<at>Brukarbot</at>"
            extra["text"] = f"{tag} {text}"
            extra["entities"] = [
                {
                    "type": "mention",
                    "text": tag,
                    "mentioned": {"id": f"28:{self.app_id}", "name": "Brukarbot"},
                }
            ]
        return self.deliver(self.activity("message", user, where, **extra))

    def press(
        self, user: str, where: dict[str, Any], activity_id: str, data: dict[str, Any]
    ) -> Delivery:
        """`user` presses a button of the card `activity_id` (Action.Execute, its `data`): an
        `adaptiveCard/action` invoke; the card Teams is answered with replaces the pressed one,
        as Teams shows it (a card past the size limit, or an answer Teams cannot read, is
        refused and the card stays)."""
        verb = str(data.get("verb") or "")
        value = {
            "action": {"type": "Action.Execute", "verb": verb, "data": data},
            "trigger": "manual",
        }
        invoke = self.activity(
            "invoke", user, where, name="adaptiveCard/action", value=value, replyToId=activity_id
        )
        delivery = self.deliver(invoke)
        if delivery.status == 200:
            self._refresh(activity_id, delivery.answer)
        return delivery

    def submit(
        self, user: str, where: dict[str, Any], activity_id: str, data: dict[str, Any]
    ) -> Delivery:
        """`user` presses a button as a client without Universal Actions sends it: the
        Action.Submit fallback's data as a message's value, under the card."""
        message = self.activity("message", user, where, value=data, replyToId=activity_id)
        return self.deliver(message)

    def _refresh(self, activity_id: str, answer: bytes) -> None:
        try:
            said = json.loads(answer or b"null")
        except ValueError:
            said = None
        with self._lock:
            if not isinstance(said, dict) or said.get("statusCode") != 200:
                self._state.refusals.append((502, f"invoke answered {answer[:80]!r}"))
                return
            if said.get("type") != CARD_TYPE:
                return  # a line Teams shows; the card stays
            shown = self._state.activities.get(activity_id)
            refreshed = {
                **(shown or {"type": "message"}),
                "attachments": [{"contentType": CARD_TYPE, "content": said.get("value")}],
            }
            size = len(json.dumps(refreshed).encode())
            if shown is None or size > MAX_MESSAGE:
                self._state.refusals.append((413 if shown else 404, f"refresh of {activity_id}"))
                return
            conversation = self._state.where[activity_id]
            self._state.calls.append(Call("refresh", conversation, activity_id, refreshed))
            self._state.activities[activity_id] = refreshed

    def install(self, user: str) -> Delivery:
        """`user` adds the app for themselves (a personal chat with it begins)."""
        with self._lock:
            self._state.installed.add(user)
        return self.deliver(
            self.activity("installationUpdate", user, self.personal(user), action="add")
        )

    # -- the Bot Connector: the bot's calls ----------------------------------------------

    def _answer(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], Any]:
        if method == "GET" and path == "/v1/.well-known/openidconfiguration":
            return (
                200,
                {},
                {
                    "issuer": "https://api.botframework.com",
                    "jwks_uri": f"{self.url}/v1/.well-known/keys",
                },
            )
        if method == "GET" and path == "/v1/.well-known/keys":
            return 200, {}, self.signer.jwks()
        if method == "POST" and path.endswith("/oauth2/v2.0/token"):
            return self._issue(body)
        if not path.startswith(SERVICE_PATH + "v3/conversations"):
            return 404, {}, {"error": {"code": "NotFound", "message": path}}
        with self._lock:
            auth = headers.get("authorization", "")
            if auth.removeprefix("Bearer ") not in self._state.tokens:
                self._state.refusals.append((401, f"{method} {path} without a valid token"))
                return 401, {}, {"message": "Authorization has been denied"}
            if self._state.limited:
                wait = self._state.limited.pop(0)
                return 429, {"Retry-After": str(wait)}, {"error": {"code": "TooManyRequests"}}
            answered = self._connector(method, path, body)
            self._lock.notify_all()
            return answered

    def _issue(self, body: bytes) -> tuple[int, dict[str, str], Any]:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if (form.get("client_id"), form.get("client_secret")) != (self.app_id, self.app_password):
            return 401, {}, {"error": "invalid_client"}
        token = uuid.uuid4().hex
        with self._lock:
            self._state.tokens.add(token)
        return (
            200,
            {},
            {
                "token_type": "Bearer",
                "expires_in": TOKEN_LIFETIME,
                "ext_expires_in": TOKEN_LIFETIME,
                "access_token": token,
            },
        )

    def _connector(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], Any]:
        parts = path.removeprefix(SERVICE_PATH + "v3/conversations").strip("/").split("/")
        data = json.loads(body or b"{}")
        state = self._state
        if method == "POST" and parts == [""]:
            user = ((data.get("members") or [{}])[0]).get("id")
            if user not in state.installed:
                state.refusals.append((403, f"create conversation with {user}: not installed"))
                return 403, {}, {"error": {"code": "Forbidden", "message": "not installed"}}
            conversation = _personal(user)
            state.calls.append(Call("create", conversation, None, data))
            return 201, {}, {"id": conversation}
        if len(parts) >= 2 and parts[1] == "activities":
            conversation = parts[0]
            activity_id = parts[2] if len(parts) > 2 else None
            if method == "DELETE" and activity_id:
                state.calls.append(Call("delete", conversation, activity_id, {}))
                state.activities.pop(activity_id, None)
                return 200, {}, {}
            size = len(json.dumps(data).encode())
            if size > MAX_MESSAGE:
                state.refusals.append((413, f"{size} bytes to {conversation}"))
                return 413, {}, {"error": {"code": "MessageSizeTooBig"}}
            if method == "PUT" and activity_id:
                if state.where.get(activity_id) != conversation.split(";", 1)[0]:
                    state.refusals.append((404, f"update of {activity_id}: no such activity"))
                    return 404, {}, {"error": {"code": "ActivityNotFoundInConversation"}}
                state.calls.append(Call("update", conversation, activity_id, data))
                state.activities[activity_id] = data
                return 200, {}, {"id": activity_id}
            if method == "POST":
                new_id = str(1_700_000_000_000 + len(state.calls))
                state.calls.append(Call("send", conversation, new_id, data))
                state.activities[new_id] = data
                state.where[new_id] = conversation
                return 201, {}, {"id": new_id}
        return 404, {}, {"error": {"code": "NotFound", "message": path}}


def buttons(activity: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The buttons of the cards an activity carries: each Action.Execute's verb and its data."""
    found: dict[str, dict[str, Any]] = {}

    def walk(element: Any) -> None:
        if isinstance(element, dict):
            if element.get("type") == "Action.Execute":
                found[str(element.get("verb"))] = dict(element.get("data") or {})
            for value in element.values():
                walk(value)
        elif isinstance(element, list):
            for value in element:
                walk(value)

    walk(activity.get("attachments") or [])
    return found


def _personal(user: str) -> str:
    return f"a:personal-{user}"


def _handler(teams: LocalTeams) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            path = urllib.parse.unquote(self.path.split("?", 1)[0])
            status, extra, answer = teams._answer(self.command, path, headers, body)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, *_: Any) -> None:  # quiet: tests read the recorded calls
            pass

    return Handler
