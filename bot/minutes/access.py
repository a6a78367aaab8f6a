"""Finding the minutes a request is about, after checking the caller may act on them.

The meeting is found as attendance finds it (bot.meetings.finder): from the council channel
the one named, else the one under way or the latest begun (or with `förmöte`, the latest
förmöte); from a button in a DM, the id it carries; from a thread, the meeting whose it is.
Minutes are for meetings that have begun (capture may start half an hour early).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Unpack

from adapters.storage.models import Council, Meeting, Minutes
from bot.core.authz import Action, Viewer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import from_workspace, held_by, require
from bot.core.vocabulary import MeetingKind, MeetingStatus
from bot.meetings.asked import ButtonOrMemberAsked, Caller, ChannelAsked
from bot.meetings.finder import (
    CHECKIN_OPENS,
    NOW_OR_LAST,
    RECENT,
    Finder,
    Wanted,
    in_window,
    locate,
    locate_by_id,
    wanted_for,
)
from bot.meetings.labels import meeting_label
from bot.meetings.service import meeting_info
from bot.minutes.record import HEAD, PREFIX, Record, replay


def _latest_formote(
    uow: UnitOfWork, council: Council, wanted: Wanted, now: datetime
) -> Meeting | None:
    started = uow.attendance.started_by(council.id, now + CHECKIN_OPENS, limit=RECENT)
    return next((m for m in started if m.kind == MeetingKind.FORMOTE and wanted(m)), None)


MEETING = Finder(NOW_OR_LAST.pick, "protokoll.no_meeting_yet")
FORMOTE = Finder(_latest_formote, "protokoll.no_meeting_yet")


@dataclass
class Located:
    council: Council
    meeting: Meeting
    viewer: Viewer
    minutes: Minutes | None
    record: Record  # with `head`, only what writing a line reads (record.HEAD)
    head: bool = False

    @property
    def lang(self) -> str:
        return self.council.language

    def row(self, uow: UnitOfWork, now: datetime) -> Minutes:
        """The minutes row, created with the first line."""
        if self.minutes is None:
            self.minutes = uow.minutes.ensure(self.meeting.id, now=now)
        return self.minutes


def _load(
    uow: UnitOfWork, council: Council, meeting: Meeting, viewer: Viewer, *, head: bool = False
) -> Located:
    if head:
        minutes, events = uow.minutes.with_events(meeting.id, HEAD)
    else:
        minutes, events = (
            uow.minutes.for_meeting(meeting.id),
            uow.events.for_meeting(meeting.id, prefix=PREFIX),
        )
    return Located(council, meeting, viewer, minutes, replay(events), head)


def reload(uow: UnitOfWork, at: Located) -> Located:
    """The same minutes with the log as it is now (after the row was claimed)."""
    return _load(uow, at.council, at.meeting, at.viewer)


def writing(
    uow: UnitOfWork,
    *,
    action: Action,
    now: datetime,
    formote: bool = False,
    **asked: Unpack[Caller],
) -> Located:
    """`in_channel` with `head`, as a minutes line asks it: the council, who writes, the
    meeting and its minutes with the log's head read in one statement (MinutesRecords.writing),
    the meeting chosen among those as MEETING or FORMOTE chooses it. Only when no meeting is
    under way and none of the latest it read will do is another look needed."""
    who, where = asked["who"], asked["where"]
    look = uow.minutes.writing(
        where, who, now=now, until=now + CHECKIN_OPENS, limit=RECENT, kinds=HEAD
    )
    if look is None:
        raise UserError("error.no_council")
    council = look.council
    viewer = held_by(look.person, who, look.held)
    require(uow, council, viewer, action, now=now)
    # As in_channel asks locate: FORMOTE picks the förmöte among the meetings the caller may
    # see (one who may not is told there is none, not that förmöten are not theirs).
    wanted = wanted_for(uow, viewer, False, action)
    meeting = _chosen(uow, council, look.meetings, look.complete, wanted, formote, now)
    if meeting is None:
        raise UserError((FORMOTE if formote else MEETING).none_key)
    if meeting.id not in look.heads:  # an older meeting than those read
        return _load(uow, council, meeting, viewer, head=True)
    record = replay(look.heads[meeting.id])
    return Located(council, meeting, viewer, look.minutes.get(meeting.id), record, head=True)


def writing_in_thread(
    uow: UnitOfWork,
    *,
    where: Conversation,
    thread_ts: str,
    who: Account,
    action: Action,
    now: datetime,
) -> Located | None:
    """`by_thread` with `head`, as a line in the minutes' thread asks it, in one statement
    (MinutesRecords.in_thread); None when the thread is not one minutes are written in. The
    meeting is checked as `locate_by_id` checks a meeting by its id."""
    look = uow.minutes.in_thread(where.external_id, thread_ts, who, now=now, kinds=HEAD)
    if look is None:
        return None
    council, (meeting,) = look.council, look.meetings
    viewer = held_by(look.person, who, look.held)
    require(uow, council, viewer, action, now=now)
    if meeting.status != MeetingStatus.PLANNED or not wanted_for(uow, viewer, False, action)(
        meeting
    ):
        raise UserError("mote.not_found", id=meeting.id)
    from_workspace(council, who.workspace)
    record = replay(look.heads[meeting.id])
    return Located(council, meeting, viewer, look.minutes.get(meeting.id), record, head=True)


def _chosen(
    uow: UnitOfWork,
    council: Council,
    started: list[Meeting],
    complete: bool,
    wanted: Wanted,
    formote: bool,
    now: datetime,
) -> Meeting | None:
    """FORMOTE's or MEETING's choice, from the council's latest meetings started by
    `now + CHECKIN_OPENS` (`complete`: all of them)."""
    if formote:  # _latest_formote
        return next((m for m in started if m.kind == MeetingKind.FORMOTE and wanted(m)), None)
    current = next((m for m in started if wanted(m) and in_window(council, m, now)), None)
    if current is not None:
        return current
    # Else the latest begun: those started by now lead the list NOW_OR_LAST reads.
    begun = next((m for m in started if m.starts_at <= now and wanted(m)), None)
    if begun is not None or complete:
        return begun
    return NOW_OR_LAST.pick(uow, council, wanted, now)


def in_channel(
    uow: UnitOfWork,
    *,
    action: Action,
    now: datetime,
    formote: bool = False,
    head: bool = False,
    **asked: Unpack[ChannelAsked],
) -> Located:
    """`head`: the record as far as writing a line reads it (record.HEAD)."""
    found = locate(uow, finder=FORMOTE if formote else MEETING, now=now, action=action, **asked)
    if found.meeting.starts_at > now + CHECKIN_OPENS:
        raise UserError("protokoll.no_meeting", id=found.meeting.id)
    return _load(uow, found.council, found.meeting, found.viewer, head=head)


def by_id(
    uow: UnitOfWork,
    *,
    action: Action,
    now: datetime,
    head: bool = False,
    **asked: Unpack[ButtonOrMemberAsked],
) -> Located:
    if "person_id" in asked:  # the member page's person
        found = locate(
            uow,
            person_id=asked["person_id"],
            meeting_id=asked["meeting_id"],
            finder=NOW_OR_LAST,
            now=now,
            action=action,
        )
    else:
        found = locate_by_id(uow, action=action, now=now, **asked)
    return _load(uow, found.council, found.meeting, found.viewer, head=head)


def by_thread(
    uow: UnitOfWork,
    *,
    where: Conversation,
    thread_ts: str,
    who: Account,
    action: Action,
    now: datetime,
    head: bool = False,
) -> Located | None:
    """None when the thread is not one minutes are written in."""
    meeting = uow.minutes.meeting_for_thread(where.external_id, thread_ts)
    if meeting is None:
        return None
    return by_id(
        uow,
        who=who,
        meeting_id=meeting.id,
        action=action,
        now=now,
        head=head,
    )


def label(at: Located) -> Ref:
    """ "Stormöte torsdag 3 december 2026 kl. 13.00–16.00", for notices."""
    return meeting_label(meeting_info(at.council, at.meeting), at.lang)
