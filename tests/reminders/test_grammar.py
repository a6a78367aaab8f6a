"""The /paminnelser words: examples, and properties over any text people may type."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.core.texts import CATALOGUES
from bot.core.when import SV_WEEKDAYS
from bot.reminders.grammar import (
    parse_change,
    parse_days_before,
    parse_hours,
    parse_kinds,
    parse_weekdays,
)
from bot.reminders.kinds import ReminderKind
from bot.reminders.preferences import Preferences
from tests.conftest import STOCKHOLM


@pytest.mark.parametrize(
    ("text", "hours"),
    [("9-18", (9, 18)), ("09–18", (9, 18)), ("kl 8-20", (8, 20)), ("9.00-17.00", (9, 17))],
)
def test_hours(text: str, hours: tuple[int, int]) -> None:
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["", "18-9", "9-25", "nio till sex", "9.30-18"])
def test_bad_hours_say_how(text: str) -> None:
    with pytest.raises(UserError) as raised:
        parse_hours(text)
    assert raised.value.key == "paminnelser.bad_hours"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mån-fre", {0, 1, 2, 3, 4}),
        ("måndag, onsdag och fredag", {0, 2, 4}),
        ("tors", {3}),
        ("fre-mån", {4, 5, 6, 0}),
        ("vardagar", set(range(5))),
        ("helger", {5, 6}),
        ("alla", set(range(7))),
    ],
)
def test_weekdays(text: str, days: set[int]) -> None:
    assert parse_weekdays(text) == days


def test_kinds_by_everyday_words() -> None:
    assert parse_kinds("svar, möten och åtgärder") == {
        ReminderKind.SVAR,
        ReminderKind.MOTESDAG,
        ReminderKind.ATGARD,
    }
    assert parse_kinds("alla") == set(ReminderKind)
    with pytest.raises(UserError) as raised:
        parse_kinds("kaffe")
    assert raised.value.params["word"] == "kaffe"


def test_days_before() -> None:
    assert parse_days_before("5, 2") == (5, 2)
    with pytest.raises(UserError):
        parse_days_before("fem")
    with pytest.raises(UserError):
        parse_days_before("31")


def test_changes_compose_and_standard_resets() -> None:
    prefs = Preferences()
    for word, rest in (("av", "svar"), ("tider", "9-18"), ("dagar", "vardagar"), ("paus", "")):
        prefs = parse_change(word, rest)(prefs)
    assert prefs == Preferences(
        off=frozenset({ReminderKind.SVAR}),
        weekdays=frozenset(range(5)),
        hour_from=9,
        hour_to=18,
        paused=True,
    )
    monday = datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)
    assert not prefs.allows(ReminderKind.PUNKT, monday)
    prefs = parse_change("Fortsätt", "")(prefs)
    assert prefs.allows(ReminderKind.PUNKT, monday)
    assert not prefs.allows(ReminderKind.SVAR, monday)
    assert not prefs.allows(ReminderKind.PUNKT, monday.replace(hour=18))
    assert parse_change("standard", "")(prefs) == Preferences()


@given(st.text(max_size=40))
def test_any_text_is_read_or_refused_with_a_message(text: str) -> None:
    for parse in (parse_hours, parse_weekdays, parse_kinds, parse_days_before):
        with contextlib.suppress(UserError):  # a UserError is a message; anything else fails
            parse(text)


@given(st.integers(0, 23), st.integers(1, 24))
def test_whole_hour_ranges_read_back(start: int, end: int) -> None:
    if start < end:
        assert parse_hours(f"{start}-{end}") == (start, end)


@given(st.integers(0, 6), st.integers(0, 6))
def test_weekday_ranges_cover_the_days_between(first: int, last: int) -> None:
    days = parse_weekdays(f"{SV_WEEKDAYS[first][:3]}-{SV_WEEKDAYS[last]}")
    assert len(days) == (last - first) % 7 + 1
    assert first in days and last in days


def test_every_kind_can_be_typed_and_has_its_texts() -> None:
    for kind in ReminderKind:
        assert parse_kinds(kind.value) == {kind}
        for key in ("reminder", "paminnelser.what", "paminnelser.anchor"):
            assert f"{key}.{kind.slug}" in CATALOGUES["sv"], (key, kind)
