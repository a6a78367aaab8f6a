"""A due reminder as the words its recipient reads, in the council's language: a neutral
message (bot.core.message) that the messenger renders when it is sent, so what people typed
(places, action items, the council's name) is made inert the way that channel needs."""

from __future__ import annotations

from typing import Any

from bot.core.message import Message, Words
from bot.core.when_format import format_date
from bot.meetings.labels import meeting_label
from bot.meetings.service import meeting_info
from bot.reminders.kinds import Due


def _meeting_params(due: Due, lang: str) -> dict[str, Any]:
    if due.meeting is None:
        return {}
    info = meeting_info(due.council, due.meeting)
    dates = info.dates
    return {
        "meeting": meeting_label(info, lang, place=True),
        "deadline": format_date(dates.agenda_deadline, lang),
        "last_day": format_date(dates.kallelse_last_day, lang),
        "due": format_date(dates.minutes_due, lang),
    }


def _item_params(due: Due, lang: str) -> dict[str, Any]:
    item = due.item
    if item is None or item.due_on is None:
        return {}
    return {"text": item.text, "due": format_date(item.due_on, lang)}


def reminder(due: Due) -> Message:
    """The message: what, by when and how, whom to ask, and how to get fewer reminders."""
    lang = due.council.language
    params = _meeting_params(due, lang) | _item_params(due, lang)
    lines = [Words(f"reminder.{due.kind.slug}", params, lang)]
    if due.contact:
        lines.append(Words("reminder.contact", {"contact": due.contact}, lang))
    lines.append(Words("reminder.footer", {"council": due.council.name}, lang))
    return Message.of(*lines)
