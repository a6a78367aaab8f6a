"""How meetings, clock times and hours are named in messages, in the reader's language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.when_format import format_date, format_when
from bot.meetings.service import MeetingInfo


def meeting_label(meeting: MeetingInfo, lang: str, *, place: bool = False) -> Ref:
    """ "stormöte torsdag 11 mars 2027 kl. 13.00–16.00", as it reads inside a sentence (with
    " – Stora salen" after it when `place` is asked for and the meeting has one)."""
    return _labelled(f"kind.word.{meeting.kind.value}", meeting, lang, place=place)


def meeting_title(meeting: MeetingInfo, lang: str) -> Ref:
    """ "Stormöte torsdag 11 mars 2027 kl. 13.00–16.00", to begin a line or a sentence."""
    return _labelled(f"kind.{meeting.kind.value}", meeting, lang, place=False)


def _labelled(kind: str, meeting: MeetingInfo, lang: str, *, place: bool) -> Ref:
    where = Ref("mote.place", params={"place": meeting.place}) if place and meeting.place else ""
    when = format_when(meeting.when, lang=lang)
    return Ref("meeting.label", params={"kind": Ref(kind), "when": when, "place": where})


def deadline_dates(meeting: MeetingInfo, lang: str) -> dict[str, Value]:
    """The meeting's last days (points, kallelse, minutes) as the catalogue's `mote.*` lines
    name them."""
    return {
        "agenda": format_date(meeting.dates.agenda_deadline, lang),
        "kallelse": format_date(meeting.dates.kallelse_last_day, lang),
        "minutes": format_date(meeting.dates.minutes_due, lang),
    }


def clock(local: datetime, lang: str) -> str:
    """ "13.20" in Swedish, "13:20" in English, in the datetime's own zone."""
    return local.strftime("%H.%M" if lang == "sv" else "%H:%M")


def due_text(due: date | None, lang: str) -> Ref:
    """ "senast torsdag 10 december 2026", or that there is no due date (never "senast inget
    datum", never an ISO date)."""
    if due is None:
        return Ref("dagordning.no_due")
    return Ref("dagordning.due", params={"date": format_date(due, lang)})


def hours_value(minutes: int) -> Decimal:
    """Minutes as hours with at most two decimals (a message's count: 1 timme, 1,5 timmar)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize()


def hours(minutes: int, lang: str) -> str:
    """Minutes as hours with at most two decimals: "2,5" in Swedish, "2.5" in English."""
    text = f"{hours_value(minutes):f}"
    return text.replace(".", ",") if lang == "sv" else text


def kronor(amount: Decimal | int, lang: str) -> str:
    """Whole kronor as "1 000", öre when there are any: "818,18" (sv) or "818.18" (en)."""
    value = Decimal(amount)
    text = f"{value:,.0f}" if value == value.to_integral() else f"{value:,.2f}"
    if lang == "sv":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
