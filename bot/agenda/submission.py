"""Sending a point: by command, form, message, DM or shortcut, on time or late."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from adapters.storage.models import AgendaPoint, Council, Meeting
from bot.agenda.moves import meeting_phrase
from bot.agenda.points import (
    Attachment,
    Submitted,
    UowFactory,
    accepts_points,
    clean_point,
    is_late,
    point_info,
)
from bot.core.authz import Action, Viewer, allowed
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.notices import Notice, owe
from bot.core.outbox import Compose, nothing, queue
from bot.core.ports import Conflict, UnitOfWork
from bot.core.viewers import asker, council_at, from_workspace, require, viewer_for, viewers_of
from bot.core.vocabulary import MeetingKind, PointStatus
from bot.meetings.service import (
    MeetingInfo,
    meeting_info,
    next_of_kind,
    upcoming_by_number,
    visible_to,
)


class Submission:
    _uow: UowFactory

    def councils_of(self, who: Account, *, now: datetime) -> list[tuple[int, str]]:
        """The councils a person is a member of (for a DM that must say which)."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            if person is None:
                return []
            ids = uow.memberships.council_ids_of(person.id, now=now)
            return [(c.id, c.name) for c in uow.councils.by_ids(ids)]

    def submit(
        self,
        *,
        title: str,
        description: str | None,
        now: datetime,
        where: Conversation | None = None,
        council_id: int | None = None,
        meeting_id: int | None = None,
        formote: bool = False,
        presents_self: bool = False,
        source_key: str | None = None,
        source_link: str | None = None,
        attachment: Attachment | None = None,
        who: Account | None = None,
        person_id: int | None = None,
        compose: Compose[Submitted] = nothing,
    ) -> Submitted:
        """A point from the account `who` (a chat), or from the person
        `person_id` (the member page or an email, naming the council). What `compose` makes of
        the result (an email's receipt) is queued with it."""
        title, description = clean_point(title, description)
        with self._uow() as uow:
            council = self._council(uow, who, where, council_id)
            viewer = asker(uow, council, who=who, person_id=person_id, now=now)
            require(uow, council, viewer, Action.SUBMIT_POINT, now=now)
            if source_key is not None:
                existing = uow.points.by_source(source_key)
                if existing is not None:
                    return self._submitted(uow, council, existing, duplicate=True)
            meeting = self._target(uow, council, viewer, meeting_id, formote, now)
            late = meeting is not None and is_late(council, meeting, now)
            # The receipt's förening is read before the point is written (point_info finds it
            # held, as it does the asker): from that write to the commit, every other writer
            # to SQLite waits.
            uow.foreningar.by_ids({viewer.forening_id} - {None})
            point = AgendaPoint(
                council_id=council.id,
                meeting_id=meeting.id if meeting else None,
                meeting_kind=meeting.kind if meeting else MeetingKind.STORMOTE,
                submitter_id=viewer.person_id,
                forening_id=viewer.forening_id,
                title=title,
                description=description,
                status=PointStatus.SUBMITTED if late or meeting is None else PointStatus.ON_AGENDA,
                late=late,
                position=uow.points.next_position(meeting.id if meeting else None),
                presents_self=presents_self,
                source_key=source_key,
                source_link=source_link,
                attachment_link=attachment.link if attachment else None,
                attachment_kind=attachment.kind if attachment else None,
                created_at=now,
            )
            try:
                uow.points.add(point)
            except Conflict:
                # The same chat message delivered twice at once: the other delivery won.
                uow.rollback()
                existing = uow.points.by_source(source_key or "")
                if existing is None:
                    raise
                return self._submitted(uow, council, existing, duplicate=True)
            uow.events.append(
                "point.submitted",
                at=now,
                council_id=council.id,
                meeting_id=point.meeting_id,
                actor_id=viewer.person_id,
                data={"point_id": point.id, "late": late, "status": point.status.value},
            )
            result = self._submitted(uow, council, point, duplicate=False)
            if late and meeting is not None:
                result = replace(
                    result, notices=self._late_notices(uow, council, meeting, point, viewer, now)
                )
                owe(uow, result.notices, now)
            queue(uow, compose(result), now)
            uow.commit()
            return result

    def _late_notices(
        self,
        uow: UnitOfWork,
        council: Council,
        meeting: Meeting,
        point: AgendaPoint,
        submitter: Viewer,
        now: datetime,
    ) -> tuple[Notice, ...]:
        label = meeting_phrase(council, meeting)
        return tuple(
            Notice(
                v.person_id,
                "punkt.notice.late_for_officers",
                {"title": point.title, "meeting": label, "id": point.id, "council": council.name},
                council.language,
                council.id,
                f"p{point.id}",
            )
            for v in viewers_of(uow, council, now=now)
            if v.person_id is not None
            and allowed(Action.MANAGE_AGENDA, v)
            and visible_to(v, meeting)
            and v.person_id != submitter.person_id
        )

    def _council(
        self,
        uow: UnitOfWork,
        who: Account | None,
        where: Conversation | None,
        council_id: int | None,
    ) -> Council:
        if council_id is not None:
            council = uow.councils.get(council_id)
            if council is None:
                raise UserError("error.no_council")
            if who is not None:
                from_workspace(council, who.workspace)
            return council
        if where is None:  # a direct message naming no council
            raise UserError("error.no_council")
        return council_at(uow, where)

    def _target(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        meeting_id: int | None,
        formote: bool,
        now: datetime,
    ) -> Meeting | None:
        if meeting_id is not None:
            return upcoming_by_number(
                uow,
                council,
                viewer,
                meeting_id,
                now=now,
                not_found="punkt.no_such_meeting",
                usable=lambda v, m: accepts_points(m, v),
            )
        meeting = next_of_kind(uow, council, viewer, formote=formote, now=now)
        if formote and meeting is None:
            raise UserError("punkt.no_formote")
        return meeting

    def _submitted(
        self, uow: UnitOfWork, council: Council, point: AgendaPoint, *, duplicate: bool
    ) -> Submitted:
        meeting = uow.meetings.get(council.id, point.meeting_id) if point.meeting_id else None
        return Submitted(
            point=point_info(uow, point),
            council_name=council.name,
            meeting=meeting_info(council, meeting) if meeting else None,
            duplicate=duplicate,
            lang=council.language,
        )

    def meetings_for(
        self, *, who: Account, where: Conversation, now: datetime
    ) -> list[MeetingInfo]:
        """Upcoming meetings this person may send points to, soonest first."""
        with self._uow() as uow:
            council = council_at(uow, where)
            viewer = viewer_for(uow, council, who, now=now)
            require(uow, council, viewer, Action.SUBMIT_POINT, now=now)
            return [
                meeting_info(council, m)
                for m in uow.meetings.upcoming(council.id, now=now)
                if accepts_points(m, viewer)
            ]
