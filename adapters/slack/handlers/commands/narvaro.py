"""/narvaro: answer the kallelse, check in, the secretary's checklist, the register, statistics;
the words are read by bot.commands.narvaro."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.services import Services
from adapters.slack.blocks.attendance import (
    answered_reply,
    checked_in_reply,
    checklist_modal,
    deliver_answer,
    other_meeting,
    roll_reply,
    statistics_reply,
    substitute_asks,
)
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import SILENT, Reply, answer, guarded, text_reply
from adapters.slack.ids import caller_of, channel_of
from adapters.slack.mrkdwn import t
from bot.attendance.service import Answered
from bot.commands.help import Help
from bot.commands.narvaro import COMMAND, Answering, CheckIn, Read, Register, Statistics, parse
from bot.core.errors import UserError
from bot.meetings.labels import hours_value, meeting_label

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def narvaro(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        answers: list[Answered] = []
        reply = guarded(
            lambda: _dispatch(services, command, client, lang, answers.append),
            lang=lang,
            where=COMMAND,
        )
        answer(respond, reply)
        for answered in answers:
            deliver_answer(services, answered)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    lang: str,
    answered: Callable[[Answered], None],
) -> Reply:
    request = parse(command.get("text") or "")
    if isinstance(request, Help):
        return text_reply(t("narvaro.help", lang))
    where: dict[str, Any] = {
        "who": caller_of(command),
        "where": channel_of(command),
        "now": services.clock.now(),
    }
    if isinstance(request, Answering):
        result = services.attendance.answer(
            answer=request.answer,
            reason=request.reason,
            compose=substitute_asks,
            **request.meeting.asked,
            **where,
        )
        answered(result)
        return answered_reply(result)
    if isinstance(request, Read):
        read = services.attendance.mark_read(
            minutes=request.minutes, **request.meeting.asked, **where
        )
        thanks = t("narvaro.read", read.lang, meeting=meeting_label(read.meeting, read.lang))
        if read.reading_minutes is not None:
            thanks += t("narvaro.read.hours", read.lang, count=hours_value(read.reading_minutes))
        return text_reply(thanks + other_meeting(read.other, "läst", read.lang))
    if isinstance(request, CheckIn):
        checked = services.attendance.check_in(
            remote=request.remote, **request.meeting.asked, **where
        )
        return checked_in_reply(checked)
    if isinstance(request, Register):
        return roll_reply(services.attendance.register_list(**request.meeting.asked, **where))
    if isinstance(request, Statistics):
        return statistics_reply(services.attendance.statistics(**where))
    roll = services.attendance.checklist(**request.meeting.asked, **where)
    try:
        client.views_open(trigger_id=command["trigger_id"], view=checklist_modal(roll))
    except SlackApiError as err:
        log.warning("views.open failed for the checklist: %s", err.response.get("error"))
        raise UserError("error.unexpected") from err
    return SILENT
