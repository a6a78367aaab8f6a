import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.core.when import format_date, format_when
from bot.when import When, WhenError, parse_when

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# Sunday 22 November 2026, ISO week 47, winter time (+01:00).
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=STOCKHOLM)
FAST = settings(max_examples=200, deadline=None)


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def test_now_is_a_sunday_in_week_47() -> None:
    assert NOW.weekday() == 6
    assert NOW.isocalendar().week == 47


# (text, start, end) for phrases with a time.
TIMED_SWEDISH: list[tuple[str, datetime, datetime | None]] = [
    # weekday + time
    ("torsdag kl 13", at(2026, 11, 26, 13), None),
    ("på torsdag kl 13", at(2026, 11, 26, 13), None),
    ("tors kl. 13.30", at(2026, 11, 26, 13, 30), None),
    ("Fredag klockan 9", at(2026, 11, 27, 9), None),
    ("mån kl 8-10", at(2026, 11, 23, 8), at(2026, 11, 23, 10)),
    ("tis 13:30", at(2026, 11, 24, 13, 30), None),
    ("ons kl 10.15-12", at(2026, 11, 25, 10, 15), at(2026, 11, 25, 12)),
    ("lör 10-14", at(2026, 11, 28, 10), at(2026, 11, 28, 14)),
    ("sön kl 13", at(2026, 11, 22, 13), None),  # today, the time is still ahead
    ("söndag kl 9", at(2026, 11, 29, 9), None),  # today's 9 has passed: next week
    ("torsdagen kl 18", at(2026, 11, 26, 18), None),
    ("nästa tisdag kl. 9.30", at(2026, 11, 24, 9, 30), None),
    ("nästa söndag kl 13", at(2026, 11, 29, 13), None),
    # dates + time
    ("fredag 12 mars kl 13-16", at(2027, 3, 12, 13), at(2027, 3, 12, 16)),
    ("torsdag 11 mars kl 13–16", at(2027, 3, 11, 13), at(2027, 3, 11, 16)),
    ("torsdagen den 11 mars kl 13", at(2027, 3, 11, 13), None),
    ("12/3 kl 13", at(2027, 3, 12, 13), None),
    ("12/3 2027 kl 13.00–16.30", at(2027, 3, 12, 13), at(2027, 3, 12, 16, 30)),
    ("2027-03-12 13:00", at(2027, 3, 12, 13), None),
    ("24 dec kl 15", at(2026, 12, 24, 15), None),
    ("den 1:a februari kl 9", at(2027, 2, 1, 9), None),
    ("22 november kl 13", at(2026, 11, 22, 13), None),  # today still counts
    ("22 november kl 9", at(2027, 11, 22, 9), None),  # already passed today
    ("31 dec 2026 kl 23.30", at(2026, 12, 31, 23, 30), None),
    ("12 okt. kl 9", at(2027, 10, 12, 9), None),
    ("6 juni 2027 kl. 10.00–16.00", at(2027, 6, 6, 10), at(2027, 6, 6, 16)),
    # time only: today if still ahead, else tomorrow
    ("kl 13", at(2026, 11, 22, 13), None),
    ("klockan 14", at(2026, 11, 22, 14), None),
    ("kl 9", at(2026, 11, 23, 9), None),
    ("kl 10-12", at(2026, 11, 23, 10), at(2026, 11, 23, 12)),  # 10.00 is now, not ahead
    ("kl 13-16", at(2026, 11, 22, 13), at(2026, 11, 22, 16)),
    ("kl 13 till 16", at(2026, 11, 22, 13), at(2026, 11, 22, 16)),
    ("13.00–16.30", at(2026, 11, 22, 13), at(2026, 11, 22, 16, 30)),
    ("13-16", at(2026, 11, 22, 13), at(2026, 11, 22, 16)),
    ("13:30", at(2026, 11, 22, 13, 30), None),
    # relative days
    ("idag kl 13", at(2026, 11, 22, 13), None),
    ("i dag kl. 15", at(2026, 11, 22, 15), None),
    ("imorgon kl 9", at(2026, 11, 23, 9), None),
    ("i morgon 9-11", at(2026, 11, 23, 9), at(2026, 11, 23, 11)),
    ("i övermorgon kl 8", at(2026, 11, 24, 8), None),
    ("om 3 dagar kl 10", at(2026, 11, 25, 10), None),
    ("torsdag om två veckor kl 13", at(2026, 12, 10, 13), None),  # not 3 Dec: that is 11 days
    ("i kväll kl 19", at(2026, 11, 22, 19), None),
    # week numbers
    ("v. 50 onsdag 10-12", at(2026, 12, 9, 10), at(2026, 12, 9, 12)),
    ("v.51 fre kl 9", at(2026, 12, 18, 9), None),
    ("vecka 47 söndag kl 13", at(2026, 11, 22, 13), None),
    ("onsdag nästa vecka kl 14", at(2026, 11, 25, 14), None),
    # sloppy typing
    ("  TORSDAG   kl  13 . ", at(2026, 11, 26, 13), None),
    ("Fredag 12 Mars Kl 13-16.", at(2027, 3, 12, 13), at(2027, 3, 12, 16)),
    ("IMORGON KL 9", at(2026, 11, 23, 9), None),
    ("nasta tisdag kl 9", at(2026, 11, 24, 9), None),
    ("12 mars kl13", at(2027, 3, 12, 13), None),
    ("kl.13", at(2026, 11, 22, 13), None),
    ("kl 13 - 16", at(2026, 11, 22, 13), at(2026, 11, 22, 16)),
    ("fredag,12 mars, kl 13", at(2027, 3, 12, 13), None),
    ("från kl 13 till kl 16", at(2026, 11, 22, 13), at(2026, 11, 22, 16)),
    ("torsdag mellan 13 och 16", at(2026, 11, 26, 13), at(2026, 11, 26, 16)),
    ("kl 13.00-16.00 torsdag", at(2026, 11, 26, 13), at(2026, 11, 26, 16)),
    ("torsdag 26/11 kl 13", at(2026, 11, 26, 13), None),
    ("om 2 veckor på onsdag kl 9", at(2026, 12, 9, 9), None),
    # clock words, the way they are said: meetings are daytime, so "halv två" is 13.30
    ("torsdag halv två", at(2026, 11, 26, 13, 30), None),
    ("torsdag kl halv 2", at(2026, 11, 26, 13, 30), None),
    ("tisdag kvart över nio", at(2026, 11, 24, 9, 15), None),
    ("tisdag kvart i tre", at(2026, 11, 24, 14, 45), None),
    ("fredag fem över halv tre", at(2026, 11, 27, 14, 35), None),
    ("fredag fem i halv tre", at(2026, 11, 27, 14, 25), None),
    ("fredag tio i tre", at(2026, 11, 27, 14, 50), None),
    ("måndag tjugo över tio", at(2026, 11, 23, 10, 20), None),
    ("måndag halv ett", at(2026, 11, 23, 12, 30), None),
    ("måndag kvart i ett", at(2026, 11, 23, 12, 45), None),
    ("onsdag klockan tre", at(2026, 11, 25, 15), None),
    ("onsdag kl nio", at(2026, 11, 25, 9), None),
    ("onsdag kl 2 på eftermiddagen", at(2026, 11, 25, 14), None),
    ("onsdag klockan sju på kvällen", at(2026, 11, 25, 19), None),
    ("onsdag halv åtta på kvällen", at(2026, 11, 25, 19, 30), None),
    ("onsdag kl 10 på förmiddagen", at(2026, 11, 25, 10), None),
    ("onsdag kl 2 em", at(2026, 11, 25, 14), None),
    ("onsdag kl 3 e.m.", at(2026, 11, 25, 15), None),
    ("torsdag halv två till halv fyra", at(2026, 11, 26, 13, 30), at(2026, 11, 26, 15, 30)),
    ("torsdag kl 13 till halv fyra", at(2026, 11, 26, 13), at(2026, 11, 26, 15, 30)),
    ("torsdag kvart över 14", at(2026, 11, 26, 14, 15), None),
    ("torsdag kvart över nio till elva", at(2026, 11, 26, 9, 15), at(2026, 11, 26, 11)),
    ("torsdag mellan nio och tolv", at(2026, 11, 26, 9), at(2026, 11, 26, 12)),
    ("torsdag tio-tolv", at(2026, 11, 26, 10), at(2026, 11, 26, 12)),
    ("torsdag från 13 till tre", at(2026, 11, 26, 13), at(2026, 11, 26, 15)),
    ("torsdag kl tolv till två", at(2026, 11, 26, 12), at(2026, 11, 26, 14)),
    ("halv två", at(2026, 11, 22, 13, 30), None),
    # weeks, as said
    ("i vecka 50 onsdag kl 10", at(2026, 12, 9, 10), None),
    ("torsdag i vecka 52 kl 13", at(2026, 12, 24, 13), None),
    ("torsdag om en vecka kl 13", at(2026, 12, 3, 13), None),
    ("torsdag i nästa vecka halv två", at(2026, 11, 26, 13, 30), None),
]

