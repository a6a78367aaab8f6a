"""Meetings: plan, list, move and cancel; the dates a meeting's cycle derives from the council.

A förmöte belongs to the next stormöte and is seen only by the associations' representatives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Meeting
from bot.core.authz import Action, Viewer, allowed, audience_of
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.notices import Notice, owe
from bot.core.outbox import Compose, nothing, queue
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import authorized, council_at, require, viewer_for, viewers_of
from bot.core.vocabulary import MeetingKind, MeetingStatus
from bot.core.when_format import When, format_when

UowFactory = Callable[[], UnitOfWork]
# What other parts of the cycle do when a meeting is planned or cancelled (e.g. the agenda
# takes waiting points, or re-homes a cancelled meeting's points); each may owe notices.
MeetingHook = Callable[[UnitOfWork, Council, Meeting, datetime], list[Notice]]
# What must reach people outside the database once a move or cancellation is committed
# (e.g. an updated calendar invitation by email): given the meeting id and now.
# Runs in the transaction of a move or cancellation: queues what the change owes by other
# channels (the calendar emails), returns the outbox keys queued.
OnChanged = Callable[[UnitOfWork, Council, Meeting, datetime], list[str]]
MIN_STORMOTEN_PER_YEAR = 4


@dataclass(frozen=True)
class CycleDates:
    """The dates a meeting sets for its cycle (local dates in the council's zone)."""

    agenda_deadline: date
    kallelse_last_day: date
    minutes_due: date


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    kind: MeetingKind
    status: MeetingStatus
    when: When
    place: str | None
    dates: CycleDates
    parent_id: int | None


@dataclass(frozen=True)
class Planned:
    council_id: int
    meeting: MeetingInfo
    council_name: str
    conversation: str | None
    language: str
    stormoten_this_year: int
    # Whom to tell privately (förmöte: the associations' representatives but the one who
    # made the change), by person id.
    private_audience: tuple[int, ...]
    notices: tuple[Notice, ...] = ()
    queued: tuple[str, ...] = ()  # outbox keys of what the change queued itself (emails)


@dataclass(frozen=True)
class Upcoming:
    council_name: str
    meetings: list[MeetingInfo]
    year: int
    stormoten_this_year: int | None  # for those who plan them, the officers


def cycle_dates(council: Council, starts_at: datetime) -> CycleDates:
    day = starts_at.astimezone(ZoneInfo(council.timezone)).date()
    return CycleDates(
        agenda_deadline=day - timedelta(days=council.agenda_deadline_days),
        kallelse_last_day=day - timedelta(days=council.min_notice_days),
        minutes_due=day + timedelta(days=council.minutes_due_days),
    )


def meeting_info(council: Council, meeting: Meeting) -> MeetingInfo:
    zone = ZoneInfo(council.timezone)
    return MeetingInfo(
        id=meeting.id,
        kind=meeting.kind,
        status=meeting.status,
        when=When(
            start=meeting.starts_at.astimezone(zone),
            end=meeting.ends_at.astimezone(zone) if meeting.ends_at else None,
        ),
        place=meeting.place,
        dates=cycle_dates(council, meeting.starts_at),
        parent_id=meeting.parent_id,
    )


def passed_deadlines(meeting: MeetingInfo, now: datetime) -> list[str]:
    """What a meeting planned (or moved) this close has already missed: the catalogue keys
    of the agenda deadline (not for an arbetsgrupp, which takes no points) and the kallelse's
    minimum notice."""
    today = now.astimezone(meeting.when.start.tzinfo).date()
    passed = []
    if meeting.kind != MeetingKind.ARBETSGRUPP and today > meeting.dates.agenda_deadline:
        passed.append("mote.agenda_deadline_passed")
    if today > meeting.dates.kallelse_last_day:
        passed.append("mote.kallelse_notice_passed")
    return passed


def _year_bounds(council: Council, instant: datetime) -> tuple[datetime, datetime]:
    """The local calendar year around an instant, as instants."""
    zone = ZoneInfo(council.timezone)
    year = instant.astimezone(zone).year
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)


def visible_to(viewer: Viewer, meeting: Meeting) -> bool:
    return audience_of(viewer).sees(meeting.kind)


def upcoming_by_number(
    uow: UnitOfWork,
    council: Council,
    viewer: Viewer,
    meeting_id: int,
    *,
    now: datetime,
    not_found: str,
    usable: Callable[[Viewer, Meeting], bool] = visible_to,
) -> Meeting:
    """A planned meeting still ahead, named by its number; one the viewer may not see or use
    is "not found" like one that does not exist, so numbers reveal nothing."""
    meeting = uow.meetings.get(council.id, meeting_id)
    if (
        meeting is None
        or meeting.status != MeetingStatus.PLANNED
        or meeting.starts_at <= now
        or not usable(viewer, meeting)
    ):
        raise UserError(not_found, id=meeting_id)
    return meeting


