"""Message listeners: "punkt: …" in the council channel or in a DM to the bot."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, Say
from slack_sdk import WebClient

from bot.errors import UserError
from bot.notices import Notice
from bot.services import Services
from handlers import minutes_messages
from handlers.ack_first import on_message
from handlers.agenda_blocks import council_picker, receipt
from handlers.commands.punkt import split_point
from handlers.replies import Reply, guarded, text_reply
from handlers.slack_users import deliver

POINT_PREFIX = re.compile(r"^\s*punkt\s*:\s*", re.IGNORECASE)


def source_key(team_id: str, channel_id: str, ts: str) -> str:
    """One Slack message is one point, however often Slack delivers it."""
    return f"msg:{team_id}:{channel_id}:{ts}"


def register(app: App, services: Services) -> None:
    @on_message(app, POINT_PREFIX)
    def point_message(
        message: dict[str, Any], body: dict[str, Any], client: WebClient, say: Say
    ) -> None:
        if message.get("subtype") or message.get("bot_id"):
            return  # edits, joins and our own posts are not new points
        team, channel, user, ts = (
            body["team_id"],
            message["channel"],
            message["user"],
            message["ts"],
        )
        text = POINT_PREFIX.sub("", message.get("text") or "", count=1)
        key = source_key(team, channel, ts)
        in_dm = message.get("channel_type") == "im"
        lang = services.settings.language if in_dm else services.councils.locale(team, channel).lang
        notices: list[Notice] = []

        def submit() -> Reply:
            now = services.clock.now()
            title, description = split_point(text)
            if in_dm:
                councils = services.agenda.councils_of(team, user, now=now)
                if len(councils) > 1:
                    return council_picker(councils, text, key, lang)
                if not councils:
                    raise UserError("punkt.dm_no_council")
                submitted = services.agenda.submit(
                    team_id=team,
                    user_id=user,
                    council_id=councils[0][0],
                    title=title,
                    description=description,
                    source_key=key,
                    now=now,
                )
            else:
                submitted = services.agenda.submit(
                    team_id=team,
                    user_id=user,
                    channel_id=channel,
                    title=title,
                    description=description,
                    source_key=key,
                    now=now,
                )
            notices.extend(submitted.notices)
            return text_reply(receipt(submitted))

        reply = guarded(submit, lang=lang, where="message:punkt")
        say(
            text=reply.text,
            blocks=[b.to_dict() for b in reply.blocks],
            thread_ts=None if in_dm else ts,
        )
        deliver(client, notices)

    # After the point listener: Bolt gives a message to the first listener that matches.
    minutes_messages.register(app, services)
