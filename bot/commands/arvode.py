"""`/arvode`: the fee basis of a period (the secretary's; `mitt` one's own), the council's fee
rules (`inställningar [namn värde …]`), one's own pay data (`uppgifter`, `mina uppgifter`,
with `radera` to erase them), and a member's income certificate seen (`intyg <person>`, the
secretary's), and the members' claims (`anmälningar [period]`, approved with `godkänn
[period]`, the secretary's). The values are read by bot.fees.parsing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.commands.grammar import check_length, fold, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.people import PersonReader, PersonRef, take_person
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


@dataclass(frozen=True)
class Certificate:
    """The secretary has seen `person`'s income certificate."""

    person: PersonRef


@dataclass(frozen=True)
class Claims:
    """The members' claims of `period` (the secretary's); with `approve`, approved first."""

    period: Period
    approve: bool = False


ArvodeRequest = Help | CouncilFees | Profile | EraseProfile | Certificate | Claims | Basis


def parse(text: str, read_person: PersonReader, *, now: datetime, zone: ZoneInfo) -> ArvodeRequest:
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
    if word == "intyg":
        person, rest = take_person(rest, read_person, usage_key="arvode.certificate.usage")
        if rest.strip():
            raise UserError("arvode.certificate.usage")
        return Certificate(person)
    if word in ("anmalningar", "godkann"):
        return Claims(parse_period(rest, now=now, zone=zone), approve=word == "godkann")
    if word == "mitt":
        return Basis(parse_period(rest, now=now, zone=zone), own=True)
    return Basis(parse_period(text, now=now, zone=zone))