def chosen_kind(*, formote: bool) -> MeetingKind:
    """The one rule for which meeting a point, an agenda or a kallelse is about when nobody
    names a number: the stormöte, unless the person chooses the förmöte (`förmöte`, or in
    the point form). The form preselects by it too, so the two paths never disagree."""
    return MeetingKind.FORMOTE if formote else MeetingKind.STORMOTE


def next_of_kind(
    uow: UnitOfWork, council: Council, viewer: Viewer, *, formote: bool, now: datetime
) -> Meeting | None:
    """The next stormöte, or with `formote` the next förmöte (for those who may see it)."""
    if formote:
        require(uow, council, viewer, Action.SEE_FORMOTE, now=now)
    kind = chosen_kind(formote=formote)
    upcoming = uow.meetings.upcoming(council.id, now=now, kinds=frozenset({kind}))
    return upcoming[0] if upcoming else None


def _refuse_duplicate(
    uow: UnitOfWork,
    council: Council,
    kind: MeetingKind,
    when: When,
    now: datetime,
    moving: Meeting | None = None,
    group_id: int | None = None,
) -> None:
    """Two meetings of one kind (and of one working group) at the same start are one meeting
    typed twice: name the one already planned instead of making a second."""
    for other in uow.meetings.upcoming(council.id, now=now, kinds=frozenset({kind})):
        if (
            other is not moving
            and other.starts_at == when.start
            and other.working_group_id == group_id
        ):
            raise UserError(
                "mote.duplicate",
                kind=Ref(f"kind.{kind.value}"),
                id=other.id,
                when=format_when(meeting_info(council, other).when, lang=council.language),
            )