# (text, day) for phrases without a time: start is local midnight and has_time is False.
DATE_ONLY_SWEDISH: list[tuple[str, date]] = [
    ("söndag", date(2026, 11, 29)),  # today's weekday without a time: next week
    ("måndag", date(2026, 11, 23)),
    ("på torsdag", date(2026, 11, 26)),
    ("nästa måndag", date(2026, 11, 23)),
    ("12 mars", date(2027, 3, 12)),
    ("12 mars 2027", date(2027, 3, 12)),
    ("den 12 mars", date(2027, 3, 12)),
    ("12/3", date(2027, 3, 12)),
    ("12/3 2027", date(2027, 3, 12)),
    ("12/3-2027", date(2027, 3, 12)),
    ("2027-03-12", date(2027, 3, 12)),
    ("1 jan", date(2027, 1, 1)),
    ("3 sept", date(2027, 9, 3)),
    ("22 november", date(2026, 11, 22)),
    ("29/2", date(2028, 2, 29)),
    ("idag", date(2026, 11, 22)),
    ("i morgon", date(2026, 11, 23)),
    ("övermorgon", date(2026, 11, 24)),
    ("om två veckor", date(2026, 12, 6)),
    ("om en vecka", date(2026, 11, 29)),
    ("om tio dagar", date(2026, 12, 2)),
    ("vecka 50", date(2026, 12, 7)),
    ("v. 50", date(2026, 12, 7)),
    ("v50", date(2026, 12, 7)),
    ("vecka 50 onsdag", date(2026, 12, 9)),
    ("onsdag vecka 50", date(2026, 12, 9)),
    ("vecka 1", date(2027, 1, 4)),
    ("vecka 53", date(2026, 12, 28)),  # 2026 has 53 ISO weeks
    ("vecka 47", date(2027, 11, 22)),  # this week's Monday has passed
    ("nästa vecka", date(2026, 11, 23)),
    ("I ÖVERMORGON.", date(2026, 11, 24)),
    ("i vecka 52", date(2026, 12, 21)),
    ("under vecka 50", date(2026, 12, 7)),
    ("torsdag om en vecka", date(2026, 12, 3)),
    ("om två veckor", date(2026, 12, 6)),
]

