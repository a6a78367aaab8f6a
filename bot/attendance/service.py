"""Attendance: answers before a meeting, the register during it, the list after it.

Every method finds its meeting either by id (the kallelse buttons: `answer(meeting_id=…,
who=…, answer=…, reason=…, now=…)`, `mark_read(meeting_id=…, …)`) or from the council's
conversation a command came from (`who` and `where`, optionally a meeting number).
An apology from a seat holder sets off the search for a substitute (bot.attendance.substitutes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import Attendance, Council, Meeting
from bot.attendance.roll import Member, Seat, expected, members_at
from bot.attendance.stats import Statistics, statistics
from bot.attendance.substitutes import (
    Search,
    SubstituteAnswered,
    needs_substitute,
    respond,
    start_search,
    stop_search,
    tell_absent_nobody,
)
from bot.core.authz import Action, allowed
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.notices import Notice, owe
from bot.core.outbox import Compose, nothing, queue
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized
from bot.core.vocabulary import ATTENDED, Answer, Presence, SubstituteStatus
from bot.meetings.asked import ButtonAsked, ButtonOrChannelAsked, MeetingAsked
from bot.meetings.finder import (
    CHECKIN_OPENS,
    LIST,
    NOW,
    NOW_OR_LAST,
    SUMMONED,
    Located,
    also_summoned,
    in_window,
    locate,
    locate_by_id,
)
from bot.meetings.labels import meeting_label
from bot.meetings.service import MeetingInfo, meeting_info

UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True)
class Answered:
    meeting: MeetingInfo
    lang: str
    answer: Answer
    search: Search | None  # an apology from a seat holder: who was asked
    replaced_by: str | None  # they come after all, but an ersättare had already said yes
    notices: tuple[Notice, ...]
    other: MeetingInfo | None = None  # chosen for them: another meeting they were summoned to


@dataclass(frozen=True)
class ReadMarked:
    meeting: MeetingInfo
    lang: str
    reading_minutes: int | None  # their own figure, if they gave one
    other: MeetingInfo | None = None  # as in Answered


@dataclass(frozen=True)
class CheckedIn:
    meeting: MeetingInfo
    lang: str
    presence: Presence
    arrived_at: datetime | None  # local; set when they came after the start
    already: bool


@dataclass(frozen=True)
class RollEntry:
    person_id: int
    name: str
    forening: str | None
    is_unit: bool
    answer: Answer | None
    reason: str | None  # only for whoever may see reasons
    presence: Presence | None
    arrived_at: datetime | None  # local
    left_at: datetime | None  # local
    replaces: str | None
    replaced_by: str | None


@dataclass(frozen=True)
class Roll:
    conversation: str | None
    lang: str
    meeting: MeetingInfo
    entries: list[RollEntry]


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the secretary's checklist as submitted; times are local clock times."""

    person_id: int
    presence: Presence | None
    arrived: time | None = None
    left: time | None = None


@dataclass(frozen=True)
class Registered:
    meeting: MeetingInfo
    lang: str
    counts: dict[Presence, int]


