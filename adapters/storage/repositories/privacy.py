"""A person's own data across councils: reading it all, erasing it, and whose time is up.

Erasure is the one reason rows of the record change after the fact: the event log's
minutes copies get the person's name replaced (see bot.privacy.minutes), nothing else.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from adapters.storage.models import (
    ActionItem,
    AgendaPoint,
    Attendance,
    Council,
    CouncilKallelse,
    Event,
    Forening,
    Meeting,
    MeetingGuest,
    MeetingKallelse,
    Membership,
    OutboxMessage,
    Person,
    ReminderPreference,
)
from bot.core.vocabulary import ActionStatus, OutboxStatus, PointStatus

OPEN_POINTS = (PointStatus.SUBMITTED, PointStatus.ON_AGENDA)


def _not_ended(now: datetime) -> Any:
    """A membership that has not ended at `now` (one starting later counts: they are joining)."""
    return or_(Membership.active_to.is_(None), Membership.active_to > now)


class PrivacyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- reading -----------------------------------------------------------------------------

    def memberships_of(self, person_id: int) -> list[tuple[Membership, Council, Forening | None]]:
        rows = self._session.execute(
            select(Membership, Council, Forening)
            .join(Council, Council.id == Membership.council_id)
            .outerjoin(Forening, Forening.id == Membership.forening_id)
            .where(Membership.person_id == person_id)
            .order_by(Council.name, Membership.active_from, Membership.id)
        )
        return [(m, c, f) for m, c, f in rows]

    def points_of(self, person_id: int) -> list[tuple[AgendaPoint, Council]]:
        rows = self._session.execute(
            select(AgendaPoint, Council)
            .join(Council, Council.id == AgendaPoint.council_id)
            .where(AgendaPoint.submitter_id == person_id)
            .order_by(AgendaPoint.created_at, AgendaPoint.id)
        )
        return [(p, c) for p, c in rows]

    def attendance_of(self, person_id: int) -> list[tuple[Attendance, Meeting, Council]]:
        rows = self._session.execute(
            select(Attendance, Meeting, Council)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Council, Council.id == Meeting.council_id)
            .where(Attendance.person_id == person_id)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        return [(a, m, c) for a, m, c in rows]

    def guest_of(self, person_id: int) -> list[tuple[MeetingGuest, Meeting, Council]]:
        """The meetings they were invited to as a guest (bot.kallelse.service)."""
        rows = self._session.execute(
            select(MeetingGuest, Meeting, Council)
            .join(Meeting, Meeting.id == MeetingGuest.meeting_id)
            .join(Council, Council.id == Meeting.council_id)
            .where(MeetingGuest.person_id == person_id)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        return [(g, m, c) for g, m, c in rows]

    def drop_guest_invitations(self, person_id: int) -> None:
        """Every invitation of theirs as a guest: a kallelse names them no more."""
        self._session.execute(
            delete(MeetingGuest)
            .where(MeetingGuest.person_id == person_id)
            .execution_options(synchronize_session=False)
        )

    def actions_of(self, person_id: int) -> list[tuple[ActionItem, Council]]:
        rows = self._session.execute(
            select(ActionItem, Council)
            .join(Council, Council.id == ActionItem.council_id)
            .where(ActionItem.owner_id == person_id)
            .order_by(ActionItem.created_at, ActionItem.id)
        )
        return [(a, c) for a, c in rows]

    def events_by(self, person_id: int) -> list[Event]:
        return list(
            self._session.scalars(
                select(Event).where(Event.actor_id == person_id).order_by(Event.id)
            )
        )

    # -- erasing -----------------------------------------------------------------------------

    def lock_person(self, person_id: int) -> Person | None:
        """The person, not yet erased, locked so two erasures of one person run in turn."""
        return self._session.scalars(
            select(Person)
            .where(Person.id == person_id, Person.erased_at.is_(None))
            .with_for_update()
        ).one_or_none()

    def end_memberships(self, person_id: int, now: datetime) -> None:
        self._session.execute(
            update(Membership)
            .where(Membership.person_id == person_id, _not_ended(now))
            .values(active_to=now)
            .execution_options(synchronize_session=False)
        )

    def clear_absence_reasons(self, person_id: int) -> None:
        self._session.execute(
            update(Attendance)
            .where(Attendance.person_id == person_id)
            .values(answer_reason=None)
            .execution_options(synchronize_session=False)
        )

    def open_points_of(self, person_id: int, now: datetime) -> list[AgendaPoint]:
        """Their points still waiting for a meeting that has not begun; a point of a meeting
        already held is the minutes' to settle."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .outerjoin(Meeting, Meeting.id == AgendaPoint.meeting_id)
                .where(
                    AgendaPoint.submitter_id == person_id,
                    AgendaPoint.status.in_(OPEN_POINTS),
                    or_(AgendaPoint.meeting_id.is_(None), Meeting.starts_at > now),
                )
            )
        )

    def release_open_actions(self, person_id: int) -> None:
        """Open items lose their owner: nobody is reminded in their name, and the council
        sees the item needs a new one. Closed items keep them, as the record."""
        self._session.execute(
            update(ActionItem)
            .where(ActionItem.owner_id == person_id, ActionItem.status == ActionStatus.OPEN)
            .values(owner_id=None)
            .execution_options(synchronize_session=False)
        )

    def clear_kallelse_roles(self, person_id: int) -> None:
        """A kallelse must not name them as leader or contact any more."""
        for model in (CouncilKallelse, MeetingKallelse):
            for column in (model.leader_id, model.contact_id):
                self._session.execute(
                    update(model)
                    .where(column == person_id)
                    .values({column.key: None})
                    .execution_options(synchronize_session=False)
                )

    def drop_reminders(self, person_id: int) -> None:
        """Their preferences, and every outbox row for them but one being posted right now
        (its payload holds their Slack id and the message)."""
        self._session.execute(
            delete(ReminderPreference).where(ReminderPreference.person_id == person_id)
        )
        self._session.execute(
            delete(OutboxMessage)
            .where(
                OutboxMessage.person_id == person_id,
                OutboxMessage.status != OutboxStatus.SENDING,
            )
            .execution_options(synchronize_session=False)
        )

    def minutes_events(self, council_ids: set[int]) -> list[Event]:
        if not council_ids:
            return []
        return list(
            self._session.scalars(
                select(Event)
                .where(Event.council_id.in_(council_ids), Event.kind.startswith("minutes."))
                .order_by(Event.id)
            )
        )

    def rewrite(self, event: Event, data: dict[str, Any]) -> None:
        """Replace an event's data: only for erasure, never to change what happened."""
        event.data = data
        self._session.flush()

    # -- retention ---------------------------------------------------------------------------

    def is_staying(self, person_id: int, now: datetime) -> bool:
        """Whether they hold (or are about to hold) a role somewhere."""
        found = self._session.scalar(
            select(Membership.id).where(Membership.person_id == person_id, _not_ended(now)).limit(1)
        )
        return found is not None

    def departures(self, now: datetime) -> list[tuple[int, int, datetime]]:
        """(person, council's retention months, when they left it) for every council of every
        person not erased who has no membership left anywhere."""
        staying = select(Membership.person_id).where(_not_ended(now))
        rows = self._session.execute(
            select(Membership.person_id, Council.retention_months, func.max(Membership.active_to))
            .join(Council, Council.id == Membership.council_id)
            .join(Person, Person.id == Membership.person_id)
            .where(Person.erased_at.is_(None), Membership.person_id.not_in(staying))
            .group_by(Membership.person_id, Council.id, Council.retention_months)
        )
        return [(person_id, months, left) for person_id, months, left in rows]