TIMED_ENGLISH: list[tuple[str, datetime, datetime | None]] = [
    ("next tuesday 1pm", at(2026, 11, 24, 13), None),
    ("march 12 at 13:00", at(2027, 3, 12, 13), None),
    ("tomorrow 9am", at(2026, 11, 23, 9), None),
    ("2027-03-12 13:00", at(2027, 3, 12, 13), None),
    ("2027-03-12T13:00", at(2027, 3, 12, 13), None),
    ("friday 3pm", at(2026, 11, 27, 15), None),
    ("Thursday 11 March 2027, 13:00–16:00", at(2027, 3, 11, 13), at(2027, 3, 11, 16)),
    ("march 12th, 2027 at 1:30 pm", at(2027, 3, 12, 13, 30), None),
    ("1-3pm", at(2026, 11, 22, 13), at(2026, 11, 22, 15)),
    ("10-2pm", at(2026, 11, 23, 10), at(2026, 11, 23, 14)),
    ("between 1pm and 3pm tomorrow", at(2026, 11, 23, 13), at(2026, 11, 23, 15)),
    ("Monday, March 15 2027 at 10am", at(2027, 3, 15, 10), None),
    ("day after tomorrow at noon", at(2026, 11, 24, 12), None),  # via dateparser
    ("friday half past two", at(2026, 11, 27, 14, 30), None),
    ("friday quarter past nine", at(2026, 11, 27, 9, 15), None),
    ("friday quarter to three", at(2026, 11, 27, 14, 45), None),
    ("friday at three in the afternoon", at(2026, 11, 27, 15), None),
    ("in week 50 wednesday at 10am", at(2026, 12, 9, 10), None),
]

