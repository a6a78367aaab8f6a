"""Minutes lines written in the minutes' thread (the kallelse's, or one /protokoll start made)."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Say
from slack_sdk import WebClient

from bot.errors import UserError
from bot.minutes.lines import LINE_START
from bot.services import Services
from handlers.ack_first import on_message
from handlers.commands.protokoll import mentioned, receipt
from handlers.replies import error_text


def register(app: App, services: Services) -> None:
    @on_message(app, LINE_START)
    def minutes_line(
        message: dict[str, Any], body: dict[str, Any], client: WebClient, say: Say
    ) -> None:
        thread_ts = message.get("thread_ts")
        if message.get("subtype") or message.get("bot_id") or thread_ts is None:
            return  # edits, our own posts, and lines outside a thread are conversation
        team, channel, user = body["team_id"], message["channel"], message["user"]
        text = message.get("text") or ""
        try:
            captured = services.minutes.capture.line(
                team_id=team,
                channel_id=channel,
                user_id=user,
                text=text,
                names=mentioned(client, text),
                now=services.clock.now(),
                thread_ts=thread_ts,
            )
        except UserError as err:
            if err.key == "protokoll.not_a_minutes_thread":
                return  # somebody else's thread
            lang = services.councils.locale(team, channel).lang
            client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, text=error_text(err, lang)
            )
            return
        if captured.note is None:  # everyone follows which item the meeting is on
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=receipt(captured))
        else:
            client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, text=receipt(captured)
            )
