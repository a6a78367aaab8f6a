"""Agenda points and the council's standing points."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import AgendaPoint, StandingPoint


class PointRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, point: AgendaPoint) -> AgendaPoint:
        self._session.add(point)
        self._session.flush()
        return point

    def get(self, council_id: int, point_id: int) -> AgendaPoint | None:
        point = self._session.get(AgendaPoint, point_id)
        return point if point is not None and point.council_id == council_id else None

    def copy_of(self, council_id: int, point_id: int) -> AgendaPoint | None:
        """The copy a moved point left on its new meeting (or waiting for one); by council
        first, whose index keeps this a small scan."""
        return self._session.scalars(
            select(AgendaPoint).where(
                AgendaPoint.council_id == council_id, AgendaPoint.carried_from_id == point_id
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

    def sent_by(self, council_id: int, person_id: int, *, limit: int) -> list[AgendaPoint]:
        """A person's latest points in one council, newest first."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(AgendaPoint.council_id == council_id, AgendaPoint.submitter_id == person_id)
                .order_by(AgendaPoint.id.desc())
                .limit(limit)
            )
        )

    def waiting(self, council_id: int) -> list[AgendaPoint]:
        """Points sent while no meeting was planned."""
        return list(
            self._session.scalars(
                select(AgendaPoint)
                .where(AgendaPoint.council_id == council_id, AgendaPoint.meeting_id.is_(None))
                .order_by(AgendaPoint.id)
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

    def for_council(self, council_id: int) -> list[StandingPoint]:
        return list(
            self._session.scalars(
                select(StandingPoint)
                .where(StandingPoint.council_id == council_id)
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