DATE_ONLY_ENGLISH: list[tuple[str, date]] = [
    ("in 2 weeks", date(2026, 12, 6)),
    ("next week friday", date(2026, 11, 27)),
    ("today", date(2026, 11, 22)),
]


def test_there_are_enough_swedish_phrases() -> None:
    assert len(TIMED_SWEDISH) + len(DATE_ONLY_SWEDISH) >= 60


@pytest.mark.parametrize(("text", "start", "end"), TIMED_SWEDISH + TIMED_ENGLISH)
def test_timed_phrases(text: str, start: datetime, end: datetime | None) -> None:
    when = parse_when(text, now=NOW)
    assert when == When(start=start, end=end, has_time=True)


@pytest.mark.parametrize(("text", "day"), DATE_ONLY_SWEDISH + DATE_ONLY_ENGLISH)
def test_date_only_phrases(text: str, day: date) -> None:
    when = parse_when(text, now=NOW)
    assert when == When(start=at(day.year, day.month, day.day), end=None, has_time=False)


FAILING: list[tuple[str, str]] = [
    ("", "empty"),
    ("   . ", "empty"),
    ("x" * 201, "too_long"),
    ("blaha", "not_understood"),
    ("kl", "not_understood"),
    ("mars", "not_understood"),
    ("13", "bare_number"),
    ("torsdag 13", "bare_number"),
    ("kl 25", "bad_clock"),
    ("kl 24", "bad_clock"),
    ("kl 13.60", "bad_clock"),
    ("13pm", "bad_clock"),
    ("halv 26", "bad_clock"),
    ("trettio över tre", "not_understood"),
    ("35 över tre", "bad_clock"),
    ("fem i kvart", "not_understood"),
    ("kl 16-13", "range_order"),
    ("kl 13-13", "range_order"),
    ("31 februari", "no_such_day"),
    ("30/2", "no_such_day"),
    ("31/4 kl 13", "no_such_day"),
    ("29/2 2027", "no_such_day"),
    ("13/13", "no_such_month"),
    ("2027-13-01", "no_such_month"),
    ("12/3 2025", "past"),
    ("2026-01-01", "past"),
    ("22 november 2026 kl 9", "past"),
    ("idag kl 9", "past"),
    ("yesterday", "past"),
    ("vecka 54", "bad_week"),
    ("vecka 0", "bad_week"),
    ("måndag tisdag", "ambiguous"),
    ("kl 13 kl 14", "ambiguous"),
    ("12 mars 12 april", "ambiguous"),
    ("nästa tisdag vecka 50", "ambiguous"),
    ("torsdag 12 mars kl 13", "weekday_mismatch"),  # 12 mars 2027 is a Friday
    ("tisdag imorgon", "weekday_mismatch"),  # tomorrow is a Monday
]


