"""A due reminder as the words its recipient reads, in the council's language.

What people typed (places, action items, the council's name) is encoded for Slack once
(bot/written.py), so it never pings @channel.
"""

from __future__ import annotations

from typing import Any

from bot.meetings import meeting_info
from bot.reminders.kinds import Due
from bot.texts import t
from bot.when import format_date, format_when
from bot.written import mrkdwn


def _meeting_params(due: Due, lang: str) -> dict[str, Any]:
    if due.meeting is None:
        return {}
    info = meeting_info(due.council, due.meeting)
    dates = info.dates
    kind = t(f"kind.{info.kind.value}", lang).lower()
    place = t("mote.place", lang, place=mrkdwn(info.place)) if info.place else ""
    return {
        "meeting": f"{kind} {format_when(info.when, lang=lang)}{place}",
        "deadline": format_date(dates.agenda_deadline, lang),
        "last_day": format_date(dates.kallelse_last_day, lang),
        "due": format_date(dates.minutes_due, lang),
    }


def _item_params(due: Due, lang: str) -> dict[str, Any]:
    item = due.item
    if item is None or item.due_on is None:
        return {}
    return {"text": mrkdwn(item.text), "due": format_date(item.due_on, lang)}


def render(due: Due) -> str:
    """The message: what, by when and how, whom to ask, and how to get fewer reminders."""
    lang = due.council.language
    params = _meeting_params(due, lang) | _item_params(due, lang)
    lines = [t(f"reminder.{due.kind.slug}", lang, **params)]
    if due.contact:
        lines.append(t("reminder.contact", lang, contact=due.contact))
    lines.append(t("reminder.footer", lang, council=mrkdwn(due.council.name)))
    return "\n".join(lines)
