"""Agenda points: submitted by chat, placed on a meeting's agenda, followed to an outcome.

Every status change is written to the event log and yields a `Notice` for the submitter,
so nobody's point disappears without them being told what happened to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError

from bot.authz import Action, Viewer, allowed, require_submitter
from bot.context import council_for, require, viewer_of, viewers_of
from bot.errors import UserError
from bot.labels import meeting_label
from bot.meetings import (
    MeetingInfo,
    cycle_dates,
    meeting_info,
    next_of_kind,
    upcoming_by_number,
    visible_to,
)
from bot.notices import Notice
from bot.texts import t
from bot.vocabulary import MeetingKind, PointStatus
from storage.models import AgendaPoint, Council, Meeting, StandingPoint
from storage.uow import UnitOfWork

UowFactory = Callable[[], UnitOfWork]
MAX_TITLE = 300
MAX_DESCRIPTION = 3000
MIN_REASON = 3
# Standing points a new council starts with (shared/domain.md, example standing agenda).
DEFAULT_STANDING: tuple[tuple[str, str | None], ...] = (
    ("standing.unit_info", None),
    ("standing.user_info", None),
    ("standing.activity", None),
    ("standing.follow_up", "uppfoljning"),
    ("standing.aob", "ovriga"),
)
OPEN = frozenset({PointStatus.SUBMITTED, PointStatus.ON_AGENDA})


def default_standing_points(council_id: int, lang: str) -> list[StandingPoint]:
    return [
        StandingPoint(council_id=council_id, position=i, title=t(key, lang), kind=kind)
        for i, (key, kind) in enumerate(DEFAULT_STANDING, start=1)
    ]


@dataclass(frozen=True)
class PointInfo:
    id: int
    meeting_id: int | None
    title: str
    description: str | None
    status: PointStatus
    late: bool
    under_ovriga: bool
    submitter_user_id: str | None
    submitter_name: str | None
    forening: str | None
    outcome: str | None
    presents_self: bool
    source_link: str | None


@dataclass(frozen=True)
class Submitted:
    point: PointInfo
    council_name: str
    meeting: MeetingInfo | None
    duplicate: bool
    lang: str
    # A late point: the officers who decide on it (and may see the meeting) are told.
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class FollowUp:
    """What the uppföljning point gathers: open action items and points carried over."""

    actions: list[tuple[int, str, str | None, str | None]]  # id, text, owner name, due
    carried: list[PointInfo]


@dataclass(frozen=True)
class AgendaView:
    council_name: str
    meeting: MeetingInfo
    standing: list[tuple[str, str | None]]  # title, kind
    points: list[PointInfo]  # on the agenda, in order (övriga frågor ones flagged)
    late: list[PointInfo]  # waiting for the chair's or secretary's decision
    settled: list[PointInfo]  # handled, moved, rejected, withdrawn
    follow_up: FollowUp
    can_manage: bool
    lang: str


@dataclass(frozen=True)
class AgendaLine:
    """One line of the agenda as people read it: a numbered item, or one under the item
    before it (an action item or a carried point under uppföljning, a point under övriga)."""

    numbered: bool
    standing: str | None = None  # a standing point's title
    point: PointInfo | None = None
    action: tuple[int, str, str | None, str | None] | None = None  # as in FollowUp.actions
    carried: bool = False


def outline(view: AgendaView) -> list[AgendaLine]:
    """The agenda in order: standing points, the submitted points before övriga frågor, and
    the late points taken under övriga frågor inside it. Carried points sit under uppföljning.
    """
    kinds = {kind for _, kind in view.standing}
    carried = {p.id for p in view.follow_up.carried} if "uppfoljning" in kinds else set()
    main = [p for p in view.points if not p.under_ovriga and p.id not in carried]
    ovriga = [p for p in view.points if p.under_ovriga]
    lines: list[AgendaLine] = []
    placed_main = False
    for title, kind in view.standing:
        if kind == "ovriga" and not placed_main:
            lines += [AgendaLine(numbered=True, point=p) for p in main]
            placed_main = True
        lines.append(AgendaLine(numbered=True, standing=title))
        if kind == "uppfoljning":
            lines += [AgendaLine(numbered=False, action=a) for a in view.follow_up.actions]
            lines += [
                AgendaLine(numbered=False, point=p, carried=True) for p in view.follow_up.carried
            ]
        if kind == "ovriga":
            lines += [AgendaLine(numbered=False, point=p) for p in ovriga]
    rest = ([] if placed_main else main) + ([] if "ovriga" in kinds else ovriga)
    return lines + [AgendaLine(numbered=True, point=p) for p in rest]


@dataclass
class Change:
    """The result of a status change: what to tell whom."""

    point: PointInfo
    notices: list[Notice] = field(default_factory=list)


def _point_info(uow: UnitOfWork, point: AgendaPoint) -> PointInfo:
    person = uow.people.get(point.submitter_id) if point.submitter_id else None
    forening = uow.foreningar.get(point.forening_id) if point.forening_id else None
    return PointInfo(
        id=point.id,
        meeting_id=point.meeting_id,
        title=point.title,
        description=point.description,
        status=point.status,
        late=point.late,
        under_ovriga=point.under_ovriga,
        submitter_user_id=person.slack_user_id if person else None,
        submitter_name=person.display_name if person else None,
        forening=forening.name if forening else None,
        outcome=point.outcome,
        presents_self=point.presents_self,
        source_link=point.source_link,
    )


def accepts_points(meeting: Meeting, viewer: Viewer) -> bool:
    """A stormöte takes anyone's points; a förmöte only the associations'."""
    if meeting.kind == MeetingKind.STORMOTE:
        return True
    return meeting.kind == MeetingKind.FORMOTE and allowed(Action.SEE_FORMOTE, viewer)


def _is_late(council: Council, meeting: Meeting, now: datetime) -> bool:
    today = now.astimezone(ZoneInfo(council.timezone)).date()
    return today > cycle_dates(council, meeting.starts_at).agenda_deadline


def _forening_id(uow: UnitOfWork, council: Council, viewer: Viewer, now: datetime) -> int | None:
    if viewer.person_id is None:
        return None
    held = uow.memberships.roles_of(council.id, viewer.person_id, now=now)
    return next((m.forening_id for m in held if m.forening_id is not None), None)


def attach_waiting_points(
    uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
) -> list[Notice]:
    """Points sent while nothing was planned go onto the first stormöte planned."""
    if meeting.kind != MeetingKind.STORMOTE:
        return []
    notices = []
    for point in uow.points.waiting(council.id):
        point.meeting_id = meeting.id
        point.position = uow.points.next_position(meeting.id)
        point.status = PointStatus.ON_AGENDA
        uow.session.flush()
        uow.events.append(
            "point.placed",
            at=now,
            council_id=council.id,
            meeting_id=meeting.id,
            data={"point_id": point.id},
        )
        notices += _notice_submitter(
            uow, council, point, "punkt.notice.placed", meeting=_meeting_label(council, meeting)
        )
    return notices


def rehome_points(
    uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
) -> list[Notice]:
    """A cancelled meeting's open points go to the next meeting of its kind.

    Stormöte points wait for the next stormöte if none is planned; förmöte points never
    leave the förmöte line (they must not surface where the unit reads).
    """
    target = _next_meeting_of_kind(uow, council, meeting)
    notices = []
    for point in uow.points.for_meeting(meeting.id):
        if point.status not in OPEN:
            continue
        if target is None and meeting.kind != MeetingKind.STORMOTE:
            notices += _notice_submitter(uow, council, point, "punkt.notice.cancelled_waits")
            continue
        _carry(uow, council, point, target, now)
        label = (
            _meeting_label(council, target) if target else t("punkt.next_planned", council.language)
        )
        notices += _notice_submitter(
            uow, council, point, "punkt.notice.cancelled_moved", meeting=label
        )
    return notices


def _carry(
    uow: UnitOfWork, council: Council, point: AgendaPoint, target: Meeting | None, now: datetime
) -> AgendaPoint:
    """Mark a point flyttad and put its copy on the target meeting (or waiting for one)."""
    copy = uow.points.add(
        AgendaPoint(
            council_id=council.id,
            meeting_id=target.id if target else None,
            submitter_id=point.submitter_id,
            forening_id=point.forening_id,
            title=point.title,
            description=point.description,
            status=PointStatus.ON_AGENDA if target else PointStatus.SUBMITTED,
            position=uow.points.next_position(target.id if target else None),
            presents_self=point.presents_self,
            source_link=point.source_link,
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


def _notice_submitter(
    uow: UnitOfWork, council: Council, point: AgendaPoint, key: str, **params: object
) -> list[Notice]:
    person = uow.people.get(point.submitter_id) if point.submitter_id else None
    if person is None or person.erased_at is not None:  # an erased submitter is not told
        return []
    return [
        Notice(
            person.slack_user_id,
            key,
            {"title": point.title, "council": council.name, **params},
            council.language,
        )
    ]


def _next_meeting_of_kind(uow: UnitOfWork, council: Council, after: Meeting) -> Meeting | None:
    later = [
        m
        for m in uow.meetings.upcoming(
            council.id, now=after.starts_at, kinds=frozenset({after.kind})
        )
        if m.id != after.id
    ]
    return later[0] if later else None


def agenda_view(
    uow: UnitOfWork, council: Council, meeting: Meeting, *, can_manage: bool
) -> AgendaView:
    """A meeting's agenda as it stands; the caller has checked who may see it."""
    points = [_point_info(uow, p) for p in uow.points.for_meeting(meeting.id)]
    on_agenda = [p for p in points if p.status == PointStatus.ON_AGENDA]
    return AgendaView(
        council_name=council.name,
        meeting=meeting_info(council, meeting),
        standing=[(s.title, s.kind) for s in uow.standing.for_council(council.id)],
        points=[p for p in on_agenda if not p.under_ovriga]
        + [p for p in on_agenda if p.under_ovriga],
        late=[p for p in points if p.status == PointStatus.SUBMITTED],
        settled=[p for p in points if p.status not in OPEN],
        follow_up=_follow_up(uow, council, meeting),
        can_manage=can_manage,
        lang=council.language,
    )


