"""Understand meeting times the way people type them in a chat, in Swedish or English.

`parse_when` turns phrases like "torsdag 12 mars kl 13-16", "nästa tisdag kl. 9.30",
"v. 50 onsdag 10-12" or "tomorrow 9am" into a `When`. All dates are resolved relative to
the `now` the caller passes in; this module never reads the wall clock.

Our own regex-based reader handles the common forms, because dateparser misreads or
rejects many Swedish phrases ("12 mars" becomes year 2112, "imorgon kl 9" is None).
dateparser is only asked about what is left when our reader cannot account for every word.

Rules for choosing the day:

* A bare weekday ("torsdag", "på tors") is the next such day after today. If it names
  today, it means today only when a time is given that is still ahead, otherwise the
  same weekday next week.
* "nästa tisdag" is the Tuesday of the next ISO week (Monday-Sunday), as in Swedish
  usage: said on a Monday it means the Tuesday eight days later, not tomorrow.
  "next tuesday" follows the same rule.
* A date without a year ("12 mars", "12/3") is the next time that date occurs; today
  counts if no time is given or the time is still ahead.
* "torsdag om en vecka" is the first Thursday at least a week from today: said on a
  Sunday or a Friday it is not the coming Thursday.
* A week number ("vecka 50") is the next such ISO week that is still ahead; without a
  weekday it means the Monday of that week. "nästa vecka" is the next ISO week.
* A time without a day ("kl 14") is today if still ahead, otherwise tomorrow.
* A weekday written next to a date ("torsdag 12 mars", "tisdag imorgon") must be that
  date's weekday; otherwise the user gets an error naming the right one.
* Explicit dates with a year, and relative days ("idag kl 9"), that have already passed
  are errors rather than silently moved forward.

Times are wall-clock times in the given zone. A time that does not exist because the
clocks spring forward (02:30 on the last Sunday in March) moves forward by the gap
(03:30); a time that occurs twice in autumn means the first, summer-time occurrence.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.errors import UserError
from bot.core.texts.render import plain
from bot.core.when_format import (  # the formatting, without the reader: see there
    EN_MONTHS,
    EN_WEEKDAYS,
    SV_MONTHS,
    SV_WEEKDAYS,
    When,
    format_clock,
    format_date,
    format_when,
)
from bot.core.when_words import BadClock, spell_out

__all__ = [  # with what bot.core.when_format holds, as before the two were parted
    "DEFAULT_TZ",
    "EN_MONTHS",
    "EN_WEEKDAYS",
    "MAX_INPUT_LENGTH",
    "SV_MONTHS",
    "SV_WEEKDAYS",
    "When",
    "WhenError",
    "format_clock",
    "format_date",
    "format_when",
    "parse_when",
]

DEFAULT_TZ = "Europe/Stockholm"
MAX_INPUT_LENGTH = 200
_SHOWN_LENGTH = 60
# dateparser happily turns noise into far-away dates; a meeting is never that far ahead.
_FALLBACK_HORIZON = timedelta(days=731)
# How many years ahead to look for a dateless "29/2" or a "vecka 53".
_YEARS_TO_SEARCH = 9

# Vocabulary, written after folding (lower case, å/ä -> a, ö -> o, dashes -> "-").
_WEEKDAY_WORDS: dict[str, int] = {
    "mandag": 0, "man": 0, "tisdag": 1, "tis": 1, "onsdag": 2, "ons": 2,
    "torsdag": 3, "tors": 3, "tor": 3, "fredag": 4, "fre": 4, "lordag": 5, "lor": 5,
    "sondag": 6, "son": 6,
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# Definite forms, as in "torsdagen den 12 mars".
_WEEKDAY_WORDS |= {f"{word}en": day for word, day in _WEEKDAY_WORDS.items() if word.endswith("dag")}
_MONTH_WORDS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "augusti": 8, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "atta": 8, "nio": 9, "tio": 10,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

_FOLD_TABLE = str.maketrans({"å": "a", "ä": "a", "ö": "o", "–": "-", "—": "-", "−": "-"})


def _alternatives(words: dict[str, int]) -> str:
    # Longest first, so "tors" wins over "tor" and "mars" over "mar".
    return "|".join(sorted(words, key=len, reverse=True))


def _clock_pattern(name: str) -> str:
    return rf"(?P<{name}_h>\d{{1,2}})(?:[.:](?P<{name}_m>\d{{2}}))?(?:\s*(?P<{name}_ap>[ap]m))?"


_RANGE_SEPARATOR = r"(?:\s*-\s*|\s+(?:till|och|to|until|and)\s+)(?:(?:klockan|kl)\.?\s*)?"
_CLOCK_END = r"(?!\w|[.:/-]\d)"
_PREFIXED_CLOCK = re.compile(
    rf"\b(?:klockan|kl|at)(?![a-z])\.?\s*{_clock_pattern('s')}"
    rf"(?:{_RANGE_SEPARATOR}{_clock_pattern('e')})?{_CLOCK_END}"
)
# Without "kl" a lone "13" is not a time, so a bare clock needs minutes, am/pm or a range.
_BARE_CLOCK = re.compile(
    rf"(?<![\w./:-]){_clock_pattern('s')}"
    rf"(?:{_RANGE_SEPARATOR}{_clock_pattern('e')}|(?<=[.:]\d\d)|(?<=[ap]m)){_CLOCK_END}"
)
_ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_SLASH_DATE = re.compile(
    r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:(?:\s*[-/]\s*|\s+)(?P<y>\d{4}))?\b(?![/-]\d)"
)
_ORDINAL = r"(?::e|:a|st|nd|rd|th)?"
_MONTH = rf"(?P<month>{_alternatives(_MONTH_WORDS)})\b\.?"
_YEAR = r"(?:\s*,?\s*(?P<y>\d{4})\b)?"
_DAY_MONTH = re.compile(rf"\b(?:den\s+)?(?P<d>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?{_MONTH}{_YEAR}")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORDINAL}\b{_YEAR}")
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<two>(?:i\s*)?overmorgon|(?:the\s+)?day\s+after\s+tomorrow)"
    r"|(?P<one>i\s*morgon|tomorrow)|i\s*dag|today|i\s*kvall|tonight)\b"
)
_DAYS_OR_WEEKS_AHEAD = re.compile(
    rf"\b(?:om|in)\s+(?P<n>\d{{1,3}}|{_alternatives(_NUMBER_WORDS)})\s+"
    r"(?:(?P<weeks>veckor|vecka|weeks|week)|dagar|dag|days|day)\b"
)
_NEXT_WEEK = re.compile(r"\b(?:i\s+)?(?:nasta|next)\s+(?:vecka|week)\b")
_WEEK_NUMBER = re.compile(
    r"\b(?:(?:i|under|in)\s+)?(?:veckan|vecka|week|v)\.?\s*(?P<week>\d{1,3})\b"
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<next>nasta|next)\s+)?(?P<day>{_alternatives(_WEEKDAY_WORDS)})\b\.?"
)
_FILLER = re.compile(r"\b(?:den|denna|pa|on|the|this|at|fran|from|mellan|between)\b|[,.;:!?-]")
_LONE_NUMBER = re.compile(r"\d{1,2}")


class WhenError(UserError, ValueError):
    """The text could not be read as a time; `str()` is the Swedish message for the user.

    `reason` names it ("past", "bad_clock", …); as a UserError the catalogue key is
    "when.<reason>", so a handler renders it in the council's language like any refusal.
    """

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(f"when.{reason}", **params)
        self.reason = reason

    def __str__(self) -> str:
        return plain(self.key, "sv", **self.params)


@dataclass(frozen=True)
class _Clock:
    start: time
    end: time | None


@dataclass(frozen=True)
class _CalendarDate:
    year: int | None
    month: int
    day: int


@dataclass(frozen=True)
class _DaysAhead:
    days: int


@dataclass(frozen=True)
class _WeeksAhead:
    weeks: int
    # "nästa vecka" means the Monday; "om en vecka" means the same weekday as today.
    from_monday: bool


@dataclass(frozen=True)
class _WeekNumber:
    week: int


_Anchor = _CalendarDate | _DaysAhead | _WeeksAhead | _WeekNumber


@dataclass(frozen=True)
class _Weekday:
    index: int
    next_week: bool


@dataclass(frozen=True)
class _Parts:
    clock: _Clock | None
    anchor: _Anchor | None
    weekday: _Weekday | None = None


@dataclass(frozen=True)
class _Context:
    now: datetime
    zone: ZoneInfo
    shown: str

    @property
    def today(self) -> date:
        return self.now.date()

    def localize(self, day: date, clock: time) -> datetime:
        # The UTC round trip turns a time inside the spring-forward gap into a real one.
        return datetime.combine(day, clock, tzinfo=self.zone).astimezone(UTC).astimezone(self.zone)

    def is_ahead(self, day: date, clock: time | None) -> bool:
        if clock is None:
            return day >= self.today
        return self.localize(day, clock) > self.now


class _Scanner:
    """Removes recognised pieces from the text, so that what is left can be checked."""

    def __init__(self, text: str) -> None:
        self.text = text

    def take(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        matches = list(pattern.finditer(self.text))
        self.text = pattern.sub(" ", self.text)
        return matches

    def leftover(self) -> str:
        return " ".join(_FILLER.sub(" ", self.text).split())


def parse_when(text: str, *, now: datetime, tz: str | ZoneInfo = DEFAULT_TZ) -> When:
    """Read a day and optional time or time span from `text`, relative to `now`.

    Raises WhenError (with a Swedish message for the user) when the text cannot be read,
    and ValueError when `now` is naive, which is a programming error.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("parse_when needs a timezone-aware `now`")
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    folded = _fold(text)
    ctx = _Context(now=now.astimezone(zone), zone=zone, shown=_shown(text))
    return _build(_read_parts(folded, ctx), ctx)


