"""A `When` and the formatting of days, times and spans in Swedish and English.

Apart from the reader (bot.core.when, which re-exports all of this): a process that only
writes dates (a `tick` composing reminders) imports no regular expressions, the reader's
dataclasses or the clock words (bot.core.when_words), some 10 ms of every start.
"""

from dataclasses import dataclass
from datetime import date, datetime

SV_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
SV_MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class When:
    """A point or span in time, tz-aware.

    `has_time` is False when the text named only a day; `start` is then local midnight and
    the caller should ask for a time.
    """

    start: datetime
    end: datetime | None = None
    has_time: bool = True


def format_date(d: date, lang: str = "sv") -> str:
    """Format as "torsdag 12 mars 2026" (sv) or "Thursday 12 March 2026" (en)."""
    if lang == "sv":
        return f"{SV_WEEKDAYS[d.weekday()]} {d.day} {SV_MONTHS[d.month - 1]} {d.year}"
    if lang == "en":
        return f"{EN_WEEKDAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    raise ValueError(f"unsupported language: {lang!r}")


def format_when(when: When, *, lang: str = "sv") -> str:
    """Format as "torsdag 12 mars 2026 kl. 13.00–16.00" or "Thursday 12 March 2026, 13:00–16:00".

    Without a time only the day is given. Times are shown in the zone of `when.start`.
    """
    day = format_date(when.start.date(), lang)
    if not when.has_time:
        return day
    span = format_clock(when.start, lang)
    if when.end is not None:
        span += "–" + format_clock(when.end, lang)
    return f"{day} kl. {span}" if lang == "sv" else f"{day}, {span}"


def format_clock(instant: datetime, lang: str = "sv") -> str:
    """The time of day as "13.00" (sv) or "13:00" (en), in the instant's own zone."""
    return instant.strftime("%H.%M" if lang == "sv" else "%H:%M")
