"""Substitutes: when a seat holder sends apologies, their förening's ersättare are asked.

The first yes wins (a unique constraint on the register guards it between processes too);
the others are told it is settled, and the member who sent apologies who goes instead. Nobody
left to ask: the member hears that nobody could, and the secretary hears it at once when the
förening would then have nobody at the meeting (another of its seat holders coming is no gap).
`missing_substitutes` is the time-driven end: from the morning of the day before the
meeting, every förening with apologies and nobody else to speak for it, for the reminder
sweep to tell the secretary (bot.reminders.sweep queues it like a reminder).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Forening, Meeting, Person, SubstituteRequest
from bot.attendance.roll import (
    Member,
    members_at,
    represented,
    speaks_for_forening,
    substitutes_for,
)
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.message import Message, Words
from bot.core.notices import Notice
from bot.core.outbox import saying
from bot.core.ports import Conflict, UnitOfWork
from bot.core.vocabulary import Answer, MeetingStatus, OutboxStatus, Role, SubstituteStatus
from bot.meetings.labels import meeting_label
from bot.meetings.service import meeting_info, visible_to

# Who hears that a förening will be missing: the secretary, or the chair where the secretary
# may not see the meeting (a förmöte).
TOLD_ROLES = (Role.SEKRETERARE, Role.ORDFORANDE)
# The secretary hears of a missing förening from this local hour the day before the meeting
# (the hour the reminders come) until it starts.
MISSING_FROM_HOUR = 9


@dataclass(frozen=True)
class SubstituteAsk:
    """The question to one ersättare, sent by DM with a yes and a no button."""

    request_id: int
    person_id: int
    account: Account | None  # the account a chat reaches them by, to name them
    name: str
    lang: str
    params: dict[str, object]
    council_id: int
    meeting_id: int


@dataclass
class Search:
    """What an apology set off: who was asked, and who else must be told."""

    asks: list[SubstituteAsk] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    forening: str | None = None
    nobody_to_ask: bool = False
    secretary_told: bool = False  # nobody to ask, and nobody else to speak for the förening


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DECLINED_LAST = "declined_last"  # a no from the last one asked: nobody else to ask
    TAKEN = "taken"  # someone else said yes first
    NOT_NEEDED = "not_needed"  # the member comes after all, or the meeting is off


@dataclass(frozen=True)
class SubstituteAnswered:
    outcome: Outcome
    lang: str
    params: dict[str, object]
    notices: tuple[Notice, ...]


@dataclass(frozen=True)
class MissingSubstitute:
    """A förening with apologies nobody stands in for, told to the council's secretary."""

    council: Council
    meeting: Meeting
    forening: Forening
    absent: tuple[Person, ...]
    recipients: tuple[Person, ...]

    def key(self, recipient: Person) -> str:
        """The outbox key: once per recipient, meeting, förening and set of absent members
        (a later apology from the same förening is news)."""
        absent = ".".join(str(p.id) for p in self.absent)
        return (
            f"substitute_missing:m{self.meeting.id}:f{self.forening.id}:a{absent}:p{recipient.id}"
        )

    @property
    def params(self) -> dict[str, object]:
        lang = self.council.language
        return {
            "meeting": meeting_label(meeting_info(self.council, self.meeting), lang),
            "council": self.council.name,
            "forening": self.forening.name,
            "absent": [p.display_name for p in self.absent],
        }


def _told(members: dict[int, Member], meeting: Meeting) -> list[Person]:
    for role in TOLD_ROLES:
        found = [
            m.person for m in members.values() if role in m.roles and visible_to(m.viewer, meeting)
        ]
        if found:
            return sorted(found, key=lambda p: p.display_name)
    return []


def _params(council: Council, meeting: Meeting, absent: Member) -> dict[str, object]:
    return {
        "absent": absent.person.display_name,
        "forening": absent.forening.name if absent.forening else "",
        "meeting": meeting_label(meeting_info(council, meeting), council.language),
        "council": council.name,
    }


def needs_substitute(member: Member, meeting: Meeting) -> bool:
    """A seat that speaks for a förening: the unit's places are not filled by ersättare, nor
    a working group's, whose roster is its own people (bot.councils.working_groups)."""
    return speaks_for_forening(member.viewer) and meeting.working_group_id is None


def _nobody_could(
    uow: UnitOfWork,
    council: Council,
    meeting: Meeting,
    absent: Member,
    members: dict[int, Member],
    now: datetime,
) -> tuple[list[Notice], bool]:
    """Nobody stands in: what the secretary (for a förmöte the chair) is told, only when the
    förening is left with nobody at the meeting; and whether they were told."""
    forening = absent.forening
    if forening is None or forening.id in represented(uow, council, meeting, now):
        return [], False
    params = _params(council, meeting, absent)
    told = _told(members, meeting)
    return _tell(told, "narvaro.substitute.nobody", council, meeting, params), True