def _fold(text: str) -> str:
    """Lower case, no å/ä/ö, plain dashes, single spaces and no trailing punctuation."""
    if len(text) > MAX_INPUT_LENGTH:
        raise WhenError("too_long")
    folded = unicodedata.normalize("NFKC", text).lower().translate(_FOLD_TABLE)
    # "2027-03-12T13:00": let the time stand on its own.
    folded = re.sub(r"(\d{4}-\d{1,2}-\d{1,2})t(?=\d)", r"\1 ", folded)
    folded = " ".join(folded.split()).strip(" .,!?")
    if not folded:
        raise WhenError("empty")
    return folded


def _shown(text: str) -> str:
    """The user's text as quoted back in messages: tidied and not too long."""
    tidy = " ".join(text.split())
    return tidy if len(tidy) <= _SHOWN_LENGTH else tidy[: _SHOWN_LENGTH - 1] + "…"


def _read_parts(folded: str, ctx: _Context) -> _Parts:
    try:
        scanner = _Scanner(spell_out(folded))
    except BadClock as err:
        raise WhenError("bad_clock", clock=str(err)) from None
    clock = _read_clock(scanner, ctx)
    without_clock = scanner.text
    anchors = _read_anchors(scanner)
    weekdays = [
        _Weekday(_WEEKDAY_WORDS[m["day"]], next_week=m["next"] is not None)
        for m in scanner.take(_WEEKDAY)
    ]
    if len(anchors) > 1 or len(weekdays) > 1:
        raise WhenError("ambiguous", text=ctx.shown)
    leftover = scanner.leftover()
    if leftover:
        return _read_with_dateparser(without_clock, leftover, clock, ctx)
    if not (anchors or weekdays or clock):
        raise WhenError("not_understood", text=ctx.shown)
    return _Parts(
        clock=clock,
        anchor=anchors[0] if anchors else None,
        weekday=weekdays[0] if weekdays else None,
    )


