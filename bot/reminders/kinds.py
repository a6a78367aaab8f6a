"""What is due at `now`: the reminder kinds, their timing, and who still needs each one.

Every kind has a date (the agenda deadline, the meeting day, …), reminders on some days
before it at a local hour, and an end after which it is pointless. At `now` only the latest
slot that has come counts, until the next slot or the end: a reminder missed while the bot
was down is sent late, once, and never after its moment has passed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from adapters.storage.models import ActionItem, Attendance, Council, Meeting
from bot.attendance.roll import speaks_for_forening
from bot.core.authz import Viewer
from bot.core.ports import TimingSettings
from bot.core.texts.render import Mention
from bot.core.vocabulary import Answer, MeetingKind, Role
from bot.meetings.service import CycleDates, cycle_dates, visible_to
from bot.meetings.summoned import summoned


class ReminderKind(StrEnum):
    """The values are the words people type in /paminnelser."""

    PUNKT = "punkt"  # the agenda deadline is near: send your point
    KALLELSE = "kallelse"  # the kallelse has not gone out and its last day is near
    HANDLINGAR = "handlingar"  # read the documents before the meeting
    SVAR = "svar"  # answer the invitation
    MOTESDAG = "mötesdag"  # the meeting is today
    PROTOKOLL = "protokoll"  # the minutes are due
    JUSTERING = "justering"  # minutes wait for this justerare's approval
    FORSENAT = "försenat"  # the minutes are past their due date (the chair is told)
    ATGARD = "åtgärd"  # an action item is due

    @property
    def slug(self) -> str:
        """ASCII name for idempotency keys and catalogue keys."""
        return self.name.lower()


@dataclass(frozen=True)
class Timing:
    days: tuple[int, ...]  # days before the kind's date
    hour: int  # local hour on each of those days


DEFAULT_TIMING: dict[ReminderKind, Timing] = {
    ReminderKind.PUNKT: Timing((3, 1), 9),
    ReminderKind.KALLELSE: Timing((3, 1), 9),
    ReminderKind.HANDLINGAR: Timing((3,), 9),
    ReminderKind.SVAR: Timing((5,), 9),
    ReminderKind.MOTESDAG: Timing((0,), 8),
    ReminderKind.PROTOKOLL: Timing((3, 0), 9),
    ReminderKind.JUSTERING: Timing((3, 1), 9),
    ReminderKind.FORSENAT: Timing((0,), 9),
    ReminderKind.ATGARD: Timing((3, 0), 9),
}
MAX_DAYS_BEFORE = 30
# People get a day with the kallelse before being asked to answer it or read its documents.
KALLELSE_GRACE = timedelta(days=1)
# A slot is never later than this before its end (a meeting at 08:30 gets its reminder 07:30).
END_MARGIN = timedelta(hours=1)
KALLELSE_ROLES = frozenset({Role.SEKRETERARE, Role.ORDFORANDE})
CONTACT_ROLES = (Role.SEKRETERARE, Role.ORDFORANDE)


def council_timing(council: Council, kind: ReminderKind) -> Timing:
    """The council's days for a kind (an empty tuple: the council turned it off)."""
    default = DEFAULT_TIMING[kind]
    days = (council.reminder_days or {}).get(kind.value)
    return default if days is None else Timing(tuple(days), default.hour)


@dataclass(frozen=True)
class Recipient:
    person_id: int
    user_id: str

    @classmethod
    def of(cls, viewer: Viewer) -> Recipient:
        if viewer.person_id is None:
            raise ValueError("a council member always has a person id")
        return cls(viewer.person_id, viewer.account)


@dataclass(frozen=True)
class Due:
    """One reminder for one person; `slot` (not `now`) goes into the key, so it is sent once."""

    kind: ReminderKind
    subject: str  # "m12" for meeting 12, "a7" for action item 7
    council: Council
    recipient: Recipient
    slot: datetime
    expires_at: datetime
    contact: Mention | None  # whom to ask, never the recipient
    meeting: Meeting | None = None
    item: ActionItem | None = None

    @property
    def key(self) -> str:
        slot = self.slot.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
        return f"{self.kind.slug}:{self.subject}:p{self.recipient.person_id}:{slot}"


@dataclass(frozen=True)
class CouncilPeople:
    council: Council
    members: list[Viewer]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.council.timezone)

    def member(self, person_id: int | None) -> Viewer | None:
        return next((v for v in self.members if v.person_id == person_id), None)

    def contact(self, among: list[Viewer], recipient_user_id: str) -> Mention | None:
        for role in CONTACT_ROLES:
            for viewer in among:
                if role in viewer.roles and viewer.account != recipient_user_id:
                    return viewer.mention
        return None


