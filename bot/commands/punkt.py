"""`/punkt` and a point written in a message (`punkt: …`): what the words ask for.

`/punkt Rubrik: beskrivning` sends a point, `/punkt förmöte …` one for the förmöte, and
`/punkt återta|avslå|flytta|behandlad|ta med|godkänn|övriga <nr> …` changes one, `/punkt
vidare <nr> till <vem> senast <datum>` sends one on and `/punkt svar <nr> <svaret>` records
the answer; no text opens the form. A first word that looks like a subcommand followed by a
number is refused with what would work, so a misremembered `återkalla 10` never becomes a
point titled so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from enum import StrEnum

from bot.commands.grammar import (
    check_length,
    fold,
    is_number,
    parse_day,
    record_id,
    split_word,
)
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError

COMMAND = "/punkt"


class Change(StrEnum):
    """What a subcommand does to a point; the value is the word in `punkt.change_usage`."""

    WITHDRAW = "withdraw"
    REJECT = "reject"
    MOVE = "move"
    HANDLE = "handle"
    TAKE = "take"
    OVRIGA = "ovriga"
    SEND_ON = "send_on"
    ANSWER = "answer"


# Subcommands that change a point, by the folded word people type.
CHANGES = {
    "aterta": Change.WITHDRAW,
    "avsla": Change.REJECT,
    "flytta": Change.MOVE,
    "behandlad": Change.HANDLE,
    "ta": Change.TAKE,
    "godkann": Change.TAKE,
    "ovriga": Change.OVRIGA,
    "vidare": Change.SEND_ON,
    "skicka": Change.SEND_ON,  # "skicka vidare 12"
    "svar": Change.ANSWER,
}
# The subcommands as written in help, by folded form, to suggest when a typed word is close.
SUBCOMMANDS = {
    "aterta": "återta",
    "avsla": "avslå",
    "flytta": "flytta",
    "behandlad": "behandlad",
    "ta med": "ta med",
    "godkann": "godkänn",
    "ovriga": "övriga",
    "vidare": "vidare",
    "skicka vidare": "skicka vidare",
    "svar": "svar",
}
# Words people use for a subcommand they half remember, folded, and the one they meant.
MEANT = {
    "aterkalla": "återta",
    "ta bort": "återta",
    "ta tillbaka": "återta",
    "dra tillbaka": "återta",
    "radera": "återta",
    "stryk": "återta",
    "angra": "återta",
    "withdraw": "återta",
    "remove": "återta",
    "delete": "återta",
    "neka": "avslå",
    "avvisa": "avslå",
    "reject": "avslå",
    "skjut": "flytta",
    "move": "flytta",
    "klar": "behandlad",
    "klart": "behandlad",
    "handled": "behandlad",
    "done": "behandlad",
    "ta": "ta med",
    "take": "ta med",
}
# Verbs with no subcommand of their own: followed by a number they are a command, not a
# title ("Fråga 3" is a title; "avboka 3" is not).
VERBS = frozenset(
    {"avboka", "annullera", "andra", "redigera", "visa", "oppna", "stang", "kopiera", "byt"}
    | {"edit", "show", "cancel", "change", "open", "close"}
)
CLOSE_ENOUGH = 0.75  # difflib ratio: "flyta", "behandla", "atreta" yes; "fika" no


@dataclass(frozen=True)
class OpenForm:
    """No words: the person fills in the point's form."""


@dataclass(frozen=True)
class NewPoint:
    """A point to send, as written ("Rubrik: beskrivning"); `split_point` gives its title and
    description once the adapter has named the people in it."""

    text: str
    formote: bool


@dataclass(frozen=True)
class ChangePoint:
    """A change to point `point_id`: `note` is a reason (avslå) or an outcome (behandlad);
    `to_meeting_id` the meeting a point is moved to (none: the next one); `sent_to` and
    `answer_by` where a point is sent on and by when it should be answered; `note` the
    answer (svar)."""

    change: Change
    point_id: int
    note: str = ""
    to_meeting_id: int | None = None
    # vidare: to whom, and the day an answer is asked for
    sent_to: str = ""
    answer_by: date | None = None


PunktRequest = Help | OpenForm | NewPoint | ChangePoint


def parse(text: str) -> PunktRequest:
    """What `/punkt <text>` asks for; UserError when the words cannot be what was meant."""
    text = check_length(text)
    if not text.strip():
        return OpenForm()
    typed, rest = split_word(text)
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if word in CHANGES and _starts_with_number(rest, word):
        return _change(CHANGES[word], rest)
    formote = word == "formote"
    if not formote and ":" not in text:  # a colon always means "this is a title"
        _refuse_subcommand_lookalike(text)
    return NewPoint(rest if formote else text, formote=formote)


