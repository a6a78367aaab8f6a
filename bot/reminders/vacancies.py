"""Reminders of vacant seats (bot.councils.succession): a week after the seat was left, and
every week after, the chair, the secretary and the förening's contact are reminded until
someone is appointed.

Run by the sweep on its passes over everything (every FULL_EVERY): a matter of days, read in
a few queries however many seats are open. Keyed by seat, week and person, so each week's
reminder is queued once; only the latest week's, after downtime."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Forening, Vacancy
from bot.core.message import Message, Words
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OFFICER_ROLES, OutboxStatus
from bot.core.when_format import format_date
from bot.councils.succession import appoint_phrase, seat_phrase, subject

KIND = "ledig plats"
EVERY = timedelta(days=7)
# The local hour on the day it falls due, as the other reminders come (bot.reminders.kinds).
FROM_HOUR = 9


def vacancy_reminder_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """Outbox rows reminding of each seat open a whole week or more at `now`."""
    # A day short of a week may already be a week in the council's zone (checked by _week).
    found = [v for v in uow.vacancies.open_all() if now - v.opened_at >= EVERY - timedelta(days=1)]
    if not found:
        return []
    councils = {c.id: c for c in uow.councils.by_ids(list({v.council_id for v in found}))}
    foreningar = uow.foreningar.by_ids({v.forening_id for v in found if v.forening_id})
    left = uow.people.by_ids({v.left_by_id for v in found})
    rows = []
    for vacancy in found:
        council = councils[vacancy.council_id]
        week = _week(vacancy, council, now)
        if week == 0:
            continue
        forening = foreningar.get(vacancy.forening_id) if vacancy.forening_id else None
        said = _said(vacancy, council, forening, left[vacancy.left_by_id].display_name)
        rows += [
            {
                "idempotency_key": f"vacancy:v{vacancy.id}:w{week}:p{person_id}",
                "kind": KIND,
                "council_id": council.id,
                "person_id": person_id,
                "payload": saying(said) | {"subject": subject(vacancy)},
                "due_at": now,
                "expires_at": None,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for person_id in _reminded(uow, council, vacancy, forening, now)
        ]
    return rows


def _week(vacancy: Vacancy, council: Council, now: datetime) -> int:
    """The whole weeks the seat has been open, counted at FROM_HOUR on the day they end."""
    zone = ZoneInfo(council.timezone)
    opened = vacancy.opened_at.astimezone(zone).date()
    weeks = (now.astimezone(zone).date() - opened).days // EVERY.days
    while weeks and now < datetime.combine(opened + weeks * EVERY, time(FROM_HOUR), zone):
        weeks -= 1
    return weeks


def _reminded(
    uow: UnitOfWork, council: Council, vacancy: Vacancy, forening: Forening | None, now: datetime
) -> list[int]:
    officers = [p.id for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now)]
    contact = forening.contact_person_id if forening else None
    found = [*officers, contact] if contact is not None and contact not in officers else officers
    return [p for p in found if p != vacancy.left_by_id]


def _said(vacancy: Vacancy, council: Council, forening: Forening | None, name: str) -> Message:
    lang, zone = council.language, ZoneInfo(council.timezone)
    return Message.of(
        Words(
            "seat.vacant.reminder",
            {
                "name": name,
                "council": council.name,
                "seat": seat_phrase(forening),
                "since": format_date(vacancy.opened_at.astimezone(zone).date(), lang),
                "appoint": appoint_phrase(forening),
            },
            lang,
        )
    )
