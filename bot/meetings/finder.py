"""Which meeting an attendance command or button means, and whether the caller may act on it.

A button carries the meeting's id; a command comes from the council's channel and may name a
meeting number or `förmöte`, or leave it to a `Finder`: the one the person was last summoned
to (answers), the one under way (check-in), or the one under way or else the latest (the
register).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Meeting
from bot.core.authz import Action, Viewer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import asker, council_at, from_workspace, require
from bot.core.vocabulary import MeetingKind, MeetingStatus
from bot.meetings.service import visible_to
from bot.meetings.summoned import on_roster, roster_for

# Check-in opens this long before the start, so people arriving early can check in.
CHECKIN_OPENS = timedelta(minutes=30)
# How many of the latest meetings to look through for the one happening now.
RECENT = 5


@dataclass(frozen=True)
class Located:
    council: Council
    meeting: Meeting
    viewer: Viewer


# Whether a meeting is one the request may mean: one the caller may see (and of the kind asked).
Wanted = Callable[[Meeting], bool]
Picker = Callable[[UnitOfWork, Council, Wanted, datetime], Meeting | None]


@dataclass(frozen=True)
class Finder:
    """Which meeting a command means when it names none, and what to say when there is none."""

    pick: Picker
    none_key: str


def _next_meeting(
    uow: UnitOfWork, council: Council, wanted: Wanted, now: datetime
) -> Meeting | None:
    return next((m for m in uow.meetings.upcoming(council.id, now=now) if wanted(m)), None)


def meeting_end(council: Council, meeting: Meeting) -> datetime:
    """The end, or for a meeting without one the local midnight after its start."""
    if meeting.ends_at is not None:
        return meeting.ends_at
    zone = ZoneInfo(council.timezone)
    day = meeting.starts_at.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(day, time(0), tzinfo=zone)


def in_window(council: Council, meeting: Meeting, now: datetime) -> bool:
    return meeting.starts_at - CHECKIN_OPENS <= now <= meeting_end(council, meeting)


def summoned(uow: UnitOfWork, council: Council, wanted: Wanted, now: datetime) -> list[Meeting]:
    """The meetings whose kallelse reached the caller and that are not over, the latest
    kallelse first."""
    return [
        m
        for m in uow.meetings.summoned(council.id, now=now)
        if wanted(m) and now < meeting_end(council, m)
    ]


def _last_summoned(
    uow: UnitOfWork, council: Council, wanted: Wanted, now: datetime
) -> Meeting | None:
    """The meeting the caller was last summoned to, else the next one: right after the
    stormöte's kallelse, an answer is about the stormöte even if its förmöte comes first."""
    found = summoned(uow, council, wanted, now)
    return found[0] if found else _next_meeting(uow, council, wanted, now)


def _meeting_now(
    uow: UnitOfWork, council: Council, wanted: Wanted, now: datetime
) -> Meeting | None:
    candidates = uow.attendance.started_by(council.id, now + CHECKIN_OPENS, limit=RECENT)
    return next((m for m in candidates if wanted(m) and in_window(council, m, now)), None)


def _meeting_now_or_last(
    uow: UnitOfWork, council: Council, wanted: Wanted, now: datetime
) -> Meeting | None:
    """The meeting happening now, else the latest that has started."""
    current = _meeting_now(uow, council, wanted, now)
    if current is not None:
        return current
    started = uow.attendance.started_by(council.id, now, limit=RECENT)
    return next((m for m in started if wanted(m)), None)


SUMMONED = Finder(_last_summoned, "narvaro.no_meeting_ahead")
NOW = Finder(_meeting_now, "narvaro.checkin.no_meeting")
NOW_OR_LAST = Finder(_meeting_now_or_last, "narvaro.no_meeting_now")
LIST = Finder(_meeting_now_or_last, "narvaro.no_meeting_yet")


def locate(
    uow: UnitOfWork,
    *,
    finder: Finder,
    now: datetime,
    action: Action = Action.ATTEND,
    meeting_id: int | None = None,
    where: Conversation | None = None,
    formote: bool = False,
    who: Account | None = None,
    person_id: int | None = None,
) -> Located:
    """The meeting by id, or in the conversation's council (by id or the finder's choice; with
    `formote` a förmöte), after checking the caller may take `action` there and may see the
    meeting. The keywords after `action` are a `bot.meetings.asked.ButtonOrChannelAsked`, as the
    services take it: the caller by an account (`who`) or as a person (`person_id`)."""
    if where is not None:
        council = council_at(uow, where)
        viewer = asker(uow, council, who=who, person_id=person_id, now=now)
        require(uow, council, viewer, action, now=now)
        if formote:
            require(uow, council, viewer, Action.SEE_FORMOTE, now=now)
        meeting = (
            uow.meetings.get(council.id, meeting_id)
            if meeting_id is not None
            else finder.pick(uow, council, wanted_for(uow, viewer, formote, action), now)
        )
        if meeting is None and meeting_id is None:
            raise UserError(finder.none_key)
    else:
        if meeting_id is None:
            raise ValueError("give a meeting id or the council's channel")
        found = uow.attendance.meeting(meeting_id)
        meeting, council = found if found else (None, None)
        if council is None:
            raise UserError("mote.not_found", id=meeting_id)
        viewer = asker(uow, council, who=who, person_id=person_id, now=now)
        require(uow, council, viewer, action, now=now)
    if (
        meeting is None
        or meeting.status != MeetingStatus.PLANNED
        or not wanted_for(uow, viewer, formote, action)(meeting)
    ):
        raise UserError("mote.not_found", id=meeting_id)
    return Located(council, meeting, viewer)


def _wanted(viewer: Viewer, formote: bool) -> Wanted:
    return lambda m: visible_to(viewer, m) and (not formote or m.kind == MeetingKind.FORMOTE)


def wanted_for(uow: UnitOfWork, viewer: Viewer, formote: bool, action: Action) -> Wanted:
    """`_wanted`; for one's own attendance (answering, checking in) a working group's meeting
    only when on its roster: it summoned nobody else (bot.meetings.summoned)."""
    wanted = _wanted(viewer, formote)
    if action != Action.ATTEND:
        return wanted  # the officers', on a group's meeting whoever is on its roster
    rosters: dict[int, frozenset[int] | None] = {}

    def attending(meeting: Meeting) -> bool:
        if not wanted(meeting):
            return False
        if meeting.id not in rosters:
            rosters[meeting.id] = roster_for(uow, meeting)
        return on_roster(viewer, rosters[meeting.id])

    return attending


def also_summoned(uow: UnitOfWork, at: Located, now: datetime) -> Meeting | None:
    """Another meeting the caller was summoned to and that has not started, besides the one
    found: an answer chosen for them names it, so they can pick it instead."""
    others = summoned(uow, at.council, wanted_for(uow, at.viewer, False, Action.ATTEND), now)
    return next((m for m in others if m.id != at.meeting.id and m.starts_at > now), None)


def locate_by_id(
    uow: UnitOfWork, *, who: Account, meeting_id: int, action: Action, now: datetime
) -> Located:
    """The meeting a button or form carries (`bot.meetings.asked.ButtonAsked`); `action` as in
    `locate`."""
    # Found by its id: the finder is not asked.
    found = locate(uow, who=who, meeting_id=meeting_id, finder=NOW_OR_LAST, now=now, action=action)
    from_workspace(found.council, who.workspace)
    return found
