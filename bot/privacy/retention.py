"""Retention: people who left are erased once every council they were in is done with them.

Each council keeps data of people who left it for its own number of months (default 24:
the fee claims and the annual summary of the cycle after someone leaves still need their
name, and someone who returns within two years keeps their history). A person is erased
when they hold no role anywhere and the longest of those periods has passed: erasing
earlier would take the name out of another council's records while it still needs them.
A person can always erase themselves sooner with `/minadata radera`.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable, Iterable
from datetime import datetime

from bot.core.ports import UnitOfWork

log = logging.getLogger(__name__)
UowFactory = Callable[[], UnitOfWork]
MIN_MONTHS = 1
MAX_MONTHS = 120


def months_later(when: datetime, months: int) -> datetime:
    """The same day `months` later, or the month's last day (31 January + 1 = 28 February)."""
    index = when.month - 1 + months
    year, month = when.year + index // 12, index % 12 + 1
    return when.replace(
        year=year, month=month, day=min(when.day, calendar.monthrange(year, month)[1])
    )


def due_for_erasure(departures: Iterable[tuple[int, int, datetime]], now: datetime) -> list[int]:
    """Person ids whose every council's period (months after they left it) has passed."""
    keep_until: dict[int, datetime] = {}
    for person_id, months, left in departures:
        until = months_later(left, months)
        keep_until[person_id] = max(keep_until.get(person_id, until), until)
    return sorted(p for p, until in keep_until.items() if until <= now)


def apply_retention(uow_factory: UowFactory, now: datetime) -> int:
    """Erase everyone due at `now` (one transaction each); returns how many. A step of the
    scheduler's pass (bot.reminders.tick)."""
    with uow_factory() as uow:
        due = due_for_erasure(uow.privacy.departures(now), now)
    if not due:
        return 0
    # Erasing reaches the fees, the minutes and the agenda: loaded when someone is due.
    from bot.privacy.erase import Reason, erase_person

    erased = 0
    for person_id in due:
        with uow_factory() as uow:
            person = uow.privacy.lock_person(person_id)
            # Erased by another process meanwhile, or given a role again: leave them.
            if person is None or uow.privacy.is_staying(person_id, now):
                continue
            erase_person(uow, person, now=now, reason=Reason.RETENTION)
            uow.commit()
            erased += 1
    if erased:
        log.info("retention at %s: %d people erased", now.isoformat(), erased)
    return erased
