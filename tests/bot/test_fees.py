"""The fee rules with worked examples (shared/domain.md, "Remuneration")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from bot.fees.pay import Pay
from bot.fees.rules import (
    DayFee,
    FeeLevel,
    FeeLine,
    FeeNote,
    FeeProfile,
    FeeSettings,
    Participation,
    fee_basis,
)

STHLM = ZoneInfo("Europe/Stockholm")
DAY = date(2027, 3, 11)
# Half day 600 kr, full day 1 000 kr over 4 hours, 2 hours' reading, cap 45 000 a month.
LEVEL1 = FeeSettings(
    level=FeeLevel.FULL,
    half_day=600,
    full_day=1000,
    full_day_over=240,
    reading_counts=True,
    reading_default=120,
    income_cap=45000,
    max_day=480,
    month_hours=165,
)
A, B = 1, 2  # councils
ANNA = 10


def meeting(
    start: int,
    end: int | None,
    *,
    council: int = A,
    meeting_id: int | None = None,
    day: date = DAY,
    **kw: object,
) -> Participation:
    begins = datetime(day.year, day.month, day.day, start, tzinfo=STHLM)
    return Participation(
        person_id=ANNA,
        meeting_id=meeting_id or start,
        council_id=council,
        day=day,
        start=begins,
        end=begins + timedelta(hours=end - start) if end is not None else None,
        **kw,  # type: ignore[arg-type]
    )


def basis(
    *participations: Participation,
    profile: FeeProfile | None = None,
    settings: dict[int, FeeSettings] | None = None,
) -> list[FeeLine]:
    return fee_basis(
        participations, settings or {A: LEVEL1, B: LEVEL1}, {ANNA: profile} if profile else {}
    )


def test_three_hours_is_a_half_day_and_reading_time_can_make_it_a_full_day() -> None:
    [line] = basis(meeting(13, 16))
    assert (line.day_fee, line.day_fee_amount) == (DayFee.HALF, Decimal(600))
    assert line.meeting_minutes == 180 and line.reading_minutes == 0  # not read: no reading
    # Read the documents: 3 h + 2 h reading = 5 h, over the 4-hour threshold.
    [line] = basis(meeting(13, 16, read_documents=True))
    assert (line.reading_minutes, line.day_fee, line.day_fee_amount) == (
        120,
        DayFee.FULL,
        Decimal(1000),
    )
    # Their own figure replaces the default: 3 h + 1 h = exactly 4 h, not over it.
    [line] = basis(meeting(13, 16, read_documents=True, reading_minutes=60))
    assert line.day_fee == DayFee.HALF
    # A council where reading time does not count.
    no_reading = replace(LEVEL1, reading_counts=False)
    [line] = basis(meeting(13, 16, read_documents=True), settings={A: no_reading})
    assert (line.reading_minutes, line.day_fee) == (0, DayFee.HALF)


def salaried(kronor: int, *, travel: int = 0) -> FeeProfile:
    """A monthly salary stated long before the meetings."""
    return FeeProfile(pay=(Pay(date(2000, 1, 1), monthly=kronor * 100),), travel=travel)


def test_lost_income_is_salary_over_165_an_hour_up_to_the_cap() -> None:
    # 33 000 / 165 = 200,00 kr/h; three hours = 600,00.
    [line] = basis(meeting(13, 16), profile=salaried(33000))
    assert (line.income_minutes, line.income_rate, line.income_amount) == (
        180,
        Decimal("200.00"),
        Decimal("600.00"),
    )
    # 50 000 is over the cap: 45 000 / 165 = 272,73 kr/h; 3 h = 3 × 272,73 = 818,19: the rate
    # shown is the rate paid, rounded to öre once.
    [line] = basis(meeting(13, 16), profile=salaried(50000))
    assert (line.income_rate, line.income_amount) == (Decimal("272.73"), Decimal("818.19"))
    # Without a cap set the salary counts as it is: 50 000 / 165 = 303,03; 3 h = 909,09.
    uncapped = {A: replace(LEVEL1, income_cap=None)}
    [line] = basis(meeting(13, 16), profile=salaried(50000), settings=uncapped)
    assert (line.income_rate, line.income_amount) == (Decimal("303.03"), Decimal("909.09"))
    # No salary entered: no lost income.
    [line] = basis(meeting(13, 16))
    assert (line.income_minutes, line.income_amount) == (0, Decimal("0.00"))


def test_pay_is_that_of_the_day_so_a_change_leaves_earlier_days_as_they_were() -> None:
    # 33 000 until the day of the meeting, 49 500 from the day after: 200 then 300 kr/h.
    raised = FeeProfile(
        pay=(
            Pay(date(2026, 1, 1), monthly=3_300_000),
            Pay(DAY + timedelta(days=1), monthly=4_950_000),
        )
    )
    uncapped = {A: replace(LEVEL1, income_cap=None)}
    before, after = basis(
        meeting(13, 16),
        meeting(13, 16, day=DAY + timedelta(days=1), meeting_id=99),
        profile=raised,
        settings=uncapped,
    )
    assert (before.income_rate, before.income_amount) == (Decimal("200.00"), Decimal("600.00"))
    assert (after.income_rate, after.income_amount) == (Decimal("300.00"), Decimal("900.00"))


def test_an_hourly_wage_is_paid_as_it_is() -> None:
    hourly = FeeProfile(pay=(Pay(date(2026, 1, 1), hourly=15_250),))
    [line] = basis(meeting(13, 16), profile=hourly)
    assert (line.income_rate, line.income_amount) == (Decimal("152.50"), Decimal("457.50"))


def test_lost_income_stops_at_eight_hours_a_day_unless_shift_worker() -> None:
    day = (meeting(9, 14), meeting(15, 19, council=B))  # 5 h + 4 h in two councils
    salary = salaried(33000)
    first, second = basis(*day, profile=salary)
    assert (first.income_minutes, second.income_minutes) == (300, 180)  # 5 h + 3 h = 8 h
    assert second.income_amount == Decimal("600.00")
    assert FeeNote.DAY_LIMIT in second.notes and FeeNote.DAY_LIMIT not in first.notes
    first, second = basis(*day, profile=replace(salary, shift_worker=True))
    assert (first.income_minutes, second.income_minutes) == (300, 240)
    assert second.income_amount == Decimal("800.00") and not second.notes & {FeeNote.DAY_LIMIT}
    # The limit is per day: the next day starts again.
    tomorrow = meeting(9, 14, council=B, day=DAY + timedelta(days=1), meeting_id=99)
    lines = basis(*day, tomorrow, profile=salary)
    assert lines[-1].income_minutes == 300


def test_one_day_fee_a_day_across_two_councils() -> None:
    # 3 h in council A and 3 h in council B the same day: 6 h, one full-day fee, on the first.
    morning, afternoon = basis(meeting(9, 12, council=A), meeting(13, 16, council=B))
    assert (morning.day_fee, morning.day_fee_amount) == (DayFee.FULL, Decimal(1000))
    assert (afternoon.day_fee, afternoon.day_fee_amount) == (DayFee.NONE, Decimal(0))
    assert FeeNote.DAY_FEE_ELSEWHERE in afternoon.notes
    # Two short meetings (1 h + 1 h) are one half day, not two.
    first, second = basis(meeting(9, 10), meeting(13, 14, council=B))
    assert [first.day_fee, second.day_fee] == [DayFee.HALF, DayFee.NONE]
    # On different days each meeting has its own day fee.
    today, tomorrow = basis(
        meeting(9, 12), meeting(9, 12, council=B, day=DAY + timedelta(days=1), meeting_id=99)
    )
    assert [today.day_fee, tomorrow.day_fee] == [DayFee.HALF, DayFee.HALF]


def test_level_2_pays_lost_income_and_travel_but_no_day_fee() -> None:
    reduced = {A: replace(LEVEL1, level=FeeLevel.REDUCED)}
    profile = salaried(33000, travel=120)
    [line] = basis(meeting(13, 16, read_documents=True), profile=profile, settings=reduced)
    assert (line.day_fee, line.day_fee_amount, line.reading_minutes) == (
        DayFee.NONE,
        Decimal(0),
        0,
    )
    assert (line.income_amount, line.travel, line.total) == (
        Decimal("600.00"),
        Decimal(120),
        Decimal("720.00"),
    )
    assert not line.notes  # no fee here is no anomaly


def test_level_3_pays_nothing() -> None:
    none = {A: replace(LEVEL1, level=FeeLevel.NONE)}
    profile = salaried(33000, travel=120)
    [line] = basis(meeting(13, 16, read_documents=True), profile=profile, settings=none)
    assert (line.day_fee, line.income_minutes, line.travel, line.total) == (
        DayFee.NONE,
        0,
        Decimal(0),
        Decimal("0.00"),
    )
    assert line.notes == {FeeNote.UNPAID_LEVEL}
    # A level-3 meeting earlier the same day does not take the day fee from a level-1 one.
    mixed = {A: LEVEL1, B: replace(LEVEL1, level=FeeLevel.NONE)}
    info, council = basis(meeting(9, 10, council=B), meeting(13, 16), settings=mixed)
    assert (info.day_fee, council.day_fee) == (DayFee.NONE, DayFee.HALF)


def test_remote_is_paid_like_physical_but_has_no_journey() -> None:
    profile = salaried(33000, travel=120)
    [there] = basis(meeting(13, 18), profile=profile)
    [remote] = basis(meeting(13, 18, remote=True), profile=profile)
    paid = (DayFee.FULL, Decimal(1000), Decimal("1000.00"))  # 5 h: full day; 5 × 200 kr
    assert (there.day_fee, there.day_fee_amount, there.income_amount) == paid
    assert (remote.day_fee, remote.day_fee_amount, remote.income_amount) == paid
    assert (there.travel, remote.travel) == (Decimal(120), Decimal(0))


def test_a_meeting_without_an_end_counts_no_hours_but_still_a_half_day() -> None:
    [line] = basis(meeting(13, None), profile=salaried(33000))
    assert (line.meeting_minutes, line.day_fee, line.income_minutes) == (0, DayFee.HALF, 0)
    assert FeeNote.NO_END in line.notes


def test_amounts_come_from_the_settings_only() -> None:
    other = {A: replace(LEVEL1, half_day=450, full_day=900, month_hours=170, income_cap=None)}
    [line] = basis(meeting(13, 16), profile=salaried(34000), settings=other)
    assert line.day_fee_amount == Decimal(450)
    assert (line.income_rate, line.income_amount) == (Decimal("200.00"), Decimal("600.00"))
