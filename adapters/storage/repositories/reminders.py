"""What the reminder sweep reads, and people's reminder preferences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, true, union, update
from sqlalchemy.orm import Session

from adapters.storage.models import (
    ActionItem,
    Attendance,
    Council,
    Event,
    Meeting,
    ReminderPreference,
    SweepPasses,
)
from bot.core.ports import Changes, MeetingSpan, Passes, TimingSettings
from bot.core.vocabulary import ActionStatus, MeetingKind, MeetingStatus


def _has(settings: TimingSettings) -> ColumnElement[bool]:
    custom = Council.reminder_days.is_not(None)
    return and_(
        Council.agenda_deadline_days == settings.agenda_deadline_days,
        Council.min_notice_days == settings.min_notice_days,
        Council.minutes_due_days == settings.minutes_due_days,
        custom if settings.custom_days else ~custom,
    )


def _planned_in(spans: Sequence[MeetingSpan]) -> list[ColumnElement[bool]]:
    """Planned meetings (joined to their council) starting in one of `spans` (not empty)."""
    within = [
        and_(
            _has(span.settings),
            Council.timezone == span.timezone if span.timezone else true(),
            Meeting.starts_at >= span.start,
            Meeting.starts_at < span.end,
        )
        for span in spans
    ]
    return [
        Meeting.status == MeetingStatus.PLANNED,
        # All the spans at once too, so the index on starts_at narrows the search.
        Meeting.starts_at >= min(span.start for span in spans),
        Meeting.starts_at < max(span.end for span in spans),
        or_(*within),
    ]


def _open_due(first: date, last: date) -> list[ColumnElement[bool]]:
    """Open action items with an owner, due on a day in [first, last]."""
    return [
        ActionItem.status == ActionStatus.OPEN,
        ActionItem.owner_id.is_not(None),
        ActionItem.due_on >= first,
        ActionItem.due_on <= last,
    ]


class ReminderRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def timing_settings(self) -> list[TimingSettings]:
        """The distinct TimingSettings of the councils: a few, as most keep the defaults."""
        rows = self._session.execute(
            select(
                Council.agenda_deadline_days,
                Council.min_notice_days,
                Council.minutes_due_days,
                Council.reminder_days.is_not(None),
            ).distinct()
        )
        return [TimingSettings(*row) for row in rows]

    def timezones(self) -> list[str]:
        return list(self._session.scalars(select(Council.timezone).distinct()))

    def planned_meetings(
        self, spans: Sequence[MeetingSpan], *, councils: Sequence[int] | None = None
    ) -> list[Meeting]:
        """Planned (not cancelled) meetings in a span, of `councils` when given."""
        if not spans:
            return []
        return list(
            self._session.scalars(
                select(Meeting)
                .join(Council, Council.id == Meeting.council_id)
                .where(
                    *_planned_in(spans),
                    Meeting.council_id.in_(councils) if councils is not None else true(),
                )
                .order_by(Meeting.starts_at, Meeting.id)
            )
        )

    def councils_near(self, spans: Sequence[MeetingSpan], first: date, last: date) -> list[int]:
        """The councils with a planned meeting in a span or an open item with an owner due
        on a day in [first, last], ascending: their ids only, whatever their number."""
        near = select(ActionItem.council_id).where(*_open_due(first, last))
        if spans:
            meetings = (
                select(Meeting.council_id)
                .join(Council, Council.id == Meeting.council_id)
                .where(*_planned_in(spans))
            )
            near = union(meetings, near)
        return sorted(self._session.scalars(near))

    def planned_moving(
        self, starting: tuple[datetime, datetime], kallelse_sent: tuple[datetime, datetime]
    ) -> list[Meeting]:
        """Planned meetings, of any council, starting in [start, end) of `starting` or whose
        kallelse went out in that of `kallelse_sent`."""
        return list(
            self._session.scalars(
                select(Meeting)
                .where(
                    Meeting.status == MeetingStatus.PLANNED,
                    or_(
                        and_(Meeting.starts_at >= starting[0], Meeting.starts_at < starting[1]),
                        and_(
                            Meeting.kallelse_sent_at >= kallelse_sent[0],
                            Meeting.kallelse_sent_at < kallelse_sent[1],
                        ),
                    ),
                )
                .order_by(Meeting.starts_at, Meeting.id)
            )
        )

    def attendance(self, meeting_ids: list[int]) -> list[Attendance]:
        if not meeting_ids:
            return []
        return list(
            self._session.scalars(select(Attendance).where(Attendance.meeting_id.in_(meeting_ids)))
        )

    def open_actions_due(
        self, first: date, last: date, *, councils: Sequence[int] | None = None
    ) -> list[tuple[ActionItem, MeetingKind | None]]:
        """Open items with an owner, due on a day in [first, last] (of `councils` when given),
        with the kind of meeting whose minutes made them (who may be reminded of it depends
        on it)."""
        return [
            (item, kind)
            for item, kind in self._session.execute(
                select(ActionItem, Meeting.kind)
                .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(
                    *_open_due(first, last),
                    ActionItem.council_id.in_(councils) if councils is not None else true(),
                )
                .order_by(ActionItem.id)
            )
        ]

    def preferences(self, person_ids: set[int]) -> dict[int, ReminderPreference]:
        if not person_ids:
            return {}
        found = self._session.scalars(
            select(ReminderPreference).where(ReminderPreference.person_id.in_(person_ids))
        )
        return {p.person_id: p for p in found}

    def preferring_from(self, hours: set[int]) -> list[int]:
        """The people whose reminders may arrive from one of these local hours on."""
        if not hours:
            return []
        return list(
            self._session.scalars(
                select(ReminderPreference.person_id).where(ReminderPreference.hour_from.in_(hours))
            )
        )

    def passes(self) -> Passes:
        row = self._session.get(SweepPasses, 1)
        return Passes(row.last_at, row.full_at, row.event_id) if row else Passes(None, None, None)

    def changes_since(self, event_id: int | None) -> Changes:
        """The events after `event_id` (every event when None)."""
        rows = self._session.execute(
            select(Event.id, Event.council_id, Event.actor_id).where(
                Event.id > event_id if event_id is not None else true()
            )
        ).all()
        return Changes(
            max((row.id for row in rows), default=event_id),
            {row.council_id for row in rows if row.council_id is not None},
            {row.actor_id for row in rows if row.council_id is None and row.actor_id is not None},
        )

    def latest_event_id(self) -> int | None:
        return self._session.scalar(select(func.max(Event.id)))

    def record_pass(self, now: datetime, *, full: bool, event_id: int | None) -> None:
        """The sweep passed at `now`, having seen the events up to `event_id` (never moved
        back by a slower concurrent sweep)."""
        marks = [(SweepPasses.last_at, now), (SweepPasses.event_id, event_id)]
        if full:
            marks.append((SweepPasses.full_at, now))
        # One statement for all of them (not one each: a tick compiles every statement it
        # sends afresh), each column set to the later of its value and ours.
        self._session.execute(
            update(SweepPasses)
            .where(SweepPasses.id == 1)
            .values(
                {
                    column: case(
                        (or_(column.is_(None), column < value), literal(value, column.type)),
                        else_=column,
                    )
                    for column, value in marks
                    if value is not None
                }
            )
        )

    def preference(self, person_id: int) -> ReminderPreference | None:
        return self._session.scalars(
            select(ReminderPreference).where(ReminderPreference.person_id == person_id)
        ).one_or_none()

    def save_preference(self, preference: ReminderPreference) -> ReminderPreference:
        self._session.add(preference)
        self._session.flush()
        return preference
