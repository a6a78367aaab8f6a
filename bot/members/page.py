"""What the member page shows a person: for each of their councils the coming meetings they
may see (a förmöte only to the associations' people: bot.core.authz), with the kallelse once it is
out, their own answer and read receipt, their points and what happened to them, and the minutes
waiting for their justering, the open action items they own, and the working groups they are
on (bot.councils.working_groups): name, mandate, end date, next meeting and convenor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Meeting
from bot.agenda import PointInfo, accepts_points, point_infos
from bot.core.authz import Action, Viewer, allowed, audience_of
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewer_by_person
from bot.core.vocabulary import Answer, MeetingStatus, Role
from bot.kallelse.content import Kallelse, compose
from bot.meetings.service import MeetingInfo, meeting_info, visible_to
from bot.minutes import access
from bot.minutes.render import Layout, layout

UowFactory = Callable[[], UnitOfWork]
SHOWN_MEETINGS = 5
SHOWN_POINTS = 20


@dataclass(frozen=True)
class Asked:
    """A question to this ersättare: can they go in the absent member's place?"""

    request_id: int
    absent: str


@dataclass(frozen=True)
class MeetingCard:
    meeting: MeetingInfo
    kallelse: Kallelse | None  # None until it is sent
    answer: Answer | None
    reason: str | None
    read_at: datetime | None
    answers: bool  # holds a seat, or stands in for someone: may say coming or not
    takes_points: bool
    asked: list[Asked]  # as ersättare, not answered yet


@dataclass(frozen=True)
class ToApprove:
    """Minutes with this justerare: the version sent, as it reads."""

    meeting: MeetingInfo
    version: int
    layout: Layout


@dataclass(frozen=True)
class MyAction:
    """An open action item this person owns: from which meeting's minutes, due when."""

    id: int
    text: str
    meeting: MeetingInfo | None  # None when the minutes named no meeting
    due: date | None
    overdue: bool


@dataclass(frozen=True)
class CouncilPage:
    id: int
    name: str
    lang: str
    meetings: list[MeetingCard]
    points: list[PointInfo]
    submits: bool  # may send points
    point_meetings: dict[int, MeetingInfo]  # the meetings their points name
    justering: list[ToApprove]
    actions: list[MyAction]
    # An officer's: the föreningar they may add a member by address for (else None).
    foreningar: list[str] | None = None
    groups: tuple[MyGroup, ...] = ()  # the open working groups they are on or convene


@dataclass(frozen=True)
class MyGroup:
    """A working group of theirs as the page shows it."""

    id: int
    name: str
    mandate: str
    ends_on: date
    next_meeting: MeetingInfo | None  # its next planned meeting, if one is
    convenor: str | None  # the convenor's name, if it has one


@dataclass(frozen=True)
class MyAddress:
    """Their email address as the page shows it, and how they are reached."""

    email: str | None
    confirmed: bool
    failing: bool  # mail to it comes back (bot.members.mailbox)
    chat: bool  # they have a chat account: they may choose email instead
    prefers_email: bool


class MemberPageService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def address(self, *, person_id: int) -> MyAddress:
        with self._uow() as uow:
            person = uow.people.get(person_id)
            assert person is not None
            return MyAddress(
                person.email,
                person.email_verified_at is not None,
                person.email_failing_at is not None,
                person.chat is not None,
                person.prefers_email,
            )

    def overview(self, *, person_id: int, now: datetime) -> list[CouncilPage]:
        with self._uow() as uow:
            ids = uow.memberships.council_ids_of(person_id, now=now)
            return [_council(uow, c, person_id, now) for c in uow.councils.by_ids(ids)]


def _council(uow: UnitOfWork, council: Council, person_id: int, now: datetime) -> CouncilPage:
    viewer = viewer_by_person(uow, council, person_id, now=now)
    coming = [m for m in uow.meetings.upcoming(council.id, now=now) if visible_to(viewer, m)]
    points = point_infos(
        uow,
        uow.points.sent_by(council.id, person_id, audience=audience_of(viewer), limit=SHOWN_POINTS),
    )
    named = {p.meeting_id for p in points if p.meeting_id is not None}
    return CouncilPage(
        id=council.id,
        name=council.name,
        lang=council.language,
        meetings=[_card(uow, council, m, viewer, now) for m in coming[:SHOWN_MEETINGS]],
        points=points,
        submits=allowed(Action.SUBMIT_POINT, viewer),
        point_meetings=_named(uow, council, named),
        justering=_to_approve(uow, council, person_id, now),
        actions=_actions(uow, council, viewer, now),
        foreningar=sorted(
            (f.name for f in uow.foreningar.in_team(council.workspace)), key=str.casefold
        )
        if allowed(Action.MANAGE_MEMBERS, viewer)
        else None,
        groups=_groups(uow, council, person_id, now),
    )


