"""Agenda points and the council's standing points."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from adapters.storage.db import conflicts
from adapters.storage.models import AgendaPoint, Forening, Person, StandingPoint
from bot.core.audience import Audience
from bot.core.ports import PointRow
from bot.core.vocabulary import MeetingKind, PointStatus

# A meeting's points as shown (PointRow's fields in order), built once.
SHOWN = (
    select(
        AgendaPoint.id,
        AgendaPoint.meeting_id,
        AgendaPoint.title,
        AgendaPoint.description,
        AgendaPoint.status,
        AgendaPoint.late,
        AgendaPoint.under_ovriga,
        AgendaPoint.outcome,
        AgendaPoint.presents_self,
        AgendaPoint.source_link,
        AgendaPoint.attachment_link,
        AgendaPoint.attachment_kind,
        AgendaPoint.carried_from_id,
        Person.chat_account,
        Person.display_name,
        Forening.name,
    )
    .select_from(AgendaPoint)
    .outerjoin(Person, Person.id == AgendaPoint.submitter_id)
    .outerjoin(Forening, Forening.id == AgendaPoint.forening_id)
    .where(AgendaPoint.meeting_id == bindparam("meeting_id"))
    .order_by(AgendaPoint.position, AgendaPoint.id)
)


class PointRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, point: AgendaPoint) -> AgendaPoint:
        """Raises Conflict when a point from the same chat message is already there."""
        self._session.add(point)
        with conflicts():
            self._session.flush()
        return point

    def get(self, council_id: int, point_id: int, *, audience: Audience) -> AgendaPoint | None:
        """The point, if it is the council's and the audience may read it."""
        point = self._session.get(AgendaPoint, point_id)
        if point is None or point.council_id != council_id:
            return None
        return point if audience.sees(point.meeting_kind) else None

    def copy_of(self, council_id: int, point_id: int, *, audience: Audience) -> AgendaPoint | None:
        """The copy a moved point left on its new meeting (or waiting for one), if the audience
        may read it; by council first, whose index keeps this a small scan."""
        return self._session.scalars(
            select(AgendaPoint).where(
                AgendaPoint.council_id == council_id,
                AgendaPoint.carried_from_id == point_id,
                AgendaPoint.meeting_kind.in_(audience.kinds),
            )
        ).first()

    def by_source(self, source_key: str) -> AgendaPoint | None:
        return self._session.scalars(
            select(AgendaPoint).where(AgendaPoint.source_key == source_key)
        ).one_or_none()

    def for_meeting(self, meeting_id: int) -> list[AgendaPoint]:
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(AgendaPoint.meeting_id == meeting_id)
                .order_by(AgendaPoint.position, AgendaPoint.id)
            )
        )

    def shown_for_meeting(self, meeting_id: int) -> list[PointRow]:
        """The meeting's points as shown, in order, in one query: plain rows on the session's
        connection (no ORM loading for columns that map to no object)."""
        self._session.flush()  # as the session's own execute would, first
        found = self._session.connection().execute(SHOWN, {"meeting_id": meeting_id})
        return list(map(PointRow._make, found.all()))

    def sent_by(
        self, council_id: int, person_id: int, *, audience: Audience, limit: int
    ) -> list[AgendaPoint]:
        """A person's latest points in one council that the audience may read, newest first."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(
                    AgendaPoint.council_id == council_id,
                    AgendaPoint.submitter_id == person_id,
                    AgendaPoint.meeting_kind.in_(audience.kinds),
                )
                .order_by(AgendaPoint.id.desc())
                .limit(limit)
            )
        )

    def waiting(self, council_id: int, *, kind: MeetingKind) -> list[AgendaPoint]:
        """Points waiting for the next meeting of a kind to be planned."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(
                    AgendaPoint.council_id == council_id,
                    AgendaPoint.meeting_id.is_(None),
                    AgendaPoint.meeting_kind == kind,
                )
                .order_by(AgendaPoint.id)
            )
        )

    def awaiting_answer(self, council_id: int, *, audience: Audience) -> list[AgendaPoint]:
        """The council's points sent on whose answer is not recorded, the audience may read."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(
                    AgendaPoint.council_id == council_id,
                    AgendaPoint.status == PointStatus.SENT_ON,
                    AgendaPoint.answered_at.is_(None),
                    AgendaPoint.meeting_kind.in_(audience.kinds),
                )
                .order_by(AgendaPoint.answer_by, AgendaPoint.id)
            )
        )

    def answers_overdue(self, by: date) -> list[AgendaPoint]:
        """Every council's points sent on, unanswered, whose answer was asked for by `by`."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(
                    AgendaPoint.status == PointStatus.SENT_ON,
                    AgendaPoint.answered_at.is_(None),
                    AgendaPoint.answer_by <= by,
                )
                .order_by(AgendaPoint.council_id, AgendaPoint.id)
            )
        )

    def next_position(self, meeting_id: int | None) -> int:
        if meeting_id is None:
            return 0
        highest = self._session.scalar(
            select(func.max(AgendaPoint.position)).where(AgendaPoint.meeting_id == meeting_id)
        )
        return (highest or 0) + 1


class StandingPointRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_council(self, council_id: int, kind: MeetingKind) -> list[StandingPoint]:
        """The standing points of the council's meetings of one kind, in order."""
        return list(
            self._session.scalars(
                select(StandingPoint)
                .where(StandingPoint.council_id == council_id, StandingPoint.meeting_kind == kind)
                .order_by(StandingPoint.position, StandingPoint.id)
            )
        )

    def add(self, standing: StandingPoint) -> StandingPoint:
        self._session.add(standing)
        self._session.flush()
        return standing

    def delete(self, standing: StandingPoint) -> None:
        self._session.delete(standing)
        self._session.flush()
