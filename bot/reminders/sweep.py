"""The sweep: what is due at `now`, for whom it is still wanted, into the outbox once.

Each pass looks at what can have fallen due since the last one (bot.reminders.passes).

Safe to run any number of times and from any number of processes: a reminder's key is
(kind, meeting or item, person, slot), and the outbox keeps one row per key.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Attendance, Meeting
from bot.attendance.substitutes import missing_substitute_rows
from bot.core.authz import audience_of
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewers_by_council
from bot.core.vocabulary import OutboxStatus
from bot.councils.goals import goal_rows
from bot.meetings.evaluation import evaluation_rows
from bot.reminders.agreement_review import agreement_review_rows
from bot.reminders.kinds import (
    CouncilPeople,
    Due,
    Recipient,
    action_reminder,
    meeting_case,
    meeting_reminders,
)
from bot.reminders.messages import reminder
from bot.reminders.passes import SLICE, Items, scope, slices
from bot.reminders.preferences import Preferences
from bot.reminders.sent_on import reminder_rows
from bot.reminders.vacancies import vacancy_reminder_rows
from bot.reminders.working_groups import end_reminder_rows

log = logging.getLogger(__name__)
UowFactory = Callable[[], UnitOfWork]


def _people(uow: UnitOfWork, council_ids: set[int], now: datetime) -> dict[int, CouncilPeople]:
    """The councils and their members, in two queries however many councils there are."""
    councils = uow.councils.by_ids(list(council_ids))
    members = viewers_by_council(uow, [c.id for c in councils], now=now)
    return {c.id: CouncilPeople(c, members[c.id]) for c in councils}


def _due(uow: UnitOfWork, meetings: list[Meeting], items: Items, now: datetime) -> Iterator[Due]:
    people = _people(
        uow, {m.council_id for m in meetings} | {item.council_id for item, _ in items}, now
    )
    attendance: dict[int, list[Attendance]] = defaultdict(list)
    for row in uow.reminders.attendance([m.id for m in meetings]):
        attendance[row.meeting_id].append(row)
    with_justerare = uow.minutes.awaiting_justering([m.id for m in meetings])
    groups = {m.working_group_id for m in meetings if m.working_group_id is not None}
    rosters = uow.working_groups.rosters(groups)
    for meeting in meetings:
        group = meeting.working_group_id
        case = meeting_case(
            people[meeting.council_id],
            meeting,
            attendance[meeting.id],
            with_justerare.get(meeting.id),
            roster=None if group is None else rosters.get(group, frozenset()),
        )
        yield from meeting_reminders(case, now)

    for item, kind in items:
        council_people = people[item.council_id]
        owner = council_people.member(item.owner_id)
        # Only an owner still in the council, and one who may read the item: a förmöte's item
        # is never brought up to someone who has since joined the unit.
        if owner is None or (kind is not None and not audience_of(owner).sees(kind)):
            continue
        due = action_reminder(council_people, item, Recipient.of(owner), now)
        if due is not None:
            yield due


def _wanted(uow: UnitOfWork, due: dict[str, Due], now: datetime) -> list[Due]:
    """The reminders their recipients want now."""
    prefs = uow.reminders.preferences({d.recipient.person_id for d in due.values()})
    return [
        d
        for d in due.values()
        if Preferences.of(prefs.get(d.recipient.person_id)).allows(
            d.kind, now.astimezone(ZoneInfo(d.council.timezone))
        )
    ]


def _row(due: Due, now: datetime) -> dict[str, Any]:
    return {
        "idempotency_key": due.key,
        "kind": due.kind.value,
        "council_id": due.council.id,
        "person_id": due.recipient.person_id,
        # The subject (m12, a7) lets the sender check it is still wanted (bot.reminders.wanted).
        "payload": saying(reminder(due)) | {"subject": due.subject},
        "due_at": now,
        "expires_at": due.expires_at,
        "status": OutboxStatus.PENDING,
        "attempts": 0,
    }


def _installed(
    uow: UnitOfWork, gone: Collection[str], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows for councils in workspaces that still have the app (`gone`: those that have
    not, bot.privacy.workspaces)."""
    if not gone or not rows:
        return rows
    teams = {c.id: c.workspace for c in uow.councils.by_ids(list({r["council_id"] for r in rows}))}
    return [r for r in rows if teams.get(r["council_id"]) not in gone]


def sweep(uow_factory: UowFactory, now: datetime, *, slice_size: int = SLICE) -> int:
    """Queue every reminder due at `now` that its recipient wants now; returns how many.

    The councils are taken `slice_size` at a time: each slice's members are read, its
    reminders queued, and all of it let go before the next."""
    with uow_factory() as uow:
        passing = scope(uow, uow.reminders.passes(), now)
        gone = uow.workspaces.all_gone()
        due = added = 0
        for meetings, items in slices(uow, passing, slice_size):
            found = {d.key: d for d in _due(uow, meetings, items, now)}
            wanted = _wanted(uow, found, now)
            existing = uow.outbox.existing_keys([d.key for d in wanted])
            rows = [_row(d, now) for d in wanted if d.key not in existing]
            added += uow.outbox.add_new(_installed(uow, gone, rows))
            due += len(found)
        # Föreningar nobody stands in for tomorrow: the secretary's, outside preferences.
        added += uow.outbox.add_new(_installed(uow, gone, missing_substitute_rows(uow, now)))
        if passing.full:  # agreements a year old: the chair's, outside preferences
            added += uow.outbox.add_new(_installed(uow, gone, agreement_review_rows(uow, now)))
            # Seats open a week or more: the officers' and the förening's contact's.
            added += uow.outbox.add_new(_installed(uow, gone, vacancy_reminder_rows(uow, now)))
            # Points sent on and not answered: the officer's, each week from the day asked.
            added += uow.outbox.add_new(_installed(uow, gone, reminder_rows(uow, now)))
            # Working groups near their end date: the chair's and the convenor's.
            added += uow.outbox.add_new(_installed(uow, gone, end_reminder_rows(uow, now)))
            # Each day's claim, offered once its meetings are over; the fees are loaded by
            # the passes over everything, never by a tick that has no such pass.
            from bot.fees.offers import claim_offer_rows

            added += uow.outbox.add_new(_installed(uow, gone, claim_offer_rows(uow, now)))
            # The short evaluation, to everyone at a meeting once it is over.
            added += uow.outbox.add_new(_installed(uow, gone, evaluation_rows(uow, now)))
            # The council's own evaluation of its goals, in the month its årshjul has it.
            added += uow.outbox.add_new(_installed(uow, gone, goal_rows(uow, now)))
        # With what it queued, so a pass that fails is covered by the next.
        uow.reminders.record_pass(now, full=passing.full, event_id=passing.event_id)
        uow.commit()
    log.log(
        logging.INFO if added else logging.DEBUG,
        "reminder sweep at %s (%s): %d due, %d queued",
        now.isoformat(),
        "everything" if passing.full else "since the last pass",
        due,
        added,
    )
    return added
