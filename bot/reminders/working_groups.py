"""Reminders about working groups (bot.councils.working_groups): two weeks before a group's
end date, and on the day if it is still open, its chair and its convenor are reminded to
bring its last report to the stormöte and close it, or have its time extended. Run by the
sweep on its passes over everything: a matter of days, not minutes."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.message import Message, Words
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OFFICER_ROLES, OutboxStatus, Role
from bot.core.when_format import format_date

KIND = "arbetsgrupp"
# The local hour they are reminded, as the other reminders come (bot.reminders.kinds).
FROM_HOUR = 9
# About one stormöte's notice ahead: time to put the group's last report on its agenda.
AHEAD = timedelta(days=14)
CHAIR = frozenset({Role.ORDFORANDE})


def end_reminder_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """For each open group whose end date is near: a reminder to the chair and the convenor
    (to the officers when the council has no chair), once `AHEAD` of the date and once on
    it, each keyed by the date (a group given more time is reminded again). About the group:
    the sender drops it once the group is closed (bot.reminders.wanted)."""
    # Local dates differ from UTC by under a day: a day ahead covers every zone.
    found = uow.working_groups.ending_by(now.date() + AHEAD + timedelta(days=1))
    if not found:
        return []
    councils = {c.id: c for c in uow.councils.by_ids(list({g.council_id for g in found}))}
    rows = []
    for group in found:
        council = councils[group.council_id]
        zone = ZoneInfo(council.timezone)
        on_the_day = datetime.combine(group.ends_on, time(FROM_HOUR), zone)
        if now < on_the_day - AHEAD:
            continue
        stage = "due" if now >= on_the_day else "soon"
        chairs = {p.id for p in uow.memberships.holders(council.id, CHAIR, now=now)}
        if not chairs:
            chairs = {p.id for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now)}
        asked = sorted(chairs | ({group.convenor_id} if group.convenor_id else set()))
        said = Words(
            f"arbetsgrupp.reminder.{stage}",
            {
                "id": group.id,
                "name": group.name,
                "council": council.name,
                "ends_on": format_date(group.ends_on, council.language),
            },
            council.language,
        )
        rows += [
            {
                "idempotency_key": (
                    f"working_group:g{group.id}:{group.ends_on.isoformat()}:{stage}:p{person_id}"
                ),
                "kind": KIND,
                "council_id": council.id,
                "person_id": person_id,
                "payload": saying(Message.of(said)) | {"subject": f"g{group.id}"},
                "due_at": now,
                "expires_at": None,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for person_id in asked
        ]
    return rows
