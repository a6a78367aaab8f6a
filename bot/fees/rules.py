"""The fee basis (arvodesunderlag): pure rules over the register and the council's settings.

No database and no amounts of its own: every amount and limit is a `FeeSettings` field
(shared/domain.md, "Remuneration"). Durations are whole minutes and money is Decimal kronor,
rounded to öre only in the final amounts, so nothing is rounded twice.

The rules, per person and local day, across all their councils:
- Level 1 pays one day fee a day: the day's meetings (with reading time, where it counts)
  together decide half or full day, and the day's first such meeting carries it. So there is
  never more than one full-day fee a day, however many councils met.
- Levels 1 and 2 pay lost income: the hourly rate of the pay valid that day (monthly salary /
  month hours, or hourly wage, in öre), capped at the cap / month hours, per hour of meeting,
  at most `max_day` minutes a day in total unless the person works shifts; and travel as the
  person entered it, for meetings they went to (remote ones have no journey).
- Level 3 pays nothing. Remote participation is otherwise paid like physical.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum, StrEnum
from itertools import groupby

from bot.fees.pay import Pay, amount_for, pay_on, round_ore


class FeeLevel(IntEnum):
    FULL = 1  # day fee, lost income and travel
    REDUCED = 2  # lost income and travel
    NONE = 3  # nothing


class DayFee(StrEnum):
    FULL = "heldag"
    HALF = "halvdag"
    NONE = "inget"


class FeeNote(StrEnum):
    """Why a line is not what its meeting alone would give; the values are catalogue keys."""

    DAY_FEE_ELSEWHERE = "fees.note.day_fee_elsewhere"
    DAY_LIMIT = "fees.note.day_limit"
    NO_END = "fees.note.no_end"
    UNPAID_LEVEL = "fees.note.unpaid_level"


@dataclass(frozen=True)
class FeeSettings:
    level: FeeLevel
    half_day: int  # kronor
    full_day: int  # kronor
    full_day_over: int  # minutes: a longer day is a full day
    reading_counts: bool
    reading_default: int  # minutes per meeting for whoever has read the documents
    income_cap: int | None  # monthly amount capping the salary; None: no cap set
    max_day: int  # minutes of lost income a day, unless a shift worker
    month_hours: int  # monthly salary / month_hours = hourly pay


@dataclass(frozen=True)
class FeeProfile:
    pay: tuple[Pay, ...] = ()  # as stated over time (bot.fees.claims.pay_on picks a day's)
    shift_worker: bool = False
    travel: int = 0  # kronor per meeting attended in person


@dataclass(frozen=True)
class Participation:
    """One person at one meeting, as the register has it."""

    person_id: int
    meeting_id: int
    council_id: int
    day: date  # the meeting's local date
    start: datetime  # when they were there from (not before the meeting started)
    end: datetime | None  # until; None when neither they nor the meeting have an end
    remote: bool = False
    read_documents: bool = False
    reading_minutes: int | None = None  # their own figure; None: the council's default

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)


@dataclass(frozen=True)
class FeeLine:
    participation: Participation
    meeting_minutes: int
    reading_minutes: int
    day_fee: DayFee
    day_fee_amount: Decimal
    income_minutes: int
    income_rate: Decimal  # kronor an hour, in whole öre
    income_amount: Decimal
    travel: Decimal
    notes: frozenset[FeeNote]

    @property
    def total(self) -> Decimal:
        return self.day_fee_amount + self.income_amount + self.travel


def minutes_between(start: datetime, end: datetime | None) -> int:
    """Whole minutes from `start` to `end`; none without an end."""
    if end is None:
        return 0
    return max(0, int((end - start).total_seconds()) // 60)


def fee_basis(
    participations: Iterable[Participation],
    settings: Mapping[int, FeeSettings],
    profiles: Mapping[int, FeeProfile],
) -> list[FeeLine]:
    """One line per participation, by person, then time. `settings` by council id;
    `profiles` by person id (missing: nothing entered)."""
    ordered = sorted(participations, key=lambda p: (p.person_id, p.start, p.meeting_id))
    lines: list[FeeLine] = []
    for (person_id, _), day in groupby(ordered, key=lambda p: (p.person_id, p.day)):
        lines += _day_lines(list(day), settings, profiles.get(person_id, FeeProfile()))
    return lines


def reading_minutes(p: Participation, s: FeeSettings) -> int:
    """Reading time counts toward the day fee only, so only where there is one."""
    if s.level != FeeLevel.FULL or not s.reading_counts or not p.read_documents:
        return 0
    return s.reading_default if p.reading_minutes is None else p.reading_minutes


def _day_lines(
    day: list[Participation], settings: Mapping[int, FeeSettings], profile: FeeProfile
) -> list[FeeLine]:
    day_fees = _day_fees(day, settings)
    income_used = 0
    lines = []
    for p in day:
        s = settings[p.council_id]
        notes: set[FeeNote] = set()
        if p.end is None:
            notes.add(FeeNote.NO_END)
        if s.level == FeeLevel.NONE:
            notes.add(FeeNote.UNPAID_LEVEL)
        fee, fee_amount = day_fees.get(p.meeting_id, (DayFee.NONE, Decimal(0)))
        if s.level == FeeLevel.FULL and p.meeting_id not in day_fees:
            notes.add(FeeNote.DAY_FEE_ELSEWHERE)
        rate = _hourly_rate(pay_on(profile.pay, p.day), s)
        income_minutes = 0
        if s.level != FeeLevel.NONE and rate:
            income_minutes = p.minutes
            if not profile.shift_worker:
                income_minutes = min(income_minutes, max(0, s.max_day - income_used))
                if income_minutes < p.minutes:
                    notes.add(FeeNote.DAY_LIMIT)
            income_used += income_minutes
        paid_travel = s.level != FeeLevel.NONE and not p.remote
        lines.append(
            FeeLine(
                participation=p,
                meeting_minutes=p.minutes,
                reading_minutes=reading_minutes(p, s),
                day_fee=fee,
                day_fee_amount=fee_amount,
                income_minutes=income_minutes,
                income_rate=Decimal(rate) / 100,
                income_amount=Decimal(amount_for(rate, income_minutes)) / 100,
                travel=Decimal(profile.travel if paid_travel else 0),
                notes=frozenset(notes),
            )
        )
    return lines


def _day_fees(
    day: list[Participation], settings: Mapping[int, FeeSettings]
) -> dict[int, tuple[DayFee, Decimal]]:
    """The one day fee of a person's day, on its first level-1 meeting (by meeting id)."""
    paid = [p for p in day if settings[p.council_id].level == FeeLevel.FULL]
    if not paid:
        return {}
    first = paid[0]
    s = settings[first.council_id]
    minutes = sum(p.minutes + reading_minutes(p, settings[p.council_id]) for p in paid)
    if minutes > s.full_day_over:
        return {first.meeting_id: (DayFee.FULL, Decimal(s.full_day))}
    return {first.meeting_id: (DayFee.HALF, Decimal(s.half_day))}


def _hourly_rate(pay: Pay | None, s: FeeSettings) -> int:
    """Öre an hour: the pay's own rate, capped at the cap / month hours (L3797–3799)."""
    if pay is None:
        return 0
    rate = pay.rate(s.month_hours)
    if s.income_cap is not None:
        rate = min(rate, round_ore(Decimal(s.income_cap * 100) / s.month_hours))
    return rate