def _groups(
    uow: UnitOfWork, council: Council, person_id: int, now: datetime
) -> tuple[MyGroup, ...]:
    """The council's open working groups the person is on (or convenes)."""
    groups = [
        g
        for g in uow.working_groups.of_person(person_id)
        if g.council_id == council.id and g.closed_at is None
    ]
    convenors = uow.people.by_ids({g.convenor_id for g in groups if g.convenor_id is not None})
    shown = []
    for group in groups:
        coming = [
            m
            for m in uow.meetings.of_working_group(group.id)
            if m.status == MeetingStatus.PLANNED and (m.ends_at or m.starts_at) >= now
        ]
        convenor = convenors.get(group.convenor_id) if group.convenor_id is not None else None
        shown.append(
            MyGroup(
                group.id,
                group.name,
                group.mandate,
                group.ends_on,
                meeting_info(council, coming[0]) if coming else None,
                convenor.display_name if convenor is not None else None,
            )
        )
    return tuple(shown)


def _actions(uow: UnitOfWork, council: Council, viewer: Viewer, now: datetime) -> list[MyAction]:
    """Their open action items, as /atgard lists the council's (a förmöte's only to its side)."""
    assert viewer.person_id is not None
    today = now.astimezone(ZoneInfo(council.timezone)).date()
    items = uow.actions.open_for_owner(council.id, viewer.person_id, audience=audience_of(viewer))
    meetings = _named(uow, council, {a.meeting_id for a in items if a.meeting_id is not None})
    return [
        MyAction(
            id=item.id,
            text=item.text,
            meeting=meetings.get(item.meeting_id) if item.meeting_id is not None else None,
            due=item.due_on,
            overdue=item.due_on is not None and item.due_on < today,
        )
        for item in items
    ]


def _named(uow: UnitOfWork, council: Council, ids: set[int]) -> dict[int, MeetingInfo]:
    """The council's meetings of these ids, as shown."""
    return {
        m.id: meeting_info(council, m)
        for m in (uow.meetings.get(council.id, i) for i in sorted(ids))
        if m is not None
    }


def _to_approve(
    uow: UnitOfWork, council: Council, person_id: int, now: datetime
) -> list[ToApprove]:
    """The minutes that wait for this person's approval (a förmöte's only for its side)."""
    waiting = uow.minutes.awaiting_justering(uow.minutes.in_justering(council.id))
    shown = []
    for meeting_id in sorted(m for m, people in waiting.items() if person_id in people):
        at = access.by_id(
            uow, person_id=person_id, meeting_id=meeting_id, action=Action.APPROVE_MINUTES, now=now
        )
        facts = at.record.facts
        assert facts is not None  # frozen when the version was sent
        shown.append(
            ToApprove(
                meeting_info(council, at.meeting), at.record.version, layout(at.record, facts)
            )
        )
    return shown


def _card(
    uow: UnitOfWork, council: Council, meeting: Meeting, viewer: Viewer, now: datetime
) -> MeetingCard:
    assert viewer.person_id is not None
    row = uow.attendance.get(meeting.id, viewer.person_id)
    return MeetingCard(
        meeting=meeting_info(council, meeting),
        kallelse=compose(uow, council, meeting, now) if meeting.kallelse_sent_at else None,
        answer=Answer(row.answer) if row and row.answer else None,
        reason=row.answer_reason if row else None,
        read_at=row.read_documents_at if row else None,
        # As bot.attendance.service.AttendanceService.answer decides who may answer.
        answers=bool(viewer.roles - {Role.ERSATTARE})
        or (row is not None and row.replaces_person_id is not None),
        takes_points=accepts_points(meeting, viewer),
        asked=_asked(uow, meeting, viewer.person_id),
    )


def _asked(uow: UnitOfWork, meeting: Meeting, person_id: int) -> list[Asked]:
    asked = []
    for request in uow.substitutes.open_for(meeting.id, person_id):
        absent = uow.people.get(request.absent_person_id)
        asked.append(Asked(request.id, absent.display_name if absent else ""))
    return asked
