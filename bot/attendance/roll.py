"""Who is expected at a meeting, for which förening, and who may stand in for whom.

Expected: every member who holds a seat (any role but ersättare) and may see the meeting (of a
working group's meeting, those on its roster),
the ersättare registered as replacing someone, and anyone already in the register.
Memberships are read as they were when the meeting started, or now for a coming meeting.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import datetime

from adapters.storage.models import Attendance, Council, Forening, Meeting, Person
from bot.core.authz import Viewer
from bot.core.ports import MemberRow, UnitOfWork
from bot.core.vocabulary import Answer, Presence, Role
from bot.meetings.summoned import roster_for, summoned


def speaks_for_forening(viewer: Viewer) -> bool:
    """Holds a seat for a förening: answers the kallelse, and the förening's ersättare are
    asked when they cannot come (the unit's places, and the secretary's, are not theirs)."""
    return (
        bool(viewer.roles - {Role.ERSATTARE})
        and viewer.forening_id is not None
        and Role.VERKSAMHET not in viewer.roles
    )


@dataclass(frozen=True)
class Member:
    """A person as the council knew them: roles and the förening they speak for."""

    person: Person
    roles: frozenset[Role]
    forening: Forening | None

    @property
    def viewer(self) -> Viewer:
        return Viewer(
            self.person.chat_address,
            self.person.id,
            self.roles,
            forening_id=self.forening.id if self.forening else None,
            name=self.person.display_name,
        )

    @property
    def holds_seat(self) -> bool:
        return bool(self.roles - {Role.ERSATTARE})

    @property
    def is_unit(self) -> bool:
        return Role.VERKSAMHET in self.roles


@dataclass(frozen=True)
class Seat:
    member: Member
    attendance: Attendance | None
    replaces: Person | None


def members_at(uow: UnitOfWork, council: Council, at: datetime) -> dict[int, Member]:
    """The council's members at an instant, by person id."""
    return _members(uow.memberships.active(council.id, now=at))


@dataclass(frozen=True)
class Memberships:
    """The memberships of some councils over a period, read in one query: their members at
    any instant of it without another (for reports over many meetings)."""

    by_council: dict[int, list[MemberRow]]
    # Each council's instants where a membership begins or ends, in order: between two of
    # them the same memberships are held, so most meetings of a period share their members.
    _changes: dict[int, list[datetime]] = field(default_factory=dict, compare=False)
    # By council and the stretch between two changes (the count of changes before it).
    _seen: dict[tuple[int, int], dict[int, Member]] = field(default_factory=dict, compare=False)
    _at: dict[tuple[int, datetime], dict[int, Member]] = field(default_factory=dict, compare=False)

    @classmethod
    def during(
        cls, uow: UnitOfWork, council_ids: list[int], start: datetime, end: datetime
    ) -> Memberships:
        by_council: dict[int, list[MemberRow]] = {council_id: [] for council_id in council_ids}
        for row in uow.memberships.during(council_ids, start, end):
            by_council[row.membership.council_id].append(row)
        return cls(by_council)

    def at(self, council_id: int, instant: datetime) -> dict[int, Member]:
        """As members_at, for an instant of the period."""
        # A report asks for each of a meeting's people at its start: read once an instant.
        known = self._at.get((council_id, instant))
        if known is not None:
            return known
        changes = self._changes.get(council_id)
        if changes is None:
            changes = self._changes[council_id] = _changes(self.by_council[council_id])
        key = (council_id, bisect_right(changes, instant))
        found = self._seen.get(key)
        if found is None:
            held = [r for r in self.by_council[council_id] if _held_at(r, instant)]
            found = self._seen[key] = _members(held)
        self._at[(council_id, instant)] = found
        return found


def _changes(rows: list[MemberRow]) -> list[datetime]:
    """The instants where one of the memberships begins or ends, in order."""
    ends = (r.membership.active_to for r in rows if r.membership.active_to is not None)
    return sorted({*(r.membership.active_from for r in rows), *ends})


def _held_at(row: MemberRow, instant: datetime) -> bool:
    """As the memberships repository's `active` reads it in SQL."""
    held = row.membership
    return held.active_from <= instant and (held.active_to is None or held.active_to > instant)


def _members(rows: list[MemberRow]) -> dict[int, Member]:
    roles: dict[int, set[Role]] = {}
    people: dict[int, Person] = {}
    foreningar: dict[int, Forening] = {}
    for row in rows:
        pid = row.person.id
        people[pid] = row.person
        roles.setdefault(pid, set()).add(row.membership.role)
        if row.forening is not None:
            foreningar.setdefault(pid, row.forening)
    return {
        pid: Member(person, frozenset(roles[pid]), foreningar.get(pid))
        for pid, person in people.items()
    }


def roll_time(meeting: Meeting, now: datetime) -> datetime:
    return min(now, meeting.starts_at)


def expected(uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime) -> list[Seat]:
    """The roll of a meeting, by förening (the unit, then anyone without one, last)."""
    members = members_at(uow, council, roll_time(meeting, now))
    register = {a.person_id: a for a in uow.attendance.for_meeting(meeting.id)}
    roster = roster_for(uow, meeting)
    seats = [
        Seat(m, register.get(pid), None)
        for pid, m in members.items()
        if (m.holds_seat or roster is not None) and summoned(m.viewer, meeting, roster)
    ]
    listed = {s.member.person.id for s in seats}
    for attendance in register.values():
        if attendance.person_id in listed:
            continue
        if attendance.replaces_person_id is None and attendance.presence is None:
            continue  # an answer from someone without a seat is no place at the table
        member = members.get(attendance.person_id) or Member(
            _person(uow, attendance.person_id), frozenset(), None
        )
        replaces = (
            _person(uow, attendance.replaces_person_id) if attendance.replaces_person_id else None
        )
        seats.append(Seat(member, attendance, replaces))
    return sorted(seats, key=_roll_order)


def _person(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.people.get(person_id)
    if person is None:
        raise LookupError(f"no person {person_id}")
    return person


def _roll_order(seat: Seat) -> tuple[int, str, str]:
    m = seat.member
    group = 0 if m.forening is not None else 1 if m.is_unit else 2
    return group, (m.forening.name.casefold() if m.forening else ""), m.person.display_name


def represented(uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime) -> set[int]:
    """The föreningar someone is still expected to speak for at a meeting: a seat holder
    who has not sent apologies, or an ersättare standing in for one."""
    return {
        seat.member.forening.id
        for seat in expected(uow, council, meeting, now)
        if seat.member.forening is not None
        and (seat.replaces is not None or speaks_for_forening(seat.member.viewer))
        and not _away(seat.attendance)
    }


def _away(row: Attendance | None) -> bool:
    return row is not None and (row.answer == Answer.NOT_COMING or row.presence == Presence.ABSENT)


def substitutes_for(members: dict[int, Member], forening_id: int) -> list[Member]:
    """The förening's ersättare, by name."""
    found = [
        m
        for m in members.values()
        if Role.ERSATTARE in m.roles and m.forening is not None and m.forening.id == forening_id
    ]
    return sorted(found, key=lambda m: m.person.display_name)
