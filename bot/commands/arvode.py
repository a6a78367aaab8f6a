"""`/arvode`: the fee basis of a period (the secretary's; `mitt` one's own), the council's fee
rules (`inställningar [namn värde …]`) and one's own pay data (`uppgifter`, `mina uppgifter`,
with `radera` to erase them). The values are read by bot.fees.parsing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.commands.grammar import check_length, fold, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.fees.parsing import Period, parse_fee_settings, parse_period, parse_profile

COMMAND = "/arvode"
MAX_TEXT = 200
ERASE_WORDS = frozenset({"radera", "ta bort", "glom"})

Changes = dict[str, int | bool | None]


@dataclass(frozen=True)
class CouncilFees:
    """The council's fee rules; with `changes`, changed first."""

    changes: Changes | None = None


@dataclass(frozen=True)
class Profile:
    """One's own pay data; with `changes`, changed first."""

    changes: Changes | None = None


@dataclass(frozen=True)
class EraseProfile:
    """Erase one's own pay data."""


@dataclass(frozen=True)
class Basis:
    """The fee basis of `period`: everyone's (the secretary's), or with `own` one's own."""

    period: Period
    own: bool = False


ArvodeRequest = Help | CouncilFees | Profile | EraseProfile | Basis


def parse(text: str, *, now: datetime, zone: ZoneInfo) -> ArvodeRequest:
    """What `/arvode <text>` asks for; UserError saying what would work otherwise."""
    text = check_length(text, MAX_TEXT)
    typed, rest = split_word(text)
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if word == "installningar":
        return CouncilFees(parse_fee_settings(rest) if rest else None)
    if word == "mina":
        uppgifter, rest = split_word(rest)
        if fold(uppgifter) != "uppgifter":
            raise UserError("arvode.profile.usage")
        word = "uppgifter"
    if word == "uppgifter":
        if fold(rest) in ERASE_WORDS:
            return EraseProfile()
        return Profile(parse_profile(rest) if rest else None)
    if word == "mitt":
        return Basis(parse_period(rest, now=now, zone=zone), own=True)
    return Basis(parse_period(text, now=now, zone=zone))