def _read_clock(scanner: _Scanner, ctx: _Context) -> _Clock | None:
    matches = scanner.take(_PREFIXED_CLOCK) + scanner.take(_BARE_CLOCK)
    if len(matches) > 1:
        raise WhenError("ambiguous", text=ctx.shown)
    return _clock_from_match(matches[0]) if matches else None


def _clock_from_match(match: re.Match[str]) -> _Clock:
    start_meridiem, end_meridiem = match["s_ap"], match["e_ap"]
    if match["e_h"] is not None and start_meridiem is None:
        # "1-3pm": the am/pm written once applies to the whole span when that makes sense.
        start_meridiem = _shared_meridiem(int(match["s_h"]), int(match["e_h"]), end_meridiem)
    try:
        start = _clock_time(match["s_h"], match["s_m"], start_meridiem)
        end = _clock_time(match["e_h"], match["e_m"], end_meridiem) if match["e_h"] else None
    except ValueError:
        raise WhenError("bad_clock", clock=match.group().strip()) from None
    return _Clock(start, end)


def _shared_meridiem(start_hour: int, end_hour: int, end_meridiem: str | None) -> str | None:
    if end_meridiem != "pm" or not 1 <= start_hour <= 12 or not 1 <= end_hour <= 12:
        return None
    return "pm" if start_hour % 12 < end_hour % 12 else "am"


