"""How meetings, clock times and hours are named in messages, in the reader's language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from bot.meetings import MeetingInfo
from bot.texts import t
from bot.when import format_date, format_when


def meeting_label(meeting: MeetingInfo, lang: str) -> str:
    """ "stormöte torsdag 11 mars 2027 kl. 13.00–16.00", as it reads inside a sentence."""
    kind = t(f"kind.{meeting.kind.value}", lang).lower()
    return f"{kind} {format_when(meeting.when, lang=lang)}"


def meeting_title(meeting: MeetingInfo, lang: str) -> str:
    """ "Stormöte torsdag 11 mars 2027 kl. 13.00–16.00", to begin a line or a sentence."""
    label = meeting_label(meeting, lang)
    return label[:1].upper() + label[1:]


def clock(local: datetime, lang: str) -> str:
    """ "13.20" in Swedish, "13:20" in English, in the datetime's own zone."""
    return local.strftime("%H.%M" if lang == "sv" else "%H:%M")


def due_text(due: date | None, lang: str) -> str:
    """ "senast torsdag 10 december 2026", or that there is no due date (never "senast inget
    datum", never an ISO date)."""
    if due is None:
        return t("dagordning.no_due", lang)
    return t("dagordning.due", lang, date=format_date(due, lang))


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
