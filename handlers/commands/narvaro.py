"""/narvaro: answer the kallelse, check in, the secretary's checklist, the register, statistics."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.attendance import Answered
from bot.errors import UserError
from bot.fee_input import parse_hours
from bot.grammar import check_length, fold, meeting_number, split_word
from bot.labels import hours_value, meeting_label
from bot.phrasing import answer_words, in_swedish
from bot.services import Services
from bot.texts import t
from bot.vocabulary import Answer
from handlers.ack_first import slash_command
from handlers.attendance_blocks import (
    answered_reply,
    checked_in_reply,
    checklist_modal,
    deliver_answer,
    roll_reply,
    statistics_reply,
)
from handlers.replies import SILENT, Reply, answer, guarded, text_reply

COMMAND = "/narvaro"
USAGE = "narvaro.usage"
MAX_REASON = 500
log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def narvaro(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(command["team_id"], command["channel_id"]).lang
        answers: list[Answered] = []
        reply = guarded(
            lambda: _dispatch(services, command, client, lang, answers.append),
            lang=lang,
            where=COMMAND,
        )
        answer(respond, reply)
        for answered in answers:
            deliver_answer(client, answered)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    lang: str,
    answered: Callable[[Answered], None],
) -> Reply:
    text = check_length(command.get("text") or "")
    where: dict[str, Any] = {
        "team_id": command["team_id"],
        "channel_id": command["channel_id"],
        "user_id": command["user_id"],
        "now": services.clock.now(),
    }
    typed, rest = split_word(text)
    typed = in_swedish(COMMAND, typed)
    word = fold(typed)
    if word in ("hjalp", "help"):
        return text_reply(t("narvaro.help", lang))
    if said := answer_words(text):
        answer, rest = said
        number, reason = meeting_number(rest, usage=USAGE, bare=answer == Answer.COMING)
        if answer == Answer.COMING and reason:
            raise UserError("narvaro.usage")
        result = services.attendance.answer(
            answer=answer,
            reason=check_length(reason, MAX_REASON) or None,
            meeting_id=number,
            **where,
        )
        answered(result)
        return answered_reply(result)
    if word == "last":
        first, after = split_word(rest)
        minutes = None
        if first[:1].isdigit():
            minutes = parse_hours(first, typed, usage=f"{COMMAND} läst")
            rest = after
        number, _ = meeting_number(rest, usage=USAGE, bare=False)
        read = services.attendance.mark_read(minutes=minutes, meeting_id=number, **where)
        thanks = t("narvaro.read", read.lang, meeting=meeting_label(read.meeting, read.lang))
        if read.reading_minutes is not None:
            thanks += t("narvaro.read.hours", read.lang, count=hours_value(read.reading_minutes))
        return text_reply(thanks)
    if word in ("incheckning", "checka", "incheckad", "checkin"):
        remote = any(fold(w) == "distans" for w in rest.split())
        return checked_in_reply(services.attendance.check_in(remote=remote, **where))
    if word == "lista":
        number, _ = meeting_number(rest, usage=USAGE)
        return roll_reply(services.attendance.register_list(meeting_id=number, **where))
    if word == "statistik":
        return statistics_reply(services.attendance.statistics(**where))
    number, rest = meeting_number(text, usage=USAGE)
    if rest:
        raise UserError("error.unknown_subcommand", word=typed, command=COMMAND)
    roll = services.attendance.checklist(meeting_id=number, **where)
    try:
        client.views_open(trigger_id=command["trigger_id"], view=checklist_modal(roll))
    except SlackApiError as err:
        log.warning("views.open failed for the checklist: %s", err.response.get("error"))
        raise UserError("error.unexpected") from err
    return SILENT