def _clock_time(hour_text: str, minute_text: str | None, meridiem: str | None) -> time:
    hour, minute = int(hour_text), int(minute_text or 0)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            raise ValueError("am/pm needs an hour from 1 to 12")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return time(hour, minute)  # raises ValueError for 24 or 60 and above


def _read_anchors(scanner: _Scanner) -> list[_Anchor]:
    """Everything that says which day or week, apart from a weekday name."""
    anchors: list[_Anchor] = []
    for pattern in (_ISO_DATE, _SLASH_DATE):
        anchors += [_calendar_date(m["y"], int(m["m"]), m["d"]) for m in scanner.take(pattern)]
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        anchors += [
            _calendar_date(m["y"], _MONTH_WORDS[m["month"]], m["d"]) for m in scanner.take(pattern)
        ]
    anchors += [_relative_day(m) for m in scanner.take(_RELATIVE_DAY)]
    anchors += [_days_or_weeks_ahead(m) for m in scanner.take(_DAYS_OR_WEEKS_AHEAD)]
    anchors += [_WeeksAhead(1, from_monday=True) for _ in scanner.take(_NEXT_WEEK)]
    anchors += [_WeekNumber(int(m["week"])) for m in scanner.take(_WEEK_NUMBER)]
    return anchors


def _calendar_date(year: str | None, month: int, day: str) -> _CalendarDate:
    return _CalendarDate(None if year is None else int(year), month, int(day))


def _relative_day(match: re.Match[str]) -> _DaysAhead:
    if match["two"]:
        return _DaysAhead(2)
    return _DaysAhead(1 if match["one"] else 0)


def _days_or_weeks_ahead(match: re.Match[str]) -> _DaysAhead | _WeeksAhead:
    count = _NUMBER_WORDS.get(match["n"]) or int(match["n"])
    return _WeeksAhead(count, from_monday=False) if match["weeks"] else _DaysAhead(count)


def _read_with_dateparser(text: str, leftover: str, clock: _Clock | None, ctx: _Context) -> _Parts:
    """Last resort for words our own reader does not know, e.g. "day after tomorrow noon"."""
    if _LONE_NUMBER.fullmatch(leftover) and int(leftover) <= 23:
        raise WhenError("bare_number", hour=int(leftover))
    found = _ask_dateparser(text, ctx)
    if found is None:
        raise WhenError("not_understood", text=ctx.shown)
    moment, found_time = found
    if clock is None and found_time:
        clock = _Clock(moment.time(), None)
    return _Parts(clock=clock, anchor=_CalendarDate(moment.year, moment.month, moment.day))


