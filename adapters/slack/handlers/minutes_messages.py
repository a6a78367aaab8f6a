"""Minutes lines written in the minutes' thread (the kallelse's, or one /protokoll start made)."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import answer_key
from adapters.slack.handlers.commands.protokoll import minutes_words, receipt
from adapters.slack.handlers.outgoing import say_there, tell_there
from adapters.slack.handlers.replies import error_text
from adapters.slack.ids import account, conversation, team_id
from bot.core.errors import UserError


def minutes_line(
    services: Services, message: dict[str, Any], body: dict[str, Any], client: WebClient
) -> None:
    """A line (bot.minutes.lines.LINE_START) written in a thread: noted when the thread is a
    minutes' thread; in anybody else's thread it is conversation."""
    thread_ts = message["thread_ts"]
    team = team_id(body)
    where, who = conversation(team, message["channel"]), account(team, message["user"])
    key = answer_key(body)
    try:
        captured = services.minutes.capture.line(
            who=who,
            where=where,
            text=message.get("text") or "",
            read=minutes_words(client),
            now=services.clock.now(),
            thread_ts=thread_ts,
        )
    except UserError as err:
        if err.key == "protokoll.not_a_minutes_thread":
            return  # somebody else's thread
        told = error_text(err, services.councils.locale(where).lang)
        tell_there(services, where, who, told, thread_ts=thread_ts, key=key)
        return
    if captured.note is None and not captured.justerare:  # everyone follows the item
        say_there(services, where, receipt(captured), thread_ts=thread_ts, key=key)
    else:
        tell_there(services, where, who, receipt(captured), thread_ts=thread_ts, key=key)
