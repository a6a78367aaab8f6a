"""The local Slack: a Slack workspace with the app installed, served on localhost.

``LocalSlack`` owns the state (``workspace``), the faults and the HTTP server, all under
one lock; ``router`` answers the requests. Besides serving the Web API it offers what tests
and the sandbox need: setting up people and channels, reading back what the bot did, and
the handful of client-side acts (triggers, response_urls, user messages) ``Driver`` uses.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from zoneinfo import ZoneInfo

from devtools.localslack.composer import as_sent
from devtools.localslack.faults import Faults
from devtools.localslack.limits import MAX_TEXT, message_problems, view_problems
from devtools.localslack.router import Call, Router
from devtools.localslack.scopes import manifest_scopes
from devtools.localslack.workspace import Conversation, ResponseTarget, User, Workspace

# The manifest's scopes (a sentinel, so that None can mean: every scope).
DEFAULT_SCOPES: tuple[str, ...] = ()


class LocalSlack:
    """A Slack workspace with one app installed, served over HTTP on localhost.

    ``clock`` (seconds since the epoch) drives message timestamps, trigger expiry and rate
    limits; tests may replace it, also after start.
    """

    def __init__(
        self,
        *,
        bot_token: str = "xoxb-local-token",
        team_id: str = "T0LOCAL",
        team_name: str = "Lokal Slack",
        team_domain: str = "lokal",
        bot_user_id: str = "U0BOT",
        bot_id: str = "B0BOT",
        app_id: str = "A0LOCAL",
        bot_name: str = "brukarbot",
        seed: int = 0,
        clock: Callable[[], float] = time.time,
        scopes: Iterable[str] | None = DEFAULT_SCOPES,
    ) -> None:
        """`scopes` the token holds: by default the app manifest's, so a call the real app
        could not make fails here too; None grants every scope."""
        self._lock = threading.RLock()
        self._ws = Workspace(
            team_id=team_id,
            team_name=team_name,
            team_domain=team_domain,
            bot_user_id=bot_user_id,
            bot_id=bot_id,
            app_id=app_id,
            bot_name=bot_name,
            clock=clock,
        )
        self._ws.users[bot_user_id] = User(
            bot_user_id, bot_name, bot_name, None, is_bot=True, deleted=False, tz="UTC"
        )
        self.faults = Faults(self._lock, lambda: self._ws.clock(), seed=seed)
        self._heard = threading.Condition(self._lock)  # a call came, or an answer was posted
        granted = manifest_scopes() if scopes is DEFAULT_SCOPES else scopes
        self._router = Router(
            self._ws,
            self._heard,
            self.faults,
            bot_token,
            scopes=None if granted is None else frozenset(granted),
        )
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------------

    def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Serve in a background thread; port 0 picks a free port."""
        if self._server is not None:
            raise RuntimeError("the local Slack is already running")
        self._server = _Server((host, port), self._router)
        self._ws.base_url = f"http://{host}:{self._server.server_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # how long stop() may wait for the loop
            name="local-slack",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> Self:
        if self._server is None:
            self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if not self._ws.base_url:
            raise RuntimeError("start() the local Slack first")
        return self._ws.base_url

    @property
    def api_url(self) -> str:
        """What SLACK_API_URL (slack_sdk's ``base_url``) is set to."""
        return f"{self.base_url}/api/"

    @property
    def bot_token(self) -> str:
        return self._router.bot_token

    @property
    def clock(self) -> Callable[[], float]:
        return self._ws.clock

    @clock.setter
    def clock(self, clock: Callable[[], float]) -> None:
        self._ws.clock = clock

    # -- identity ------------------------------------------------------------------------

    @property
    def team_id(self) -> str:
        return self._ws.team_id

    @property
    def team_domain(self) -> str:
        return self._ws.team_domain

    @property
    def bot_user_id(self) -> str:
        return self._ws.bot_user_id

    @property
    def app_id(self) -> str:
        return self._ws.app_id

    # -- setting up the workspace --------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        real_name: str | None = None,
        email: str | None = None,
        is_bot: bool = False,
        deleted: bool = False,
        tz: str = "Europe/Stockholm",
    ) -> dict[str, Any]:
        """Add (or replace, e.g. to deactivate) a user; returns it as users.info does."""
        ZoneInfo(tz)  # fail here rather than in the middle of a Web API call
        user = User(user_id, name, real_name or name, email, is_bot, deleted, tz)
        with self._lock:
            self._ws.users[user_id] = user
            return user.to_slack(self._ws.team_id, self._ws.clock())

    def add_channel(
        self,
        channel_id: str,
        name: str,
        *,
        members: tuple[str, ...] | list[str] = (),
        is_private: bool = False,
        bot_is_member: bool = True,
    ) -> dict[str, Any]:
        """Add (or replace, keeping its messages) a channel; returns conversations.info's."""
        with self._lock:
            member_ids = list(dict.fromkeys(members))
            if bot_is_member:
                member_ids.append(self._ws.bot_user_id)
            conversation = self._ws.add_conversation(
                Conversation(channel_id, name, is_private, member_ids, int(self._ws.clock()))
            )
            return conversation.to_slack(self._ws.bot_user_id, num_members=True)

    def dm_channel(self, user_id: str) -> str:
        """The id of the bot<->user IM, as conversations.open answers it."""
        with self._lock:
            return self._ws.dm(user_id).id

    def rate_limit(
        self,
        method: str,
        *,
        per_channel_per_second: float | None = None,
        burst: int = 1,
        global_per_second: float | None = None,
        global_burst: int | None = None,
    ) -> None:
        """Slack's own rate limiting for ``method``; see ``Faults.rate_limit``."""
        self.faults.rate_limit(
            method,
            per_channel_per_second=per_channel_per_second,
            burst=burst,
            global_per_second=global_per_second,
            global_burst=global_burst,
        )

    def uninstall(self) -> None:
        """The workspace removes the app: from now on its token answers ``token_revoked``
        (the driver's ``uninstall`` also delivers the events Slack sends)."""
        with self._lock:
            self._router.revoked = True

    def reinstall(self) -> None:
        """The app is installed again (here with the same token, so the bot needs no new
        settings)."""
        with self._lock:
            self._router.revoked = False

    @property
    def installed(self) -> bool:
        with self._lock:
            return not self._router.revoked

    def reset(self) -> None:
        """Forget calls, messages, views, files and faults; keep users and channels."""
        with self._lock:
            self._router.calls.clear()
            self._ws.clear_activity()
            self.faults.clear()

    def snapshot(self) -> dict[str, Any]:
        """The conversations, messages and files as JSON-able data, for ``restore`` in a
        later run (the sandbox keeps them beside its database)."""
        with self._lock:
            return self._ws.snapshot()

    def restore(self, snapshot: dict[str, Any]) -> None:
        with self._lock:
            self._ws.restore(snapshot)

    # -- what happened -------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._router.calls)

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self._router.calls if c.method == method]

    def wait_for_calls(self, method: str, count: int, timeout: float) -> bool:
        """Wait until `method` has been called `count` times, as by a bot in another process;
        False if `timeout` seconds passed first."""

        def called() -> bool:
            return sum(c.method == method for c in self._router.calls) >= count

        with self._heard:
            return self._heard.wait_for(called, timeout)

    def messages(self, channel_id: str, *, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """A conversation's messages, oldest first, as Slack stores them (metadata included):
        the top level as conversations.history has it, or one thread, parent first."""
        with self._lock:
            if channel_id not in self._ws.history:
                raise KeyError(f"no conversation {channel_id}")
            if thread_ts is None:
                return copy.deepcopy(self._ws.top_level(channel_id))
            return copy.deepcopy(self._ws.thread(channel_id, thread_ts))

    def ephemerals(
        self, *, channel: str | None = None, user: str | None = None
    ) -> list[dict[str, Any]]:
        """Ephemeral messages (``user`` is who sees them, ``source`` the method or the
        response_url that sent them), oldest first."""
        with self._lock:
            return copy.deepcopy(
                [
                    e
                    for e in self._ws.ephemerals
                    if channel in (None, e["channel"]) and user in (None, e["user"])
                ]
            )

    @property
    def refusals(self) -> list[dict[str, Any]]:
        """What was refused for breaking Slack's limits (Block Kit, text length, response_url
        uses and age), oldest first: ``method`` (or ``response_url``, ``command_ack``,
        ``view_ack``), ``error`` and Slack's explanations. End-to-end tests expect none."""
        with self._lock:
            return copy.deepcopy(self._ws.refusals)

    @property
    def responses(self) -> list[dict[str, Any]]:
        """Every response_url post: its JSON body plus ``response_url``."""
        with self._lock:
            return copy.deepcopy(self._ws.responses)

    @property
    def views(self) -> dict[str, dict[str, Any]]:
        """Modals opened through views.open/push, as Slack's view objects plus ``user_id``,
        ``trigger_id`` (the trigger exchanged for it) and ``closed``."""
        with self._lock:
            return {
                view_id: {
                    **copy.deepcopy(r.view),
                    "user_id": r.user_id,
                    "trigger_id": r.trigger_id,
                    "closed": r.closed,
                }
                for view_id, r in self._ws.views.items()
            }

    def open_view(self, user_id: str) -> dict[str, Any] | None:
        """The modal the user has on top of their screen, if any."""
        with self._lock:
            stack = self._ws.stacks.get(user_id)
            return copy.deepcopy(self._ws.views[stack[-1]].view) if stack else None

    @property
    def home_views(self) -> dict[str, dict[str, Any]]:
        """App Home tabs published with views.publish, by user."""
        with self._lock:
            return copy.deepcopy(self._ws.home_views)

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        """Files from the files_upload_v2 flow; ``content`` holds the uploaded bytes."""
        with self._lock:
            return copy.deepcopy(self._ws.files)

    def user(self, user_id: str) -> dict[str, Any]:
        with self._lock:
            return self._ws.users[user_id].to_slack(self._ws.team_id, self._ws.clock())

    def channel(self, channel_id: str) -> dict[str, Any]:
        with self._lock:
            conversation = self._ws.conversations[channel_id]
            return conversation.to_slack(self._ws.bot_user_id, num_members=True)

    # -- what the driver uses to act as Slack's client side ------------------------------

    def channel_type(self, channel_id: str) -> str:
        with self._lock:
            return self._ws.conversations[channel_id].channel_type

    def issue_trigger(self, user_id: str) -> str:
        """A trigger_id views.open/push accept once, within 3 seconds of the clock."""
        with self._lock:
            return self._ws.issue_trigger(user_id)

    def issue_response_url(
        self, channel_id: str, user_id: str, *, message_ts: str | None = None
    ) -> str:
        """A response_url for the user in the conversation; ``message_ts`` is the message
        an interaction came from (what replace_original/delete_original act on)."""
        with self._lock:
            response_id = self._ws.next_id("R")
            self._ws.response_targets[response_id] = ResponseTarget(
                channel_id, user_id, message_ts, issued=self._ws.clock()
            )
        return f"{self.base_url}/response/{response_id}"

    def show_command_reply(self, response_url: str, body: dict[str, Any]) -> None:
        """Show an app's answer in a slash command's acknowledgement as Slack does (see
        Workspace.show_reply; shown_for has its ts); an empty answer shows nothing."""
        content = {k: body[k] for k in ("text", "blocks", "attachments") if body.get(k)}
        if not content:
            return
        problems = message_problems(content.get("blocks", []))
        if len(str(content.get("text", ""))) > MAX_TEXT:
            problems.append(f"[ERROR] must be less than {MAX_TEXT + 1} characters [text]")
        with self._lock:
            if problems:  # Slack shows the person an error instead of the answer
                self._ws.refusals.append(
                    {"method": "command_ack", "error": "invalid_blocks", "messages": problems}
                )
                return
            target = self._ws.response_targets[response_url.rsplit("/", 1)[-1]]
            shown = {**content, "response_type": body.get("response_type")}
            self._ws.show_reply(response_url, target, shown)

    def wait_for_answer(self, response_url: str, timeout: float) -> bool:
        """Wait until the bot has posted to `response_url`, as a bot in another process does
        after acknowledging a command; False if `timeout` seconds passed first."""

        def posted() -> bool:
            return any(r["response_url"] == response_url for r in reversed(self._ws.responses))

        with self._heard:
            return self._heard.wait_for(posted, timeout)

    def shown_for(self, response_url: str) -> list[str]:
        """The ts of each new message shown for `response_url` (its command's answers)."""
        with self._lock:
            return list(self._ws.shown.get(response_url, []))

    def post_user_message(
        self,
        user_id: str,
        channel_id: str,
        text: str,
        *,
        thread_ts: str | None = None,
        files: Sequence[str | tuple[str, bytes]] = (),
        broadcast: bool = False,
    ) -> dict[str, Any]:
        """Store a message a person wrote, as Slack's client would; returns it. ``files`` are
        the files shared with it (subtype ``file_share``): names, or (name, bytes);
        ``broadcast`` is a thread reply also sent to the channel (subtype
        ``thread_broadcast``, with its ``root``)."""
        with self._lock:
            if user_id not in self._ws.users:
                raise KeyError(f"no user {user_id}")
            if channel_id not in self._ws.conversations:
                raise KeyError(f"no conversation {channel_id}")
            message: dict[str, Any] = {
                "type": "message",
                "user": user_id,
                "text": as_sent(text),
                "ts": self._ws.next_ts(),
                "team": self._ws.team_id,
                "client_msg_id": self._ws.next_id("msg-"),
            }
            if files:
                named = [(f, b"") if isinstance(f, str) else f for f in files]
                shared = []
                for name, content in named:
                    file = self._ws.new_file(name, user_id=user_id, size=len(content))
                    file.update(content=content, channels=[channel_id])
                    shared.append(file)
                message.update(
                    subtype="file_share",
                    files=[self._ws.public_file(f) for f in shared],
                    upload=False,
                    display_as_bot=False,
                )
            if thread_ts:
                message["thread_ts"] = thread_ts
                root = self._ws.find(channel_id, thread_ts)
                if broadcast and root is not None:
                    message.update(subtype="thread_broadcast", root=copy.deepcopy(root))
            return copy.deepcopy(self._ws.store(channel_id, message))

    def edit_user_message(
        self, user_id: str, channel_id: str, ts: str, text: str
    ) -> tuple[dict[str, Any], dict[str, Any], str]:
        """The writer edits their message: (as it was, as it is now, the event's ts)."""
        with self._lock:
            previous = self._ws.edit(channel_id, ts, user_id, text)
            now = self._ws.find(channel_id, ts)
            return previous, copy.deepcopy(now), self._ws.next_ts()

    def delete_user_message(
        self, user_id: str, channel_id: str, ts: str
    ) -> tuple[dict[str, Any], dict[str, Any] | None, str]:
        """The writer deletes their message: (as it was, the tombstone left if it had
        replies, the event's ts)."""
        with self._lock:
            previous = copy.deepcopy(self._ws.find(channel_id, ts))
            tombstone = self._ws.delete(channel_id, ts, user_id)
            return previous or {}, copy.deepcopy(tombstone), self._ws.next_ts()

    def find_message(
        self, ts: str, channel_id: str | None = None
    ) -> tuple[str, dict[str, Any], bool] | None:
        """(channel, message, is_ephemeral) for a message or ephemeral message ts."""
        with self._lock:
            if channel_id is not None:
                found = self._ws.find(channel_id, ts)
                located = (channel_id, found) if found is not None else None
            else:
                located = self._ws.locate(ts)
            if located is not None:
                return located[0], copy.deepcopy(located[1]), False
            for ephemeral in self._ws.ephemerals:
                if ephemeral["ts"] == ts and channel_id in (None, ephemeral["channel"]):
                    return ephemeral["channel"], copy.deepcopy(ephemeral), True
            return None

    def view(self, view_id: str) -> dict[str, Any]:
        """A modal or App Home view by id, as Slack's view object."""
        with self._lock:
            if view_id in self._ws.views:
                return copy.deepcopy(self._ws.views[view_id].view)
            for home in self._ws.home_views.values():
                if home["id"] == view_id:
                    return copy.deepcopy(home)
            raise KeyError(f"no view {view_id}")

    def set_view_state(self, view_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Record what the user entered in a modal; returns the view as submitted."""
        with self._lock:
            view = self._ws.views[view_id].view
            view["state"] = {"values": copy.deepcopy(values)}
            return copy.deepcopy(view)

    def apply_view_ack(self, view_id: str, ack: Any) -> None:
        """What Slack does with the app's answer to a view_submission: ``errors`` keeps the
        modal open, ``update`` replaces it, ``push`` adds one, ``clear`` closes the whole
        stack and an empty answer closes the submitted view."""
        action = ack.get("response_action") if isinstance(ack, dict) else None
        with self._lock:
            record = self._ws.views[view_id]
            if action in ("update", "push"):
                problems = view_problems(ack.get("view", {}))
                if problems:  # Slack keeps the modal and tells the person it went wrong
                    self._ws.refusals.append(
                        {"method": "view_ack", "error": "invalid_arguments", "messages": problems}
                    )
                    return
            if action == "errors":
                return
            if action == "update":
                view = record.view
                view.update(
                    self._ws.build_view(
                        ack["view"],
                        view_id=view_id,
                        root_id=view["root_view_id"],
                        previous_id=view["previous_view_id"],
                    )
                )
            elif action == "push":
                self._ws.open_modal(None, record.user_id, ack["view"], push=True)
            elif action == "clear":
                stack = self._ws.stacks.get(record.user_id, [])
                self._ws.close_views(record.user_id, list(stack))
            else:
                self._ws.close_views(record.user_id, [view_id])


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a slow-faulted call must not hold up stop()
    request_queue_size = 128  # the default 5 drops bursts of concurrent clients' connects

    def __init__(self, address: tuple[str, int], router: Router) -> None:
        super().__init__(address, _RequestHandler)
        self.router = router


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        reply = self.server.router.handle(self.command, self.path, headers, body)
        if reply.disconnect:
            self.close_connection = True  # no answer at all: the client sees the drop
            return
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. timed out on a slow fault); Slack carries on too

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: every call is in ``LocalSlack.calls``."""
