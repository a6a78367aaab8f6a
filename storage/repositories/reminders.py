"""What the reminder sweep reads, and people's reminder preferences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.vocabulary import ActionStatus, MeetingStatus
from storage.models import ActionItem, Attendance, Meeting, Person, ReminderPreference


class ReminderRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def planned_meetings(self, starting_from: datetime, starting_before: datetime) -> list[Meeting]:
        """Planned (not cancelled) meetings of every council starting in the span."""
        return list(
            self._session.scalars(
                select(Meeting)
                .where(
                    Meeting.status == MeetingStatus.PLANNED,
                    Meeting.starts_at >= starting_from,
                    Meeting.starts_at < starting_before,
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

    def open_actions_due(self, first: date, last: date) -> list[ActionItem]:
        """Open items with an owner, due on a day in [first, last]."""
        return list(
            self._session.scalars(
                select(ActionItem)
                .where(
                    ActionItem.status == ActionStatus.OPEN,
                    ActionItem.owner_id.is_not(None),
                    ActionItem.due_on >= first,
                    ActionItem.due_on <= last,
                )
                .order_by(ActionItem.id)
            )
        )

    def persons(self, person_ids: set[int]) -> dict[int, Person]:
        if not person_ids:
            return {}
        found = self._session.scalars(select(Person).where(Person.id.in_(person_ids)))
        return {p.id: p for p in found}

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