def _ask_dateparser(text: str, ctx: _Context) -> tuple[datetime, bool] | None:
    """The date dateparser reads, and whether it found a time; None unless it is plausible."""
    if not re.search(r"[a-z]", text):
        return None  # numbers alone are all ours; dateparser reads "13" as a day of month
    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": ctx.now.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RETURN_TIME_AS_PERIOD": True,
    }
    # dateparser (a tenth of a second to import) loads with the first time our reader could
    # not read alone, not at every process's start.
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(languages=["sv", "en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser has its own ways of failing on odd input
        return None
    # A "month" or "year" period means it guessed most of the date ("mars" -> 22 mars).
    if data.date_obj is None or data.period not in ("day", "week", "time"):
        return None
    if data.date_obj.date() > ctx.today + _FALLBACK_HORIZON:
        return None
    return data.date_obj, data.period == "time"


def _build(parts: _Parts, ctx: _Context) -> When:
    start_clock = parts.clock.start if parts.clock else None
    day = _resolve_day(parts, start_clock, ctx)
    if parts.clock is None:
        when = When(start=ctx.localize(day, time()), has_time=False)
    else:
        when = _timed_when(day, parts.clock, ctx)
    if not ctx.is_ahead(day, start_clock):
        shown = format_when(when)
        raise WhenError("past", when=shown[0].upper() + shown[1:])
    return when


def _timed_when(day: date, clock: _Clock, ctx: _Context) -> When:
    start = ctx.localize(day, clock.start)
    if clock.end is None:
        return When(start=start)
    end = ctx.localize(day, clock.end)
    if end <= start:
        raise WhenError("range_order", start=_dotted(clock.start), end=_dotted(clock.end))
    return When(start=start, end=end)


def _dotted(clock: time) -> str:
    return clock.strftime("%H.%M")


def _resolve_day(parts: _Parts, clock: time | None, ctx: _Context) -> date:
    anchor, weekday = parts.anchor, parts.weekday
    if anchor is None:
        return _day_without_anchor(weekday, clock, ctx)
    if isinstance(anchor, _WeeksAhead | _WeekNumber):
        if weekday is not None and weekday.next_week:
            raise WhenError("ambiguous", text=ctx.shown)
        index = None if weekday is None else weekday.index
        if isinstance(anchor, _WeekNumber):
            return _day_in_week_number(anchor.week, index, clock, ctx)
        return _day_weeks_ahead(anchor, index, ctx)
    if isinstance(anchor, _DaysAhead):
        day = ctx.today + timedelta(days=anchor.days)
    else:
        day = _calendar_day(anchor, clock, ctx)
    if weekday is not None:
        _check_weekday(day, weekday.index)
    return day


def _day_without_anchor(weekday: _Weekday | None, clock: time | None, ctx: _Context) -> date:
    today = ctx.today
    if weekday is None:  # only a time: the next time the clock shows it
        return today if ctx.is_ahead(today, clock) else today + timedelta(days=1)
    if weekday.next_week:
        return _monday_of(today) + timedelta(days=7 + weekday.index)
    days = (weekday.index - today.weekday()) % 7
    if days == 0 and (clock is None or not ctx.is_ahead(today, clock)):
        days = 7
    return today + timedelta(days=days)


def _day_weeks_ahead(anchor: _WeeksAhead, weekday: int | None, ctx: _Context) -> date:
    target = ctx.today + timedelta(weeks=anchor.weeks)
    if anchor.from_monday:
        return _monday_of(target) + timedelta(days=weekday or 0)
    if weekday is None:
        return target
    # "torsdag om en vecka": the first Thursday a week from today, whatever today is.
    return target + timedelta(days=(weekday - target.weekday()) % 7)


def _day_in_week_number(week: int, weekday: int | None, clock: time | None, ctx: _Context) -> date:
    if not 1 <= week <= 53:
        raise WhenError("bad_week", week=week)
    first_year = ctx.today.isocalendar().year
    for year in range(first_year, first_year + _YEARS_TO_SEARCH):
        try:
            day = date.fromisocalendar(year, week, (weekday or 0) + 1)
        except ValueError:  # most years have no week 53
            continue
        if ctx.is_ahead(day, clock):
            return day
    raise WhenError("bad_week", week=week)


def _calendar_day(anchor: _CalendarDate, clock: time | None, ctx: _Context) -> date:
    if not 1 <= anchor.month <= 12:
        raise WhenError("no_such_month", month=anchor.month)
    # Without a year, check against a leap year: 30/2 never exists, 29/2 finds its year below.
    check_year = 2000 if anchor.year is None else anchor.year
    if _date_or_none(check_year, anchor.month, anchor.day) is None:
        raise _no_such_day(anchor)
    if anchor.year is not None:
        return date(anchor.year, anchor.month, anchor.day)
    for year in range(ctx.today.year, ctx.today.year + _YEARS_TO_SEARCH):
        day = _date_or_none(year, anchor.month, anchor.day)
        if day is not None and ctx.is_ahead(day, clock):
            return day
    raise _no_such_day(anchor)  # only near year 9999


def _no_such_day(anchor: _CalendarDate) -> WhenError:
    year = "" if anchor.year is None else f" {anchor.year}"
    return WhenError("no_such_day", day=anchor.day, month=SV_MONTHS[anchor.month - 1], year=year)


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _check_weekday(day: date, weekday: int) -> None:
    if day.weekday() != weekday:
        month = SV_MONTHS[day.month - 1]
        raise WhenError(
            "weekday_mismatch",
            date=f"{day.day} {month} {day.year}",
            actual=SV_WEEKDAYS[day.weekday()],
            given=SV_WEEKDAYS[weekday],
            example=f"{day.day} {month}",
        )


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())
