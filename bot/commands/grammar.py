"""Small pieces of command grammar shared by the commands: words, numbers, roles, a time and
a place. Neutral text: whatever a platform writes its own way, its adapter reads first."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind, Role
from bot.core.when import SV_MONTHS, When, WhenError

MAX_TEXT = 2000
MAX_ID = 2**31 - 1  # record ids are database integers (PostgreSQL INTEGER): none is larger


def fold(word: str) -> str:
    """Lower case without diacritics, so 'Ersattare' and 'ersättare' are the same word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A kind of meeting as typed, folded, one or many ("förmöte", "förmöten").
KIND_WORDS = {
    "stormote": MeetingKind.STORMOTE,
    "stormoten": MeetingKind.STORMOTE,
    "formote": MeetingKind.FORMOTE,
    "formoten": MeetingKind.FORMOTE,
    "arbetsgrupp": MeetingKind.ARBETSGRUPP,
    "arbetsgrupper": MeetingKind.ARBETSGRUPP,
}


def meeting_kind(text: str) -> tuple[MeetingKind | None, str]:
    """A leading kind of meeting and the words after it; (None, text) when none leads."""
    first, rest = split_word(text)
    kind = KIND_WORDS.get(fold(first))
    return (kind, rest) if kind else (None, text)


def is_number(word: str) -> bool:
    """Only the digits 0-9: a number as people type it (str.isdigit also takes '²')."""
    return word.isascii() and word.isdigit()


def record_id(digits: str, *, not_found: str) -> int:
    """A typed id (is_number); one larger than any id can be names nothing, and is refused
    the way a missing one is: UserError(not_found, id=digits)."""
    number = int(digits)
    if number > MAX_ID:
        raise UserError(not_found, id=digits)
    return number


NUMBERED = re.compile(r"nr\.?([0-9]+)")


def meeting_number(
    text: str, *, usage: str, bare: bool = True, not_found: str = "mote.not_found"
) -> tuple[int | None, str]:
    """A leading meeting number and the words after it: "nr 3", "nr. 3", "nr3", and a bare
    "3" unless another number may follow (`bare=False`). (None, text) when none leads;
    UserError(usage) for "nr" with no number after it."""
    first, rest = split_word(text)
    word = fold(first)
    if word in ("nr", "nr."):
        digits, rest = split_word(rest)
        if not is_number(digits):
            raise UserError(usage)
        return record_id(digits, not_found=not_found), rest
    numbered = NUMBERED.fullmatch(word)
    if numbered or (bare and is_number(word)):
        digits = numbered.group(1) if numbered else word
        return record_id(digits, not_found=not_found), rest
    return None, text


# An email address as people type it, and the words that say one follows.
EMAIL = re.compile(r"[^@\s<>|\"]+@[^@\s<>|\".]+(?:\.[^@\s<>|\".]+)+")
MAX_EMAIL = 320
EMAIL_WORDS = frozenset({"e-post", "epost", "mejl", "mail"})


def is_email(text: str) -> bool:
    return len(text) <= MAX_EMAIL and EMAIL.fullmatch(text) is not None


def split_word(text: str) -> tuple[str, str]:
    """The first word as typed and the rest, stripped; compare the word with fold()."""
    parts = text.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1].strip() if len(parts) > 1 else ""


_ROLES = {fold(role.value): role for role in Role} | {
    # The other words people use for a role, Swedish and English (see shared/domain.md).
    fold(word): role
    for role, words in {
        Role.VERKSAMHET: (
            "verksamhetsföreträdare", "verksamhetsrepresentant", "verksamheten", "enhetschef",
            "unit",
        ),
        Role.ORDFORANDE: ("ordf", "ordf.", "chair", "chairperson"),
        Role.SEKRETERARE: ("sekr", "sekr.", "secretary"),
        Role.JUSTERARE: ("justeringsperson", "adjuster"),
        Role.LEDAMOT: ("member", "representant"),
        Role.ERSATTARE: ("suppleant", "substitute", "deputy"),
    }.items()
    for word in words
}  # fmt: skip


def parse_role(word: str) -> Role:
    role = _ROLES.get(fold(word))
    if role is None:
        raise UserError(
            "brukarrad.member.unknown_role",
            role=word,
            roles=", ".join(r.value for r in Role),
        )
    return role


def check_length(text: str, limit: int = MAX_TEXT) -> str:
    if len(text) > limit:
        raise UserError("error.too_long", length=len(text), limit=limit)
    return text


_PLACE_WORD = re.compile(r"\s(?:i|på)\s", re.IGNORECASE)
# What follows "i" or "på" inside a time: "kl 2 på eftermiddagen", "onsdag i vecka 51".
_TIME_AFTER = re.compile(
    r"(?:(?:efter|för)middag(?:en)?|morgon(?:en)?|övermorgon|kväll(?:en)?|veckan?|nästa)\b",
    re.IGNORECASE,
)
MAX_PLACE = 500


def web_link(text: str) -> str:
    """A link as people type it: "www.example.org/x.pdf" means https://www.example.org/x.pdf."""
    return f"https://{text}" if text[:4].casefold() == "www." else text


def when_and_place(text: str, parse: Callable[[str], When]) -> tuple[When, str | None]:
    """Split "torsdag kl 13 i Stora salen" into a time and a place.

    "i" and "på" also occur inside times ("i morgon", "på torsdag"), so each split point is
    tried from the left and the first whose left side reads as a time wins. One followed by
    a word of time ("på eftermiddagen", "i vecka 51") is tried only after the whole text.
    """
    text = " ".join(text.split())
    splits = list(_PLACE_WORD.finditer(text))
    in_time = [m for m in splits if _TIME_AFTER.match(text, m.end())]
    first_error: WhenError | None = None
    for match in [*(m for m in splits if m not in in_time), None, *in_time]:
        head, place = (text, "") if match is None else (text[: match.start()], text[match.end() :])
        if not head.strip() or (match is not None and not place.strip()):
            continue
        try:
            return parse(head.strip()), check_length(place.strip(), MAX_PLACE) or None
        except WhenError as err:
            first_error = first_error or err
    raise first_error or WhenError("empty")


def parse_settings(text: str, names: dict[str, str], limit: int) -> dict[str, int]:
    """ "punkter 10 kallelse 7" into {"punkter": 10, "kallelse": 7}; every word checked."""
    words = text.split()
    if not words or len(words) % 2:
        raise UserError("settings.usage")
    changes: dict[str, int] = {}
    for name, value in zip(words[::2], words[1::2], strict=True):
        key = fold(name)
        if key not in names:
            raise UserError("settings.unknown", name=name)
        if not is_number(value) or int(value) > limit:
            raise UserError("settings.bad_value", value=value, name=key, limit=limit)
        changes[key] = int(value)
    return changes


# 2026-03-12, or 12 mars 2026 as a secretary writes it in the minutes.
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SPELLED_DAY = re.compile(rf"(\d{{1,2}})\s+({'|'.join(SV_MONTHS)})\s+(\d{{4}})", re.IGNORECASE)


def parse_day(typed: str, error_key: str) -> date:
    """A calendar date as people write one; UserError `error_key` (with the `date` typed,
    and an example) otherwise."""
    iso, spelled = _ISO_DAY.fullmatch(typed), _SPELLED_DAY.fullmatch(" ".join(typed.split()))
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if spelled:
            month = SV_MONTHS.index(spelled.group(2).casefold()) + 1
            return date(int(spelled.group(3)), month, int(spelled.group(1)))
    except ValueError:
        pass  # no such day (2026-02-30)
    raise UserError(error_key, date=typed)
