"""What the minutes state about the meeting besides its lines: who came, for which
förening, who sent each point, who signs, the next meeting.

A draft reads them fresh from the database; the version sent to the justerare carries a
copy in the log, so approved minutes say the same thing however the database changes later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from adapters.storage.models import Council, Meeting
from bot.attendance.roll import Seat, expected, members_at
from bot.core.audience import Audience
from bot.core.ports import UnitOfWork
from bot.core.texts.render import plain
from bot.core.vocabulary import Answer, MeetingKind, PointStatus, Presence, Role
from bot.meetings.service import visible_to

PRESENCES = ("present", "remote", "absent", "unknown")


@dataclass(frozen=True)
class Attendee:
    name: str
    replaces: str | None = None


@dataclass(frozen=True)
class Group:
    """The people of one förening (or the unit, or those without one) by how they took part."""

    name: str
    present: tuple[Attendee, ...] = ()
    remote: tuple[Attendee, ...] = ()
    absent: tuple[Attendee, ...] = ()
    unknown: tuple[Attendee, ...] = ()  # not in the register


@dataclass(frozen=True)
class PointFacts:
    submitter: str | None
    forening: str | None
    status: PointStatus
    outcome: str | None


@dataclass(frozen=True)
class MeetingFacts:
    kind: MeetingKind
    start: datetime
    end: datetime | None
    place: str | None


@dataclass(frozen=True)
class Facts:
    council: str
    lang: str
    timezone: str
    meeting: MeetingFacts
    attendance: tuple[Group, ...]
    points: Mapping[int, PointFacts]
    people: Mapping[int, str]  # names of those who sign, by person id
    chair: tuple[int, ...]
    secretary: tuple[int, ...]
    justerare: tuple[int, ...]
    next_meeting: MeetingFacts | None

    def to_json(self) -> dict[str, Any]:
        return {
            "council": self.council,
            "lang": self.lang,
            "timezone": self.timezone,
            "meeting": _meeting_json(self.meeting),
            "attendance": [
                {"name": g.name}
                | {p: [[a.name, a.replaces] for a in getattr(g, p)] for p in PRESENCES}
                for g in self.attendance
            ],
            "points": {
                str(pid): [p.submitter, p.forening, p.status.value, p.outcome]
                for pid, p in self.points.items()
            },
            "people": {str(pid): name for pid, name in self.people.items()},
            "chair": list(self.chair),
            "secretary": list(self.secretary),
            "justerare": list(self.justerare),
            "next_meeting": _meeting_json(self.next_meeting) if self.next_meeting else None,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Facts:
        return cls(
            council=raw["council"],
            lang=raw["lang"],
            timezone=raw["timezone"],
            meeting=_meeting_from(raw["meeting"]),
            attendance=tuple(
                Group(
                    g["name"],
                    **{p: tuple(Attendee(n, r) for n, r in g[p]) for p in PRESENCES},
                )
                for g in raw["attendance"]
            ),
            points={
                int(pid): PointFacts(s, f, PointStatus(st), o)
                for pid, (s, f, st, o) in raw["points"].items()
            },
            people={int(pid): name for pid, name in raw["people"].items()},
            chair=tuple(raw["chair"]),
            secretary=tuple(raw["secretary"]),
            justerare=tuple(raw["justerare"]),
            next_meeting=_meeting_from(raw["next_meeting"]) if raw["next_meeting"] else None,
        )


def _meeting_json(meeting: MeetingFacts) -> dict[str, Any]:
    return {
        "kind": meeting.kind.value,
        "start": meeting.start.isoformat(),
        "end": meeting.end.isoformat() if meeting.end else None,
        "place": meeting.place,
    }


def _meeting_from(raw: Mapping[str, Any]) -> MeetingFacts:
    return MeetingFacts(
        kind=MeetingKind(raw["kind"]),
        start=datetime.fromisoformat(raw["start"]),
        end=datetime.fromisoformat(raw["end"]) if raw["end"] else None,
        place=raw["place"],
    )


def meeting_facts(meeting: Meeting) -> MeetingFacts:
    return MeetingFacts(meeting.kind, meeting.starts_at, meeting.ends_at, meeting.place)


def gather(
    uow: UnitOfWork,
    council: Council,
    meeting: Meeting,
    *,
    point_ids: Iterable[int],
    writers: Iterable[int] = (),
    chosen: tuple[int, ...] = (),
    now: datetime,
) -> Facts:
    def holders(role: Role) -> tuple[int, ...]:
        found = uow.memberships.holders(council.id, frozenset({role}), now=now)
        people.update((p.id, p.display_name) for p in found)
        return tuple(p.id for p in found)

    people: dict[int, str] = {}
    chair, secretary = (
        holders(Role.ORDFORANDE),
        _keepers(uow, council, meeting, tuple(writers), now),
    )
    people.update((pid, _name(uow, pid)) for pid in secretary)
    seats = expected(uow, council, meeting, now)
    justerare = meeting_justerare(chosen, holders(Role.JUSTERARE), seats)
    people.update((pid, _name(uow, pid)) for pid in justerare if pid not in people)
    following = uow.meetings.upcoming(
        council.id, now=meeting.starts_at, kinds=frozenset({meeting.kind})
    )
    return Facts(
        council=council.name,
        lang=council.language,
        timezone=council.timezone,
        meeting=meeting_facts(meeting),
        attendance=_attendance(seats, council.language),
        points=point_facts(uow, council, meeting, point_ids),
        people=people,
        chair=chair,
        secretary=secretary,
        justerare=justerare,
        next_meeting=meeting_facts(following[0]) if following else None,
    )


def _keepers(
    uow: UnitOfWork, council: Council, meeting: Meeting, writers: tuple[int, ...], now: datetime
) -> tuple[int, ...]:
    """Who is named "vid protokollet": whoever wrote the lines; before any, the council's
    secretary if they may see the meeting. Never the unit's secretary for a förmöte, which
    the associations hold without the unit and minute themselves."""
    if writers:
        return writers
    members = sorted(members_at(uow, council, now).values(), key=lambda m: m.person.display_name)
    return tuple(
        m.person.id
        for m in members
        if Role.SEKRETERARE in m.roles and visible_to(m.viewer, meeting)
    )


def _name(uow: UnitOfWork, person_id: int) -> str:
    person = uow.people.get(person_id)
    return person.display_name if person else ""


def meeting_justerare(
    chosen: tuple[int, ...], holders: tuple[int, ...], seats: list[Seat]
) -> tuple[int, ...]:
    """Who approves these minutes: those the meeting chose, else the council's justerare
    who were there (with no register at all: those who did not send apologies). Nobody
    registered absent is ever asked."""
    how = {seat.member.person.id: presence_of(seat) for seat in seats}
    if chosen:
        return tuple(p for p in chosen if how.get(p) != "absent")
    register = any(h in ("present", "remote") for h in how.values())
    came = ("present", "remote") if register else ("present", "remote", "unknown")
    return tuple(p for p in holders if how.get(p, "unknown") in came)


def point_facts(
    uow: UnitOfWork, council: Council, meeting: Meeting, point_ids: Iterable[int]
) -> dict[int, PointFacts]:
    """Who sent each point named in a meeting's minutes and where it stands now."""
    found = {}
    for point_id in point_ids:
        point = uow.points.get(council.id, point_id, audience=Audience.of_meeting(meeting.kind))
        if point is None:
            continue
        person = uow.people.get(point.submitter_id) if point.submitter_id else None
        forening = uow.foreningar.get(point.forening_id) if point.forening_id else None
        found[point_id] = PointFacts(
            person.display_name if person else None,
            forening.name if forening else None,
            point.status,
            point.outcome,
        )
    return found


def _attendance(seats: list[Seat], lang: str) -> tuple[Group, ...]:
    """The register by förening, in the roll's order (föreningar, the unit, the rest)."""
    groups: dict[str, dict[str, list[Attendee]]] = {}
    for seat in seats:
        member = seat.member
        if member.forening is not None:
            name = member.forening.name
        else:
            group = "group_verksamhet" if member.is_unit else "group_none"
            name = plain(f"brukarrad.show.{group}", lang)
        how = presence_of(seat)
        attendee = Attendee(
            member.person.display_name, seat.replaces.display_name if seat.replaces else None
        )
        groups.setdefault(name, {p: [] for p in PRESENCES})[how].append(attendee)
    return tuple(
        Group(name, **{p: tuple(people[p]) for p in PRESENCES}) for name, people in groups.items()
    )


def presence_of(seat: Seat) -> str:
    """How one took part, as the minutes' register says it (one of PRESENCES)."""
    row = seat.attendance
    presence = row.presence if row else None
    if presence == Presence.PRESENT:
        return "present"
    if presence == Presence.REMOTE:
        return "remote"
    if presence == Presence.ABSENT or (row and row.answer == Answer.NOT_COMING):
        return "absent"
    return "unknown"
