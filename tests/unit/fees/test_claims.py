"""The claim rules, case by case from the guideline (shared/seeds/001, Västra Götalandsregionens
riktlinje för ersättning vid samråd, L3716–3881): each case names the line it rests on.

Figures: halvdag 600 kr, heldag 1 000 kr (more than 4 hours), a cap of 460 kr an hour, a
monthly salary of 28 000 kr (169,70 kr an hour), a bus ticket of 54 kr each way."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pytest

from bot.fees.claims import (
    ALL_PARTS,
    Attended,
    ClaimAmounts,
    ClaimNote,
    Expense,
    Part,
    Rates,
    Stated,
    Terms,
    claim_amounts,
    prefill,
)
from bot.fees.pay import Pay, hourly_cap, pay_on
from bot.fees.rules import DayFee, FeeLevel
from bot.fees.terms import REGIONRAD_MONTHLY
from tests.unit.world import STOCKHOLM

RATES = Rates(
    half_day=60_000, full_day=100_000, full_day_over=240, hourly_cap=46_000, travel_default=10_800
)
DAY = date(2026, 3, 12)
SALARY = Pay(date(2026, 1, 1), monthly=2_800_000, certificate_on=date(2026, 1, 10))  # 169,70/h
L1 = Terms(FeeLevel.FULL)
L2 = Terms(FeeLevel.REDUCED)
L3 = Terms(FeeLevel.NONE)
DEDUCTED = Stated(salary_deduction=True)


def at(start: str, end: str | None, terms: Terms = L1, *, remote: bool = False) -> Attended:
    def moment(hhmm: str) -> datetime:
        h, m = hhmm.split(":")
        return datetime(DAY.year, DAY.month, DAY.day, int(h), int(m), tzinfo=STOCKHOLM)

    return Attended(
        meeting_id=hash((start, end, terms)) & 0xFFFF,
        start=moment(start),
        end=moment(end) if end else None,
        terms=terms,
        remote=remote,
    )


@dataclass(frozen=True)
class Case:
    line: str  # where in shared/seeds/001 the rule is
    what: str
    meetings: tuple[Attended, ...]
    stated: Stated = field(default_factory=Stated)
    pay: Pay | None = SALARY
    rates: Rates = RATES
    # expected, öre and minutes
    day_fee: DayFee = DayFee.NONE
    income_minutes: int = 0
    income: int = 0
    travel: int = 0
    expenses: int = 0
    notes: frozenset[ClaimNote] = field(default_factory=frozenset)
    rate: int | None = None  # öre an hour, when it matters
    payer_day: tuple[Attended, ...] = ()  # the payer's meetings that day in all the claims


CASES = [
    # Level 1: a day fee, half or full (L3831–3834), one a day (L3851)
    Case(
        "L3831",
        "a two-hour brukarråd pays a half day",
        (at("13:00", "15:00"),),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3831",
        "four hours exactly is still a half day",
        (at("09:00", "13:00"),),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3831", "more than four hours is a full day", (at("09:00", "13:01"),), day_fee=DayFee.FULL
    ),
    Case(
        "L3851",
        "two level-1 meetings the same day pay one day fee",
        (at("09:00", "10:00"), at("14:00", "15:00")),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3851",
        "förmöte 9–12 and stormöte 13–15 together make one full day, not two",
        (at("09:00", "12:00"), at("13:00", "15:00")),
        day_fee=DayFee.FULL,
    ),
    Case(
        "L3851",
        "only the meetings that pay a day fee count toward it",
        (at("09:00", "11:00"), at("12:00", "15:00", L2)),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3831",
        "a meeting with no end in the register pays a half day and says why",
        (at("13:00", None),),
        day_fee=DayFee.HALF,
        notes=frozenset({ClaimNote.NO_END}),
    ),
    Case(
        "L3831",
        "the full-day limit is the payer's setting",
        (at("09:00", "12:00"),),
        rates=Rates(60_000, 100_000, 150, 46_000),
        day_fee=DayFee.FULL,
    ),
    # Lost income rests on an actual salary deduction (L3788–3789)
    Case(
        "L3788",
        "an evening meeting 18–20 without salary deduction pays no lost income",
        (at("18:00", "20:00"),),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3788",
        "a stored salary alone pays nothing: the deduction must be stated",
        (at("10:00", "12:00"),),
        stated=Stated(salary_deduction=False),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3804",
        "deducted: the meeting's hours by default",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=33_940,
        rate=16_970,
    ),
    Case(
        "L3804",
        "the default leave is the meeting plus the time travelling",
        (at("10:00", "12:00"),),
        stated=Stated(salary_deduction=True, travel_minutes=60),
        day_fee=DayFee.HALF,
        income_minutes=180,
        income=50_910,
    ),
    Case(
        "L3804",
        "the hours the member states are paid: 2,5 h at 169,70 kr is 424,25 kr",
        (at("10:00", "12:00"),),
        stated=Stated(salary_deduction=True, leave_minutes=150),
        day_fee=DayFee.HALF,
        income_minutes=150,
        income=42_425,
        rate=16_970,
    ),
    Case(
        "L3804",
        "one minute is rounded once, to the nearest öre",
        (at("10:00", "12:00"),),
        stated=Stated(salary_deduction=True, leave_minutes=1),
        day_fee=DayFee.HALF,
        income_minutes=1,
        income=283,
    ),
    Case(
        "L3805",
        "at most 8 hours a day",
        (at("08:00", "17:00"),),
        stated=DEDUCTED,
        day_fee=DayFee.FULL,
        income_minutes=480,
        income=135_760,
        notes=frozenset({ClaimNote.DAY_LIMIT}),
    ),
    Case(
        "L3805",
        "a stated 10 hours is cut to 8 without the employer's certificate",
        (at("08:00", "17:00"),),
        stated=Stated(salary_deduction=True, leave_minutes=600),
        day_fee=DayFee.FULL,
        income_minutes=480,
        income=135_760,
        notes=frozenset({ClaimNote.DAY_LIMIT}),
    ),
    Case(
        "L3806",
        "a shift worker with the employer's certificate with this claim: 9 hours",
        (at("08:00", "17:00"),),
        stated=Stated(salary_deduction=True, employer_certificate=True),
        day_fee=DayFee.FULL,
        income_minutes=540,
        income=152_730,
    ),
    Case(
        "L3808",
        "a shift worker with the certificate and 10 stated hours gets 10",
        (at("08:00", "17:00"),),
        stated=Stated(salary_deduction=True, leave_minutes=600, employer_certificate=True),
        day_fee=DayFee.FULL,
        income_minutes=600,
        income=169_700,
    ),
    Case(
        "L3793",
        "an hourly wage is paid as it is",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), hourly=15_000, certificate_on=date(2026, 1, 1)),
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=30_000,
        rate=15_000,
    ),
    Case(
        "L3795",
        "monthly salary / 165: 33 000 kr is 200 kr an hour",
        (at("10:00", "13:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), monthly=3_300_000, certificate_on=date(2026, 1, 1)),
        day_fee=DayFee.HALF,
        income_minutes=180,
        income=60_000,
        rate=20_000,
    ),
    Case(
        "L3797",
        "the hourly rate is capped at the regionråd's fee / 165",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), monthly=9_900_000, certificate_on=date(2026, 1, 1)),
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=92_000,
        rate=46_000,
        notes=frozenset({ClaimNote.RATE_CAPPED}),
    ),
    Case(
        "L3797",
        "an hourly wage above the cap is capped too",
        (at("10:00", "11:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), hourly=50_000, certificate_on=DAY),
        day_fee=DayFee.HALF,
        income_minutes=60,
        income=46_000,
        rate=46_000,
        notes=frozenset({ClaimNote.RATE_CAPPED}),
    ),
    Case(
        "L3801",
        "no income certificate: no lost income, and the claim says so",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), monthly=2_800_000),
        day_fee=DayFee.HALF,
        notes=frozenset({ClaimNote.NO_CERTIFICATE}),
    ),
    Case(
        "L3793",
        "a deduction stated without pay data pays no lost income, and says so",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        pay=None,
        day_fee=DayFee.HALF,
        notes=frozenset({ClaimNote.NO_PAY_DATA}),
    ),
    # Travel between home and meeting place (L3814–3817), once for the day's journey
    Case(
        "L3814",
        "the journey as the member states it",
        (at("13:00", "15:00"),),
        stated=Stated(travel=12_000),
        day_fee=DayFee.HALF,
        travel=12_000,
    ),
    Case(
        "L3814",
        "förmöte 10–12 and stormöte 13–15: one journey, one half day",
        (at("10:00", "12:00"), at("13:00", "15:00")),
        stated=Stated(salary_deduction=True, travel=12_000),
        day_fee=DayFee.HALF,
        income_minutes=240,
        income=67_880,
        travel=12_000,
    ),
    Case(
        "L3779",
        "a remote meeting is paid, but there is no journey",
        (at("13:00", "15:00", remote=True),),
        stated=Stated(travel=12_000),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3814",
        "in person at one of two meetings: the journey is paid",
        (at("10:00", "11:00", remote=True), at("13:00", "15:00")),
        stated=Stated(travel=12_000),
        day_fee=DayFee.HALF,
        travel=12_000,
    ),
    # Level 2: lost income, travel and other expenses (L3854–3855)
    Case("L3854", "a level-2 working group pays no day fee", (at("13:00", "16:00", L2),)),
    Case(
        "L3855",
        "a level-2 workshop pays lost income, travel and expenses",
        (at("13:00", "16:00", L2),),
        stated=Stated(
            salary_deduction=True, travel=12_000, expenses=(Expense(4_500, "parkering"),)
        ),
        income_minutes=180,
        income=50_910,
        travel=12_000,
        expenses=4_500,
    ),
    # Level 3: nothing (L3869–3872)
    Case(
        "L3869",
        "a level-3 information meeting pays nothing, whatever is stated",
        (at("13:00", "15:00", L3),),
        stated=Stated(
            salary_deduction=True, travel=12_000, expenses=(Expense(4_500, "parkering"),)
        ),
        notes=frozenset({ClaimNote.UNPAID_LEVEL}),
    ),
    Case(
        "L3869",
        "a level-3 meeting beside a level-1 one: the level-1 meeting pays",
        (at("09:00", "10:00", L3), at("13:00", "15:00")),
        stated=Stated(travel=12_000),
        day_fee=DayFee.HALF,
        travel=12_000,
    ),
    # Other expenses (L3835, L3855)
    Case(
        "L3835",
        "level 1: other expenses add up",
        (at("13:00", "15:00"),),
        stated=Stated(expenses=(Expense(4_500, "parkering"), Expense(2_990, "kopior", "k.jpg"))),
        day_fee=DayFee.HALF,
        expenses=7_490,
    ),
    # Only some parts (L3764, L3845–3847, L3866–3868)
    Case(
        "L3847",
        "the fee for the meeting but not lost income",
        (at("10:00", "12:00", Terms(FeeLevel.FULL, ALL_PARTS - {Part.LOST_INCOME})),),
        stated=Stated(salary_deduction=True, travel=12_000),
        day_fee=DayFee.HALF,
        travel=12_000,
    ),
    Case(
        "L3868",
        "level 2, the travel cost but not lost income",
        (at("10:00", "12:00", Terms(FeeLevel.REDUCED, frozenset({Part.TRAVEL}))),),
        stated=Stated(
            salary_deduction=True, travel=12_000, expenses=(Expense(4_500, "parkering"),)
        ),
        travel=12_000,
    ),
    Case(
        "L3845",
        "level 1 without a day fee: lost income and travel only",
        (at("10:00", "12:00", Terms(FeeLevel.FULL, ALL_PARTS - {Part.DAY_FEE})),),
        stated=Stated(salary_deduction=True, travel=12_000),
        income_minutes=120,
        income=33_940,
        travel=12_000,
    ),
    Case(
        "L3764",
        "a part a level does not have is not paid by naming it",
        (at("10:00", "12:00", Terms(FeeLevel.REDUCED, frozenset({Part.DAY_FEE}))),),
        stated=Stated(salary_deduction=True, travel=12_000),
    ),
    Case(
        "L3845",
        "lost income counts only the meetings that pay it",
        (
            at("09:00", "11:00", Terms(FeeLevel.FULL, ALL_PARTS - {Part.LOST_INCOME})),
            at("13:00", "15:00", L2),
        ),
        stated=DEDUCTED,
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=33_940,
    ),
    Case(
        "L3851",
        "a full day and a level-2 meeting: still one day fee",
        (at("08:00", "13:00"), at("14:00", "16:00", L2)),
        day_fee=DayFee.FULL,
    ),
    Case(
        "L3779",
        "remote participation pays lost income as in person",
        (at("10:00", "12:00", remote=True),),
        stated=DEDUCTED,
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=33_940,
    ),
    Case(
        "L3805",
        "the 8 hours hold at level 2 too",
        (at("08:00", "17:00", L2),),
        stated=DEDUCTED,
        income_minutes=480,
        income=135_760,
        notes=frozenset({ClaimNote.DAY_LIMIT}),
    ),
    Case(
        "L3776",
        "a travel day before the meeting pays nothing",
        (),
        stated=Stated(salary_deduction=True, travel=12_000),
    ),
    # Reading is the consultation's, weighed in its level, not added to anyone's day
    Case(
        "L3831",
        "a level-1 meeting of 3 h needing extensive reading is still a half day",
        (at("13:00", "16:00"),),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3854",
        "little preparation: the nämnd's level 2 pays lost income, not a day fee",
        (at("13:00", "16:00", L2),),
        stated=DEDUCTED,
        income_minutes=180,
        income=50_910,
    ),
    # One day fee a day per payer, the inviting nämnd (L3750–3751, L3851)
    Case(
        "L3851",
        "two councils of one payer the same day: the first claim carries one full day",
        (at("09:00", "12:00"),),
        payer_day=(at("09:00", "12:00"), at("13:00", "16:00")),
        day_fee=DayFee.FULL,
    ),
    Case(
        "L3851",
        "two councils of one payer the same day: the second claim pays no second day fee",
        (at("13:00", "16:00"),),
        payer_day=(at("09:00", "12:00"), at("13:00", "16:00")),
        notes=frozenset({ClaimNote.DAY_FEE_WITH_PAYER}),
    ),
    Case(
        "L3750",
        "two councils with different payers the same day: each pays its own half day",
        (at("13:00", "17:00"),),
        day_fee=DayFee.HALF,
    ),
    Case(
        "L3851",
        "one payer's level-2 meeting earlier that day does not take the day fee",
        (at("13:00", "15:00"),),
        payer_day=(at("09:00", "11:00", L2), at("13:00", "15:00")),
        day_fee=DayFee.HALF,
    ),
    # A pay change between two months (L3801–3802)
    Case(
        "L3802",
        "pay raised in March: a February meeting is paid on the old salary",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), monthly=2_800_000, certificate_on=date(2026, 1, 10)),
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=33_940,
    ),
    Case(
        "L3801",
        "pay raised in March with its certificate: a March meeting is paid on the new one",
        (at("10:00", "12:00"),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 3, 1), monthly=3_300_000, certificate_on=date(2026, 3, 2)),
        day_fee=DayFee.HALF,
        income_minutes=120,
        income=40_000,
    ),
    # The default cap: a regionråd's monthly fee, 74 513 kr, / 165 (L3797–3799)
    Case(
        "L3797",
        "the default cap pays 451,59 kr an hour on an hourly wage of 500 kr",
        (at("10:00", "11:00", L2),),
        stated=DEDUCTED,
        pay=Pay(date(2026, 1, 1), hourly=50_000, certificate_on=date(2026, 1, 10)),
        rates=replace(RATES, hourly_cap=hourly_cap(REGIONRAD_MONTHLY)),
        income_minutes=60,
        income=45_159,
        rate=45_159,
        notes=frozenset({ClaimNote.RATE_CAPPED}),
    ),
    # Who has no right to pay (L3745–3748)
    Case(
        "L3746",
        "association staff there as part of their job get nothing",
        (at("10:00", "12:00"),),
        stated=Stated(salary_deduction=True, travel=12_000, in_job=True),
        notes=frozenset({ClaimNote.IN_JOB}),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.line} {c.what}" for c in CASES])
def test_claim(case: Case) -> None:
    got = claim_amounts(case.meetings, case.stated, case.rates, case.pay, payer_day=case.payer_day)

    assert (got.day_fee, got.day_fee_amount) == (
        case.day_fee,
        0
        if case.day_fee is DayFee.NONE
        else {DayFee.HALF: case.rates.half_day, DayFee.FULL: case.rates.full_day}[case.day_fee],
    )
    assert (got.income_minutes, got.income_amount) == (case.income_minutes, case.income)
    if case.rate is not None:
        assert got.income_rate == case.rate
    assert (got.travel, got.expenses, got.notes) == (case.travel, case.expenses, case.notes)
    assert got.total == got.day_fee_amount + case.income + case.travel + case.expenses


def test_there_are_forty_cases_and_each_names_its_line() -> None:
    assert len(CASES) >= 40
    assert all(c.line.startswith("L") and 3716 <= int(c.line[1:]) <= 3881 for c in CASES)


# Pay data has a history: a day is paid on what was valid that day (L3801–3802)

RAISE = Pay(date(2026, 3, 1), monthly=3_300_000, certificate_on=date(2026, 3, 2))
HISTORY = [SALARY, RAISE]


@pytest.mark.parametrize(
    ("day", "rate"),
    [(date(2026, 2, 26), 16_970), (date(2026, 3, 1), 20_000), (date(2026, 3, 12), 20_000)],
    ids=["L3802 February keeps the old salary", "L3801 the new one from its date", "L3801 later"],
)
def test_a_pay_change_leaves_the_earlier_month_as_it_was(day: date, rate: int) -> None:
    pay = pay_on(HISTORY, day)
    assert pay is not None and pay.rate() == rate


def test_before_any_pay_data_there_is_none() -> None:  # L3801: given with the first claim
    assert pay_on(HISTORY, date(2025, 12, 31)) is None


def test_a_changed_income_without_its_certificate_pays_no_lost_income() -> None:  # L3801
    history = [SALARY, Pay(date(2026, 3, 1), monthly=3_300_000)]
    old = claim_amounts((at("10:00", "12:00"),), DEDUCTED, RATES, pay_on(history, date(2026, 2, 2)))
    new = claim_amounts((at("10:00", "12:00"),), DEDUCTED, RATES, pay_on(history, DAY))
    assert (old.income_amount, old.notes) == (33_940, frozenset())
    assert (new.income_amount, new.notes) == (0, frozenset({ClaimNote.NO_CERTIFICATE}))


# Two payers the same day (L3750–3751, L3851): each pays its own day, and neither sees the other


def test_two_payers_the_same_day_each_pay_their_own_day_fee_and_one_journey() -> None:
    morning = (at("09:00", "11:00"),)  # the psychiatry unit's brukarråd
    afternoon = (at("13:00", "17:00"),)  # the region's pensionärsråd, another payer
    first = claim_amounts(morning, prefill(morning, RATES, journey=True), RATES, SALARY)
    second = claim_amounts(afternoon, prefill(afternoon, RATES, journey=False), RATES, SALARY)
    assert (first.day_fee, first.travel) == (DayFee.HALF, RATES.travel_default)
    assert (second.day_fee, second.travel) == (DayFee.HALF, 0)


# The prefilled claim (what the member is offered after the meeting)


@pytest.mark.parametrize(
    ("meetings", "journey", "travel"),
    [
        ((at("13:00", "15:00"),), True, 10_800),
        ((at("13:00", "15:00"),), False, 0),
        ((at("13:00", "15:00", remote=True),), True, 0),
        ((at("13:00", "15:00", L3),), True, 0),
        ((at("13:00", "15:00", L2),), True, 10_800),
    ],
    ids=[
        "L3817 the public-transport journey is offered",
        "L3814 a second claim the same day offers no second journey",
        "L3779 remote: no journey",
        "L3869 level 3: nothing to offer",
        "L3855 level 2 pays travel",
    ],
)
def test_prefill_offers_the_journey_once(
    meetings: tuple[Attended, ...], journey: bool, travel: int
) -> None:
    stated = prefill(meetings, RATES, journey=journey)
    assert stated == Stated(travel=travel)


def test_nothing_attended_is_nothing_claimed() -> None:
    assert claim_amounts((), Stated(travel=12_000), RATES, SALARY) == ClaimAmounts(
        0, DayFee.NONE, 0, 0, 0, 0, 0, 0
    )
