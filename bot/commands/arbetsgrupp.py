"""`/arbetsgrupp`: the council's working groups (nothing, `visa` or `lista`), one of them
(`visa <nr>`), setting one up as a stormöte decided (`skapa <namn> punkt <nr> till <datum>
mandat <text>`, or `möte <nr>` for a decision without a point), its roster (`ledamot <nr>
@person …`, `ledamot <nr> ta bort @person`, `sammankallande <nr> @person`), its meetings
(`möte <nr> <när> [i <plats>]`), more time (`förläng <nr> till <datum>`) and closing it
(`stäng <nr> <resultat>`).

People are read by the adapter's PersonReader (bot.commands.people); dates and times by
bot.when.parse_when at `now` in the council's zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.commands.grammar import (
    check_length,
    fold,
    is_email,
    is_number,
    record_id,
    split_word,
    when_and_place,
)
from bot.commands.help import HELP_WORDS, Help
from bot.commands.people import PersonReader, PersonRef, take_person
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.core.when import When, WhenError, parse_when

COMMAND = "/arbetsgrupp"
NOT_FOUND = "arbetsgrupp.not_found"


@dataclass(frozen=True)
class ListGroups:
    """Every working group of the council."""


@dataclass(frozen=True)
class ShowGroup:
    group_id: int


@dataclass(frozen=True)
class CreateGroup:
    """Set up as a stormöte decided: on its point `point_id`, or at meeting `meeting_id`."""

    name: str
    point_id: int | None
    meeting_id: int | None
    ends_on: date
    mandate: str


@dataclass(frozen=True)
class AddMembers:
    group_id: int
    people: tuple[PersonRef, ...]


@dataclass(frozen=True)
class RemoveMember:
    group_id: int
    person: PersonRef


@dataclass(frozen=True)
class SetConvenor:
    group_id: int
    person: PersonRef


@dataclass(frozen=True)
class PlanMeeting:
    group_id: int
    when: When
    place: str | None


@dataclass(frozen=True)
class ExtendGroup:
    """More time, as the stormöte decided: a new end date."""

    group_id: int
    ends_on: date


@dataclass(frozen=True)
class CloseGroup:
    group_id: int
    outcome: str


# What the working groups' service answers (bot.councils.working_groups), all but planning a
# meeting, which /mote's service does.
GroupRequest = (
    ListGroups
    | ShowGroup
    | CreateGroup
    | AddMembers
    | RemoveMember
    | SetConvenor
    | ExtendGroup
    | CloseGroup
)
ArbetsgruppRequest = (
    Help
    | ListGroups
    | ShowGroup
    | CreateGroup
    | AddMembers
    | RemoveMember
    | SetConvenor
    | PlanMeeting
    | ExtendGroup
    | CloseGroup
)

# "punkt 12", "punkt nr 12", "möte 3": the decision a group is set up from.
DECISION = re.compile(r"(?:^|\s)(punkt|point|möte|mote|meeting)\s+(?:nr\.?\s*)?(\d+)(?=\s|$)", re.I)
# "till 30 april", "slutdatum 2027-04-30": its end date.
ENDS = re.compile(r"^(?:till|t\.?o\.?m\.?|slutdatum|slut|until|ends?)\s+", re.I)
MANDATE = re.compile(r"\s(?:mandat|mandate|uppdrag)\s*:?\s+", re.I)
REMOVE_WORDS = ("ta bort", "bort", "remove")


def parse(text: str, person: PersonReader, *, now: datetime, zone: ZoneInfo) -> ArbetsgruppRequest:
    """What `/arbetsgrupp <text>` asks for; UserError (or WhenError) saying what would work."""
    typed, rest = split_word(check_length(text))
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if word in ("", "visa", "lista"):
        if not rest:
            return ListGroups()
        return ShowGroup(_number(rest, "arbetsgrupp.show.usage")[0])
    if is_number(word.lstrip("#")) and word.lstrip("#"):
        return ShowGroup(_number(text, "arbetsgrupp.show.usage")[0])
    if word == "skapa":
        return _create(rest, now=now, zone=zone)
    if word in ("ledamot", "ledamoter"):
        number, rest = _number(rest, "arbetsgrupp.member.usage")
        removal = next((w for w in REMOVE_WORDS if fold(rest).startswith(w + " ")), None)
        if removal is not None:
            who, after = _take(rest[len(removal) :], person, "arbetsgrupp.member.usage")
            if after:
                raise UserError("arbetsgrupp.member.usage")
            return RemoveMember(number, who)
        return AddMembers(number, _people(rest, person))
    if word == "sammankallande":
        number, rest = _number(rest, "arbetsgrupp.convenor.usage")
        who, after = _take(rest, person, "arbetsgrupp.convenor.usage")
        if after:
            raise UserError("arbetsgrupp.convenor.usage")
        return SetConvenor(number, who)
    if word == "mote":
        number, rest = _number(rest, "arbetsgrupp.meeting.usage")
        if not rest:
            raise UserError("arbetsgrupp.meeting.usage")
        at, place = when_and_place(rest, lambda phrase: parse_when(phrase, now=now, tz=zone))
        return PlanMeeting(number, at, place)
    if word == "forlang":
        number, rest = _number(rest, "arbetsgrupp.extend.usage")
        ends = ENDS.match(rest)
        phrase = rest[ends.end() :] if ends else rest
        if not phrase.strip():
            raise UserError("arbetsgrupp.extend.usage")
        return ExtendGroup(number, _day(phrase.strip(), now=now, zone=zone))
    if word == "stang":
        number, outcome = _number(rest, "arbetsgrupp.close.usage")
        if not outcome.strip():
            raise UserError("arbetsgrupp.close.usage")
        return CloseGroup(number, outcome.strip())
    raise UserError("arbetsgrupp.usage")


def _number(text: str, usage: str) -> tuple[int, str]:
    """A leading group number ("3", "nr 3", "#3") and the words after it."""
    first, rest = split_word(text)
    if fold(first) in ("nr", "nr."):
        first, rest = split_word(rest)
    digits = first.lstrip("#")
    if not is_number(digits):
        raise UserError(usage)
    return record_id(digits, not_found=NOT_FOUND), rest


def _take(text: str, person: PersonReader, usage: str) -> tuple[PersonRef, str]:
    """The person the text begins with, mentioned or by their email address (a member
    reached by email has no account to mention), and the rest."""
    first, rest = split_word(text)
    if is_email(first):
        return PersonRef("", address=first), rest
    return take_person(text, person, usage_key=usage)


def _people(text: str, person: PersonReader) -> tuple[PersonRef, ...]:
    """One or more people, one after the other ("@Anna @Lina", also with "och" or commas)."""
    found: list[PersonRef] = []
    rest = text.strip()
    while rest:
        who, rest = _take(rest, person, "arbetsgrupp.member.usage")
        found.append(who)
        rest = rest.strip().lstrip(",").strip()
        if fold(rest[:4]) in ("och ", "and "):
            rest = rest[4:].strip()
    if not found:
        raise UserError("arbetsgrupp.member.usage")
    return tuple(found)


def _create(text: str, *, now: datetime, zone: ZoneInfo) -> CreateGroup:
    """`<namn> punkt <nr> till <datum> mandat <text>` (or `möte <nr>` for the point)."""
    head, mandate = _split_mandate(text)
    decision = DECISION.search(head)
    if decision is None:
        raise UserError("arbetsgrupp.create.usage")
    name = head[: decision.start()].strip().strip("\"'”“")
    if not name:
        raise UserError("arbetsgrupp.create.usage")
    number = record_id(decision.group(2), not_found="arbetsgrupp.point_not_found")
    point = fold(decision.group(1)) in ("punkt", "point")
    after = head[decision.end() :].strip()
    ends = ENDS.match(after)
    if ends is None or not after[ends.end() :].strip():
        raise UserError("arbetsgrupp.create.need_end")
    return CreateGroup(
        name=name,
        point_id=number if point else None,
        meeting_id=None if point else number,
        ends_on=_day(after[ends.end() :].strip(), now=now, zone=zone),
        mandate=mandate,
    )


def _split_mandate(text: str) -> tuple[str, str]:
    found = MANDATE.search(f" {text}")
    if found is None:
        raise UserError("arbetsgrupp.create.need_mandate")
    padded = f" {text}"
    return padded[: found.start()].strip(), padded[found.end() :].strip()


def _day(text: str, *, now: datetime, zone: ZoneInfo) -> date:
    try:
        return parse_when(text, now=now, tz=zone).start.date()
    except WhenError as err:
        raise UserError("arbetsgrupp.create.bad_end", date=text) from err
