"""What the reminder sweep reads, and people's reminder preferences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from bot.vocabulary import ActionStatus, MeetingKind, MeetingStatus
from storage.models import ActionItem, Attendance, Council, Meeting, ReminderPreference


class TimingSettings(NamedTuple):
    """The council settings that place its meetings' reminders in time."""

    agenda_deadline_days: int
    min_notice_days: int
    minutes_due_days: int
    custom_days: bool  # the council chose its own reminder days (reminder_days is set)


def _has(settings: TimingSettings) -> ColumnElement[bool]:
    custom = Council.reminder_days.is_not(None)
    return and_(
        Council.agenda_deadline_days == settings.agenda_deadline_days,
        Council.min_notice_days == settings.min_notice_days,
        Council.minutes_due_days == settings.minutes_due_days,
        custom if settings.custom_days else ~custom,
    )


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

    def planned_meetings(
        self, spans: Sequence[tuple[TimingSettings, datetime, datetime]]
    ) -> list[Meeting]:
        """Planned (not cancelled) meetings starting in [start, end) of a span, of the councils
        with that span's settings."""
        if not spans:
            return []
        within = [
            and_(_has(settings), Meeting.starts_at >= start, Meeting.starts_at < end)
            for settings, start, end in spans
        ]
        return list(
            self._session.scalars(
                select(Meeting)
                .join(Council, Council.id == Meeting.council_id)
                .where(
                    Meeting.status == MeetingStatus.PLANNED,
                    # All the spans at once too, so the index on starts_at narrows the search.
                    Meeting.starts_at >= min(start for _, start, _ in spans),
                    Meeting.starts_at < max(end for _, _, end in spans),
                    or_(*within),
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
        self, first: date, last: date
    ) -> list[tuple[ActionItem, MeetingKind | None]]:
        """Open items with an owner, due on a day in [first, last], with the kind of meeting
        whose minutes made them (who may be reminded of it depends on it)."""
        return [
            (item, kind)
            for item, kind in self._session.execute(
                select(ActionItem, Meeting.kind)
                .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(
                    ActionItem.status == ActionStatus.OPEN,
                    ActionItem.owner_id.is_not(None),
                    ActionItem.due_on >= first,
                    ActionItem.due_on <= last,
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

    def preference(self, person_id: int) -> ReminderPreference | None:
        return self._session.scalars(
            select(ReminderPreference).where(ReminderPreference.person_id == person_id)
        ).one_or_none()

    def save_preference(self, preference: ReminderPreference) -> ReminderPreference:
        self._session.add(preference)
        self._session.flush()
        return preference
