"""Edits and deletions: a point follows the message it was written in.

Slack tells of an edit with `message_changed` (the message as it is now, and as it was), and
of a deletion with `message_deleted`, or, when the message had replies (a point in the channel
has the bot's receipt in its thread), with `message_changed` to the tombstone left in its
place. Other changes (a link unfurled, a reply counted) keep the text and need no answer.

A renamed point gets a short receipt in its thread; everything else (the agenda is fixed, the
point was dealt with, it is taken back) is told to the writer alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import answer_key, on_event
from adapters.slack.handlers.commands.punkt import written_point
from adapters.slack.handlers.messages import (
    addressed_text,
    bot_user_id,
    message_language,
    source_key,
    submit_point,
)
from adapters.slack.handlers.outgoing import say_there, tell_there
from adapters.slack.handlers.replies import SILENT, Reply, escape, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.mrkdwn import t
from bot.agenda.following import Followed, MessageFollowed
from bot.commands.punkt import point_text

TOMBSTONE = "tombstone"


@dataclass(frozen=True)
class _Written:
    """The message as a person wrote it, with where, in which language and as which point."""

    message: dict[str, Any]  # with its "channel" and "ts"
    team_id: str
    in_dm: bool
    lang: str
    source_key: str
    answer_key: str  # the bot's answer to this change of it (bot.core.outbox keys)

    @property
    def user(self) -> str:
        return str(self.message["user"])


def register(app: App, services: Services) -> None:
    # After adapters.slack.handlers.messages: the messages people write are taken there, so what
    # reaches this listener are the other subtypes (edits, deletions, joins, …).
    @on_event(app, "message")
    def message_changed(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        after, before = event.get("message") or {}, event.get("previous_message") or {}
        if event.get("subtype") == "message_deleted" or after.get("subtype") == TOMBSTONE:
            written = _written(services, event, before, body)
            if written is not None:
                _deleted(services, written)
        elif event.get("subtype") == "message_changed" and after.get("text") != before.get("text"):
            written = _written(services, event, after, body)
            if written is not None:
                _edited(services, written, body, client)


def _written(
    services: Services, event: dict[str, Any], message: dict[str, Any], body: dict[str, Any]
) -> _Written | None:
    """None for the bot's own messages and Slack's (a tombstone is Slackbot's)."""
    if not message.get("user") or message.get("bot_id") or message.get("subtype") == TOMBSTONE:
        return None
    ts = message.get("ts") or event.get("deleted_ts") or ""
    message = {**message, "ts": ts, "channel": event["channel"]}
    in_dm, team = event.get("channel_type") == "im", team_id(body)
    return _Written(
        message,
        team,
        in_dm,
        message_language(services, message, body, in_dm=in_dm),
        source_key(team, event["channel"], ts),
        answer_key(body),
    )


def _edited(services: Services, written: _Written, body: dict[str, Any], client: WebClient) -> None:
    message, in_dm = written.message, written.in_dm
    text, mentioned = addressed_text(message.get("text") or "", bot_user_id(body))
    point = point_text(text, addressed=in_dm or mentioned)
    followed: list[MessageFollowed | None] = []

    def rename() -> Reply:
        title, description = written_point(client, point) if point is not None else (None, None)
        result = services.agenda.rename_by_message(
            who=account(written.team_id, written.user),
            source_key=written.source_key,
            title=title,
            description=description,
            now=services.clock.now(),
        )
        followed.append(result)
        return text_reply(_followed_text(result)) if result is not None else SILENT

    reply = guarded(rename, lang=written.lang, where="message:edited")
    if followed == [None]:
        if point is not None:  # an ordinary message edited into a point: as if newly written
            submit_point(services, message, body, client, point, in_dm=in_dm)
        return
    renamed = any(f is not None and f.outcome == Followed.RENAMED for f in followed)
    thread = message.get("thread_ts") or message["ts"]  # where the point's receipt is
    _tell(services, written, reply, thread=thread, public=renamed)


def _deleted(services: Services, written: _Written) -> None:
    def withdraw() -> Reply:
        result = services.agenda.withdraw_by_message(
            who=account(written.team_id, written.user),
            source_key=written.source_key,
            now=services.clock.now(),
        )
        return text_reply(_followed_text(result)) if result is not None else SILENT

    reply = guarded(withdraw, lang=written.lang, where="message:deleted")
    # The message is gone (its thread with it, to the eye): told in the channel, to the writer.
    _tell(services, written, reply, thread=None, public=False)


def _followed_text(followed: MessageFollowed) -> str:
    if followed.outcome == Followed.UNCHANGED:
        return ""
    lang, point = followed.lang, followed.point
    who = [f"<@{u}>" for u in followed.officers] or t("kallelse.the_secretary", lang)
    return t(
        f"punkt.{followed.outcome.value}_by_message",
        lang,
        title=escape(point.title),
        id=point.id,
        status=t(f"status.{point.status.value}", lang),
        meeting=followed.meeting or "",
        who=who,
    )


def _tell(
    services: Services, written: _Written, reply: Reply, *, thread: str | None, public: bool
) -> None:
    """In a DM as a message; in the channel in `thread`, for all there when `public`, else to
    the writer alone; through the outbox, once."""
    if not reply.text:
        return
    where = conversation(written.team_id, written.message["channel"])
    key = written.answer_key
    if written.in_dm:
        say_there(services, where, reply.text, key=key)
    elif public:
        say_there(services, where, reply.text, key=key, thread_ts=thread)
    else:
        who = account(written.team_id, written.user)
        tell_there(services, where, who, reply.text, thread_ts=thread, key=key)
