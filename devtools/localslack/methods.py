"""The Web API methods the local Slack implements, with Slack's response shapes and refusals.

Each handler takes the workspace and the call's arguments and returns the response body
without ``ok``, or raises ``SlackError``. The server has already checked the token and the
arguments the spec marks required; handlers add the checks Slack makes beyond the spec (it
under-reports required arguments, e.g. conversations.history's ``channel``).
"""

from __future__ import annotations

import base64
import binascii
import copy
from collections.abc import Callable, Mapping
from typing import Any

from devtools.localslack.limits import MAX_TEXT, message_problems, view_problems
from devtools.localslack.workspace import LimitError, SlackError, Workspace, missing

Handler = Callable[[Workspace, "Args"], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


class Args:
    """A call's arguments; empty strings count as absent, as Slack treats them."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = dict(raw)

    def get(self, name: str) -> Any:
        value = self.raw.get(name)
        return None if value in ("", None) else value

    def required(self, name: str) -> Any:
        value = self.get(name)
        if value is None:
            raise missing(name)
        return value

    def flag(self, name: str) -> bool:
        return self.raw.get(name) in (True, 1, "1", "true")

    def number(self, name: str, default: int) -> int:
        value = self.get(name)
        if value is None:
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            raise SlackError(
                "invalid_arguments", messages=[f"[ERROR] invalid type for field: {name}"]
            ) from None


def handles(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[name] = handler
        return handler

    return register


# -- auth, team, api ---------------------------------------------------------------------


@handles("api.test")
def api_test(ws: Workspace, args: Args) -> dict[str, Any]:
    if args.get("error"):
        raise SlackError(str(args.get("error")))
    return {"args": args.raw}


@handles("auth.test")
def auth_test(ws: Workspace, args: Args) -> dict[str, Any]:
    return {
        "url": f"{ws.base_url}/",
        "team": ws.team_name,
        "user": ws.bot_name,
        "team_id": ws.team_id,
        "user_id": ws.bot_user_id,
        "bot_id": ws.bot_id,
        "is_enterprise_install": False,
    }


@handles("team.info")
def team_info(ws: Workspace, args: Args) -> dict[str, Any]:
    return {
        "team": {
            "id": ws.team_id,
            "name": ws.team_name,
            "domain": ws.team_domain,
            "email_domain": "",
            "icon": {"image_default": True},
        }
    }


# -- chat --------------------------------------------------------------------------------


@handles("chat.postMessage")
def chat_post_message(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.joined(args.required("channel"))
    fields = _content(args)
    thread_ts = args.get("thread_ts")
    fields.update(thread_ts=thread_ts, metadata=_metadata(args), username=args.get("username"))
    if thread_ts and args.flag("reply_broadcast"):
        fields["subtype"] = "thread_broadcast"
    message = ws.store(conversation.id, ws.bot_message(**fields))
    return {"channel": conversation.id, "ts": message["ts"], "message": copy.deepcopy(message)}


@handles("chat.postEphemeral")
def chat_post_ephemeral(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.joined(args.required("channel"))
    user = args.required("user")
    if user not in conversation.members:
        raise SlackError("user_not_in_channel")
    content = _content(args)
    if args.get("thread_ts"):
        content["thread_ts"] = args.get("thread_ts")
    ephemeral = ws.ephemeral(conversation.id, user, content, source="chat.postEphemeral")
    ws.ephemerals.append(ephemeral)
    return {"message_ts": ephemeral["ts"]}


@handles("chat.update")
def chat_update(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.visible(args.required("channel"))
    message = ws.find(conversation.id, args.required("ts"))
    if message is None:
        raise SlackError("message_not_found")
    if message.get("bot_id") != ws.bot_id:
        raise SlackError("cant_update_message")
    # Omitted blocks/attachments are kept and an empty list removes them (Slack's reference).
    content = _content(args, allow_empty=True)
    if "blocks" in content:
        content["blocks"] = ws.with_block_ids(content["blocks"])
    metadata = _metadata(args)
    if metadata is not None:
        content["metadata"] = metadata
    message.update(content)
    message["edited"] = {"user": ws.bot_user_id, "ts": ws.next_ts()}
    return {
        "channel": conversation.id,
        "ts": message["ts"],
        "text": message["text"],
        "message": copy.deepcopy(message),
    }


@handles("chat.delete")
def chat_delete(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.visible(args.required("channel"))
    message = ws.find(conversation.id, args.required("ts"))
    if message is None:
        raise SlackError("message_not_found")
    if message.get("bot_id") != ws.bot_id:
        raise SlackError("cant_delete_message")
    ws.remove(conversation.id, message)
    return {"channel": conversation.id, "ts": message["ts"]}


@handles("chat.getPermalink")
def chat_get_permalink(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.visible(args.required("channel"))
    message = ws.find(conversation.id, args.required("message_ts"))
    if message is None:
        raise SlackError("message_not_found")
    permalink = f"{ws.base_url}/archives/{conversation.id}/p{message['ts'].replace('.', '')}"
    thread_ts = message.get("thread_ts")
    if thread_ts and thread_ts != message["ts"]:
        permalink += f"?thread_ts={thread_ts}&cid={conversation.id}"
    return {"channel": conversation.id, "permalink": permalink}


# -- conversations -----------------------------------------------------------------------


@handles("conversations.info")
def conversations_info(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.visible(args.required("channel"))
    num_members = args.flag("include_num_members")
    return {"channel": conversation.to_slack(ws.bot_user_id, num_members=num_members)}


@handles("conversations.members")
def conversations_members(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.visible(args.required("channel"))
    members, cursor = _page(conversation.members, args, default_limit=100)
    return {"members": members, "response_metadata": {"next_cursor": cursor}}


@handles("conversations.list")
def conversations_list(ws: Workspace, args: Args) -> dict[str, Any]:
    types = set(str(args.get("types") or "public_channel").split(","))
    visible = []
    for conversation in ws.conversations.values():
        kind = (
            "im"
            if conversation.im_user
            else "private_channel"
            if conversation.is_private
            else "public_channel"
        )
        hidden = conversation.is_private and ws.bot_user_id not in conversation.members
        if kind in types and not hidden:
            visible.append(conversation.to_slack(ws.bot_user_id))
    channels, cursor = _page(visible, args, default_limit=100)
    return {"channels": channels, "response_metadata": {"next_cursor": cursor}}


@handles("conversations.open")
def conversations_open(ws: Workspace, args: Args) -> dict[str, Any]:
    if args.get("channel"):
        conversation = ws.visible(args.get("channel"))
        existed = True
    else:
        users = [u for u in str(args.get("users") or "").split(",") if u]
        if not users:
            raise SlackError("users_list_not_supplied")
        if len(users) > 1:  # multi-person DMs: the bot does not use them
            raise SlackError("not_implemented_in_local_slack")
        user = ws.users.get(users[0])
        if user is None or user.is_bot:
            raise SlackError("user_not_found")
        if user.deleted:
            raise SlackError("user_disabled")
        existed = any(c.im_user == user.id for c in ws.conversations.values())
        conversation = ws.dm(user.id)
    channel = conversation.to_slack(ws.bot_user_id)
    response: dict[str, Any] = {
        "channel": channel if args.flag("return_im") else {"id": conversation.id}
    }
    if existed:
        response.update(no_op=True, already_open=True)
    return response


@handles("conversations.history")
def conversations_history(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.joined(args.required("channel"))
    newest_first = list(reversed(ws.top_level(conversation.id)))
    messages, cursor = _page(_in_range(newest_first, args), args, default_limit=100)
    response: dict[str, Any] = {
        "messages": _as_listed(messages, args),
        "has_more": bool(cursor),
        "pin_count": 0,
    }
    if cursor:
        response["response_metadata"] = {"next_cursor": cursor}
    return response


@handles("conversations.replies")
def conversations_replies(ws: Workspace, args: Args) -> dict[str, Any]:
    conversation = ws.joined(args.required("channel"))
    ts = args.required("ts")
    if ws.find(conversation.id, ts) is None:
        raise SlackError("thread_not_found")
    thread = ws.thread(conversation.id, ts)
    messages, cursor = _page(_in_range(thread, args), args, default_limit=1000)
    response: dict[str, Any] = {"messages": _as_listed(messages, args), "has_more": bool(cursor)}
    if cursor:
        response["response_metadata"] = {"next_cursor": cursor}
    return response


# -- users -------------------------------------------------------------------------------


@handles("users.info")
def users_info(ws: Workspace, args: Args) -> dict[str, Any]:
    user = ws.users.get(str(args.get("user")))
    if user is None:
        raise SlackError("user_not_found")
    return {"user": user.to_slack(ws.team_id, ws.clock())}


@handles("users.lookupByEmail")
def users_lookup_by_email(ws: Workspace, args: Args) -> dict[str, Any]:
    email = str(args.required("email")).lower()
    for user in ws.users.values():
        if user.email and user.email.lower() == email:
            return {"user": user.to_slack(ws.team_id, ws.clock())}
    raise SlackError("users_not_found")


@handles("users.list")
def users_list(ws: Workspace, args: Args) -> dict[str, Any]:
    everyone = [u.to_slack(ws.team_id, ws.clock()) for u in ws.users.values()]
    members, cursor = _page(everyone, args, default_limit=len(everyone) or 1)
    return {
        "members": members,
        "cache_ts": int(ws.clock()),
        "response_metadata": {"next_cursor": cursor},
    }


# -- views -------------------------------------------------------------------------------


@handles("views.open")
def views_open(ws: Workspace, args: Args) -> dict[str, Any]:
    return _open_modal(ws, args, push=False)


@handles("views.push")
def views_push(ws: Workspace, args: Args) -> dict[str, Any]:
    return _open_modal(ws, args, push=True)


@handles("views.update")
def views_update(ws: Workspace, args: Args) -> dict[str, Any]:
    view_id, external_id = args.get("view_id"), args.get("external_id")
    if not view_id and not external_id:
        raise SlackError(
            "invalid_arguments", messages=["[ERROR] either view_id or external_id is required"]
        )
    view = ws.find_view(view_id, external_id)
    definition = _view_definition(args, kinds=(view["type"],))
    if args.get("hash") and args.get("hash") != view["hash"]:
        raise SlackError("hash_conflict")
    kept = {k: view[k] for k in ("id", "root_view_id", "previous_view_id", "state")}
    view.clear()  # in place: the stack and the home tab refer to this dict
    view.update(
        ws.build_view(
            definition,
            view_id=kept["id"],
            root_id=kept["root_view_id"],
            previous_id=kept["previous_view_id"],
        ),
        state=kept["state"],
    )
    return {"view": copy.deepcopy(view)}


@handles("views.publish")
def views_publish(ws: Workspace, args: Args) -> dict[str, Any]:
    user_id = str(args.required("user_id"))
    if user_id not in ws.users:
        raise SlackError("user_not_found")
    definition = _view_definition(args, kinds=("home",))
    current = ws.home_views.get(user_id)
    if current and args.get("hash") and args.get("hash") != current["hash"]:
        raise SlackError("hash_conflict")
    view_id = current["id"] if current else ws.next_id("V")
    ws.home_views[user_id] = ws.build_view(
        definition, view_id=view_id, root_id=view_id, previous_id=None
    )
    return {"view": copy.deepcopy(ws.home_views[user_id])}


# -- files (the files_upload_v2 flow) ----------------------------------------------------


@handles("files.getUploadURLExternal")
def files_get_upload_url_external(ws: Workspace, args: Args) -> dict[str, Any]:
    filename = str(args.required("filename"))
    length = args.number("length", 0)
    if length <= 0:
        raise SlackError("invalid_arguments", messages=["[ERROR] length must be positive"])
    file_id = ws.new_file(filename, user_id=ws.bot_user_id, size=length)["id"]
    return {"upload_url": f"{ws.base_url}/upload/{file_id}", "file_id": file_id}


@handles("files.completeUploadExternal")
def files_complete_upload_external(ws: Workspace, args: Args) -> dict[str, Any]:
    entries = args.required("files")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise SlackError("invalid_arguments", messages=["[ERROR] files must be a JSON array"])
    files = []
    for entry in entries:
        file = ws.files.get(str(entry.get("id")))
        if file is None or file["content"] is None:
            raise SlackError("file_not_found")
        files.append((file, entry.get("title")))
    channel_ids = [args.get("channel_id")] if args.get("channel_id") else []
    channel_ids += [c for c in str(args.get("channels") or "").split(",") if c]
    conversations = [ws.joined(c) for c in channel_ids]  # refuse before changing anything
    for file, title in files:
        if title:
            file["title"] = title
        file["channels"] += [c.id for c in conversations]
    shared = [ws.public_file(file) for file, _ in files]
    for conversation in conversations:
        message = ws.bot_message(
            text=args.get("initial_comment") or "",
            files=shared,
            upload=True,
            thread_ts=args.get("thread_ts"),
        )
        ws.store(conversation.id, message)
    return {"files": shared}


@handles("files.info")
def files_info(ws: Workspace, args: Args) -> dict[str, Any]:
    """A file as Slack describes it, with the private URLs its bytes are fetched from (with
    the token, which needs files:read). The spec marks no argument required; Slack answers
    ``file_not_found`` without ``file``, as for an id it does not know."""
    file = ws.files.get(str(args.get("file") or ""))
    if file is None:
        raise SlackError("file_not_found")
    if file.get("deleted"):
        raise SlackError("file_deleted")
    return {
        "file": ws.public_file(file),
        "comments": [],
        "response_metadata": {"next_cursor": ""},
    }


# -- helpers -----------------------------------------------------------------------------


def _content(args: Args, *, allow_empty: bool = False) -> dict[str, Any]:
    """text/blocks/attachments of a message, with Slack's checks on them.

    ``allow_empty`` keeps empty values (chat.update removes blocks given as ``[]``).
    """
    given = {
        k: args.raw[k] for k in ("text", "blocks", "attachments") if args.raw.get(k) is not None
    }
    if all(v in ("", []) for v in given.values()):
        raise SlackError("no_text")
    content = given if allow_empty else {k: v for k, v in given.items() if v not in ("", [])}
    if len(str(content.get("text", ""))) > MAX_TEXT:
        raise LimitError("msg_too_long")
    if not isinstance(content.get("blocks", []), list):
        raise SlackError("invalid_blocks_format")
    if not isinstance(content.get("attachments", []), list):
        raise SlackError("invalid_attachments")
    problems = message_problems(content.get("blocks", []))
    if problems:
        raise LimitError("invalid_blocks", messages=problems)
    return content


def _metadata(args: Args) -> dict[str, Any] | None:
    metadata = args.get("metadata")
    if metadata is None:
        return None
    if not (
        isinstance(metadata, dict)
        and isinstance(metadata.get("event_type"), str)
        and isinstance(metadata.get("event_payload"), dict)
    ):
        raise SlackError("invalid_metadata_format")
    return {"event_type": metadata["event_type"], "event_payload": metadata["event_payload"]}


def _as_listed(messages: list[dict[str, Any]], args: Args) -> list[dict[str, Any]]:
    """Messages as history and replies list them: metadata only when asked for."""
    listed = copy.deepcopy(messages)
    if not args.flag("include_all_metadata"):
        for message in listed:
            message.pop("metadata", None)
    return listed


def _micros(ts: str, error: str) -> int:
    seconds, _, fraction = str(ts).partition(".")
    if not seconds.isdigit() or (fraction and not fraction.isdigit()):
        raise SlackError(error)
    return int(seconds) * 1_000_000 + int(fraction[:6].ljust(6, "0") or 0)


def _in_range(messages: list[dict[str, Any]], args: Args) -> list[dict[str, Any]]:
    """Slack's latest/oldest/inclusive window (exclusive bounds unless inclusive)."""
    latest, oldest = args.get("latest"), args.get("oldest")
    inclusive = args.flag("inclusive")
    high = _micros(latest, "invalid_ts_latest") if latest else None
    low = _micros(oldest, "invalid_ts_oldest") if oldest else None

    def inside(message: dict[str, Any]) -> bool:
        at = _micros(message["ts"], "invalid_ts_latest")
        above = low is None or at > low or (inclusive and at == low)
        below = high is None or at < high or (inclusive and at == high)
        return above and below

    return [m for m in messages if inside(m)]


def _page(items: list[Any], args: Args, *, default_limit: int) -> tuple[list[Any], str]:
    """One page and the next cursor ("" at the end); cursors are opaque as on Slack."""
    limit = args.number("limit", default_limit) or default_limit
    start = 0
    cursor = args.get("cursor")
    if cursor:
        try:
            prefix, _, offset = base64.b64decode(str(cursor)).decode().partition(":")
            start = int(offset)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise SlackError("invalid_cursor") from None
        if prefix != "next":
            raise SlackError("invalid_cursor")
    end = start + limit
    more = end < len(items)
    return items[start:end], base64.b64encode(f"next:{end}".encode()).decode() if more else ""


def _view_definition(args: Args, *, kinds: tuple[str, ...]) -> dict[str, Any]:
    view = args.required("view")
    if not isinstance(view, dict):
        raise SlackError("invalid_arguments", messages=["[ERROR] failed to parse view"])
    if view.get("type") not in kinds:
        raise SlackError(
            "invalid_arguments",
            messages=["[ERROR] must be a valid enum value [json-pointer:/view/type]"],
        )
    if view["type"] == "modal" and not view.get("title"):
        raise SlackError(
            "invalid_arguments",
            messages=["[ERROR] missing required field: title [json-pointer:/view]"],
        )
    problems = view_problems(view)
    if problems:
        raise LimitError("invalid_arguments", messages=problems)
    return view


def _open_modal(ws: Workspace, args: Args, *, push: bool) -> dict[str, Any]:
    definition = _view_definition(args, kinds=("modal",))  # a bad view keeps the trigger
    trigger_id = str(args.required("trigger_id"))
    trigger = ws.exchange_trigger(trigger_id)
    view = ws.open_modal(trigger_id, trigger.user_id, definition, push=push)
    return {"view": copy.deepcopy(view)}
