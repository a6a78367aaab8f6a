"""Parsing fee rules, pay data and periods: examples, and properties over any input."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.fees.parsing import parse_fee_settings, parse_hours, parse_period, parse_profile
from tests.conftest import NOW

STHLM = ZoneInfo("Europe/Stockholm")
FAST = settings(max_examples=200, deadline=None)


def test_the_example_in_the_help_sets_every_rule() -> None:
    assert parse_fee_settings(
        "nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000 maxtimmar 8 månadstimmar 165"
    ) == {
        "fee_level": 1,
        "fee_half_day": 600,
        "fee_full_day": 1000,
        "fee_full_day_over_minutes": 240,
        "fee_income_cap": 45000,
        "fee_max_day_minutes": 480,
        "fee_month_hours": 165,
    }


def test_words_without_accents_and_other_forms() -> None:
    assert parse_fee_settings("Niva 2 GRANS 3,5 tak inget halvdag 600kr") == {
        "fee_level": 2,
        "fee_full_day_over_minutes": 210,
        "fee_income_cap": None,
        "fee_half_day": 600,
    }
    assert parse_profile("lön 28000 skift ja resa 120") == {
        "monthly_salary": 28000,
        "shift_worker": True,
        "travel_per_meeting": 120,
    }
    assert parse_profile("månadslön inget resa 0") == {
        "monthly_salary": None,
        "travel_per_meeting": None,
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "arvode.settings.usage"),
        ("heldag", "arvode.settings.usage"),
        ("arvode 5", "arvode.settings.unknown"),
        ("nivå 4", "arvode.settings.bad_level"),
        ("heldag tusen", "arvode.bad_amount"),
        ("heldag -5", "arvode.bad_amount"),
        ("gräns 25", "arvode.bad_hours"),
        ("gräns fyra", "arvode.bad_hours"),
        # Reading decides the level, not the day's length (shared/seeds/001 L3831, L3854)
        ("läsning 2", "arvode.settings.reading_is_level"),
        ("månadstimmar 0", "arvode.settings.bad_month_hours"),
    ],
)
def test_bad_rules_are_refused_with_the_reason(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_fee_settings(text)
    assert refused.value.key == key


def test_periods() -> None:
    # NOW is 22 November 2026: "november" is this November, "december" last December.
    this_month = parse_period("", now=NOW, zone=STHLM)
    assert (this_month.year, this_month.month) == (2026, 11)
    assert this_month.start == datetime(2026, 11, 1, tzinfo=STHLM)
    assert this_month.end == datetime(2026, 12, 1, tzinfo=STHLM)
    assert (parse_period("december", now=NOW, zone=STHLM).year) == 2025
    december = parse_period("2026-12", now=NOW, zone=STHLM)
    assert december.end == datetime(2027, 1, 1, tzinfo=STHLM)
    assert parse_period("Mars 2027", now=NOW, zone=STHLM).month == 3
    year = parse_period("2026", now=NOW, zone=STHLM)
    assert (year.month, year.start, year.end) == (
        None,
        datetime(2026, 1, 1, tzinfo=STHLM),
        datetime(2027, 1, 1, tzinfo=STHLM),
    )
    with pytest.raises(UserError):
        parse_period("2026-13", now=NOW, zone=STHLM)


@FAST
@given(st.text(max_size=60))
def test_any_text_is_a_period_or_a_refusal(text: str) -> None:
    try:
        period = parse_period(text, now=NOW, zone=STHLM)
    except UserError as err:
        assert err.key == "arvode.period.not_understood"
        return
    assert period.start < period.end


@FAST
@given(st.text(max_size=80))
def test_any_text_is_rules_or_a_refusal(text: str) -> None:
    try:
        changes = parse_fee_settings(text)
    except UserError as err:
        assert err.key.startswith("arvode.")
        return
    assert changes and all(v is None or isinstance(v, int) for v in changes.values())


@FAST
@given(st.integers(0, 24 * 60))
def test_hours_as_typed_are_the_minutes_they_say(minutes: int) -> None:
    hours = f"{minutes / 60:.4f}".rstrip("0").rstrip(".")
    assert parse_hours(hours.replace(".", ","), "gräns", usage="/arvode") == minutes
    assert parse_hours(hours, "gräns", usage="/arvode") == minutes