def _follow_up(uow: UnitOfWork, council: Council, meeting: Meeting) -> FollowUp:
    actions = []
    for item in uow.actions.open_for_council(council.id):
        owner = uow.people.get(item.owner_id) if item.owner_id else None
        due = item.due_on.isoformat() if item.due_on else None
        actions.append((item.id, item.text, owner.display_name if owner else None, due))
    carried = [
        _point_info(uow, p)
        for p in uow.points.for_meeting(meeting.id)
        if p.carried_from_id is not None and p.status in OPEN
    ]
    return FollowUp(actions=actions, carried=carried)


class AgendaService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # -- submitting ------------------------------------------------------------------------

    def councils_of(self, team_id: str, user_id: str, *, now: datetime) -> list[tuple[int, str]]:
        """The councils a person is a member of (for a DM that must say which)."""
        with self._uow() as uow:
            person = uow.people.by_slack_id(team_id, user_id)
            if person is None:
                return []
            ids = uow.memberships.council_ids_of(person.id, now=now)
            return [(c.id, c.name) for c in uow.councils.by_ids(ids)]

    def submit(
        self,
        *,
        team_id: str,
        user_id: str,
        title: str,
        description: str | None,
        now: datetime,
        channel_id: str | None = None,
        council_id: int | None = None,
        meeting_id: int | None = None,
        formote: bool = False,
        presents_self: bool = False,
        source_key: str | None = None,
        source_link: str | None = None,
    ) -> Submitted:
        title = " ".join(title.split())
        description = (description or "").strip() or None
        if not title:
            raise UserError("punkt.need_title")
        if len(title) > MAX_TITLE:
            raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
        if description and len(description) > MAX_DESCRIPTION:
            raise UserError("error.too_long", length=len(description), limit=MAX_DESCRIPTION)
        with self._uow() as uow:
            council = self._council(uow, team_id, channel_id, council_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            require(uow, council, viewer, Action.SUBMIT_POINT, now=now)
            if source_key is not None:
                existing = uow.points.by_source(source_key)
                if existing is not None:
                    return self._submitted(uow, council, existing, duplicate=True)
            meeting = self._target(uow, council, viewer, meeting_id, formote, now)
            late = meeting is not None and _is_late(council, meeting, now)
            point = AgendaPoint(
                council_id=council.id,
                meeting_id=meeting.id if meeting else None,
                submitter_id=viewer.person_id,
                forening_id=_forening_id(uow, council, viewer, now),
                title=title,
                description=description,
                status=PointStatus.SUBMITTED if late or meeting is None else PointStatus.ON_AGENDA,
                late=late,
                position=uow.points.next_position(meeting.id if meeting else None),
                presents_self=presents_self,
                source_key=source_key,
                source_link=source_link,
                created_at=now,
            )
            try:
                uow.points.add(point)
            except IntegrityError:
                # The same Slack message delivered twice at once: the other delivery won.
                uow.session.rollback()
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
        label = _meeting_label(council, meeting)
        return tuple(
            Notice(
                v.user_id,
                "punkt.notice.late_for_officers",
                {"title": point.title, "meeting": label, "id": point.id, "council": council.name},
                council.language,
            )
            for v in viewers_of(uow, council, now=now)
            if allowed(Action.MANAGE_AGENDA, v)
            and visible_to(v, meeting)
            and v.user_id != submitter.user_id
        )

    def _council(
        self, uow: UnitOfWork, team_id: str, channel_id: str | None, council_id: int | None
    ) -> Council:
        if council_id is not None:
            council = uow.councils.get(council_id)
            if council is None or council.team_id != team_id:
                raise UserError("error.no_council")
            return council
        return council_for(uow, team_id, channel_id or "")

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
            point=_point_info(uow, point),
            council_name=council.name,
            meeting=meeting_info(council, meeting) if meeting else None,
            duplicate=duplicate,
            lang=council.language,
        )

    def meetings_for(
        self, *, team_id: str, channel_id: str, user_id: str, now: datetime
    ) -> list[MeetingInfo]:
        """Upcoming meetings this person may send points to, soonest first."""
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            require(uow, council, viewer, Action.SUBMIT_POINT, now=now)
            return [
                meeting_info(council, m)
                for m in uow.meetings.upcoming(council.id, now=now)
                if accepts_points(m, viewer)
            ]

    # -- the agenda ------------------------------------------------------------------------

    def agenda(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        now: datetime,
        meeting_id: int | None = None,
        formote: bool = False,
    ) -> AgendaView:
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            meeting = self._shown_meeting(uow, council, viewer, meeting_id, formote, now)
            return agenda_view(
                uow, council, meeting, can_manage=allowed(Action.MANAGE_AGENDA, viewer)
            )

    def _shown_meeting(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        meeting_id: int | None,
        formote: bool,
        now: datetime,
    ) -> Meeting:
        if meeting_id is not None:
            meeting = uow.meetings.get(council.id, meeting_id)
            if meeting is None or not visible_to(viewer, meeting):
                raise UserError("punkt.no_such_meeting", id=meeting_id)
            return meeting
        meeting = next_of_kind(uow, council, viewer, formote=formote, now=now)
        if meeting is None:
            raise UserError("dagordning.no_meeting")
        return meeting

    # -- status changes --------------------------------------------------------------------

    def _changing(
        self,
        uow: UnitOfWork,
        team_id: str,
        channel_id: str,
        user_id: str,
        point_id: int,
        now: datetime,
    ) -> tuple[Council, Viewer, AgendaPoint]:
        council = council_for(uow, team_id, channel_id)
        viewer = viewer_of(uow, council, user_id, now=now)
        point = uow.points.get(council.id, point_id)
        if point is None or not self._visible(uow, council, viewer, point):
            raise UserError("punkt.not_found", id=point_id)
        return council, viewer, point

    def _visible(
        self, uow: UnitOfWork, council: Council, viewer: Viewer, point: AgendaPoint
    ) -> bool:
        if point.meeting_id is None:
            return True
        meeting = uow.meetings.get(council.id, point.meeting_id)
        return meeting is not None and visible_to(viewer, meeting)

    def _record(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        point: AgendaPoint,
        kind: str | None,
        now: datetime,
        notice_key: str,
        **params: object,
    ) -> Change:
        """Log the change (unless already logged) and tell the submitter, unless it was them."""
        uow.session.flush()
        if kind is not None:
            uow.events.append(
                kind,
                at=now,
                council_id=council.id,
                meeting_id=point.meeting_id,
                actor_id=viewer.person_id,
                data={"point_id": point.id, "status": point.status.value},
            )
        change = Change(point=_point_info(uow, point))
        if change.point.submitter_user_id != viewer.user_id:
            change.notices += _notice_submitter(uow, council, point, notice_key, **params)
        uow.commit()
        return change

    def _require_open(self, point: AgendaPoint) -> None:
        if point.status not in OPEN:
            raise UserError("punkt.already_settled", id=point.id, status=point.status.value)

    def place(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        point_id: int,
        ovriga: bool,
        now: datetime,
    ) -> Change:
        """Take a late point on the agenda, or under övriga frågor."""
        with self._uow() as uow:
            council, viewer, point = self._changing(
                uow, team_id, channel_id, user_id, point_id, now
            )
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            if point.meeting_id is None:
                raise UserError("punkt.no_meeting_yet", id=point.id)
            point.status = PointStatus.ON_AGENDA
            point.under_ovriga = ovriga
            meeting = uow.meetings.get(council.id, point.meeting_id)
            assert meeting is not None
            return self._record(
                uow,
                council,
                viewer,
                point,
                "point.placed",
                now,
                "punkt.notice.ovriga" if ovriga else "punkt.notice.placed",
                meeting=_meeting_label(council, meeting),
            )

    def move(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        point_id: int,
        to_meeting_id: int | None,
        now: datetime,
    ) -> Change:
        """Move a point to a later meeting (the next of the same kind unless one is named)."""
        with self._uow() as uow:
            council, viewer, point = self._changing(
                uow, team_id, channel_id, user_id, point_id, now
            )
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            current = uow.meetings.get(council.id, point.meeting_id) if point.meeting_id else None
            target = self._move_target(uow, council, viewer, current, to_meeting_id, now)
            _carry(uow, council, point, target, now)
            label = (
                _meeting_label(council, target)
                if target
                else t("punkt.next_planned", council.language)
            )
            return self._record(
                uow, council, viewer, point, None, now, "punkt.notice.moved", meeting=label
            )

    def _move_target(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        current: Meeting | None,
        to_meeting_id: int | None,
        now: datetime,
    ) -> Meeting | None:
        if to_meeting_id is not None:
            if current is not None and to_meeting_id == current.id:
                raise UserError("punkt.no_such_meeting", id=to_meeting_id)
            return upcoming_by_number(
                uow,
                council,
                viewer,
                to_meeting_id,
                now=now,
                not_found="punkt.no_such_meeting",
                usable=lambda v, m: accepts_points(m, v),
            )
        if current is None:
            raise UserError("punkt.no_meeting_yet", id=0)
        return _next_meeting_of_kind(uow, council, current)

    def reject(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        point_id: int,
        reason: str,
        now: datetime,
    ) -> Change:
        """A reasoned no: the reason is required, because users still feel it as influence."""
        reason = reason.strip()
        if len(reason) < MIN_REASON:
            raise UserError("punkt.reason_required", id=point_id)
        with self._uow() as uow:
            council, viewer, point = self._changing(
                uow, team_id, channel_id, user_id, point_id, now
            )
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            point.status = PointStatus.REJECTED
            point.outcome = reason
            return self._record(
                uow,
                council,
                viewer,
                point,
                "point.rejected",
                now,
                "punkt.notice.rejected",
                reason=reason,
            )

    def handle(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        point_id: int,
        outcome: str,
        now: datetime,
    ) -> Change:
        outcome = outcome.strip()
        if not outcome:
            raise UserError("punkt.outcome_required", id=point_id)
        with self._uow() as uow:
            council, viewer, point = self._changing(
                uow, team_id, channel_id, user_id, point_id, now
            )
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            point.status = PointStatus.HANDLED
            point.outcome = outcome
            return self._record(
                uow,
                council,
                viewer,
                point,
                "point.handled",
                now,
                "punkt.notice.handled",
                outcome=outcome,
            )

    def withdraw(
        self, *, team_id: str, channel_id: str, user_id: str, point_id: int, now: datetime
    ) -> Change:
        with self._uow() as uow:
            council, viewer, point = self._changing(
                uow, team_id, channel_id, user_id, point_id, now
            )
            require_submitter(viewer, point.submitter_id)
            self._require_open(point)
            point.status = PointStatus.WITHDRAWN
            return self._record(
                uow, council, viewer, point, "point.withdrawn", now, "punkt.notice.withdrawn"
            )

    def reorder(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        point_id: int,
        up: bool,
        now: datetime,
    ) -> Change:
        """Swap a point with its neighbour on the agenda (nobody is told: nothing changed)."""
        with self._uow() as uow:
            council, viewer, point = self._changing(
                uow, team_id, channel_id, user_id, point_id, now
            )
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            if point.meeting_id is None or point.status != PointStatus.ON_AGENDA:
                raise UserError("punkt.not_on_agenda", id=point.id)
            row = [
                p
                for p in uow.points.for_meeting(point.meeting_id)
                if p.status == PointStatus.ON_AGENDA and p.under_ovriga == point.under_ovriga
            ]
            index = row.index(point)
            other_index = index - 1 if up else index + 1
            if not 0 <= other_index < len(row):
                return Change(point=_point_info(uow, point))
            other = row[other_index]
            # Positions may tie (equal ids order them), so renumber the row before swapping.
            for i, p in enumerate(row):
                p.position = i
            point.position, other.position = other.position, point.position
            uow.events.append(
                "point.reordered",
                at=now,
                council_id=council.id,
                meeting_id=point.meeting_id,
                actor_id=viewer.person_id,
                data={"point_id": point.id, "up": up},
            )
            change = Change(point=_point_info(uow, point))
            uow.commit()
            return change

    # -- standing points -------------------------------------------------------------------

    def standing(self, *, team_id: str, channel_id: str) -> list[tuple[int, str, str | None]]:
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            return [(s.id, s.title, s.kind) for s in uow.standing.for_council(council.id)]

    def add_standing(
        self, *, team_id: str, channel_id: str, user_id: str, title: str, now: datetime
    ) -> None:
        title = " ".join(title.split())
        if not title:
            raise UserError("standing.need_title")
        if len(title) > MAX_TITLE:
            raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            require(uow, council, viewer, Action.CHANGE_SETTINGS, now=now)
            existing = uow.standing.for_council(council.id)
            # New standing points go before övriga frågor, which closes every meeting.
            for s in existing:
                if s.kind == "ovriga":
                    s.position = len(existing) + 1
            uow.standing.add(
                StandingPoint(council_id=council.id, position=len(existing), title=title)
            )
            uow.events.append(
                "standing.added",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"title": title},
            )
            uow.commit()

    def remove_standing(
        self, *, team_id: str, channel_id: str, user_id: str, number: int, now: datetime
    ) -> str:
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            require(uow, council, viewer, Action.CHANGE_SETTINGS, now=now)
            existing = uow.standing.for_council(council.id)
            if not 1 <= number <= len(existing):
                raise UserError("standing.no_such", number=number, count=len(existing))
            gone = existing[number - 1]
            uow.standing.delete(gone)
            uow.events.append(
                "standing.removed",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"title": gone.title},
            )
            uow.commit()
            return gone.title


def _meeting_label(council: Council, meeting: Meeting) -> str:
    """Mid-sentence: "stormöte torsdag 11 mars 2027 kl. 13.00"."""
    label = meeting_label(meeting_info(council, meeting), council.language)
    return label[0].lower() + label[1:]
