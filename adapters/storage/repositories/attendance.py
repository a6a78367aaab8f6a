"""Attendance: answers, the register, and the substitutes asked to go in someone's place."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session

from adapters.storage.models import Attendance, Council, Meeting, SubstituteRequest
from bot.core.ports import HeldRow, RegisterEntry, RegisterRow
from bot.core.vocabulary import ATTENDED, Answer, MeetingKind, MeetingStatus, SubstituteStatus

# The columns of RegisterRow and HeldRow, in their order.
REGISTER_COLUMNS = (
    Attendance.meeting_id,
    Attendance.person_id,
    Attendance.presence,
    Attendance.arrived_at,
    Attendance.left_at,
    Attendance.read_documents_at,
    Attendance.reading_minutes,
)
HELD_COLUMNS = (
    Meeting.id,
    Meeting.council_id,
    Meeting.kind,
    Meeting.starts_at,
    Meeting.ends_at,
    Meeting.fee_terms,
)
# Which meeting is on now: asked by every minutes line and check-in, built once.
STARTED_BY = (
    select(Meeting)
    .where(
        Meeting.council_id == bindparam("council_id"),
        Meeting.status == MeetingStatus.PLANNED,
        Meeting.starts_at <= bindparam("when", type_=Meeting.starts_at.type),
    )
    .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
    .limit(bindparam("limit"))
)


class AttendanceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, meeting_id: int, person_id: int) -> Attendance | None:
        return self._session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
            )
        ).one_or_none()

    def ensure(self, meeting_id: int, person_id: int) -> Attendance:
        found = self.get(meeting_id, person_id)
        if found is None:
            found = Attendance(meeting_id=meeting_id, person_id=person_id)
            self._session.add(found)
            self._session.flush()
        return found

    def for_meeting(self, meeting_id: int) -> list[Attendance]:
        return list(
            self._session.scalars(
                select(Attendance)
                .where(Attendance.meeting_id == meeting_id)
                .order_by(Attendance.id)
            )
        )

    def held_between(
        self, start: datetime, end: datetime, council_id: int | None = None
    ) -> list[HeldRow]:
        query = select(*HELD_COLUMNS).where(
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at >= start,
            Meeting.starts_at < end,
        )
        if council_id is not None:
            query = query.where(Meeting.council_id == council_id)
        rows = self._session.execute(query.order_by(Meeting.starts_at, Meeting.id))
        return [HeldRow(*row) for row in rows]

    def registers(self, meeting_ids: list[int]) -> list[RegisterEntry]:
        """The registers of the meetings in one query, by meeting."""
        if not meeting_ids:
            return []
        rows = self._session.execute(
            select(Attendance.meeting_id, Attendance.person_id, Attendance.presence)
            .where(Attendance.meeting_id.in_(meeting_ids))
            .order_by(Attendance.meeting_id, Attendance.id)
        )
        return [RegisterEntry(*row) for row in rows]

    def meeting(self, meeting_id: int) -> tuple[Meeting, Council] | None:
        """A meeting and its council by id alone (a button carries only the id)."""
        row = self._session.execute(
            select(Meeting, Council)
            .join(Council, Council.id == Meeting.council_id)
            .where(Meeting.id == meeting_id)
        ).one_or_none()
        return (row[0], row[1]) if row else None

    def started_by(self, council_id: int, when: datetime, *, limit: int) -> list[Meeting]:
        """The council's latest planned meetings starting at or before `when`, latest first."""
        found = {"council_id": council_id, "when": when, "limit": limit}
        return list(self._session.scalars(STARTED_BY, found))

    def replacement_for(self, meeting_id: int, absent_person_id: int) -> Attendance | None:
        return self._session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id,
                Attendance.replaces_person_id == absent_person_id,
            )
        ).one_or_none()

    def apologies_for_meetings_before(
        self, until: datetime, *, now: datetime
    ) -> list[tuple[Attendance, Meeting]]:
        """Apologies for planned meetings starting after now and before until."""
        rows = self._session.execute(
            select(Attendance, Meeting)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.starts_at > now,
                Meeting.starts_at < until,
                Attendance.answer == Answer.NOT_COMING.value,
            )
            .order_by(Meeting.starts_at, Meeting.id, Attendance.id)
        )
        return [(a, m) for a, m in rows]

    def attended(
        self, workspace: str, person_ids: list[int], start: datetime, end: datetime
    ) -> list[tuple[RegisterRow, HeldRow]]:
        """Who took part in which meeting of any council of the team in [start, end), in
        one query."""
        return self._attended(Council.workspace == workspace, person_ids, start, end)

    def attended_in(
        self, council_ids: list[int], person_ids: list[int], start: datetime, end: datetime
    ) -> list[tuple[RegisterRow, HeldRow]]:
        """The same in the councils given."""
        return self._attended(Council.id.in_(council_ids), person_ids, start, end)

    def _attended(
        self,
        councils: ColumnElement[bool],
        person_ids: list[int],
        start: datetime,
        end: datetime,
    ) -> list[tuple[RegisterRow, HeldRow]]:
        if not person_ids:
            return []
        rows = self._session.execute(
            select(*REGISTER_COLUMNS, *HELD_COLUMNS)
            .select_from(Attendance)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Council, Council.id == Meeting.council_id)
            .where(
                councils,
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.starts_at >= start,
                Meeting.starts_at < end,
                Attendance.person_id.in_(person_ids),
                Attendance.presence.in_([p.value for p in ATTENDED]),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        )
        split = len(REGISTER_COLUMNS)
        held: dict[int, HeldRow] = {}  # one a meeting, however many took part in it
        return [
            (
                RegisterRow(*row[:split]),
                held.get(row[split]) or held.setdefault(row[split], HeldRow(*row[split:])),
            )
            for row in rows
        ]

    def registered_in(
        self, council_id: int, start: datetime, end: datetime, *, kinds: frozenset[MeetingKind]
    ) -> list[tuple[Meeting, list[Attendance]]]:
        """The council's meetings in [start, end) whose register has been taken, with it."""
        rows = self._session.execute(
            select(Meeting, Attendance)
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(
                Meeting.council_id == council_id,
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.kind.in_(kinds),
                Meeting.starts_at >= start,
                Meeting.starts_at < end,
                Attendance.presence.is_not(None),
            )
            .order_by(Meeting.starts_at, Meeting.id, Attendance.id)
        )
        registers: dict[int, tuple[Meeting, list[Attendance]]] = {}
        for meeting, attendance in rows:
            registers.setdefault(meeting.id, (meeting, []))[1].append(attendance)
        return list(registers.values())

    def council_meetings(self, council_id: int, start: datetime, end: datetime) -> list[Meeting]:
        """Planned meetings of the council starting in [start, end), in time order."""
        return list(
            self._session.scalars(
                select(Meeting)
                .where(
                    Meeting.council_id == council_id,
                    Meeting.status == MeetingStatus.PLANNED,
                    Meeting.starts_at >= start,
                    Meeting.starts_at < end,
                )
                .order_by(Meeting.starts_at, Meeting.id)
            )
        )


class SubstituteRequestRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, request: SubstituteRequest) -> SubstituteRequest:
        self._session.add(request)
        self._session.flush()
        return request

    def get(self, request_id: int) -> SubstituteRequest | None:
        return self._session.get(SubstituteRequest, request_id)

    def for_absence(self, meeting_id: int, absent_person_id: int) -> list[SubstituteRequest]:
        return list(
            self._session.scalars(
                select(SubstituteRequest)
                .where(
                    SubstituteRequest.meeting_id == meeting_id,
                    SubstituteRequest.absent_person_id == absent_person_id,
                )
                .order_by(SubstituteRequest.id)
            )
        )

    def open_for(self, meeting_id: int, substitute_person_id: int) -> list[SubstituteRequest]:
        """What the substitute has been asked at the meeting and not answered yet."""
        return list(
            self._session.scalars(
                select(SubstituteRequest)
                .where(
                    SubstituteRequest.meeting_id == meeting_id,
                    SubstituteRequest.substitute_person_id == substitute_person_id,
                    SubstituteRequest.status == SubstituteStatus.ASKED,
                )
                .order_by(SubstituteRequest.id)
            )
        )
