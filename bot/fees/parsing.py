"""What people type for fees: the council's fee rules, their own pay data, and a period.

"nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000" becomes column values of the
council; "lön 28000 skift ja resa 120" (or "timlön 152,50") values of the person's fee profile;
"november", "2026-11" or "2026" a period. Every word is checked, and a bad one gets an example
that works.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from bot.commands.grammar import fold
from bot.core.errors import UserError
from bot.fees.claims import Expense, Stated
from bot.fees.pay import round_ore

MAX_AMOUNT = 1_000_000
MAX_MONTH_HOURS = 744  # hours in a 31-day month
MAX_HOURLY = 10_000  # kronor an hour
_NUMBER = re.compile(r"^[0-9]+(?:[.,][0-9]+)?$")
_WHOLE = re.compile(r"^[0-9]+$")
_YEAR = re.compile(r"^(?:19|20)[0-9][0-9]$")
_YES = {"ja", "yes", "on"}
_NO = {"nej", "no", "off"}
_NONE = {"inget", "ingen", "nej", "none", "0"}
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4,
    "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

Parser = Callable[[str, str], dict[str, int | bool | None]]


def _kronor(value: str, name: str, *, usage: str) -> int:
    """Whole kronor; "600kr" and "600:-" are read as 600."""
    digits = fold(value).removesuffix("kr").removesuffix(":-")
    if not _WHOLE.match(digits) or int(digits) > MAX_AMOUNT:
        raise UserError("arvode.bad_amount", value=value, name=name, usage=usage)
    return int(digits)


def parse_hours(value: str, name: str, *, limit_hours: int = 24, usage: str) -> int:
    """Hours as typed ("4", "2,5", "1.5") in whole minutes."""
    if not _NUMBER.match(value) or float(value.replace(",", ".")) > limit_hours:
        raise UserError("arvode.bad_hours", value=value, name=name, limit=limit_hours, usage=usage)
    return round(float(value.replace(",", ".")) * 60)


def _yes_no(value: str, name: str, *, usage: str) -> bool:
    word = fold(value)
    if word not in _YES | _NO:
        raise UserError("arvode.bad_yes_no", value=value, name=name, usage=usage)
    return word in _YES


SETTINGS_USAGE = "/arvode inställningar"


def _level(value: str, name: str) -> dict[str, int | bool | None]:
    if value not in ("1", "2", "3"):
        raise UserError("arvode.settings.bad_level", value=value)
    return {"fee_level": int(value)}


def _amount(column: str) -> Parser:
    def parse(value: str, name: str) -> dict[str, int | bool | None]:
        return {column: _kronor(value, name, usage=SETTINGS_USAGE)}

    return parse


def _hours(column: str, limit_hours: int) -> Parser:
    def parse(value: str, name: str) -> dict[str, int | bool | None]:
        return {column: parse_hours(value, name, limit_hours=limit_hours, usage=SETTINGS_USAGE)}

    return parse


def _reading(value: str, name: str) -> dict[str, int | bool | None]:
    """Reading time is no longer a setting: "omfattande inläsning" decides the level the nämnd
    sets (shared/seeds/001 L3831, L3854), not the length of anyone's day; say so."""
    raise UserError("arvode.settings.reading_is_level")


def _cap(value: str, name: str) -> dict[str, int | bool | None]:
    if fold(value) in _NONE:
        return {"fee_income_cap": None}
    return {"fee_income_cap": _kronor(value, name, usage=SETTINGS_USAGE)}


def _month_hours(value: str, name: str) -> dict[str, int | bool | None]:
    if not _WHOLE.match(value) or not 0 < int(value) <= MAX_MONTH_HOURS:
        raise UserError("arvode.settings.bad_month_hours", value=value, limit=MAX_MONTH_HOURS)
    return {"fee_month_hours": int(value)}


# The council's fee rules by the word people type (folded), and the column(s) they set.
SETTINGS: dict[str, Parser] = {
    "niva": _level,
    "halvdag": _amount("fee_half_day"),
    "heldag": _amount("fee_full_day"),
    "grans": _hours("fee_full_day_over_minutes", 24),
    "lasning": _reading,
    "tak": _cap,
    "maxtimmar": _hours("fee_max_day_minutes", 24),
    "manadstimmar": _month_hours,
}

PROFILE_USAGE = "/arvode mina uppgifter"


# Pay is stated from today as a new record (bot.fees.service), not a column of the profile.
PAY_FIELDS = frozenset({"monthly_salary", "hourly_wage"})


def _salary(value: str, name: str) -> dict[str, int | bool | None]:
    """Monthly salary in whole kronor; "inget" stops lost income from today."""
    if fold(value) in _NONE:
        return {"monthly_salary": None}
    return {"monthly_salary": _kronor(value, name, usage=PROFILE_USAGE)}


def _hourly(value: str, name: str) -> dict[str, int | bool | None]:
    """An hourly wage in kronor and öre ("152,50"), kept in öre."""
    if fold(value) in _NONE:
        return {"hourly_wage": None}
    if not _NUMBER.match(value) or float(value.replace(",", ".")) > MAX_HOURLY:
        raise UserError("arvode.bad_amount", value=value, name=name, usage=PROFILE_USAGE)
    return {"hourly_wage": round(float(value.replace(",", ".")) * 100)}