def current_slot(
    day: date, timing: Timing, zone: ZoneInfo, end: datetime, now: datetime
) -> tuple[datetime, datetime] | None:
    """The latest slot that has come and when it stops counting, or None."""
    latest = end - END_MARGIN
    slots = sorted(
        {
            min(datetime.combine(day - timedelta(days=d), time(timing.hour), tzinfo=zone), latest)
            for d in timing.days
        }
    )
    past = [s for s in slots if s <= now]
    if not past:
        return None
    later = [s for s in slots if s > past[-1]]
    expires_at = later[0] if later else end
    return (past[-1], expires_at) if now < expires_at else None


def _midnight_after(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)


@dataclass(frozen=True)
class MeetingCase:
    """One planned meeting, as the meeting kinds see it."""

    people: CouncilPeople
    meeting: Meeting
    dates: CycleDates
    invited: list[Viewer]  # the members it summons (bot.meetings.summoned)
    attendance: dict[int, Attendance]  # by person id
    # With the justerare: who has yet to approve the version sent; None when not with them.
    waiting: frozenset[int] | None = None

    @property
    def day(self) -> date:
        return self.meeting.starts_at.astimezone(self.people.zone).date()

    def end_of(self, day: date) -> datetime:
        return _midnight_after(day, self.people.zone)

    def kallelse_settled(self, now: datetime) -> bool:
        sent = self.meeting.kallelse_sent_at
        return sent is not None and now >= sent + KALLELSE_GRACE

    def _row_of(self, viewer: Viewer) -> Attendance | None:
        return self.attendance.get(viewer.person_id) if viewer.person_id else None

    def coming(self) -> list[Viewer]:
        """The invited, less those who said they are not coming."""
        return [
            v for v in self.invited if getattr(self._row_of(v), "answer", None) != Answer.NOT_COMING
        ]

    def without(self, field: str, among: list[Viewer]) -> list[Viewer]:
        """Those whose attendance row has no value in `field` (no row: no value)."""
        return [v for v in among if getattr(self._row_of(v), field, None) is None]


@dataclass(frozen=True)
class Target:
    day: date
    end: datetime
    people: list[Viewer]


MeetingRule = Callable[[MeetingCase, datetime], Target | None]


def _punkt(case: MeetingCase, now: datetime) -> Target | None:
    meeting = case.meeting
    if meeting.kind == MeetingKind.ARBETSGRUPP or meeting.agenda_opened_at is None:
        return None
    deadline = case.dates.agenda_deadline
    return Target(deadline, case.end_of(deadline), case.invited)


def _kallelse(case: MeetingCase, now: datetime) -> Target | None:
    if case.meeting.kind == MeetingKind.FORMOTE or case.meeting.kallelse_sent_at is not None:
        return None
    last_day = case.dates.kallelse_last_day
    # The officers send it, on a working group's roster or not.
    officers = [
        v
        for v in case.people.members
        if v.roles & KALLELSE_ROLES and visible_to(v, case.meeting)
    ]
    return Target(last_day, case.end_of(last_day), officers)


def _handlingar(case: MeetingCase, now: datetime) -> Target | None:
    if not case.kallelse_settled(now):
        return None
    return Target(
        case.day, case.meeting.starts_at, case.without("read_documents_at", case.coming())
    )


def _svar(case: MeetingCase, now: datetime) -> Target | None:
    """Those who hold a förening's seat and have not answered: an ersättare answers only
    when asked to stand in (by the question's buttons), and the unit is not asked."""
    if not case.kallelse_settled(now):
        return None
    seats = [v for v in case.invited if speaks_for_forening(v)]
    return Target(case.day, case.meeting.starts_at, case.without("answer", seats))


def _motesdag(case: MeetingCase, now: datetime) -> Target | None:
    return Target(case.day, case.meeting.starts_at, case.coming())


def _protokoll(case: MeetingCase, now: datetime) -> Target | None:
    meeting = case.meeting
    if (
        meeting.kind != MeetingKind.STORMOTE
        or meeting.minutes_sent_at is not None
        or now < meeting.starts_at
    ):
        return None
    due = case.dates.minutes_due
    secretaries = [v for v in case.invited if Role.SEKRETERARE in v.roles]
    return Target(due, case.end_of(due), secretaries)


def _justering(case: MeetingCase, now: datetime) -> Target | None:
    if case.waiting is None:
        return None
    due = case.dates.minutes_due
    waiting = [v for v in case.invited if v.person_id in case.waiting]
    return Target(due, case.end_of(due), waiting)


# Late minutes are flagged to the chair on the day after their due date, or within the week.
FLAG_WITHIN = timedelta(days=7)


