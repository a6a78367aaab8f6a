"""`/narvaro`: answer the kallelse, say the minutes are read, check in, the secretary's
checklist, the register and the statistics — what the words ask for.

A meeting may be named before the subcommand (`/narvaro förmöte kommer`, `/narvaro 3 kommer`)
or after it (`/narvaro kommer inte nr 3 sjuk`, `/narvaro lista förmöte`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.commands.grammar import check_length, fold, meeting_number, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import answer_words, in_swedish
from bot.core.errors import UserError
from bot.core.vocabulary import Answer
from bot.fees.parsing import parse_hours

COMMAND = "/narvaro"
USAGE = "narvaro.usage"
READ_USAGE = "narvaro.read.usage"
MAX_REASON = 500
# "läst 2 timmar": the unit after the hours may be written out.
HOUR_WORDS = frozenset({"h", "tim", "timme", "timmar", "hours", "hour"})
CHECK_IN_WORDS = frozenset({"incheckning", "checka", "incheckad", "checkin"})


@dataclass(frozen=True)
class Which:
    """The meeting the words name: `förmöte` or a number (`3`, `nr 3`); none: the service's
    choice."""

    formote: bool = False
    number: int | None = None

    @property
    def named(self) -> bool:
        return self.formote or self.number is not None

    @property
    def asked(self) -> dict[str, Any]:
        """As the attendance service takes it (`bot.meetings.asked.ButtonOrChannelAsked`)."""
        return {"meeting_id": self.number, "formote": self.formote}

    def then(self, rest: str, *, bare: bool = True, usage: str = USAGE) -> tuple[Which, str]:
        """This, or when nothing was named yet the meeting the words after the subcommand
        begin with; and the words after it."""
        return (self, rest) if self.named else _which(rest, bare=bare, usage=usage)


@dataclass(frozen=True)
class Answering:
    """Coming or not to `meeting`; `reason` only with not coming."""

    answer: Answer
    reason: str | None
    meeting: Which


@dataclass(frozen=True)
class Read:
    """`läst`: the person has read the minutes of `meeting`, for `minutes` of time if given."""

    meeting: Which
    minutes: int | None


@dataclass(frozen=True)
class CheckIn:
    meeting: Which
    remote: bool


@dataclass(frozen=True)
class Register:
    """`lista`: who came to `meeting`."""

    meeting: Which


@dataclass(frozen=True)
class Statistics:
    """The stormöten's attendance, never one meeting's."""


@dataclass(frozen=True)
class Checklist:
    """No subcommand: the secretary's checklist of `meeting`."""

    meeting: Which


NarvaroRequest = Help | Answering | Read | CheckIn | Register | Statistics | Checklist


def parse(text: str) -> NarvaroRequest:
    """What `/narvaro <text>` asks for; UserError when the words cannot be what was meant."""
    text = check_length(text)
    which, text = _which(text)
    typed, rest = split_word(text)
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if said := answer_words(text):
        answer, rest = said
        meeting, reason = which.then(rest, bare=answer == Answer.COMING)
        if answer == Answer.COMING and reason:
            raise UserError(USAGE)
        return Answering(answer, check_length(reason, MAX_REASON) or None, meeting)
    if word == "last":
        return _reading(which, rest)
    if word in CHECK_IN_WORDS:
        return CheckIn(which, remote=any(fold(w) == "distans" for w in rest.split()))
    if word == "lista":
        meeting, rest = which.then(rest)
        if rest:
            raise UserError(USAGE)
        return Register(meeting)
    if word == "statistik":
        if which.named:
            raise UserError(USAGE)
        return Statistics()
    meeting, rest = which.then(text)
    if rest:
        raise UserError("error.unknown_subcommand", word=split_word(rest)[0], command=COMMAND)
    return Checklist(meeting)


def _which(text: str, *, bare: bool = True, usage: str = USAGE) -> tuple[Which, str]:
    """The meeting the text begins with (a bare number only with `bare`), and the rest."""
    first, rest = split_word(text)
    if fold(first) == "formote":
        return Which(formote=True), rest
    number, rest = meeting_number(text, usage=usage, bare=bare)
    return Which(number=number), rest


def _reading(which: Which, rest: str) -> Read:
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
    return Read(meeting, minutes)
