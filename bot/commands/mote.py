"""`/mote`: the coming meetings (nothing), planning one (`[stormöte|förmöte|arbetsgrupp]
<när> [i <plats>]`), moving one (`flytta <nr> <när>`) and cancelling one (`ställ in <nr>`,
`inställa <nr>`). Times are read by bot.when.parse_when at `now` in the council's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.commands.grammar import check_length, fold, meeting_number, split_word, when_and_place
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.core.texts.render import Link
from bot.core.vocabulary import MeetingKind
from bot.core.when import When, parse_when

COMMAND = "/mote"
# The help's example of a meeting held online (mote.help: the catalogue holds no links).
EXAMPLE_ROOM = Link("https://meet.example/rum")
KINDS = {fold(kind.value): kind for kind in MeetingKind}


@dataclass(frozen=True)
class ListMeetings:
    """The council's coming meetings."""


@dataclass(frozen=True)
class Plan:
    kind: MeetingKind
    when: When
    place: str | None


@dataclass(frozen=True)
class Move:
    meeting_id: int
    when: When


@dataclass(frozen=True)
class Cancel:
    meeting_id: int


MoteRequest = Help | ListMeetings | Plan | Move | Cancel


def parse(text: str, *, now: datetime, zone: ZoneInfo) -> MoteRequest:
    """What `/mote <text>` asks for; UserError (or bot.when.WhenError) saying what would work."""
    text = check_length(text)
    typed, rest = split_word(text)
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if word == "":
        return ListMeetings()

    def when(phrase: str) -> When:
        return parse_when(phrase, now=now, tz=zone)

    if word == "flytta":
        number, rest = _meeting_number(rest, "mote.move.usage")
        if not rest:
            raise UserError("mote.move.usage")
        return Move(number, when(rest))
    if word in ("stall", "installa"):
        if word == "stall":
            in_word, rest = split_word(rest)
            if fold(in_word) != "in":
                raise UserError("mote.cancel.usage")
        return Cancel(_meeting_number(rest, "mote.cancel.usage")[0])
    kind = KINDS.get(word)
    at, place = when_and_place(rest if kind else text, when)
    return Plan(kind or MeetingKind.STORMOTE, at, place)


def _meeting_number(text: str, usage_key: str) -> tuple[int, str]:
    number, rest = meeting_number(text, usage=usage_key)
    if number is None:
        raise UserError(usage_key)
    return number, rest
