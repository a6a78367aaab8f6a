"""`/arvode`: the claims of a period (`[period]` or `anmälningar [period]`, the secretary's,
approved with `godkänn [period]`; `mitt [period]` one's own), the council's fee rules
(`inställningar [namn värde …]`) and terms (`nivå …`, `betalare …`), one's own pay data
(`uppgifter`, `mina uppgifter`, with `radera` to erase them), a member's income certificate seen
(`intyg <person>`) and a member's blankett (`blankett <person> [period]`), the secretary's. The
values are read by bot.fees.parsing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.commands.grammar import check_length, fold, meeting_kind, meeting_number, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.people import PersonReader, PersonRef, take_person
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.fees.claims import ALL_PARTS, Part, Terms
from bot.fees.decisions import Target
from bot.fees.parsing import Period, parse_fee_settings, parse_period, parse_profile
from bot.fees.rules import FeeLevel

COMMAND = "/arvode"
MAX_TEXT = 200
ERASE_WORDS = frozenset({"radera", "ta bort", "glom"})
TERMS_USAGE = "arvode.terms.usage"
MAX_DECISION = 100
# The parts of a level as people name them (folded): "endast vissa delar" (seeds/001 L3845).
PART_WORDS = {
    "arvode": Part.DAY_FEE, "dagarvode": Part.DAY_FEE, "inkomst": Part.LOST_INCOME,
    "forlorad": Part.LOST_INCOME, "lon": Part.LOST_INCOME, "resa": Part.TRAVEL,
    "resor": Part.TRAVEL, "utlagg": Part.EXPENSES,
}  # fmt: skip
ALL_WORDS = frozenset({"alla", "allt"})
DEFAULT_WORDS = frozenset({"standard", "radets"})
NONE_WORDS = frozenset({"inget", "ingen", "radet"})

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
class Mine:
    """`mitt [period]`: one's own claims of the period in the council."""

    period: Period


@dataclass(frozen=True)
class Certificate:
    """The secretary has seen `person`'s income certificate."""

    person: PersonRef


@dataclass(frozen=True)
class Claims:
    """The members' claims of `period` (the secretary's); with `approve`, approved first."""

    period: Period
    approve: bool = False


@dataclass(frozen=True)
class BlankettOf:
    """`blankett @namn [period]`: the member's blankett of the period (the secretary's)."""

    person: PersonRef
    period: Period


@dataclass(frozen=True)
class Decide:
    """`nivå`: what `target` is paid (its level, parts and the nämnd's decision); `terms` None
    puts a kind or a meeting back on the council's terms. `show`: only show them."""

    target: Target = field(default_factory=Target)
    terms: Terms | None = None
    show: bool = False


@dataclass(frozen=True)
class NamePayer:
    """`betalare`: the nämnd/unit that pays (None: the council alone); `show`: only show."""

    payer: str | None = None
    show: bool = False


ArvodeRequest = (
    Help
    | CouncilFees
    | Profile
    | EraseProfile
    | Certificate
    | Claims
    | BlankettOf
    | Decide
    | NamePayer
    | Mine
)


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
    if word == "blankett":
        person, rest = take_person(rest, read_person, usage_key="arvode.blankett.usage")
        return BlankettOf(person, parse_period(rest, now=now, zone=zone))
    if word == "niva":
        return parse_decision(rest)
    if word == "betalare":
        payer = rest.strip()
        if not payer:
            return NamePayer(show=True)
        return NamePayer(None if fold(payer) in NONE_WORDS else payer)
    if word in ("anmalningar", "godkann"):
        return Claims(parse_period(rest, now=now, zone=zone), approve=word == "godkann")
    if word == "mitt":
        return Mine(parse_period(rest, now=now, zone=zone))
    return Claims(parse_period(text, now=now, zone=zone))


def parse_decision(text: str) -> Decide:
    """ "[förmöte|stormöte|arbetsgrupp|möte nr 3] <1|2|3|standard> [delar resa,inkomst]
    [beslut <diarienummer>]"; nothing: show them."""
    if not text.strip():
        return Decide(show=True)
    target, rest = _target(text)
    level_word, rest = split_word(rest)
    if fold(level_word) in DEFAULT_WORDS:
        if target == Target() or rest.strip():
            raise UserError(TERMS_USAGE)
        return Decide(target, None)
    if level_word not in ("1", "2", "3"):
        raise UserError("arvode.settings.bad_level", value=level_word or "-")
    words = rest.split()
    folded = [fold(w) for w in words]
    decision = None
    if "beslut" in folded:
        at = folded.index("beslut")
        decision = " ".join(words[at + 1 :])
        if not decision or len(decision) > MAX_DECISION:
            raise UserError("arvode.terms.bad_decision", limit=MAX_DECISION)
        words, folded = words[:at], folded[:at]
    parts = ALL_PARTS
    if folded[:1] == ["delar"]:
        parts = _parts(" ".join(words[1:]))
    elif words:
        raise UserError(TERMS_USAGE)
    return Decide(target, Terms(FeeLevel(int(level_word)), parts, decision))


def _target(text: str) -> tuple[Target, str]:
    kind, rest = meeting_kind(text)
    if kind is not None:
        return Target(kind=kind), rest
    first, after = split_word(text)
    if fold(first) in ("mote", "motet"):
        number, rest = meeting_number(after, usage=TERMS_USAGE, bare=True)
        if number is None:
            raise UserError(TERMS_USAGE)
        return Target(meeting=number), rest
    return Target(), text


def _parts(text: str) -> frozenset[Part]:
    words = [w for w in fold(text).replace(",", " ").split() if w not in ("och", "+")]
    if not words:
        raise UserError(TERMS_USAGE)
    if len(words) == 1 and words[0] in ALL_WORDS:
        return ALL_PARTS
    unknown = [w for w in words if w not in PART_WORDS]
    if unknown:
        raise UserError("arvode.terms.bad_part", value=unknown[0])
    return frozenset(PART_WORDS[w] for w in words)
