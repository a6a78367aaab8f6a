"""What one sweep pass looks at: the meetings and action items with a moment in (last pass,
now] at which a reminder can fall due, or everything.

A reminder falls due at its slot (a local hour on a day before its kind's date, or the
meeting's start less END_MARGIN when that is earlier), a day after the kallelse went out
(handlingar, svar), or when its recipient's hours open. A pass looks only at what has such a
moment in (last, now], so a minute in which nothing falls due costs a few empty queries
however large the region. The last pass is kept in the database: after a restart or downtime
the next pass covers the whole gap.

What becomes due by a change rather than by the clock (a meeting planned after its slot, a
new member, minutes sent to the justerare, a pause lifted) is found through the event log:
the councils with events since the last pass are looked at whole. A change that left no
event, or whose event was committed out of order, is found by a pass over everything, at
least every FULL_EVERY.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from adapters.storage.models import ActionItem, Meeting
from bot.core.ports import MeetingSpan, Passes, TimingSettings, UnitOfWork
from bot.core.vocabulary import MeetingKind
from bot.reminders.kinds import (
    DEFAULT_TIMING,
    END_MARGIN,
    KALLELSE_GRACE,
    KIND_DATES,
    MAX_DAYS_BEFORE,
    ReminderKind,
    meeting_span,
)

FULL_EVERY = timedelta(minutes=15)
# Councils a pass loads at once (bot.reminders.sweep): a pass over a large region holds one
# slice's meetings, items and members at a time, never the whole window's.
SLICE = 500
# A moment at exactly `now` is in (last, now]; the queries' ends are exclusive.
_JUST_AFTER = timedelta(microseconds=1)

Items = list[tuple[ActionItem, MeetingKind | None]]  # with the kind of their meeting


@dataclass(frozen=True)
class Near:
    """What is near enough to `now` to have something due: meetings in `spans`, items due
    in [first, last]."""

    spans: list[MeetingSpan]
    first: date
    last: date


@dataclass(frozen=True)
class Scope:
    meetings: list[Meeting]  # found by their moment
    items: Items
    councils: list[int]  # looked at whole: whatever they have near
    near: Near
    full: bool
    event_id: int | None  # the last event seen


def is_full(passes: Passes, now: datetime) -> bool:
    """Whether the pass at `now` looks at everything: the first one, one every FULL_EVERY,
    and one after the clock went back."""
    last, full, _ = passes
    return last is None or full is None or now < last or now - full >= FULL_EVERY


def scope(uow: UnitOfWork, passes: Passes, now: datetime) -> Scope:
    """What the pass at `now` looks at: council ids and the few meetings and items found by
    their moment; the councils' meetings and items are read a slice at a time (`slices`)."""
    if is_full(passes, now):
        event_id = uow.reminders.latest_event_id()
        near = _near(uow, now)
        councils = uow.reminders.councils_near(near.spans, near.first, near.last)
        return Scope([], [], councils, near, full=True, event_id=event_id)
    assert passes.last_at is not None
    return _since(uow, passes, passes.last_at, now)


def slices(
    uow: UnitOfWork, passing: Scope, size: int = SLICE
) -> Iterator[tuple[list[Meeting], Items]]:
    """The pass's meetings and items, `size` councils at a time, each council in one slice."""
    whole = set(passing.councils)
    councils = sorted(
        whole
        | {m.council_id for m in passing.meetings}
        | {item.council_id for item, _ in passing.items}
    )
    near = passing.near
    for start in range(0, len(councils), size):
        chunk = councils[start : start + size]
        theirs = set(chunk)
        meetings = {m.id: m for m in passing.meetings if m.council_id in theirs}
        items = {item.id: (item, kind) for item, kind in passing.items if item.council_id in theirs}
        looked_at = [c for c in chunk if c in whole]
        if looked_at:
            for meeting in uow.reminders.planned_meetings(near.spans, councils=looked_at):
                meetings.setdefault(meeting.id, meeting)
            for item, kind in uow.reminders.open_actions_due(
                near.first, near.last, councils=looked_at
            ):
                items.setdefault(item.id, (item, kind))
        yield (
            sorted(meetings.values(), key=lambda m: (m.starts_at, m.id)),
            [items[key] for key in sorted(items)],
        )


def _near(uow: UnitOfWork, now: datetime) -> Near:
    spans = [MeetingSpan(s, *meeting_span(s, now)) for s in uow.reminders.timing_settings()]
    # Due dates are local dates; a day either side covers every zone.
    today = now.date()
    return Near(spans, today - timedelta(days=1), today + timedelta(days=MAX_DAYS_BEFORE + 1))


