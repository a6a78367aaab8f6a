"""Message listener: what people write in the council channel or in a DM to the bot.

A minutes line in a thread is noted; a point ("punkt: …", see bot.commands.punkt) is submitted;
a photo shared in a DM is the receipt of an offered claim (receipt_messages); a DM or a
mention of the bot that is none of these gets a short help. Other talk in the channel
is between people, and the bot stays out of it.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.agenda import council_picker, receipt
from adapters.slack.handlers.ack_first import answer_key, on_message, on_shared_files
from adapters.slack.handlers.commands.punkt import written_point
from adapters.slack.handlers.minutes_messages import minutes_line
from adapters.slack.handlers.outgoing import say_there, tell_there
from adapters.slack.handlers.receipt_messages import is_receipt, receipt_shared
from adapters.slack.handlers.replies import Reply, block_dicts, guarded, text_reply
from adapters.slack.ids import SLACK, account, conversation, team_id
from adapters.slack.markup import mentions
from adapters.slack.mrkdwn import t
from adapters.slack.users import deliver
from bot.agenda import Attachment
from bot.commands.punkt import point_text
from bot.core.errors import UserError
from bot.core.notices import Notice
from bot.core.written import named_pattern
from bot.minutes.lines import LINE_START

EVERY_MESSAGE = re.compile("")
_LEADING_MENTIONS = re.compile(rf"^\s*(?:{named_pattern('person', SLACK)}[\s,:]*)+")
# Messages a person wrote: plain, with a file, or a thread reply also sent to the channel.
WRITTEN = frozenset({None, "file_share", "thread_broadcast"})


def source_key(team_id: str, channel_id: str, ts: str) -> str:
    """One Slack message is one point, however often Slack delivers it."""
    return f"msg:{team_id}:{channel_id}:{ts}"


def shared_file(message: dict[str, Any]) -> Attachment | None:
    """The first file shared with a message (a photo of a notice, a letter), by its link."""
    for file in message.get("files") or []:
        if file.get("permalink"):
            image = str(file.get("mimetype", "")).startswith("image/")
            return Attachment(str(file["permalink"]), image=image)
    return None


def addressed_text(text: str, bot_user_id: str | None) -> tuple[str, bool]:
    """The text without the mentions of the bot it starts with, and whether it named the bot
    at all (anywhere in the text)."""
    if not bot_user_id or all(person.id != bot_user_id for person in mentions(text)):
        return text, False
    return _LEADING_MENTIONS.sub("", text, count=1), True


def bot_user_id(body: dict[str, Any]) -> str | None:
    """The bot's own user id, from the authorizations Slack sends with every event."""
    return next(
        (a.get("user_id") for a in body.get("authorizations") or [] if a.get("is_bot")), None
    )


def register(app: App, services: Services) -> None:
    @on_shared_files(app)
    @on_message(app, EVERY_MESSAGE)
    def message_to_bot(message: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if (
            message.get("subtype") not in WRITTEN
            or message.get("bot_id")
            or not message.get("user")
        ):
            return  # edits, joins and our own posts are nothing to answer
        raw = message.get("text") or ""
        if message.get("thread_ts") and LINE_START.match(raw):
            minutes_line(services, message, body, client)
            return
        in_dm = message.get("channel_type") == "im"
        text, mentioned = addressed_text(raw, bot_user_id(body))
        point = point_text(text, addressed=in_dm or mentioned)
        if point is not None:
            submit_point(services, message, body, client, point, in_dm=in_dm)
        elif is_receipt(services, message, body):
            lang = message_language(services, message, body, in_dm=in_dm)
            receipt_shared(services, message, body, client, lang)
        elif in_dm or mentioned:
            lang = message_language(services, message, body, in_dm=in_dm)
            thread = None if in_dm else message.get("thread_ts") or message["ts"]
            where = conversation(team_id(body), message["channel"])
            say_there(services, where, t("chat.help", lang), key=answer_key(body), thread_ts=thread)


def message_language(
    services: Services, message: dict[str, Any], body: dict[str, Any], *, in_dm: bool
) -> str:
    team = team_id(body)
    if in_dm:
        return services.councils.language_of(
            account(team, message["user"]), now=services.clock.now()
        )
    return services.councils.locale(conversation(team, message["channel"])).lang


def submit_point(
    services: Services,
    message: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    text: str,
    *,
    in_dm: bool,
) -> None:
    team, channel, user, ts = team_id(body), message["channel"], message["user"], message["ts"]
    key = source_key(team, channel, ts)
    lang = message_language(services, message, body, in_dm=in_dm)
    notices: list[Notice] = []
    stored: list[bool] = []

    def submit() -> Reply:
        now = services.clock.now()
        title, description = written_point(client, text)
        council_id = None
        if in_dm:  # the person's council, or they choose one
            councils = services.agenda.councils_of(account(team, user), now=now)
            if len(councils) > 1:
                return council_picker(councils, ts, lang)
            if not councils:
                raise UserError("punkt.dm_no_council")
            council_id = councils[0][0]
        submitted = services.agenda.submit(
            who=account(team, user),
            where=None if in_dm else conversation(team, channel),
            council_id=council_id,
            title=title,
            description=description,
            source_key=key,
            attachment=shared_file(message),
            now=now,
        )
        notices.extend(submitted.notices)
        stored.append(True)
        return text_reply(receipt(submitted))

    reply = guarded(submit, lang=lang, where="message:punkt")
    blocks = block_dicts(reply.blocks)
    where, key = conversation(team, channel), answer_key(body)
    if in_dm:
        say_there(services, where, reply.text, key=key, blocks=blocks)
    else:
        # In the message's thread: its parent's, when the point was written as a reply.
        thread = message.get("thread_ts") or ts
        if stored:
            say_there(services, where, reply.text, key=key, blocks=blocks, thread_ts=thread)
        else:  # a refusal is the writer's business, not the whole channel's
            who = account(team, user)
            tell_there(services, where, who, reply.text, blocks=blocks, thread_ts=thread, key=key)
    deliver(services, notices)