def _forsenat(case: MeetingCase, now: datetime) -> Target | None:
    meeting = case.meeting
    if meeting.kind != MeetingKind.STORMOTE or meeting.minutes_sent_at is not None:
        return None
    day = case.dates.minutes_due + timedelta(days=1)
    chairs = [v for v in case.invited if Role.ORDFORANDE in v.roles]
    return Target(day, case.end_of(day) + FLAG_WITHIN - timedelta(days=1), chairs)


MEETING_RULES: dict[ReminderKind, MeetingRule] = {
    ReminderKind.PUNKT: _punkt,
    ReminderKind.KALLELSE: _kallelse,
    ReminderKind.HANDLINGAR: _handlingar,
    ReminderKind.SVAR: _svar,
    ReminderKind.MOTESDAG: _motesdag,
    ReminderKind.PROTOKOLL: _protokoll,
    ReminderKind.JUSTERING: _justering,
    ReminderKind.FORSENAT: _forsenat,
}


# Each kind's date in days from the meeting's day, and the days after that date it may still
# be sent (the rules above, as numbers): what narrows the sweep to meetings near `now`.
KIND_DATES: dict[ReminderKind, Callable[[TimingSettings], tuple[int, int]]] = {
    ReminderKind.PUNKT: lambda s: (-s.agenda_deadline_days, 0),
    ReminderKind.KALLELSE: lambda s: (-s.min_notice_days, 0),
    ReminderKind.HANDLINGAR: lambda s: (0, 0),
    ReminderKind.SVAR: lambda s: (0, 0),
    ReminderKind.MOTESDAG: lambda s: (0, 0),
    ReminderKind.PROTOKOLL: lambda s: (s.minutes_due_days, 0),
    ReminderKind.JUSTERING: lambda s: (s.minutes_due_days, 0),
    ReminderKind.FORSENAT: lambda s: (s.minutes_due_days + 1, FLAG_WITHIN.days - 1),
}
# Covers the zones (local days against `now`) and a slot moved forward by END_MARGIN.
SPAN_MARGIN = timedelta(days=2)


def meeting_span(settings: TimingSettings, now: datetime) -> tuple[datetime, datetime]:
    """[earliest, latest) start of a meeting that can have a reminder due at `now` in a
    council with these settings: a kind's slots lie from its most days before its date to
    the end of that date (and its days after), so a meeting further away has nothing due."""
    back, ahead = [], []
    for kind, date_of in KIND_DATES.items():
        offset, after = date_of(settings)
        most = MAX_DAYS_BEFORE if settings.custom_days else max(DEFAULT_TIMING[kind].days)
        back.append(offset + after)
        ahead.append(most - offset)
    return (
        now - timedelta(days=max(back)) - SPAN_MARGIN,
        now + timedelta(days=max(ahead)) + SPAN_MARGIN,
    )


def meeting_case(
    people: CouncilPeople,
    meeting: Meeting,
    attendance: list[Attendance],
    waiting: frozenset[int] | None = None,
    roster: frozenset[int] | None = None,
) -> MeetingCase:
    """`roster`: a working group's meeting's (bot.meetings.summoned.roster_for)."""
    return MeetingCase(
        people=people,
        meeting=meeting,
        dates=cycle_dates(people.council, meeting.starts_at),
        invited=[v for v in people.members if summoned(v, meeting, roster)],
        attendance={a.person_id: a for a in attendance},
        waiting=waiting,
    )


def meeting_reminders(case: MeetingCase, now: datetime) -> Iterator[Due]:
    for kind, rule in MEETING_RULES.items():
        target = rule(case, now)
        if target is None:
            continue
        timing = council_timing(case.people.council, kind)
        slot = current_slot(target.day, timing, case.people.zone, target.end, now)
        if slot is None:
            continue
        for viewer in target.people:
            yield Due(
                kind=kind,
                subject=f"m{case.meeting.id}",
                council=case.people.council,
                recipient=Recipient.of(viewer),
                slot=slot[0],
                expires_at=slot[1],
                contact=case.people.contact(case.invited, viewer.account),
                meeting=case.meeting,
            )


def action_reminder(
    people: CouncilPeople, item: ActionItem, owner: Recipient, now: datetime
) -> Due | None:
    """An open item's reminder to its owner (the caller passes open items with a due date)."""
    if item.due_on is None:
        return None
    timing = council_timing(people.council, ReminderKind.ATGARD)
    slot = current_slot(
        item.due_on, timing, people.zone, _midnight_after(item.due_on, people.zone), now
    )
    if slot is None:
        return None
    return Due(
        kind=ReminderKind.ATGARD,
        subject=f"a{item.id}",
        council=people.council,
        recipient=owner,
        slot=slot[0],
        expires_at=slot[1],
        contact=people.contact(people.members, owner.user_id),
        item=item,
    )