def _since(uow: UnitOfWork, passes: Passes, last: datetime, now: datetime) -> Scope:
    changes = uow.reminders.changes_since(passes.event_id)
    # Every zone is a whole number of quarter hours from UTC: without a quarter hour in
    # (last, now] no local hour begins in it, and no slot nor anyone's hours either.
    quarters = _quarter(now) > last
    settings = uow.reminders.timing_settings() if quarters else []
    zones = [ZoneInfo(name) for name in uow.reminders.timezones()] if quarters else []
    spans = [
        MeetingSpan(s, start, end, zone.key)
        for s in settings
        for zone in zones
        for start, end in _local_days(_meeting_days(s, zone, last, now), zone)
    ]
    meetings = {m.id: m for m in uow.reminders.planned_meetings(spans)}
    # Slots moved forward to END_MARGIN before the start, and kallelser settling.
    for meeting in uow.reminders.planned_moving(
        (last + END_MARGIN, now + END_MARGIN + _JUST_AFTER),
        (last - KALLELSE_GRACE, now - KALLELSE_GRACE + _JUST_AFTER),
    ):
        meetings.setdefault(meeting.id, meeting)
    items = {item.id: (item, kind) for item, kind in _items_due(uow, settings, zones, last, now)}
    # Councils that changed, and those of people whose hours opened or who changed their
    # preferences: whatever is due there, whenever its slot was.
    people = set(uow.reminders.preferring_from(_hours_begun(zones, last, now))) | changes.actors
    councils = sorted(
        changes.councils | set(uow.memberships.council_ids_of_all(sorted(people), now=now))
    )
    return Scope(
        sorted(meetings.values(), key=lambda m: (m.starts_at, m.id)),
        [items[key] for key in sorted(items)],
        councils,
        _near(uow, now) if councils else Near([], now.date(), now.date()),
        full=False,
        event_id=changes.last_id,
    )


def _quarter(moment: datetime) -> datetime:
    """The last quarter hour (UTC) at or before `moment`."""
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def _marks(zone: ZoneInfo, hour: int, last: datetime, now: datetime) -> Iterator[date]:
    """The local days whose `hour` o'clock falls in (last, now]."""
    day, final = last.astimezone(zone).date(), now.astimezone(zone).date()
    while day <= final:
        if last < datetime.combine(day, time(hour), tzinfo=zone) <= now:
            yield day
        day += timedelta(days=1)


def _days_before(kind: ReminderKind, custom: bool) -> Iterable[int]:
    # A council's own days may be any up to MAX_DAYS_BEFORE; the settings do not say which.
    return range(MAX_DAYS_BEFORE + 1) if custom else DEFAULT_TIMING[kind].days


def _meeting_days(
    settings: TimingSettings, zone: ZoneInfo, last: datetime, now: datetime
) -> set[date]:
    """The local meeting days with a slot in (last, now]: a kind's date is the meeting's
    day plus its offset, and its slots lie some days before that date."""
    days = set()
    for kind, date_of in KIND_DATES.items():
        offset, _ = date_of(settings)
        for mark in _marks(zone, DEFAULT_TIMING[kind].hour, last, now):
            days |= {
                mark + timedelta(days=d - offset) for d in _days_before(kind, settings.custom_days)
            }
    return days


def _local_days(days: set[date], zone: ZoneInfo) -> Iterator[tuple[datetime, datetime]]:
    """Runs of consecutive local days as [start, end) instants."""
    ordered = sorted(days)
    while ordered:
        first = last = ordered.pop(0)
        while ordered and ordered[0] == last + timedelta(days=1):
            last = ordered.pop(0)
        yield (
            datetime.combine(first, time(0), tzinfo=zone),
            datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone),
        )


def _items_due(
    uow: UnitOfWork,
    settings: list[TimingSettings],
    zones: list[ZoneInfo],
    last: datetime,
    now: datetime,
) -> Items:
    custom = any(s.custom_days for s in settings)
    kind = ReminderKind.ATGARD
    due_days = {
        mark + timedelta(days=d)
        for zone in zones
        for mark in _marks(zone, DEFAULT_TIMING[kind].hour, last, now)
        for d in _days_before(kind, custom)
    }
    if not due_days:
        return []
    return uow.reminders.open_actions_due(min(due_days), max(due_days))


def _hours_begun(zones: list[ZoneInfo], last: datetime, now: datetime) -> set[int]:
    """The local hours (in any zone) whose start falls in (last, now]."""
    if now - last >= timedelta(days=1):
        return set(range(24))
    return {hour for zone in zones for hour in range(24) if any(_marks(zone, hour, last, now))}
