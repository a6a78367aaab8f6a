"""A person's pay as the guideline pays lost income on it (shared/seeds/001 L3788–3811).

Monthly salary or hourly wage ("månads- eller timlön", L3793–3794), in öre; monthly / 165 is
the hourly rate (L3795–3796), rounded to öre once, and an amount is minutes × that rate rounded
once, so the rate shown and the amount paid always agree. Pay is stated from a date: a change
is a new `Pay`, and a day is paid on the one valid then (no retroactive adjustment, L3802).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONTH_HOURS = 165
# Pay stated before pay had dates (migration 0027) is valid from this day: every day.
ALWAYS = date(1970, 1, 1)


@dataclass(frozen=True)
class Pay:
    valid_from: date
    monthly: int | None = None  # öre a month
    hourly: int | None = None  # öre an hour
    certificate_on: date | None = None  # when the income certificate was seen (L3801)

    def rate(self, month_hours: int = MONTH_HOURS) -> int:
        """Öre an hour."""
        if self.hourly is not None:
            return self.hourly
        return round_ore(Decimal(self.monthly or 0) / month_hours)


def pay_on(history: Iterable[Pay], day: date) -> Pay | None:
    """The pay valid on `day`: the latest stated from that day or before."""
    valid = [p for p in history if p.valid_from <= day]
    return max(valid, key=lambda p: p.valid_from) if valid else None


def amount_for(rate: int, minutes: int) -> int:
    """Öre for `minutes` at `rate` öre an hour, rounded once."""
    return round_ore(Decimal(rate) * minutes / 60)


def hourly_cap(monthly_kronor: int, month_hours: int = MONTH_HOURS) -> int:
    """Öre an hour: a monthly cap in kronor (a regionråd's fee) / 165 (L3797–3799)."""
    return round_ore(Decimal(monthly_kronor * 100) / month_hours)


def round_ore(ore: Decimal) -> int:
    return int(ore.quantize(Decimal(1), rounding=ROUND_HALF_UP))
