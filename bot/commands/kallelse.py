"""`/kallelse`: preview and send the summons; its texts, documents, glossary, email addresses.

Texts are the council's defaults for one kind of meeting: the stormöte's unless a kind leads
(`/kallelse förmöte paus …`, `/kallelse arbetsgrupp fika …`); with a meeting's number first
(`/kallelse 12 förberedelse …`) they are for that meeting only. Previews and documents are
for one meeting: the next stormöte, the next förmöte with `förmöte`, or the one numbered.

People, links and email addresses are written the adapter's way, so the adapter reads them:
`person` (bot.commands.people), `link` (a link the words begin with) and `addresses` (the
words with each address written out plainly).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.commands.grammar import (
    EMAIL_WORDS,
    check_length,
    fold,
    meeting_kind,
    meeting_number,
    split_word,
)
from bot.commands.help import HELP_WORDS, Help
from bot.commands.people import PersonReader, PersonRef, take_person
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind
from bot.kallelse.content import PEOPLE_FIELDS, Field

COMMAND = "/kallelse"
# The words people type (folded) for each text; "leds av" is read as "leds".
FIELDS = {
    "syfte": Field.PURPOSE,
    "leds": Field.LEADER,
    "ledare": Field.LEADER,
    "kontakt": Field.CONTACT,
    "kontaktperson": Field.CONTACT,
    "paus": Field.BREAKS,
    "pauser": Field.BREAKS,
    "fika": Field.FOOD,
    "mat": Field.FOOD,
    "forberedelse": Field.PREPARATION,
    "forberedelser": Field.PREPARATION,
}
COUNCIL_WIDE = frozenset({"forkortning", "forkortningar"}) | EMAIL_WORDS
TERM = re.compile(r"(?P<abbreviation>[^\s=:]+)\s*[=:]?\s*(?P<meaning>.*)", re.DOTALL)

# A link the words begin with: its address, the label written with it, and the words after.
LinkReader = Callable[[str], tuple[str, str | None, str] | None]


@dataclass(frozen=True)
class Meeting:
    """The meeting numbered, or the next of `kind` (the stormöte when none is given)."""

    meeting_id: int | None = None
    kind: MeetingKind | None = None

    @property
    def formote(self) -> bool:
        return self.kind == MeetingKind.FORMOTE


@dataclass(frozen=True)
class SetText:
    """A text of the kallelse; `value` None clears it. `word` as typed, for the answer."""

    field: Field
    value: str | None
    meeting: Meeting
    word: str


@dataclass(frozen=True)
class Preview:
    meeting: Meeting


@dataclass(frozen=True)
class Status:
    """Who the kallelse reached, and how."""

    meeting: Meeting


@dataclass(frozen=True)
class AddDocument:
    url: str
    title: str | None
    meeting: Meeting


@dataclass(frozen=True)
class Glossary:
    """The council's abbreviations."""


@dataclass(frozen=True)
class SetTerm:
    """An abbreviation and its meaning; `meaning` None removes it."""

    abbreviation: str
    meaning: str | None


@dataclass(frozen=True)
class SetEmail:
    """The address the kallelse is emailed to (None: none), one's own or `person`'s."""

    address: str | None
    person: PersonRef | None


@dataclass(frozen=True)
class InviteGuest:
    """`[nr] gäst <person>`: someone who is no member, invited to this meeting only."""

    person: PersonRef
    meeting: Meeting


KallelseRequest = (
    Help | SetText | Preview | Status | AddDocument | Glossary | SetTerm | SetEmail | InviteGuest
)


def parse(
    text: str, *, person: PersonReader, link: LinkReader, addresses: Callable[[str], str]
) -> KallelseRequest:
    """What `/kallelse <text>` asks for; UserError saying what would work otherwise."""
    word, rest = split_word(check_length(text))
    if fold(word) in HELP_WORDS:
        return Help()
    meeting, word, rest = _meeting(in_swedish(COMMAND, word), rest)
    word = in_swedish(COMMAND, word)
    sub = fold(word)
    if sub in FIELDS:
        field = FIELDS[sub]
        if field == Field.LEADER and fold(split_word(rest)[0]) in ("av", "by"):
            word, rest = f"{word} av", split_word(rest)[1]  # "leds av", also for "led by"
        value = None if _clears(rest) else _field_value(field, rest, person)
        return SetText(field, value, meeting, word)
    if meeting.kind == MeetingKind.ARBETSGRUPP and sub in ("", "underlag"):
        raise UserError("kallelse.arbetsgrupp_number")
    if sub == "":
        return Preview(meeting)
    if sub == "status":
        return Status(meeting)
    if sub == "underlag":
        return AddDocument(*_link(rest, link), meeting)
    if sub in ("gast", "gaster"):
        guest, after = take_person(rest, person, usage_key="kallelse.guest.usage")
        if after:
            raise UserError("kallelse.guest.usage")
        return InviteGuest(guest, meeting)
    if sub in COUNCIL_WIDE and meeting != Meeting():
        raise UserError("kallelse.council_wide", word=word)
    if sub == "forkortningar" or (sub == "forkortning" and not rest):
        return Glossary()
    if sub == "forkortning":
        return _term(rest)
    if sub in EMAIL_WORDS:
        return _email(rest, person, addresses)
    raise UserError("error.unknown_subcommand", word=word, command=COMMAND)


def _typed(text: str) -> str:
    """Free text as the person typed it (the chat adapter decoded its escaping once)."""
    return text.strip()


def _clears(text: str) -> bool:
    return fold(" ".join(text.split())) == "ta bort"


def _meeting(word: str, rest: str) -> tuple[Meeting, str, str]:
    """A leading meeting (`12`, `nr 12`) or kind (`förmöte`); returns it and the words after."""
    kind, tail = meeting_kind(f"{word} {rest}")
    if kind is not None:
        return Meeting(kind=kind), *split_word(tail)
    number, tail = meeting_number(f"{word} {rest}", usage="kallelse.usage")
    if number is None:
        return Meeting(), word, rest
    return Meeting(meeting_id=number), *split_word(tail)


def _field_value(field: Field, rest: str, person: PersonReader) -> str:
    usage = f"kallelse.usage.{field.value}"
    if field in PEOPLE_FIELDS:
        named, after = take_person(rest, person, usage_key=usage)
        if after:
            raise UserError(usage)
        return named.account
    if not rest:
        raise UserError(usage)
    return _typed(rest)


def _link(rest: str, link: LinkReader) -> tuple[str, str | None]:
    """The document's link and title: a link with an optional label and title after it, or
    an address typed plainly and a title."""
    found = link(rest)
    if found is not None:
        url, label, after = found
        title = after.strip() or label
        return url, _typed(title) if title else None
    url, _, title = rest.partition(" ")
    if not url:
        raise UserError("kallelse.document.usage")
    return _typed(url), _typed(title) or None


def _term(rest: str) -> SetTerm:
    found = TERM.fullmatch(_typed(rest))
    if found is None or not found["meaning"].strip():
        raise UserError("kallelse.term.usage")
    removing = _clears(found["meaning"])
    return SetTerm(found["abbreviation"], None if removing else found["meaning"])


def _email(rest: str, person: PersonReader, addresses: Callable[[str], str]) -> SetEmail:
    for_person = None
    if named := person(rest):
        for_person, rest = named
    if not rest:
        raise UserError("kallelse.email.usage")
    removing = _clears(rest)
    return SetEmail(None if removing else addresses(rest).strip(), for_person)
