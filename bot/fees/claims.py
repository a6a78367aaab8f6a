"""A fee claim as the guideline pays it: pure rules over one person's day at one payer.

Source: Västra Götalandsregionens riktlinje för ersättning vid samråd, shared/seeds/001
L3716–3881 (cited below as `L…`). What is paid is the claim the participant submits on the
payer's form (L3733–3734, L3804), reviewed and approved by an official (L3773–3774); so the
register only prefills it, and the member states what the rules leave to them: whether pay was
deducted, the hours of leave, the journey, other expenses.

The payer is the nämnd or unit that invited (L3750–3751): a person's day is claimed once per
payer, and nothing here looks at another payer's meetings, so a claim never tells one payer
about the person's other councils. Money is whole öre: the hourly rate is rounded to öre once,
and an amount is minutes × rate rounded once, so the same figures show everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from bot.fees.pay import MONTH_HOURS, Pay, amount_for
from bot.fees.rules import DayFee, FeeLevel, minutes_between

MAX_DAY_MINUTES = 8 * 60  # "högst 8 timmar per dag" (L3804–3805)


class Part(StrEnum):
    """What a level pays, which a nämnd may limit to "vissa delar" (L3764, L3845, L3866)."""

    DAY_FEE = "arvode"
    LOST_INCOME = "inkomst"
    TRAVEL = "resa"
    EXPENSES = "utlägg"


ALL_PARTS = frozenset(Part)

# Level 1: day fee, lost income and expenses (L3831–3835), travel being one (L3814);
# level 2: lost income, travel and other expenses (L3854–3855); level 3: nothing (L3869–3872).
LEVEL_PARTS: dict[FeeLevel, frozenset[Part]] = {
    FeeLevel.FULL: ALL_PARTS,
    FeeLevel.REDUCED: frozenset({Part.LOST_INCOME, Part.TRAVEL, Part.EXPENSES}),
    FeeLevel.NONE: frozenset(),
}


class ClaimNote(StrEnum):
    """Why a claim pays less than it might; the values are catalogue keys."""

    NO_END = "fees.claim.note.no_end"
    DAY_LIMIT = "fees.claim.note.day_limit"
    RATE_CAPPED = "fees.claim.note.rate_capped"
    NO_PAY_DATA = "fees.claim.note.no_pay_data"
    NO_CERTIFICATE = "fees.claim.note.no_certificate"
    IN_JOB = "fees.claim.note.in_job"
    UNPAID_LEVEL = "fees.claim.note.unpaid_level"
    DAY_FEE_WITH_PAYER = "fees.claim.note.day_fee_with_payer"


@dataclass(frozen=True)
class Terms:
    """What the payer's decision pays for one meeting: its level and the parts paid, set per
    meeting kind with a council default and changeable per meeting; the decision must be
    minuted (L3752–3761), so its reference (diarienummer) is kept with it."""

    level: FeeLevel
    parts: frozenset[Part] = ALL_PARTS
    decision: str | None = None

    def pays(self, part: Part) -> bool:
        return part in LEVEL_PARTS[self.level] and part in self.parts


@dataclass(frozen=True)
class Rates:
    """The payer's amounts, in öre and minutes."""

    half_day: int
    full_day: int
    full_day_over: int  # minutes of meetings in a day above which it is a full day
    hourly_cap: int | None  # the highest hourly rate: a regionråd's monthly fee / 165 (L3797–3799)
    travel_default: int = 0  # a journey by public transport, offered when the member names none
    max_day: int = MAX_DAY_MINUTES  # lost income a day without the employer's certificate
    month_hours: int = MONTH_HOURS  # a monthly salary / this is the hourly rate (L3795–3796)


@dataclass(frozen=True)
class Attended:
    """One meeting of the day as the register has the person there."""

    meeting_id: int
    start: datetime
    end: datetime | None  # None: neither they nor the meeting have an end
    terms: Terms
    remote: bool = False  # paid as in person (L3779), but there is no journey

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)


@dataclass(frozen=True)
class Expense:
    amount: int  # öre
    note: str
    receipt: int | None = None  # the photo of the receipt, if any (bot.fees.receipts)


@dataclass(frozen=True)
class Stated:
    """What the member states on the claim (prefilled by `prefill`, then confirmed)."""

    salary_deduction: bool = False  # the right rests on an actual deduction (L3788–3789)
    leave_minutes: int | None = None  # None: the meetings' time plus travel time
    travel_minutes: int = 0  # time travelling, off work
    travel: int = 0  # öre for the day's journey, home to meeting place and back (L3814–3817)
    expenses: tuple[Expense, ...] = ()
    employer_certificate: bool = False  # with this claim: past 8 hours may be paid (L3806–3809)
    in_job: bool = False  # there as part of their paid work: no right to pay (L3745–3748)