def tell_absent_nobody(council: Council, meeting: Meeting, absent: Member) -> Notice:
    """To the member who sent apologies: none of the ersättare can go instead."""
    params = _params(council, meeting, absent)
    return Notice(
        absent.person.id,
        "narvaro.substitute.none_could",
        params,
        council.language,
        council.id,
        f"m{meeting.id}",
    )


def start_search(
    uow: UnitOfWork, council: Council, meeting: Meeting, absent: Member, now: datetime
) -> Search:
    """Ask the förening's ersättare who have not said no and are not busy elsewhere."""
    assert absent.forening is not None
    search = Search(forening=absent.forening.name)
    if uow.attendance.replacement_for(meeting.id, absent.person.id) is not None:
        return search
    members = members_at(uow, council, now)
    asked = {
        r.substitute_person_id: r for r in uow.substitutes.for_absence(meeting.id, absent.person.id)
    }
    params = _params(council, meeting, absent)
    for candidate in substitutes_for(members, absent.forening.id):
        pid = candidate.person.id
        request = asked.get(pid)
        own = uow.attendance.get(meeting.id, pid)
        busy = own is not None and (
            own.replaces_person_id is not None or own.answer == Answer.NOT_COMING
        )
        if pid == absent.person.id or busy or not visible_to(candidate.viewer, meeting):
            continue
        if request is not None and request.status == SubstituteStatus.DECLINED:
            continue
        if request is None:
            request = uow.substitutes.add(
                SubstituteRequest(
                    meeting_id=meeting.id,
                    absent_person_id=absent.person.id,
                    substitute_person_id=pid,
                    forening_id=absent.forening.id,
                    asked_at=now,
                )
            )
        else:  # told it was settled before: the member has sent apologies again
            request.status = SubstituteStatus.ASKED
            request.asked_at = now
            request.answered_at = None
        search.asks.append(
            SubstituteAsk(
                request.id,
                pid,
                candidate.person.chat_address,
                candidate.person.display_name,
                council.language,
                params,
                council.id,
                meeting.id,
            )
        )
    if not search.asks:
        search.nobody_to_ask = True
        told, search.secretary_told = _nobody_could(uow, council, meeting, absent, members, now)
        search.notices += told
    return search


def stop_search(
    uow: UnitOfWork, council: Council, meeting: Meeting, absent: Member, now: datetime
) -> list[Notice]:
    """The member comes after all: those still asked are told they are not needed."""
    settled = _settle(uow.substitutes.for_absence(meeting.id, absent.person.id), now)
    return _tell(
        _people(uow, settled),
        "narvaro.substitute.not_needed",
        council,
        meeting,
        _params(council, meeting, absent),
    )


def _settle(requests: Iterable[SubstituteRequest], now: datetime) -> list[SubstituteRequest]:
    open_ = [r for r in requests if r.status == SubstituteStatus.ASKED]
    for request in open_:
        request.status = SubstituteStatus.SETTLED
        request.answered_at = now
    return open_


def _people(uow: UnitOfWork, requests: list[SubstituteRequest]) -> list[Person]:
    return [p for r in requests if (p := uow.people.get(r.substitute_person_id)) is not None]


def _tell(
    people: Iterable[Person],
    key: str,
    council: Council,
    meeting: Meeting,
    params: dict[str, object],
) -> list[Notice]:
    about = (council.id, f"m{meeting.id}")
    return [Notice(p.id, key, params, council.language, *about) for p in people]


def respond(
    uow: UnitOfWork,
    request_id: int,
    accept: bool,
    now: datetime,
    *,
    who: Account | None = None,
    person_id: int | None = None,
) -> SubstituteAnswered:
    """An ersättare's yes or no: from the buttons of the question (`who`, their chat
    account) or on the member page (`person_id`)."""
    request = uow.substitutes.get(request_id)
    found = uow.attendance.meeting(request.meeting_id) if request else None
    substitute = uow.people.get(request.substitute_person_id) if request else None
    if request is None or found is None or substitute is None:
        raise UserError("narvaro.substitute.unknown")
    if person_id is None and who is not None:  # their account in whichever chat
        answering = uow.directory.person(who)
        person_id = answering.id if answering is not None else None
    mine = person_id is not None and substitute.id == person_id
    if not mine:
        raise UserError("narvaro.substitute.not_yours")
    meeting, council = found
    absent_person = uow.people.get(request.absent_person_id)
    assert absent_person is not None  # a foreign key
    members = members_at(uow, council, now)
    absent = members.get(absent_person.id) or Member(absent_person, frozenset(), None)
    params = _params(council, meeting, absent)

    def answered(outcome: Outcome, notices: list[Notice] | None = None) -> SubstituteAnswered:
        return SubstituteAnswered(outcome, council.language, params, tuple(notices or ()))

    if request.status == SubstituteStatus.ACCEPTED:
        return answered(Outcome.ACCEPTED)
    own_answer = uow.attendance.get(meeting.id, absent_person.id)
    if (
        meeting.status != MeetingStatus.PLANNED
        or meeting.starts_at <= now
        or own_answer is None
        or own_answer.answer != Answer.NOT_COMING
    ):
        request.status = SubstituteStatus.SETTLED
        return answered(Outcome.NOT_NEEDED)
    if uow.attendance.replacement_for(meeting.id, absent_person.id) is not None:
        request.status = SubstituteStatus.SETTLED
        return answered(Outcome.TAKEN)
    request.answered_at = now
    if not accept:
        request.status = SubstituteStatus.DECLINED
        still_asked = [
            r
            for r in uow.substitutes.for_absence(meeting.id, absent_person.id)
            if r.status == SubstituteStatus.ASKED
        ]
        if still_asked:
            return answered(Outcome.DECLINED)
        notices, _ = _nobody_could(uow, council, meeting, absent, members, now)
        return answered(
            Outcome.DECLINED_LAST, [tell_absent_nobody(council, meeting, absent), *notices]
        )
    if not _register_substitute(uow, meeting, substitute, absent_person):
        request.status = SubstituteStatus.SETTLED
        return answered(Outcome.TAKEN)
    request.status = SubstituteStatus.ACCEPTED
    others = _settle(uow.substitutes.for_absence(meeting.id, absent_person.id), now)
    # They are going: what else they were asked at this meeting is no longer theirs to take.
    _settle(uow.substitutes.open_for(meeting.id, substitute.id), now)
    uow.events.append(
        "attendance.substitute",
        at=now,
        council_id=council.id,
        meeting_id=meeting.id,
        actor_id=substitute.id,
        data={"replaces": absent_person.id},
    )
    found_params = params | {"substitute": substitute.display_name}
    others_told = _people(uow, others)
    notices = _tell(others_told, "narvaro.substitute.settled", council, meeting, found_params)
    notices += _tell([absent_person], "narvaro.substitute.found", council, meeting, found_params)
    return answered(Outcome.ACCEPTED, notices)


