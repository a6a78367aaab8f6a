"""`/paminnelser`: one's own reminders (show, `av`/`på` kinds, `tider 9-18`, `dagar mån-fre`,
`paus`, `fortsätt`, `standard`) and, for the council's officers, `rådet <kind> <days before>`.
The words of kinds, hours and days are bot.reminders.grammar's."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands.grammar import check_length, fold, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.reminders.grammar import parse_change, parse_days_before, parse_kinds
from bot.reminders.kinds import ReminderKind
from bot.reminders.preferences import Change

COMMAND = "/paminnelser"


@dataclass(frozen=True)
class ShowMine:
    """One's own reminders."""


@dataclass(frozen=True)
class ChangeMine:
    change: Change


@dataclass(frozen=True)
class ShowCouncil:
    """The council's timing of each kind."""


@dataclass(frozen=True)
class ChangeCouncil:
    """The days before its date that `kind` is sent; None: the standard, (): never."""

    kind: ReminderKind
    days: tuple[int, ...] | None


PaminnelserRequest = Help | ShowMine | ChangeMine | ShowCouncil | ChangeCouncil


def parse(text: str) -> PaminnelserRequest:
    """What `/paminnelser <text>` asks for; UserError saying what would work otherwise."""
    typed, rest = split_word(check_length(text))
    typed = in_swedish(COMMAND, typed)
    word = fold(typed)
    if word in HELP_WORDS:
        return Help()
    if word in ("radet", "council"):
        return _council(rest)
    if word in ("", "visa"):
        return ShowMine()
    return ChangeMine(parse_change(typed, rest))


def _council(text: str) -> ShowCouncil | ChangeCouncil:
    if not text:
        return ShowCouncil()
    typed, rest = split_word(text)
    kinds = parse_kinds(typed)
    if len(kinds) != 1 or not rest:
        raise UserError("paminnelser.council.usage")
    setting = fold(rest)
    days = None if setting == "standard" else () if setting == "av" else parse_days_before(rest)
    return ChangeCouncil(next(iter(kinds)), days)
