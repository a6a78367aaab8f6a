"""State of the local workspace: users, conversations, messages, views, triggers and files.

Plain data with the rules Slack applies to it. Not thread-safe by itself: ``LocalSlack``
serialises every access under its one lock.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import itertools
import mimetypes
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

SLACKBOT = "USLACKBOT"
TOMBSTONE_TEXT = "This message was deleted."
TRIGGER_LIFETIME = 3.0  # seconds a trigger_id stays exchangeable, as on Slack
MAX_VIEW_STACK = 3  # Slack allows pushing up to three views


class SlackError(Exception):
    """A refusal worded as Slack words it: ``{"ok": false, "error": ...}``."""

    def __init__(self, error: str, *, messages: Sequence[str] = ()) -> None:
        super().__init__(error)
        self.error = error
        self.messages = list(messages)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error": self.error}
        if self.messages:
            body["response_metadata"] = {"messages": self.messages}
        return body


class LimitError(SlackError):
    """A refusal for breaking one of Slack's limits (Block Kit, text length, response_url
    uses): the local Slack also keeps it in ``LocalSlack.refusals``, as a bot that makes one
    has lost what it meant to show."""


def missing(field_name: str) -> SlackError:
    return SlackError(
        "invalid_arguments", messages=[f"[ERROR] missing required field: {field_name}"]
    )


@dataclass
class User:
    id: str
    name: str
    real_name: str
    email: str | None
    is_bot: bool
    deleted: bool
    tz: str

    def to_slack(self, team_id: str, now: float) -> dict[str, Any]:
        offset = ZoneInfo(self.tz).utcoffset(datetime.fromtimestamp(now))
        profile: dict[str, Any] = {
            "real_name": self.real_name,
            "display_name": self.name,
            "team": team_id,
        }
        if self.email:
            profile["email"] = self.email
        return {
            "id": self.id,
            "team_id": team_id,
            "name": self.name,
            "real_name": self.real_name,
            "deleted": self.deleted,
            "tz": self.tz,
            "tz_offset": int(offset.total_seconds()) if offset else 0,
            "is_bot": self.is_bot,
            "is_app_user": False,
            "is_admin": False,
            "is_owner": False,
            "profile": profile,
        }


@dataclass
class Conversation:
    id: str
    name: str
    is_private: bool
    members: list[str]  # the bot's user id is here when the bot is a member
    created: int
    im_user: str | None = None  # the other party of a bot<->user IM

    @property
    def channel_type(self) -> str:
        """The ``channel_type`` of message events: im, group (private) or channel."""
        if self.im_user:
            return "im"
        return "group" if self.is_private else "channel"

    def to_slack(self, bot_user_id: str, *, num_members: bool = False) -> dict[str, Any]:
        if self.im_user:
            return {
                "id": self.id,
                "created": self.created,
                "is_im": True,
                "is_org_shared": False,
                "user": self.im_user,
                "is_user_deleted": False,
                "priority": 0,
            }
        empty_text = {"value": "", "creator": "", "last_set": 0}
        info: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "name_normalized": self.name,
            "created": self.created,
            "creator": "",
            "is_channel": True,
            "is_group": False,
            "is_im": False,
            "is_mpim": False,
            "is_private": self.is_private,
            "is_archived": False,
            "is_general": False,
            "is_shared": False,
            "is_org_shared": False,
            "is_ext_shared": False,
            "is_member": bot_user_id in self.members,
            "topic": dict(empty_text),
            "purpose": dict(empty_text),
        }
        if num_members:
            info["num_members"] = len(self.members)
        return info


@dataclass
class Trigger:
    user_id: str
    issued: float
    used: bool = False


@dataclass
class ResponseTarget:
    """Where a response_url posts land: the conversation, the user, the originating message."""

    channel_id: str
    user_id: str
    message_ts: str | None
    issued: float  # the clock when Slack handed it out: it works for 30 minutes
    uses: int = 0  # posts it took: Slack takes 5


@dataclass
class ViewRecord:
    view: dict[str, Any]
    user_id: str
    trigger_id: str | None
    closed: bool = False


@dataclass
class Workspace:
    team_id: str
    team_name: str
    team_domain: str
    bot_user_id: str
    bot_id: str
    app_id: str
    bot_name: str
    clock: Callable[[], float]
    users: dict[str, User] = field(default_factory=dict)
    conversations: dict[str, Conversation] = field(default_factory=dict)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # ascending ts
    ephemerals: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    shown: dict[str, list[str]] = field(default_factory=dict)  # response_url -> new messages
    views: dict[str, ViewRecord] = field(default_factory=dict)
    stacks: dict[str, list[str]] = field(default_factory=dict)  # user -> open modal ids
    home_views: dict[str, dict[str, Any]] = field(default_factory=dict)
    triggers: dict[str, Trigger] = field(default_factory=dict)
    response_targets: dict[str, ResponseTarget] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Calls and posts refused for breaking Slack's limits: {"method", "error", ...}.
    refusals: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""  # known once the server listens; used in URLs Slack hands out
    _seq: Iterator[int] = field(default_factory=lambda: itertools.count(1), init=False)
    _last_micros: int = field(default=0, init=False)

    def clear_activity(self) -> None:
        """Forget everything that happened; keep users and conversations."""
        for messages in self.history.values():
            messages.clear()
        for collection in (
            self.ephemerals,
            self.responses,
            self.shown,
            self.views,
            self.stacks,
            self.home_views,
            self.triggers,
            self.response_targets,
            self.files,
            self.refusals,
        ):
            collection.clear()

    def snapshot(self) -> dict[str, Any]:
        """Conversations, their messages and the files as JSON-able data, with the counters
        that keep ids and ts unique after ``restore``. Ephemeral messages, modals, triggers and
        response_urls are left out: Slack's client forgets them on a reload too."""
        files = {
            file_id: {**file, "content": _b64(file["content"])}
            for file_id, file in self.files.items()
        }
        return copy.deepcopy(
            {
                "conversations": [asdict(c) for c in self.conversations.values()],
                "history": self.history,
                "files": files,
                "next_id": next(self._seq),
                "last_micros": self._last_micros,
            }
        )

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Take back what ``snapshot`` gave, over what is there (users stay as they are)."""
        for conversation in snapshot["conversations"]:
            self.conversations[conversation["id"]] = Conversation(**conversation)
        self.history.update(copy.deepcopy(snapshot["history"]))
        for file_id, file in snapshot["files"].items():
            content = file["content"]
            self.files[file_id] = {
                **copy.deepcopy(file),
                "content": None if content is None else base64.b64decode(content),
            }
        self._seq = itertools.count(int(snapshot["next_id"]))
        self._last_micros = max(self._last_micros, int(snapshot["last_micros"]))

    # -- identifiers ----------------------------------------------------------------------

    def next_ts(self) -> str:
        """A message ts from the clock, strictly increasing even when the clock stands still."""
        micros = max(int(self.clock() * 1_000_000), self._last_micros + 1)
        self._last_micros = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._seq):08d}"

    # -- conversations -----------------------------------------------------------------

    def add_conversation(self, conversation: Conversation) -> Conversation:
        self.conversations[conversation.id] = conversation
        self.history.setdefault(conversation.id, [])
        return conversation

    def dm(self, user_id: str) -> Conversation:
        """The bot<->user IM, opened on first use."""
        for conversation in self.conversations.values():
            if conversation.im_user == user_id:
                return conversation
        return self.add_conversation(
            Conversation(
                id="D" + user_id[1:],
                name=user_id,
                is_private=True,
                members=[user_id, self.bot_user_id],
                created=int(self.clock()),
                im_user=user_id,
            )
        )

    def resolve(self, ref: str) -> Conversation:
        """A conversation by id, by name (``#name`` too) or a user id meaning the user's IM."""
        if ref in self.conversations:
            return self.conversations[ref]
        if ref in self.users and not self.users[ref].is_bot:
            return self.dm(ref)
        name = ref.removeprefix("#")
        for conversation in self.conversations.values():
            if conversation.name == name and not conversation.im_user:
                return conversation
        raise SlackError("channel_not_found")

    def visible(self, ref: str) -> Conversation:
        """Private conversations the bot is not in do not exist for it, as on Slack."""
        conversation = self.resolve(ref)
        if conversation.is_private and self.bot_user_id not in conversation.members:
            raise SlackError("channel_not_found")
        return conversation

    def joined(self, ref: str) -> Conversation:
        """A conversation the bot may post to (the app has no chat:write.public scope)."""
        conversation = self.visible(ref)
        if self.bot_user_id not in conversation.members:
            raise SlackError("not_in_channel")
        return conversation

    # -- messages ----------------------------------------------------------------------

    def bot_message(self, **fields: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "ts": self.next_ts(),
            "text": "",
            "bot_profile": {
                "id": self.bot_id,
                "app_id": self.app_id,
                "name": self.bot_name,
                "team_id": self.team_id,
                "deleted": False,
            },
        }
        message.update({k: v for k, v in fields.items() if v is not None})
        if "blocks" in message:
            message["blocks"] = self.with_block_ids(message["blocks"])
        return message

    def with_block_ids(self, blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Slack gives every block without a block_id one of its own."""
        return [b if "block_id" in b else {**b, "block_id": self.next_id("b")} for b in blocks]

    def store(self, channel_id: str, message: dict[str, Any]) -> dict[str, Any]:
        thread_ts = message.get("thread_ts")
        parent = self.find(channel_id, thread_ts) if thread_ts else None
        if parent is not None and parent is not message:
            message["parent_user_id"] = parent.get("user")
        self.history[channel_id].append(message)
        if parent is not None:
            self._refresh_thread(channel_id, parent)
        return message

    def find(self, channel_id: str, ts: str) -> dict[str, Any] | None:
        return next((m for m in self.history.get(channel_id, []) if m["ts"] == ts), None)

    def locate(self, ts: str) -> tuple[str, dict[str, Any]] | None:
        """The conversation and message with this ts, wherever it is."""
        for channel_id, messages in self.history.items():
            for message in messages:
                if message["ts"] == ts:
                    return channel_id, message
        return None

    def remove(self, channel_id: str, message: dict[str, Any]) -> None:
        self.history[channel_id].remove(message)
        thread_ts = message.get("thread_ts")
        parent = self.find(channel_id, thread_ts) if thread_ts else None
        if parent is not None:
            self._refresh_thread(channel_id, parent)

    def edit(self, channel_id: str, ts: str, user_id: str, text: str) -> dict[str, Any]:
        """A person edits their message (only its writer may); returns it as it was."""
        message = self.find(channel_id, ts)
        if message is None:
            raise SlackError("message_not_found")
        if message.get("user") != user_id or message.get("subtype") == "tombstone":
            raise SlackError("cant_update_message")
        previous = copy.deepcopy(message)
        message.update(text=text, edited={"user": user_id, "ts": self.next_ts()})
        return previous

    def delete(self, channel_id: str, ts: str, user_id: str) -> dict[str, Any] | None:
        """A person deletes their message. One with replies leaves a tombstone in its place,
        as on Slack, so the thread stays (returned); otherwise it is gone (None)."""
        message = self.find(channel_id, ts)
        if message is None:
            raise SlackError("message_not_found")
        if message.get("user") != user_id or message.get("subtype") == "tombstone":
            raise SlackError("cant_delete_message")
        if not message.get("reply_count"):
            self.remove(channel_id, message)
            return None
        tombstone: dict[str, Any] = {
            "type": "message",
            "subtype": "tombstone",
            "text": TOMBSTONE_TEXT,
            "user": SLACKBOT,
            "hidden": True,
            "ts": ts,
            "parent_user_id": SLACKBOT,
            "is_locked": False,
            "subscribed": False,
        }
        messages = self.history[channel_id]
        messages[messages.index(message)] = tombstone
        self._refresh_thread(channel_id, tombstone)
        return tombstone

    def new_file(self, name: str, *, user_id: str, size: int) -> dict[str, Any]:
        """A file record as files.* and message ``files`` describe it; ``content`` is set when
        its bytes arrive."""
        file_id = self.next_id("F")
        self.files[file_id] = {
            "id": file_id,
            "name": name,
            "title": name,
            "mimetype": mimetypes.guess_type(name)[0] or "application/octet-stream",
            "filetype": name.rsplit(".", 1)[-1] if "." in name else "binary",
            "size": size,
            "user": user_id,
            "created": int(self.clock()),
            "channels": [],
            "content": None,
        }
        return self.files[file_id]

    def public_file(self, file: dict[str, Any]) -> dict[str, Any]:
        """A file as Slack shows it in a message or a files.* answer: no bytes, a permalink."""
        public = {k: v for k, v in file.items() if k != "content"}
        public["permalink"] = f"{self.base_url}/files/{file['user']}/{file['id']}/{file['name']}"
        private = f"{self.base_url}/files-pri/{self.team_id}-{file['id']}"
        public["url_private"] = f"{private}/{file['name']}"
        public["url_private_download"] = f"{private}/download/{file['name']}"
        return copy.deepcopy(public)

    def top_level(self, channel_id: str) -> list[dict[str, Any]]:
        """What conversations.history lists: no thread replies unless broadcast."""
        return [
            m
            for m in self.history[channel_id]
            if m.get("thread_ts", m["ts"]) == m["ts"] or m.get("subtype") == "thread_broadcast"
        ]

    def thread(self, channel_id: str, ts: str) -> list[dict[str, Any]]:
        return [
            m
            for m in self.history[channel_id]
            if m["ts"] == ts or (m.get("thread_ts") == ts and m["ts"] != ts)
        ]

    def _refresh_thread(self, channel_id: str, parent: dict[str, Any]) -> None:
        replies = self.thread(channel_id, parent["ts"])[1:]
        for key in ("reply_count", "reply_users", "reply_users_count", "latest_reply"):
            parent.pop(key, None)
        if not replies:
            parent.pop("thread_ts", None)
            return
        users = list(dict.fromkeys(r.get("user", "") for r in replies))
        parent.update(
            thread_ts=parent["ts"],
            reply_count=len(replies),
            reply_users=users,
            reply_users_count=len(users),
            latest_reply=replies[-1]["ts"],
        )

    # -- triggers and response_urls ----------------------------------------------------

    def issue_trigger(self, user_id: str) -> str:
        now = self.clock()
        serial = next(self._seq)
        digest = hashlib.sha256(f"{user_id}:{serial}".encode()).hexdigest()[:12]
        trigger_id = f"{int(now)}.{serial}.{digest}"  # shaped like Slack's 12345.98765.abcd...
        self.triggers[trigger_id] = Trigger(user_id=user_id, issued=now)
        return trigger_id

    def exchange_trigger(self, trigger_id: str) -> Trigger:
        trigger = self.triggers.get(trigger_id)
        if trigger is None:
            raise SlackError("invalid_trigger_id")
        if trigger.used:
            raise SlackError("exchanged_trigger_id")
        if self.clock() - trigger.issued > TRIGGER_LIFETIME:
            raise SlackError("expired_trigger_id")
        trigger.used = True
        return trigger

    # -- views -------------------------------------------------------------------------

    def build_view(
        self, definition: dict[str, Any], *, view_id: str, root_id: str, previous_id: str | None
    ) -> dict[str, Any]:
        return {
            "id": view_id,
            "team_id": self.team_id,
            "type": definition["type"],
            "title": definition.get("title"),
            "submit": definition.get("submit"),
            "close": definition.get("close"),
            "blocks": self.with_block_ids(definition.get("blocks", [])),
            "private_metadata": definition.get("private_metadata", ""),
            "callback_id": definition.get("callback_id", ""),
            "external_id": definition.get("external_id", ""),
            "state": {"values": {}},
            "hash": self.new_hash(),
            "clear_on_close": bool(definition.get("clear_on_close", False)),
            "notify_on_close": bool(definition.get("notify_on_close", False)),
            "root_view_id": root_id,
            "previous_view_id": previous_id,
            "app_id": self.app_id,
            "app_installed_team_id": self.team_id,
            "bot_id": self.bot_id,
        }

    def new_hash(self) -> str:
        return f"{int(self.clock())}.{next(self._seq):08x}"

    def open_modal(
        self, trigger_id: str | None, user_id: str, definition: dict[str, Any], *, push: bool
    ) -> dict[str, Any]:
        """views.open starts a new stack of modals; views.push adds to the open one."""
        stack = self.stacks.setdefault(user_id, [])
        if not push:
            self.close_views(user_id, list(stack))
        elif len(stack) >= MAX_VIEW_STACK:
            raise SlackError("push_limit_reached")
        view_id = self.next_id("V")
        view = self.build_view(
            definition,
            view_id=view_id,
            root_id=stack[0] if stack else view_id,
            previous_id=stack[-1] if stack else None,
        )
        self.views[view_id] = ViewRecord(view=view, user_id=user_id, trigger_id=trigger_id)
        stack.append(view_id)
        return view

    def find_view(self, view_id: str | None, external_id: str | None) -> dict[str, Any]:
        candidates = [r.view for r in self.views.values() if not r.closed]
        candidates += self.home_views.values()
        for view in candidates:
            if (view_id and view["id"] == view_id) or (
                external_id and view["external_id"] == external_id
            ):
                return view
        raise SlackError("not_found")

    def close_views(self, user_id: str, view_ids: Sequence[str]) -> None:
        stack = self.stacks.get(user_id, [])
        for view_id in view_ids:
            self.views[view_id].closed = True
            if view_id in stack:
                stack.remove(view_id)

    # -- response_url ------------------------------------------------------------------

    def post_response(
        self, response_url: str, target: ResponseTarget, body: dict[str, Any]
    ) -> None:
        """Apply a response_url post the way Slack does.

        ``delete_original``/``replace_original`` act on the message the interaction came from
        (a channel message or an ephemeral one); otherwise it is a new message (show_reply).
        """
        self.responses.append({"response_url": response_url, **body})
        content = {k: body[k] for k in ("text", "blocks", "attachments") if k in body}
        original = self._original(target)
        if _truthy(body.get("delete_original")) and original is not None:
            if original in self.ephemerals:
                self.ephemerals.remove(original)
            else:
                self.remove(target.channel_id, original)
        elif _truthy(body.get("replace_original")) and original is not None:
            original.update(content)
            if "blocks" in content:
                original["blocks"] = self.with_block_ids(content["blocks"])
        else:
            self.show_reply(response_url, target, body)

    def show_reply(self, response_url: str, target: ResponseTarget, body: dict[str, Any]) -> str:
        """A new answer on a response_url (or in a command's acknowledgement): ``response_type:
        in_channel`` as a message in the conversation, anything else ephemeral for the user.
        Returns its ts, also kept under ``shown[response_url]``."""
        content = {k: body[k] for k in ("text", "blocks", "attachments") if k in body}
        if body.get("response_type") == "in_channel":
            message = self.bot_message(**content, thread_ts=body.get("thread_ts"))
            self.store(target.channel_id, message)
        else:
            message = self.ephemeral(
                target.channel_id, target.user_id, content, source=response_url
            )
            self.ephemerals.append(message)
        self.shown.setdefault(response_url, []).append(str(message["ts"]))
        return str(message["ts"])

    def ephemeral(
        self, channel_id: str, user_id: str, content: dict[str, Any], *, source: str
    ) -> dict[str, Any]:
        """An ephemeral message; ``user`` is the one who sees it, ``source`` where it came from."""
        ephemeral = self.bot_message(**content)
        ephemeral.update(channel=channel_id, user=user_id, source=source)
        return ephemeral

    def _original(self, target: ResponseTarget) -> dict[str, Any] | None:
        if target.message_ts is None:
            return None
        found = self.find(target.channel_id, target.message_ts)
        if found is not None:
            return found
        return next((e for e in self.ephemerals if e["ts"] == target.message_ts), None)


def _truthy(value: Any) -> bool:
    return value is True or value in ("true", "1", 1)


def _b64(content: bytes | None) -> str | None:
    return None if content is None else base64.b64encode(content).decode()
