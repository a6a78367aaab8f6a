"""Reminders about points sent on (bot.agenda.sending): the officer who sent a point on is
reminded on the day its answer was asked for, and each week after, until the answer is
recorded. Run by the sweep on its passes over everything: a matter of days, not minutes."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.message import Message, Words
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OFFICER_ROLES, OutboxStatus
from bot.core.when_format import format_date

KIND = "skickad vidare"
# The local hour the officer is reminded, as the other reminders come (bot.reminders.kinds).
FROM_HOUR = 9
EVERY = timedelta(days=7)


def reminder_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """A reminder to the officer who sent each point on whose answer is overdue (once they
    are no officer any more, to the council's officers): on the day asked for, and each week
    after until it is recorded (keyed by the week, so each comes once). About the point: the
    sender drops it for whoever may not read it (a förmöte's, bot.reminders.wanted)."""
    # Local dates differ from UTC by under a day: a day ahead covers every zone.
    found = [p for p in uow.points.answers_overdue(now.date() + timedelta(days=1)) if p.sent_by_id]
    if not found:
        return []
    councils = {c.id: c for c in uow.councils.by_ids(list({p.council_id for p in found}))}
    rows = []
    for point in found:
        council = councils[point.council_id]
        assert point.answer_by is not None and point.sent_by_id is not None
        first = datetime.combine(point.answer_by, time(FROM_HOUR), ZoneInfo(council.timezone))
        if now < first:
            continue
        week = (now - first) // EVERY
        officers = {p.id for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now)}
        asked = [point.sent_by_id] if point.sent_by_id in officers else sorted(officers)
        said = Words(
            "punkt.send_on.reminder",
            {
                "id": point.id,
                "title": point.title,
                "council": council.name,
                "to": point.sent_to or "",
                "answer_by": format_date(point.answer_by, council.language),
            },
            council.language,
        )
        rows += [
            {
                "idempotency_key": f"sent_on:pt{point.id}:w{week}:p{person_id}",
                "kind": KIND,
                "council_id": council.id,
                "person_id": person_id,
                "payload": saying(Message.of(said)) | {"subject": f"p{point.id}"},
                "due_at": now,
                "expires_at": None,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for person_id in asked
        ]
    return rows
