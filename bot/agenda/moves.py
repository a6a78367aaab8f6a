"""Points that change meeting: moved on, waiting for a meeting, re-homed when one is cancelled."""

from __future__ import annotations

from datetime import datetime

from adapters.storage.models import AgendaPoint, Council, Meeting
from bot.agenda.points import OPEN
from bot.core.notices import Notice
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.vocabulary import MeetingKind, PointStatus
from bot.meetings.labels import meeting_label
from bot.meetings.service import (
    meeting_info,
)


def attach_waiting_points(
    uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
) -> list[Notice]:
    """Points waiting for a meeting of this kind go onto the first one planned: those sent
    while nothing was planned onto a stormöte, a förmöte's carried points onto the next förmöte."""
    notices = []
    for point in uow.points.waiting(council.id, kind=meeting.kind):
        point.meeting_id = meeting.id
        point.position = uow.points.next_position(meeting.id)
        point.status = PointStatus.ON_AGENDA
        uow.flush()
        uow.events.append(
            "point.placed",
            at=now,
            council_id=council.id,
            meeting_id=meeting.id,
            data={"point_id": point.id},
        )
        notices += notice_submitter(
            uow, council, point, "punkt.notice.placed", meeting=meeting_phrase(council, meeting)
        )
    return notices


def rehome_points(
    uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
) -> list[Notice]:
    """A cancelled meeting's open points go to the next meeting of its kind.

    Stormöte points wait for the next stormöte if none is planned; förmöte points never
    leave the förmöte line (they must not surface where the unit reads).
    """
    target = next_meeting_of_kind(uow, council, meeting)
    notices = []
    for point in uow.points.for_meeting(meeting.id):
        if point.status not in OPEN:
            continue
        if target is None and meeting.kind != MeetingKind.STORMOTE:
            notices += notice_submitter(uow, council, point, "punkt.notice.cancelled_waits")
            continue
        carry(uow, council, point, target, now)
        label = meeting_phrase(council, target) if target else Ref("punkt.next_planned")
        notices += notice_submitter(
            uow, council, point, "punkt.notice.cancelled_moved", meeting=label
        )
    return notices


def carry(
    uow: UnitOfWork, council: Council, point: AgendaPoint, target: Meeting | None, now: datetime
) -> AgendaPoint:
    """Mark a point flyttad and put its copy on the target meeting (or waiting for one)."""
    copy = uow.points.add(
        AgendaPoint(
            council_id=council.id,
            meeting_id=target.id if target else None,
            meeting_kind=target.kind if target else point.meeting_kind,
            submitter_id=point.submitter_id,
            forening_id=point.forening_id,
            title=point.title,
            description=point.description,
            status=PointStatus.ON_AGENDA if target else PointStatus.SUBMITTED,
            position=uow.points.next_position(target.id if target else None),
            presents_self=point.presents_self,
            source_link=point.source_link,
            attachment_link=point.attachment_link,
            attachment_kind=point.attachment_kind,
            carried_from_id=point.id,
            created_at=now,
        )
    )
    point.status = PointStatus.MOVED
    point.moved_to_id = copy.meeting_id
    uow.events.append(
        "point.moved",
        at=now,
        council_id=council.id,
        meeting_id=point.meeting_id,
        data={"point_id": point.id, "copy_id": copy.id, "to_meeting_id": copy.meeting_id},
    )
    return copy


def notice_submitter(
    uow: UnitOfWork, council: Council, point: AgendaPoint, key: str, **params: object
) -> list[Notice]:
    person = uow.people.get(point.submitter_id) if point.submitter_id else None
    if person is None or person.erased_at is not None:  # an erased submitter is not told
        return []
    return [
        Notice(
            person.id,
            key,
            {"title": point.title, "council": council.name, **params},
            council.language,
            council.id,
            f"p{point.id}",
        )
    ]


def next_meeting_of_kind(uow: UnitOfWork, council: Council, after: Meeting) -> Meeting | None:
    later = [
        m
        for m in uow.meetings.upcoming(
            council.id, now=after.starts_at, kinds=frozenset({after.kind})
        )
        if m.id != after.id
    ]
    return later[0] if later else None


def meeting_phrase(council: Council, meeting: Meeting) -> Ref:
    """Mid-sentence: "stormöte torsdag 11 mars 2027 kl. 13.00"."""
    return meeting_label(meeting_info(council, meeting), council.language)