@pytest.mark.parametrize(("text", "key"), FAILING)
def test_failing_phrases_explain_in_swedish_with_a_working_example(text: str, key: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_when(text, now=NOW)
    message = str(caught.value)
    assert caught.value.reason == key
    assert "till exempel" in message
    example = re.search(r'till exempel "([^"]+)"', message)
    assert example is not None
    parse_when(example.group(1), now=NOW)  # the suggested phrase really works


def test_not_understood_quotes_the_text() -> None:
    with pytest.raises(WhenError, match='Jag förstod inte "blaha" som en tid'):
        parse_when("blaha", now=NOW)


def test_weekday_mismatch_says_which_day_it_is() -> None:
    with pytest.raises(WhenError, match="12 mars 2027 är en fredag, inte en torsdag"):
        parse_when("torsdag 12 mars", now=NOW)


def test_past_explicit_date_is_an_error_not_next_year() -> None:
    with pytest.raises(WhenError, match="har redan varit"):
        parse_when("1 november 2026 kl 13", now=NOW)


def test_date_without_year_is_the_next_occurrence() -> None:
    assert parse_when("1 november kl 13", now=NOW).start == at(2027, 11, 1, 13)
    assert parse_when("1 december kl 13", now=NOW).start == at(2026, 12, 1, 13)


def test_when_error_is_a_value_error() -> None:
    assert issubclass(WhenError, ValueError)


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware") as caught:
        parse_when("kl 13", now=datetime(2026, 11, 22, 10, 0))
    assert not isinstance(caught.value, WhenError)


def test_now_in_another_zone_is_converted() -> None:
    assert parse_when("kl 13", now=NOW.astimezone(UTC)).start == at(2026, 11, 22, 13)


@pytest.mark.parametrize("tz", ["America/New_York", ZoneInfo("America/New_York")])
def test_other_time_zone(tz: str | ZoneInfo) -> None:
    new_york = ZoneInfo("America/New_York")
    # 10.00 in Stockholm is 04.00 in New York, so 9 is still ahead there.
    assert parse_when("kl 9", now=NOW, tz=tz).start == datetime(2026, 11, 22, 9, tzinfo=new_york)


def test_everything_comes_from_now() -> None:
    later = datetime(2040, 6, 1, 12, tzinfo=STOCKHOLM)
    assert parse_when("12 mars", now=later).start == at(2041, 3, 12)
    assert parse_when("imorgon kl 9", now=later).start == at(2040, 6, 2, 9)


def test_when_is_frozen() -> None:
    when = parse_when("kl 13", now=NOW)
    with pytest.raises(dataclasses.FrozenInstanceError):
        when.start = NOW  # type: ignore[misc]


# DST 2027: summer time starts Sunday 28 March, ends Sunday 31 October.
@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("21 mars 2027 kl 13", 1),
        ("28 mars 2027 kl 13", 2),
        ("4 april 2027 kl 13", 2),
        ("24 oktober 2027 kl 13", 2),
        ("31 oktober 2027 kl 13", 1),
        ("7 november 2027 kl 13", 1),
    ],
)
def test_dst_sundays_keep_wall_clock_time(text: str, offset_hours: int) -> None:
    start = parse_when(text, now=NOW).start
    assert (start.hour, start.minute) == (13, 0)
    assert start.utcoffset() == timedelta(hours=offset_hours)


# `now` is 14.00 on the Sunday before each switch, so "söndag kl 13" means the switch day.
@pytest.mark.parametrize(
    ("now", "switch_day", "offset_hours"),
    [
        (at(2027, 3, 21, 14), date(2027, 3, 28), 2),
        (at(2027, 10, 24, 14), date(2027, 10, 31), 1),
    ],
)
@pytest.mark.parametrize("text", ["söndag kl 13", "nästa söndag kl 13", "om en vecka kl 13"])
def test_relative_phrases_across_dst_switch(
    text: str, now: datetime, switch_day: date, offset_hours: int
) -> None:
    start = parse_when(text, now=now).start
    assert start.date() == switch_day
    assert (start.hour, start.minute) == (13, 0)
    assert start.utcoffset() == timedelta(hours=offset_hours)
    week_after = parse_when("om två veckor kl 13", now=now).start
    assert week_after.date() == switch_day + timedelta(days=7)
    assert week_after.hour == 13


def test_time_in_spring_forward_gap_moves_forward() -> None:
    start = parse_when("28 mars 2027 kl 2.30", now=NOW).start
    assert (start.hour, start.minute) == (3, 30)
    assert start.utcoffset() == timedelta(hours=2)


def test_time_that_happens_twice_in_autumn_is_the_first() -> None:
    start = parse_when("31 oktober 2027 kl 2.30", now=NOW).start
    assert start.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_range_across_spring_forward_is_real_duration() -> None:
    when = parse_when("28 mars 2027 kl 1-4", now=NOW)
    assert when.end is not None
    # Same-zone subtraction in Python ignores the offset change, so compare in UTC.
    assert when.end.astimezone(UTC) - when.start.astimezone(UTC) == timedelta(hours=2)


def test_format_when_swedish() -> None:
    when = When(start=at(2026, 3, 12, 13), end=at(2026, 3, 12, 16))
    assert format_when(when) == "torsdag 12 mars 2026 kl. 13.00–16.00"
    assert format_when(When(start=at(2026, 3, 12, 9, 30))) == "torsdag 12 mars 2026 kl. 09.30"
    assert format_when(When(start=at(2026, 3, 12), has_time=False)) == "torsdag 12 mars 2026"


def test_format_when_english() -> None:
    when = When(start=at(2026, 3, 12, 13), end=at(2026, 3, 12, 16))
    assert format_when(when, lang="en") == "Thursday 12 March 2026, 13:00–16:00"


