"""/narvaro: answer the kallelse, check in, the secretary's checklist, the register, statistics."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
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
    other_meeting,
    roll_reply,
    statistics_reply,
)
from handlers.replies import SILENT, Reply, answer, guarded, text_reply

COMMAND = "/narvaro"
USAGE = "narvaro.usage"
READ_USAGE = "narvaro.read.usage"
MAX_REASON = 500
# "läst 2 timmar": the unit after the hours may be written out.
HOUR_WORDS = frozenset({"h", "tim", "timme", "timmar", "hours", "hour"})
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Which:
    """The meeting a command names: `förmöte` or a number (`3`, `nr 3`), before the
    subcommand (`/narvaro förmöte kommer`, `/narvaro 3 kommer`) or after it
    (`/narvaro kommer inte nr 3 sjuk`, `/narvaro lista förmöte`); none: the service's choice."""

    formote: bool = False
    number: int | None = None

    @property
    def named(self) -> bool:
        return self.formote or self.number is not None

    @property
    def asked(self) -> dict[str, Any]:
        """As the attendance service takes it (`bot.asked.ButtonOrChannelAsked`)."""
        return {"meeting_id": self.number, "formote": self.formote}

    def then(self, rest: str, *, bare: bool = True, usage: str = USAGE) -> tuple[Which, str]:
        """This, or when nothing was named yet the meeting the words after the subcommand
        begin with; and the words after it."""
        return (self, rest) if self.named else _which(rest, bare=bare, usage=usage)


def _which(text: str, *, bare: bool = True, usage: str = USAGE) -> tuple[Which, str]:
    """The meeting the text begins with (a bare number only with `bare`), and the rest."""
    first, rest = split_word(text)
    if fold(first) == "formote":
        return Which(formote=True), rest
    number, rest = meeting_number(text, usage=usage, bare=bare)
    return Which(number=number), rest


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
            deliver_answer(services, client, answered)


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
    which, text = _which(text)
    typed, rest = split_word(text)
    typed = in_swedish(COMMAND, typed)
    word = fold(typed)
    if word in ("hjalp", "help"):
        return text_reply(t("narvaro.help", lang))
    if said := answer_words(text):
        answer, rest = said
        meeting, reason = which.then(rest, bare=answer == Answer.COMING)
        if answer == Answer.COMING and reason:
            raise UserError("narvaro.usage")
        result = services.attendance.answer(
            answer=answer,
            reason=check_length(reason, MAX_REASON) or None,
            **meeting.asked,
            **where,
        )
        answered(result)
        return answered_reply(result)
    if word == "last":
        meeting, minutes = _reading(which, rest)
        read = services.attendance.mark_read(minutes=minutes, **meeting.asked, **where)
        thanks = t("narvaro.read", read.lang, meeting=meeting_label(read.meeting, read.lang))
        if read.reading_minutes is not None:
            thanks += t("narvaro.read.hours", read.lang, count=hours_value(read.reading_minutes))
        return text_reply(thanks + other_meeting(read.other, "läst", read.lang))
    if word in ("incheckning", "checka", "incheckad", "checkin"):
        remote = any(fold(w) == "distans" for w in rest.split())
        checked = services.attendance.check_in(remote=remote, **which.asked, **where)
        return checked_in_reply(checked)
    if word == "lista":
        meeting, rest = which.then(rest)
        if rest:
            raise UserError(USAGE)
        return roll_reply(services.attendance.register_list(**meeting.asked, **where))
    if word == "statistik":
        if which.named:  # the statistics are the stormöten's, never one meeting's
            raise UserError(USAGE)
        return statistics_reply(services.attendance.statistics(**where))
    meeting, rest = which.then(text)
    if rest:
        raise UserError("error.unknown_subcommand", word=split_word(rest)[0], command=COMMAND)
    roll = services.attendance.checklist(**meeting.asked, **where)
    try:
        client.views_open(trigger_id=command["trigger_id"], view=checklist_modal(roll))
    except SlackApiError as err:
        log.warning("views.open failed for the checklist: %s", err.response.get("error"))
        raise UserError("error.unexpected") from err
    return SILENT


def _reading(which: Which, rest: str) -> tuple[Which, int | None]:
    """`läst [timmar] [nr 3]`, the meeting before or after the hours; any word left over
    is refused, never dropped."""
    meeting, rest = which.then(rest, bare=False, usage=READ_USAGE)
    minutes = None
    first, after = split_word(rest)
    if first:
        try:
            minutes = parse_hours(first, "läst", usage=COMMAND)
        except UserError:
            raise UserError(READ_USAGE) from None
        unit, rest = split_word(after)
        if fold(unit) not in HOUR_WORDS:
            rest = after
    meeting, rest = meeting.then(rest, bare=False, usage=READ_USAGE)
    if rest:
        raise UserError(READ_USAGE)
    return meeting, minutes
