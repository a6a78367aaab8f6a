"""The words of /paminnelser: kinds, hours ("9-18"), weekdays ("mån-fre"), days before."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.commands.grammar import fold, is_number
from bot.core.errors import UserError
from bot.core.when import SV_WEEKDAYS
from bot.reminders.kinds import MAX_DAYS_BEFORE, ReminderKind
from bot.reminders.preferences import ALL_DAYS, Change, Preferences

# Singular, plural and everyday words for each kind, as typed (folded when compared).
_KIND_WORDS: dict[str, ReminderKind] = {
    fold(word): kind
    for kind, words in {
        ReminderKind.PUNKT: ("punkt", "punkter", "dagordning"),
        ReminderKind.KALLELSE: ("kallelse", "kallelser"),
        ReminderKind.HANDLINGAR: ("handlingar", "underlag", "läsa"),
        ReminderKind.SVAR: ("svar", "svara", "anmälan"),
        ReminderKind.MOTESDAG: ("mötesdag", "mötesdagar", "möte", "möten"),
        ReminderKind.PROTOKOLL: ("protokoll",),
        ReminderKind.JUSTERING: ("justering", "justera"),
        ReminderKind.FORSENAT: ("försenat", "försenad", "försenade"),
        ReminderKind.ATGARD: ("åtgärd", "åtgärder"),
    }.items()
    for word in words
}
# How the kinds are listed to people (the catalogue joins them: "a, b och c").
KIND_NAMES = [kind.value for kind in ReminderKind]
# "måndag" and "mån", …; "tors" too, as people write it.
_DAY_WORDS: dict[str, int] = {fold(name): i for i, name in enumerate(SV_WEEKDAYS)}
_DAY_WORDS |= {fold(name)[:3]: i for i, name in enumerate(SV_WEEKDAYS)} | {"tors": 3}
_DAY_GROUPS: dict[str, frozenset[int]] = {
    "alla": ALL_DAYS,
    "vardagar": frozenset(range(5)),
    "helger": frozenset({5, 6}),
}
_HOURS = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:[.:]00)?\s*-\s*(\d{1,2})(?:[.:]00)?$")
_ITEMS = re.compile(r"[\s,]+")


def _items(text: str) -> list[str]:
    return [w for w in _ITEMS.split(fold(text).replace("–", "-")) if w and w != "och"]


def parse_kinds(text: str) -> frozenset[ReminderKind]:
    words = _items(text)
    if not words:
        raise UserError("paminnelser.need_kind", kinds=KIND_NAMES)
    if words == ["alla"]:
        return frozenset(ReminderKind)
    unknown = [w for w in words if w not in _KIND_WORDS]
    if unknown:
        raise UserError("paminnelser.unknown_kind", word=unknown[0], kinds=KIND_NAMES)
    return frozenset(_KIND_WORDS[w] for w in words)


def parse_hours(text: str) -> tuple[int, int]:
    match = _HOURS.match(fold(text).replace("–", "-").strip())
    if match is None:
        raise UserError("paminnelser.bad_hours", text=text)
    start, end = int(match.group(1)), int(match.group(2))
    if not 0 <= start < end <= 24:
        raise UserError("paminnelser.bad_hours", text=text)
    return start, end


def _day(word: str, text: str) -> int:
    if word not in _DAY_WORDS:
        raise UserError("paminnelser.bad_days", text=text)
    return _DAY_WORDS[word]


def parse_weekdays(text: str) -> frozenset[int]:
    """ "mån-fre", "mån, ons, fre", "fre-mån" (over the weekend), "vardagar", "alla"."""
    days: set[int] = set()
    for item in _items(text):
        if item in _DAY_GROUPS:
            days |= _DAY_GROUPS[item]
            continue
        first, dash, last = item.partition("-")
        start = _day(first, text)
        end = _day(last, text) if dash else start
        days.update((start + i) % 7 for i in range((end - start) % 7 + 1))
    if not days:
        raise UserError("paminnelser.bad_days", text=text)
    return frozenset(days)


def parse_days_before(text: str) -> tuple[int, ...]:
    """The council's days before a date: "5 2" or "5, 2"."""
    words = _items(text)
    if not words or not all(is_number(w) and int(w) <= MAX_DAYS_BEFORE for w in words):
        raise UserError("paminnelser.council.bad_days", text=text, limit=MAX_DAYS_BEFORE)
    return tuple(int(w) for w in words)


def parse_change(typed: str, rest: str) -> Change:
    """A change of one's own preferences from the command's first word and the rest."""
    word = fold(typed)
    if word == "av":
        kinds = parse_kinds(rest)
        return lambda p: replace(p, off=p.off | kinds)
    if word == "pa":
        kinds = parse_kinds(rest)
        return lambda p: replace(p, off=p.off - kinds)
    if word in ("tider", "tid"):
        start, end = parse_hours(rest)
        return lambda p: replace(p, hour_from=start, hour_to=end)
    if word in ("dagar", "dag"):
        days = parse_weekdays(rest)
        return lambda p: replace(p, weekdays=days)
    if word in ("paus", "pausa"):
        return lambda p: replace(p, paused=True)
    if word in ("fortsatt", "igang"):
        return lambda p: replace(p, paused=False)
    if word in ("standard", "aterstall"):
        return lambda p: Preferences()
    raise UserError("paminnelser.unknown", word=typed)