def test_format_date() -> None:
    assert format_date(date(2026, 3, 12)) == "torsdag 12 mars 2026"
    assert format_date(date(2026, 12, 6), lang="en") == "Sunday 6 December 2026"
    with pytest.raises(ValueError, match="unsupported language"):
        format_date(date(2026, 3, 12), lang="fi")


def _never_raises_anything_but_when_error(text: str) -> None:
    try:
        when = parse_when(text, now=NOW)
    except WhenError as error:
        assert str(error)
    else:
        assert when.start.tzinfo is not None
        assert when.end is None or when.end > when.start


@FAST
@given(st.text(max_size=250))
def test_arbitrary_text_only_raises_when_error(text: str) -> None:
    _never_raises_anything_but_when_error(text)


FRAGMENTS = [
    "kl", "kl.", "klockan", "at", "nästa", "next", "på", "den", "om", "i", "dag", "idag",
    "imorgon", "övermorgon", "vecka", "veckor", "v.", "v", "dagar", "till", "-", "–", "/",
    ":", ".", ",", "mars", "feb", "maj", "december", "tisdag", "tors", "sön", "friday",
    "pm", "am", "0", "1", "9", "12", "13", "24", "29", "31", "53", "60", "2027", "1999",
    "99999999999999999999", "två", "en", "tomorrow", "noon", "yesterday", "blaha",
    "halv", "kvart", "över", "fem", "tolv", "på eftermiddagen", "e.m.", "past", "quarter",
    "och", "elva", "to",
]  # fmt: skip


@FAST
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=8), st.sampled_from([" ", "", "  "]))
def test_time_vocabulary_soup_only_raises_when_error(words: list[str], glue: str) -> None:
    _never_raises_anything_but_when_error(glue.join(words))


@FAST
@given(st.integers(1, 28), st.integers(1, 12), st.integers(0, 23))
@example(28, 3, 2)  # the night summer time begins: 02.00 never happens
def test_day_month_hour_round_trip(day: int, month: int, hour: int) -> None:
    start = parse_when(f"{day}/{month} kl {hour}", now=NOW).start
    wall = datetime(start.year, month, day, hour, tzinfo=STOCKHOLM)
    # A time in the spring-forward gap is the real time the clock shows then (02.00 -> 03.00).
    real = wall.astimezone(UTC).astimezone(STOCKHOLM)
    assert (start.day, start.month, start.hour, start.minute) == (day, month, real.hour, 0)
    assert NOW < start <= NOW + timedelta(days=366)


@FAST
@given(
    st.integers(1, 700),
    st.integers(6, 21),
    st.integers(1, 2),
    st.sampled_from([0, 15, 30, 45]),
    st.sampled_from(["sv", "en"]),
)
def test_formatted_when_parses_back(
    days_ahead: int, hour: int, length: int, minute: int, lang: str
) -> None:
    day = NOW.date() + timedelta(days=days_ahead)
    when = When(
        start=at(day.year, day.month, day.day, hour, minute),
        end=at(day.year, day.month, day.day, hour + length, minute),
    )
    assert parse_when(format_when(when, lang=lang), now=NOW) == when


HOUR_WORDS = [
    "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
]  # fmt: skip
# (how the minutes are said, minutes from the named hour)
SPOKEN = [
    ("", 0), ("halv", -30), ("kvart över", 15), ("kvart i", -15), ("fem över", 5),
    ("tio i", -10), ("fem över halv", -25), ("fem i halv", -35), ("tjugo över", 20),
]  # fmt: skip


@FAST
@given(st.integers(1, 12), st.sampled_from(SPOKEN), st.booleans())
def test_a_spoken_clock_is_daytime_and_the_time_it_says(
    hour: int, said: tuple[str, int], in_words: bool
) -> None:
    words, offset = said
    named = HOUR_WORDS[hour - 1] if in_words else str(hour)
    phrase = f"torsdag kl {words} {named}".replace("  ", " ")
    if not words and not in_words:
        return  # "kl 3" in digits is 03.00, as written
    start = parse_when(phrase, now=NOW).start
    minutes = (start.hour * 60 + start.minute - (hour * 60 + offset)) % (12 * 60)
    assert minutes == 0, phrase  # the same clock face reading
    assert 7 <= start.hour <= 18, phrase  # meetings are held in the daytime