class AttendanceService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # -- before the meeting -------------------------------------------------------------------

    def answer(
        self,
        *,
        answer: Answer,
        now: datetime,
        reason: str | None = None,
        compose: Compose[Answered] = nothing,
        **asked: Unpack[ButtonOrChannelAsked],
    ) -> Answered:
        """Coming or not; without a meeting id, the meeting in the channel's council that the
        person was last summoned to (`bot.meetings.finder.SUMMONED`). What the answer owes
        others (the notices, and the questions to ersättare as `compose` words them) is
        queued with it."""
        with self._uow() as uow:
            at = locate(uow, finder=SUMMONED, now=now, **asked)
            council, meeting = at.council, at.meeting
            info = meeting_info(council, meeting)
            if meeting.starts_at <= now:
                raise UserError(
                    "narvaro.answer.started", meeting=meeting_label(info, council.language)
                )
            person_id = at.viewer.person_id
            assert person_id is not None  # a member
            member = members_at(uow, council, now)[person_id]
            row = uow.attendance.ensure(meeting.id, person_id)
            # An ersättare answers when standing in, or as one on a working group's roster.
            own_place = member.holds_seat or meeting.working_group_id is not None
            if not own_place and row.replaces_person_id is None:
                raise UserError("narvaro.answer.substitute_only")
            previous = row.answer
            row.answer = answer
            row.answer_reason = reason if answer == Answer.NOT_COMING else None
            search, notices, replaced_by = self._after_answer(
                uow, council, meeting, member, row, previous, now
            )
            uow.events.append(
                "attendance.answered",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=person_id,
                data={"answer": answer.value},  # never the reason: it may be about health
            )
            result = Answered(
                meeting=info,
                lang=council.language,
                answer=answer,
                search=search,
                replaced_by=replaced_by,
                notices=tuple(notices) + tuple(search.notices if search else ()),
                other=_other(uow, at, now, asked),
            )
            owe(uow, result.notices, now)
            queue(uow, compose(result), now)
            uow.commit()
            return result

    def _after_answer(
        self,
        uow: UnitOfWork,
        council: Council,
        meeting: Meeting,
        member: Member,
        row: Attendance,
        previous: str | None,
        now: datetime,
    ) -> tuple[Search | None, list[Notice], str | None]:
        """Substitutes: an apology starts a search, a change of mind stops it, and an
        ersättare who cannot go after all hands the place back to the others."""
        if row.replaces_person_id is not None and row.answer == Answer.NOT_COMING:
            absent_id = row.replaces_person_id
            row.replaces_person_id = None
            for request in uow.substitutes.for_absence(meeting.id, absent_id):
                if request.substitute_person_id == member.person.id:
                    request.status = SubstituteStatus.DECLINED
                    request.answered_at = now
            uow.flush()
            absent = members_at(uow, council, now).get(absent_id)
            if absent is None or not needs_substitute(absent, meeting):
                return None, [], None
            search = start_search(uow, council, meeting, absent, now)
            if search.nobody_to_ask:  # the member counted on them: they must hear it
                search.notices.append(tell_absent_nobody(council, meeting, absent))
            return search, [], None
        if not needs_substitute(member, meeting):
            return None, [], None
        if row.answer == Answer.NOT_COMING and previous != Answer.NOT_COMING:
            return start_search(uow, council, meeting, member, now), [], None
        if previous == Answer.NOT_COMING:
            notices = stop_search(uow, council, meeting, member, now)
            replacement = uow.attendance.replacement_for(meeting.id, member.person.id)
            person = uow.people.get(replacement.person_id) if replacement else None
            return None, notices, person.display_name if person else None
        return None, [], None

    def question_to(self, *, person_id: int, meeting_id: int) -> int | None:
        """The question an ersättare was asked at the meeting and has not answered (can they
        go in someone's place?), if any: their reply by email answers it."""
        with self._uow() as uow:
            asked = uow.substitutes.open_for(meeting_id, person_id)
            return asked[0].id if asked else None

    def substitute_answer(
        self,
        *,
        request_id: int,
        accept: bool,
        now: datetime,
        who: Account | None = None,
        person_id: int | None = None,
    ) -> SubstituteAnswered:
        """An ersättare's yes or no to going in someone's place (the question's buttons, or
        the member page)."""
        with self._uow() as uow:
            result = respond(uow, request_id, accept, now, who=who, person_id=person_id)
            owe(uow, result.notices, now)
            uow.commit()
            return result

    def mark_read(
        self, *, now: datetime, minutes: int | None = None, **asked: Unpack[ButtonOrChannelAsked]
    ) -> ReadMarked:
        """Read the documents ("Jag har läst underlaget"), optionally with their own time;
        the meeting is found as for `answer`."""
        with self._uow() as uow:
            at = locate(uow, finder=SUMMONED, now=now, **asked)
            assert at.viewer.person_id is not None
            row = uow.attendance.ensure(at.meeting.id, at.viewer.person_id)
            row.read_documents_at = row.read_documents_at or now
            if minutes is not None:
                row.reading_minutes = minutes
            uow.events.append(
                "attendance.read",
                at=now,
                council_id=at.council.id,
                meeting_id=at.meeting.id,
                actor_id=at.viewer.person_id,
            )
            result = ReadMarked(
                meeting_info(at.council, at.meeting),
                at.council.language,
                row.reading_minutes,
                _other(uow, at, now, asked),
            )
            uow.commit()
            return result

    # -- during the meeting -------------------------------------------------------------------

    def check_in(
        self, *, now: datetime, remote: bool = False, **asked: Unpack[ButtonOrChannelAsked]
    ) -> CheckedIn:
        """A member says they are here (or on the link), from start − 30 min to the end."""
        with self._uow() as uow:
            at = locate(uow, finder=NOW, now=now, **asked)
            council, meeting = at.council, at.meeting
            info = meeting_info(council, meeting)
            if not in_window(council, meeting, now):
                raise UserError("narvaro.checkin.closed", meeting=info.id)
            assert at.viewer.person_id is not None
            row = uow.attendance.ensure(meeting.id, at.viewer.person_id)
            already = row.presence in ATTENDED
            if not already:
                row.presence = Presence.REMOTE if remote else Presence.PRESENT
                row.arrived_at = now if now > meeting.starts_at else None
                row.left_at = None
                uow.events.append(
                    "attendance.checked_in",
                    at=now,
                    council_id=council.id,
                    meeting_id=meeting.id,
                    actor_id=at.viewer.person_id,
                )
            arrived = (
                row.arrived_at.astimezone(ZoneInfo(council.timezone)) if row.arrived_at else None
            )
            result = CheckedIn(info, council.language, Presence(row.presence), arrived, already)
            uow.commit()
            return result

    def checklist(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Roll:
        """The roll for the secretary's or chair's checklist."""
        with self._uow() as uow:
            at = locate(
                uow, finder=NOW_OR_LAST, now=now, action=Action.REGISTER_ATTENDANCE, **asked
            )
            if now < at.meeting.starts_at - CHECKIN_OPENS:
                raise UserError("narvaro.register.not_yet", meeting=at.meeting.id)
            return self._roll(uow, at, now)

    def register(
        self, *, entries: list[RegisterEntry], now: datetime, **asked: Unpack[ButtonAsked]
    ) -> Registered:
        """Store the checklist: presence and times per person on the roll."""
        with self._uow() as uow:
            at = locate_by_id(uow, action=Action.REGISTER_ATTENDANCE, now=now, **asked)
            council, meeting = at.council, at.meeting
            roll = {s.member.person.id: s for s in expected(uow, council, meeting, now)}
            zone = ZoneInfo(council.timezone)
            day = meeting.starts_at.astimezone(zone).date()
            counts: Counter[Presence] = Counter()
            for entry in entries:
                seat = roll.get(entry.person_id)
                if seat is None or (entry.presence is None and seat.attendance is None):
                    continue  # not on the roll (any more), or nothing to store
                row = uow.attendance.ensure(meeting.id, entry.person_id)
                row.presence = entry.presence
                attended = entry.presence in ATTENDED
                arrived = entry.arrived if attended else None
                left = entry.left if attended else None
                if arrived and left and left <= arrived:
                    raise UserError(
                        "narvaro.register.left_before_arrived",
                        name=seat.member.person.display_name,
                        person_id=entry.person_id,
                    )
                row.arrived_at = datetime.combine(day, arrived, tzinfo=zone) if arrived else None
                row.left_at = datetime.combine(day, left, tzinfo=zone) if left else None
                if entry.presence is not None:
                    counts[entry.presence] += 1
            uow.events.append(
                "attendance.registered",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=at.viewer.person_id,
                data={p.value: n for p, n in counts.items()},
            )
            result = Registered(meeting_info(council, meeting), council.language, dict(counts))
            uow.commit()
            return result

    # -- after the meeting --------------------------------------------------------------------

    def register_list(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Roll:
        """The register (or before the meeting, the answers) of a meeting."""
        with self._uow() as uow:
            at = locate(uow, finder=LIST, now=now, **asked)
            return self._roll(uow, at, now)

    def statistics(self, *, who: Account, where: Conversation, now: datetime) -> Statistics:
        with self._uow() as uow:
            council, _ = authorized(uow, who, where, Action.ATTEND, now=now)
            return statistics(uow, council, now)

    def _roll(self, uow: UnitOfWork, at: Located, now: datetime) -> Roll:
        council, meeting = at.council, at.meeting
        zone = ZoneInfo(council.timezone)
        reasons = allowed(Action.SEE_ABSENCE_REASONS, at.viewer)
        seats = expected(uow, council, meeting, now)
        replaced_by = {s.replaces.id: s.member.person.display_name for s in seats if s.replaces}
        return Roll(
            conversation=council.conversation,
            lang=council.language,
            meeting=meeting_info(council, meeting),
            entries=[_entry(s, zone, reasons, replaced_by) for s in seats],
        )


def _other(
    uow: UnitOfWork, at: Located, now: datetime, asked: ButtonOrChannelAsked
) -> MeetingInfo | None:
    """When the meeting was chosen for them, another they were summoned to (to name)."""
    if asked.get("meeting_id") is not None or asked.get("formote"):
        return None
    other = also_summoned(uow, at, now)
    return meeting_info(at.council, other) if other is not None else None


def _entry(seat: Seat, zone: ZoneInfo, reasons: bool, replaced_by: dict[int, str]) -> RollEntry:
    row, person = seat.attendance, seat.member.person
    return RollEntry(
        person_id=person.id,
        name=person.display_name,
        forening=seat.member.forening.name if seat.member.forening else None,
        is_unit=seat.member.is_unit,
        answer=Answer(row.answer) if row and row.answer else None,
        reason=row.answer_reason if row and reasons else None,
        presence=Presence(row.presence) if row and row.presence else None,
        arrived_at=row.arrived_at.astimezone(zone) if row and row.arrived_at else None,
        left_at=row.left_at.astimezone(zone) if row and row.left_at else None,
        replaces=seat.replaces.display_name if seat.replaces else None,
        replaced_by=replaced_by.get(person.id),
    )