@dataclass(frozen=True)
class ClaimAmounts:
    meeting_minutes: int
    day_fee: DayFee
    day_fee_amount: int
    income_minutes: int
    income_rate: int  # öre an hour
    income_amount: int
    travel: int
    expenses: int
    notes: frozenset[ClaimNote] = field(default_factory=frozenset)

    @property
    def total(self) -> int:
        return self.day_fee_amount + self.income_amount + self.travel + self.expenses


NOTHING = ClaimAmounts(0, DayFee.NONE, 0, 0, 0, 0, 0, 0)


def prefill(meetings: Sequence[Attended], rates: Rates, *, journey: bool) -> Stated:
    """The claim as offered after the meeting: the journey once a day (`journey`: this is the
    first of the person's claims that day, so a förmöte and a stormöte share one), at the
    public-transport default, when they were there in person and travel is paid."""
    travels = journey and any(m.terms.pays(Part.TRAVEL) and not m.remote for m in meetings)
    return Stated(travel=rates.travel_default if travels else 0)


def claim_amounts(
    meetings: Sequence[Attended],
    stated: Stated,
    rates: Rates,
    pay: Pay | None,
    *,
    payer_day: Sequence[Attended] = (),
) -> ClaimAmounts:
    """What one payer pays for one person's claim: `meetings` are the claim's meetings (a
    council's, that day), `pay` the pay data valid that day; `payer_day` every meeting of the
    person's day at the same payer, the claim's own included (none: the claim's alone)."""
    if stated.in_job:
        return replace(NOTHING, notes=frozenset({ClaimNote.IN_JOB}))
    notes: set[ClaimNote] = set()
    if any(m.end is None for m in meetings):
        notes.add(ClaimNote.NO_END)
    if meetings and all(m.terms.level == FeeLevel.NONE for m in meetings):
        notes.add(ClaimNote.UNPAID_LEVEL)
    day_fee, day_fee_amount = _day_fee(meetings, payer_day or meetings, rates, notes)
    income_minutes, rate, income = _lost_income(meetings, stated, rates, pay, notes)
    travel = any(m.terms.pays(Part.TRAVEL) and not m.remote for m in meetings)
    expenses = any(m.terms.pays(Part.EXPENSES) for m in meetings)
    return ClaimAmounts(
        meeting_minutes=sum(m.minutes for m in meetings),
        day_fee=day_fee,
        day_fee_amount=day_fee_amount,
        income_minutes=income_minutes,
        income_rate=rate,
        income_amount=income,
        travel=stated.travel if travel else 0,
        expenses=sum(e.amount for e in stated.expenses) if expenses else 0,
        notes=frozenset(notes),
    )


def _day_fee(
    meetings: Sequence[Attended],
    payer_day: Sequence[Attended],
    rates: Rates,
    notes: set[ClaimNote],
) -> tuple[DayFee, int]:
    """One day fee a day at this payer (L3851), half or full by the time of all the payer's
    meetings that pay it that day, together: a förmöte and a stormöte the same day make one
    day, and so do two councils of one payer. The claim with the day's first such meeting
    carries it."""
    paying = [m for m in meetings if m.terms.pays(Part.DAY_FEE)]
    if not paying:
        return DayFee.NONE, 0
    day = [m for m in payer_day if m.terms.pays(Part.DAY_FEE)] or paying
    first = min(day, key=lambda m: (m.start, m.meeting_id))
    if first not in paying:
        notes.add(ClaimNote.DAY_FEE_WITH_PAYER)
        return DayFee.NONE, 0
    if sum(m.minutes for m in day) > rates.full_day_over:
        return DayFee.FULL, rates.full_day
    return DayFee.HALF, rates.half_day


def _lost_income(
    meetings: Sequence[Attended],
    stated: Stated,
    rates: Rates,
    pay: Pay | None,
    notes: set[ClaimNote],
) -> tuple[int, int, int]:
    """(minutes, öre an hour, öre): the hours of leave the member states, at most 8 unless the
    employer's certificate comes with this claim; nothing without a salary deduction."""
    paying = [m for m in meetings if m.terms.pays(Part.LOST_INCOME)]
    if not paying or not stated.salary_deduction:
        return 0, 0, 0
    if pay is None or (pay.monthly is None and pay.hourly is None):
        notes.add(ClaimNote.NO_PAY_DATA)
        return 0, 0, 0
    if pay.certificate_on is None:
        notes.add(ClaimNote.NO_CERTIFICATE)
        return 0, 0, 0
    minutes = stated.leave_minutes
    if minutes is None:
        minutes = sum(m.minutes for m in paying) + stated.travel_minutes
    if not stated.employer_certificate and minutes > rates.max_day:
        notes.add(ClaimNote.DAY_LIMIT)
        minutes = rates.max_day
    rate = pay.rate(rates.month_hours)
    if rates.hourly_cap is not None and rate > rates.hourly_cap:
        notes.add(ClaimNote.RATE_CAPPED)
        rate = rates.hourly_cap
    return minutes, rate, amount_for(rate, minutes)