class MeetingService:
    def __init__(
        self,
        uow: UowFactory,
        *,
        on_planned: Sequence[MeetingHook] = (),
        on_cancelled: Sequence[MeetingHook] = (),
        on_changed: Sequence[OnChanged] = (),
    ) -> None:
        self._uow = uow
        self._on_planned = tuple(on_planned)
        self._on_cancelled = tuple(on_cancelled)
        self._on_changed = tuple(on_changed)

    def plan(
        self,
        *,
        who: Account,
        where: Conversation,
        kind: MeetingKind,
        when: When,
        place: str | None,
        now: datetime,
        compose: Compose[Planned] = nothing,
        group_id: int | None = None,
    ) -> Planned:
        """Plan a meeting (with `group_id`, an arbetsgrupp meeting of that working group,
        which its convenor may plan too); `compose` gives what the adapter tells of it
        privately (a förmöte's people), queued with it."""
        if not when.has_time:
            raise UserError("mote.need_time")
        if when.start <= now:
            raise UserError("mote.in_past")
        action = Action.PLAN_FORMOTE if kind == MeetingKind.FORMOTE else Action.PLAN_MEETING
        with self._uow() as uow:
            if group_id is None:
                council, actor = authorized(uow, who, where, action, now=now)
            else:
                kind = MeetingKind.ARBETSGRUPP
                council = council_at(uow, where)
                actor = viewer_for(uow, council, who, now=now)
                group = uow.working_groups.get(council.id, group_id)
                if group is None:
                    raise UserError("arbetsgrupp.not_found", id=group_id)
                if group.closed_at is not None:
                    raise UserError("arbetsgrupp.closed_already", id=group.id, name=group.name)
                if actor.person_id is None or actor.person_id != group.convenor_id:
                    require(uow, council, actor, action, now=now)
            _refuse_duplicate(uow, council, kind, when, now, group_id=group_id)
            parent = None
            if kind == MeetingKind.FORMOTE:
                parent = uow.meetings.next_stormote_after(council.id, when.start)
                if parent is None:
                    raise UserError("mote.formote_needs_stormote")
            meeting = uow.meetings.add(
                Meeting(
                    council_id=council.id,
                    kind=kind,
                    starts_at=when.start,
                    ends_at=when.end,
                    place=place,
                    parent_id=parent.id if parent else None,
                    agenda_opened_at=now,
                    created_at=now,
                    working_group_id=group_id,
                )
            )
            uow.events.append(
                "meeting.planned",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=actor.person_id,
                data={"kind": kind.value},
            )
            notices = [n for hook in self._on_planned for n in hook(uow, council, meeting, now)]
            result = replace(
                self._planned(uow, council, meeting, actor, now), notices=tuple(notices)
            )
            owe(uow, notices, now)
            queue(uow, compose(result), now)
            uow.commit()
            return result

    def _planned(
        self, uow: UnitOfWork, council: Council, meeting: Meeting, actor: Viewer, now: datetime
    ) -> Planned:
        audience: tuple[int, ...] = ()
        if meeting.kind == MeetingKind.FORMOTE:
            audience = tuple(
                v.person_id
                for v in viewers_of(uow, council, now=now)
                if v.person_id is not None
                and v.person_id != actor.person_id
                and allowed(Action.SEE_FORMOTE, v)
            )
        # Counted for the meeting's own year: planning March in November is about next year.
        start, end = _year_bounds(council, meeting.starts_at)
        return Planned(
            council_id=council.id,
            meeting=meeting_info(council, meeting),
            council_name=council.name,
            conversation=council.conversation,
            language=council.language,
            stormoten_this_year=uow.meetings.count_stormoten_in_year(council.id, start, end),
            private_audience=audience,
        )

    def upcoming(self, *, who: Account, where: Conversation, now: datetime) -> Upcoming:
        """Upcoming meetings the viewer may see, and the stormöten planned this year."""
        with self._uow() as uow:
            council = council_at(uow, where)
            viewer = viewer_for(uow, council, who, now=now)
            meetings = [
                meeting_info(council, m)
                for m in uow.meetings.upcoming(council.id, now=now)
                if visible_to(viewer, m)
            ]
            start, end = _year_bounds(council, now)
            return Upcoming(
                council_name=council.name,
                meetings=meetings,
                year=start.year,
                stormoten_this_year=(
                    uow.meetings.count_stormoten_in_year(council.id, start, end)
                    if allowed(Action.PLAN_MEETING, viewer)
                    else None
                ),
            )

    def move(
        self,
        *,
        who: Account,
        where: Conversation,
        meeting_id: int,
        when: When,
        now: datetime,
        compose: Compose[tuple[Planned, When]] = nothing,
    ) -> tuple[Planned, When]:
        if not when.has_time:
            raise UserError("mote.need_time")
        if when.start <= now:
            raise UserError("mote.in_past")
        with self._uow() as uow:
            council = council_at(uow, where)
            viewer = viewer_for(uow, council, who, now=now)
            meeting = upcoming_by_number(
                uow, council, viewer, meeting_id, now=now, not_found="mote.not_found"
            )
            self._require_planner(uow, council, viewer, meeting, now)
            _refuse_duplicate(
                uow, council, meeting.kind, when, now, moving=meeting,
                group_id=meeting.working_group_id,
            )  # fmt: skip
            old = meeting_info(council, meeting).when
            meeting.starts_at = when.start
            meeting.ends_at = when.end
            meeting.sequence += 1
            uow.events.append(
                "meeting.moved",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=viewer.person_id,
                data={"from": old.start.isoformat(), "to": when.start.isoformat()},
            )
            uow.flush()
            queued = [k for hook in self._on_changed for k in hook(uow, council, meeting, now)]
            planned = replace(
                self._planned(uow, council, meeting, viewer, now), queued=tuple(queued)
            )
            queue(uow, compose((planned, old)), now)
            uow.commit()
        return planned, old

    def cancel(
        self,
        *,
        who: Account,
        where: Conversation,
        meeting_id: int,
        now: datetime,
        compose: Compose[Planned] = nothing,
    ) -> Planned:
        with self._uow() as uow:
            council = council_at(uow, where)
            viewer = viewer_for(uow, council, who, now=now)
            meeting = upcoming_by_number(
                uow, council, viewer, meeting_id, now=now, not_found="mote.not_found"
            )
            self._require_planner(uow, council, viewer, meeting, now)
            meeting.status = MeetingStatus.CANCELLED
            meeting.sequence += 1
            uow.events.append(
                "meeting.cancelled",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=viewer.person_id,
            )
            uow.flush()
            notices = [n for hook in self._on_cancelled for n in hook(uow, council, meeting, now)]
            queued = [k for hook in self._on_changed for k in hook(uow, council, meeting, now)]
            result = replace(
                self._planned(uow, council, meeting, viewer, now),
                notices=tuple(notices),
                queued=tuple(queued),
            )
            owe(uow, notices, now)
            queue(uow, compose(result), now)
            uow.commit()
        return result

    def _require_planner(
        self, uow: UnitOfWork, council: Council, viewer: Viewer, meeting: Meeting, now: datetime
    ) -> None:
        """The officers, for a förmöte the associations, and for a working group's meeting
        also the group's convenor."""
        if meeting.working_group_id is not None and viewer.person_id is not None:
            group = uow.working_groups.get(council.id, meeting.working_group_id)
            if group is not None and group.convenor_id == viewer.person_id:
                return
        action = Action.PLAN_FORMOTE if meeting.kind == MeetingKind.FORMOTE else Action.PLAN_MEETING
        require(uow, council, viewer, action, now=now)
