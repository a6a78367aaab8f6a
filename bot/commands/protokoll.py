"""`/protokoll`: write the minutes line by line, choose the justerare, edit an item, and take
one meeting's minutes through start, draft, justering, publication and status.

Anything that is not a subcommand is a minutes line (`/protokoll beslut: …`; what is not
one is refused with what would be), read by bot.minutes.lines once the meeting is known. A
leading `förmöte` picks the förmöte's minutes, for subcommands and lines alike; a trailing
number picks a meeting (`/protokoll utkast 12`).
People and links in the words are the adapter's to read (`LineReader`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.commands.grammar import check_length, fold, meeting_number, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.minutes.lines import Chosen, LineReader, chosen, is_line

COMMAND = "/protokoll"
USAGE = "protokoll.usage"


class Step(StrEnum):
    """What a subcommand does with one meeting's minutes; the value is the word, folded."""

    START = "start"
    DRAFT = "utkast"
    SEND = "justera"
    PUBLISH = "publicera"
    STATUS = "status"


STEPS = {step.value: step for step in Step}


@dataclass(frozen=True)
class Line:
    """A minutes line, for the meeting now or with `formote` the latest förmöte."""

    text: str
    formote: bool


@dataclass(frozen=True)
class EditItem:
    """`redigera 3`: the edit form of one item, numbered as the minutes number it ("5.1")."""

    item: str
    formote: bool


@dataclass(frozen=True)
class ChooseJusterare:
    """`justerare @anna och Lina`: who approves the minutes, also after the meeting."""

    chosen: Chosen
    formote: bool


@dataclass(frozen=True)
class OnMeeting:
    """`step` for the meeting numbered, else the current one (the förmöte with `formote`)."""

    step: Step
    meeting_id: int | None
    formote: bool


ProtokollRequest = Help | Line | EditItem | ChooseJusterare | OnMeeting


def parse(text: str, read: LineReader) -> ProtokollRequest:
    """What `/protokoll <text>` asks for; UserError saying what would work otherwise."""
    text = check_length(text)
    word, rest = split_word(text)
    folded = fold(in_swedish(COMMAND, word))
    if folded == "" or folded in HELP_WORDS:
        return Help()
    formote = folded == "formote"
    if formote:
        text = rest  # `förmöte` goes with subcommands and minutes lines alike
        word, rest = split_word(rest)
        folded = fold(in_swedish(COMMAND, word))
        if not folded:
            raise UserError(USAGE)
    if folded == "redigera":
        return EditItem(rest, formote)
    if folded == "justerare":
        return ChooseJusterare(chosen(rest, read), formote)
    if step := STEPS.get(folded):
        return OnMeeting(step, _meeting_number(rest), formote)
    if not is_line(text):
        raise UserError("protokoll.line.unknown")
    return Line(text, formote)


def _meeting_number(rest: str) -> int | None:
    """The meeting the rest names ("3", "nr 3"), or None for nothing."""
    number, tail = meeting_number(rest, usage=USAGE, not_found="protokoll.no_meeting")
    if tail or (number is None and rest):
        raise UserError(USAGE)
    return number