def _register_substitute(
    uow: UnitOfWork, meeting: Meeting, substitute: Person, absent: Person
) -> bool:
    """Write the substitute into the register; False when another yes got there first."""
    try:
        with uow.savepoint():
            row = uow.attendance.ensure(meeting.id, substitute.id)
            row.replaces_person_id = absent.id
            row.answer = Answer.COMING
            uow.flush()
    except Conflict:
        return False
    return True


def missing_substitutes(uow: UnitOfWork, now: datetime) -> list[MissingSubstitute]:
    """From the day before a meeting until it starts: each förening with apologies that
    nobody stands in for and nobody else to speak for it, and whom to tell (the secretary;
    for a förmöte, the chair)."""
    # Local dates differ from UTC by under a day: two days ahead covers every zone.
    rows = uow.attendance.apologies_for_meetings_before(now + timedelta(days=2), now=now)
    councils: dict[int, tuple[Council, dict[int, Member]]] = {}
    missing: dict[tuple[int, int], list[Person]] = {}
    meetings: dict[int, Meeting] = {}
    for attendance, meeting in rows:
        if meeting.council_id not in councils:
            council = uow.councils.get(meeting.council_id)
            assert council is not None  # a foreign key
            councils[council.id] = (council, members_at(uow, council, now))
        council, members = councils[meeting.council_id]
        zone = ZoneInfo(council.timezone)
        day_before = meeting.starts_at.astimezone(zone).date() - timedelta(days=1)
        told_from = datetime.combine(day_before, time(MISSING_FROM_HOUR), tzinfo=zone)
        member = members.get(attendance.person_id)
        if (
            now < told_from
            or member is None
            or not needs_substitute(member, meeting)
            or uow.attendance.replacement_for(meeting.id, member.person.id) is not None
        ):
            continue
        assert member.forening is not None
        meetings[meeting.id] = meeting
        missing.setdefault((meeting.id, member.forening.id), []).append(member.person)
    found = []
    present: dict[int, set[int]] = {}  # by meeting: the föreningar someone still speaks for
    for (meeting_id, forening_id), absent in missing.items():
        meeting = meetings[meeting_id]
        council, members = councils[meeting.council_id]
        if meeting_id not in present:
            present[meeting_id] = represented(uow, council, meeting, now)
        if forening_id in present[meeting_id]:
            continue
        forening = uow.foreningar.get(forening_id)
        assert forening is not None  # a foreign key
        found.append(
            MissingSubstitute(
                council=council,
                meeting=meeting,
                forening=forening,
                absent=tuple(sorted(absent, key=lambda p: p.id)),
                recipients=tuple(_told(members, meeting)),
            )
        )
    return found


def missing_substitute_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """`missing_substitutes` as outbox rows for the sweep: one DM per recipient, never
    turned off by reminder preferences (the meeting depends on it), pointless once it starts."""
    rows = []
    for item in missing_substitutes(uow, now):
        said = Message.of(Words("narvaro.substitute.missing", item.params, item.council.language))
        rows += [
            {
                "idempotency_key": item.key(person),
                "kind": "ersättare saknas",
                "council_id": item.council.id,
                "person_id": person.id,
                "payload": saying(said) | {"subject": f"m{item.meeting.id}"},
                "due_at": now,
                "expires_at": item.meeting.starts_at,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for person in item.recipients
        ]
    return rows
