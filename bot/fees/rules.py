"""The council's fee settings and the register's time: the words both the claim rules
(bot.fees.claims) and the council's settings (bot.fees.service) use.

No database and no amounts of its own: every amount and limit is a `FeeSettings` field
(shared/domain.md, "Remuneration"). Durations are whole minutes; a claim's money is öre
(bot.fees.pay). What reading a meeting needs is not a per-person addition to its time: in the
guideline "omfattande inläsning eller förberedelse" is a property of the consultation that the
nämnd weighs when it decides its level (shared/seeds/001 L3831, L3854; bot.fees.terms).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum


class FeeLevel(IntEnum):
    FULL = 1  # day fee, lost income and travel
    REDUCED = 2  # lost income and travel
    NONE = 3  # nothing


class DayFee(StrEnum):
    FULL = "heldag"
    HALF = "halvdag"
    NONE = "inget"


@dataclass(frozen=True)
class FeeSettings:
    level: FeeLevel
    half_day: int  # kronor
    full_day: int  # kronor
    full_day_over: int  # minutes: a longer day is a full day
    income_cap: int | None  # monthly amount capping the salary; None: no cap set
    max_day: int  # minutes of lost income a day, unless the employer certifies more
    month_hours: int  # monthly salary / month_hours = hourly pay


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

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)


def minutes_between(start: datetime, end: datetime | None) -> int:
    """Whole minutes from `start` to `end`; none without an end."""
    if end is None:
        return 0
    return max(0, int((end - start).total_seconds()) // 60)