def _shift(value: str, name: str) -> dict[str, int | bool | None]:
    return {"shift_worker": _yes_no(value, name, usage=PROFILE_USAGE)}


def _travel(value: str, name: str) -> dict[str, int | bool | None]:
    if fold(value) in _NONE:
        return {"travel_per_meeting": None}
    return {"travel_per_meeting": _kronor(value, name, usage=PROFILE_USAGE)}


PROFILE: dict[str, Parser] = {
    "lon": _salary,
    "manadslon": _salary,
    "timlon": _hourly,
    "skift": _shift,
    "skiftarbete": _shift,
    "resa": _travel,
    "resor": _travel,
}


def parse_pairs(
    text: str, words: dict[str, Parser], *, usage_key: str, unknown_key: str
) -> dict[str, int | bool | None]:
    """ "halvdag 600 heldag 1000" into column values; every word and value checked."""
    parts = text.split()
    if not parts or len(parts) % 2:
        raise UserError(usage_key)
    changes: dict[str, int | bool | None] = {}
    for name, value in zip(parts[::2], parts[1::2], strict=True):
        parse = words.get(fold(name))
        if parse is None:
            raise UserError(unknown_key, name=name)
        changes |= parse(value, name)
    return changes


def parse_fee_settings(text: str) -> dict[str, int | bool | None]:
    return parse_pairs(
        text, SETTINGS, usage_key="arvode.settings.usage", unknown_key="arvode.settings.unknown"
    )


def parse_profile(text: str) -> dict[str, int | bool | None]:
    return parse_pairs(
        text, PROFILE, usage_key="arvode.profile.usage", unknown_key="arvode.profile.unknown"
    )


def claim_hours(text: str) -> int | None:
    """Hours on a claim ("2,5") in minutes; empty: None (the meeting's own)."""
    text = text.strip()
    if not text:
        return None
    if not _NUMBER.match(text) or float(text.replace(",", ".")) > 24:
        raise UserError("fees.claim.bad_leave")
    return round(float(text.replace(",", ".")) * 60)


def claim_ore(text: str) -> int:
    """Kronor on a claim ("54", "54,50", "54 kr") in öre; empty: 0."""
    digits = fold(text).replace(" ", "").removesuffix("kr").removesuffix(":-")
    if not digits:
        return 0
    if not _NUMBER.match(digits) or float(digits.replace(",", ".")) > MAX_AMOUNT:
        raise UserError("fees.claim.bad_amount")
    return round_ore(Decimal(digits.replace(",", ".")) * 100)


# Each of a claim's typed fields and how it is read (a form's fields by these names).
_CLAIM_READERS: dict[str, Callable[[str], int | None]] = {
    "leave": claim_hours,
    "travel": claim_ore,
    "expense": claim_ore,
}
YES = "ja"


def claim_field_errors(fields: Mapping[str, str]) -> dict[str, UserError]:
    """What is wrong with a claim's typed fields, by field (a form shows each at its field)."""
    wrong = {}
    for name, read in _CLAIM_READERS.items():
        try:
            read(fields.get(name, ""))
        except UserError as err:
            wrong[name] = err
    return wrong


def claim_stated(fields: Mapping[str, str]) -> Stated:
    """What the member states on a claim, from a form's fields (the member page's, a chat's);
    UserError saying what would work otherwise."""
    expense = claim_ore(fields.get("expense", ""))
    note = fields.get("expense_note", "").strip()
    return Stated(
        salary_deduction=fields.get("deduction") == YES,
        leave_minutes=claim_hours(fields.get("leave", "")),
        travel=claim_ore(fields.get("travel", "")),
        expenses=(Expense(expense, note),) if expense else (),
        employer_certificate=fields.get("employer") == YES,
    )


@dataclass(frozen=True)
class Period:
    """A calendar month or year in the council's zone: [start, end)."""

    start: datetime
    end: datetime
    year: int
    month: int | None


def month_period(year: int, month: int, zone: ZoneInfo) -> Period:
    after = date(year + month // 12, month % 12 + 1, 1)
    return Period(
        datetime.combine(date(year, month, 1), time(0), tzinfo=zone),
        datetime.combine(after, time(0), tzinfo=zone),
        year,
        month,
    )


def year_period(year: int, zone: ZoneInfo) -> Period:
    return Period(
        datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone), year, None
    )


def parse_period(text: str, *, now: datetime, zone: ZoneInfo) -> Period:
    """ "" (this month), "november" (the latest November that has begun), "november 2026",
    "2026-11" or "2026"."""
    today = now.astimezone(zone).date()
    words = fold(text).replace("-", " ").split()
    if not words:
        return month_period(today.year, today.month, zone)
    if len(words) == 1 and _YEAR.match(words[0]):
        return year_period(int(words[0]), zone)
    if len(words) == 2 and _YEAR.match(words[0]) and _WHOLE.match(words[1]):
        year, month = int(words[0]), int(words[1])
        if 1 <= month <= 12:
            return month_period(year, month, zone)
    month_word = _MONTHS.get(words[0])
    if month_word is not None and len(words) <= 2:
        if len(words) == 2:
            if _YEAR.match(words[1]):
                return month_period(int(words[1]), month_word, zone)
        else:
            year = today.year if month_word <= today.month else today.year - 1
            return month_period(year, month_word, zone)
    raise UserError("arvode.period.not_understood", text=text)