def split_point(text: str) -> tuple[str, str | None]:
    """ "Rubrik: beskrivning" → ("Rubrik", "beskrivning"); without a colon all is the title.
    Only a colon of the text's own counts: not one inside `<…>` (a link or a person, as the
    adapter wrote them), nor the one of a bare `https://`."""
    at = _title_colon(text)
    if at is None:
        return text.strip(), None
    return text[:at].strip(), text[at + 1 :].strip() or None


_POINT = re.compile(
    r"^\s*(?:(?:ny|new)\s+)?(?:punkt|point|agenda\s+(?:point|item))"
    r"(?P<separator>\s*[:\-–—]|\s)\s*(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def point_text(text: str, *, addressed: bool) -> str | None:
    """The point (title and optional ": description") a message gives, or None when it gives
    none. `addressed`: written to the bot, not among people in the channel, where only a
    message that clearly gives a point is one: "punkt: Tolk vid besök", "Punkt - Tolk vid
    besök", or "punkt Tolk vid besök" with the title's capital; "punkt 3 var bra" or "punkt
    för punkt" is conversation."""
    match = _POINT.match(text)
    if match is None:
        return None
    body = match["text"].strip()
    first = body.split()[0].rstrip(".:,")
    if is_number(first.split(".")[0]) or fold(first) == "nr":
        return None  # "punkt 3" is an agenda item (a minutes line), not a new point
    if match["separator"].strip() or addressed or body[0].isupper():
        return body
    return None


def _title_colon(text: str) -> int | None:
    inside = 0
    for at, char in enumerate(text):
        if char == "<":
            inside += 1
        elif char == ">" and inside:
            inside -= 1
        elif char == ":" and not inside and not text.startswith("//", at + 1):
            return at
    return None


def _refuse_subcommand_lookalike(text: str) -> None:
    """A first word that looks like a subcommand is not a point: "återkalla 10" is a
    misremembered `återta 10`, and "avboka 10" is a verb and a number, no title either.
    The answer says what would work, and how to send it as a title."""
    words = text.split()
    if len(words) == 1 and is_number(words[0]):
        raise UserError("punkt.number_only", id=words[0])
    for size in (2, 1):
        head, tail = words[:size], words[size:]
        if len(head) < size or not tail or not is_number(tail[0]):
            continue
        key = " ".join(fold(w) for w in head)
        close = get_close_matches(key, SUBCOMMANDS, n=1, cutoff=CLOSE_ENOUGH)
        meant = MEANT.get(key) or (SUBCOMMANDS[close[0]] if close else None)
        if meant is not None:
            suggestion = " ".join([meant, *tail])
            raise UserError("punkt.did_you_mean", suggestion=suggestion, title=text)
    if len(words) == 2 and is_number(words[1]) and fold(words[0]) in VERBS:
        raise UserError("punkt.unknown_word", word=words[0], title=text)


def _starts_with_number(rest: str, word: str) -> bool:
    """ "flytta 12" changes point 12; "flytta lokalen" is the title of a new point."""
    first = rest.split(None, 1)[0] if rest else ""
    if word in ("ta", "skicka"):  # "ta med 12", "skicka vidare 12"
        parts = rest.split()
        second = {"ta": "med", "skicka": "vidare"}[word]
        return len(parts) >= 2 and fold(parts[0]) == second and is_number(parts[1])
    return is_number(first) or not rest


def _change(change: Change, rest: str) -> ChangePoint:
    words = rest.split(None, 1)
    if len(words) == 2 and fold(words[0]) in ("med", "vidare"):  # "ta med 12", "skicka vidare 12"
        rest = words[1]
    number, _, tail = rest.partition(" ")
    if not is_number(number):
        raise UserError("punkt.change_usage", word=change.value)
    point_id = record_id(number, not_found="punkt.not_found")
    tail = tail.strip()
    if change is Change.SEND_ON:
        return _send_on(point_id, tail)
    if change is not Change.MOVE:
        return ChangePoint(change, point_id, note=tail)
    target = fold(tail).removeprefix("till").strip().removeprefix("nr").strip()
    if target and not is_number(target):
        raise UserError("punkt.change_usage", word=change.value)
    to_meeting = record_id(target, not_found="mote.not_found") if target else None
    return ChangePoint(change, point_id, to_meeting_id=to_meeting)


# "till verksamhetschefen senast 2027-01-15": whom, then the day after the last "senast".
_SENT_ON = re.compile(r"(?:till\s+)?(?P<to>.+?)\s+(?:senast|svar senast)\s+(?P<day>[^\s].*)", re.I)


def _send_on(point_id: int, tail: str) -> ChangePoint:
    found = _SENT_ON.fullmatch(tail)
    if found is None:
        raise UserError("punkt.send_on.usage")
    day = parse_day(found["day"].strip(), "punkt.send_on.bad_date")
    return ChangePoint(Change.SEND_ON, point_id, sent_to=found["to"].strip(), answer_by=day)
