"""The council's year in figures, from what is stored: the summary the guidance asks for at
the end of an årshjul, "vilka aktiviteter som har genomförts och vilka erfarenheter som har
gjorts" (seeds/001 L1176–1181; the årshjul itself seeds/000 L272–279, seeds/001 L1126–1228).

- Meetings held against the council's rule, by default "minst fyra på ett år" (seeds/000 L64;
  bot.councils.year).
- The points raised in the year, by whom (the associations, the unit, others such as a
  secretary with no förening), and what became of each: decided, rejected with its reason,
  sent on (to whom, and the answer if it came: bot.agenda.sending), withdrawn, or still
  open. A point moved to a later meeting is followed to where it went.
- Action items made in the year: done (of them, late) and open (of them, overdue).
- Attendance per förening at each stormöte whose register was taken.
- The årshjul's joint activities and where each stands: done, under way, planned.
- The working groups at work in the year: closed with their outcome, or still at work.
- The evaluation after each meeting: how many answered, and how many gave each question's
  best answer, meeting by meeting: the year's trend (bot.meetings.evaluation).
- The council's own yearly evaluation of its goals for influence: how many answered, and
  each goal's answers (bot.councils.goals).
- The share of each stormöte's agenda that was the unit informing: the standing point
  "Information från verksamheten" (seeds/001 L2666) and the points the unit raised itself.
  The guidance warns that a council may turn into "informationstillfällen" (seeds/001
  L2591–2595), so the council sees how much of its time that was.

Every figure is read for an audience (bot.core.audience): the unit's version holds nothing of
a förmöte but the day it took place (seeds/000: the associations meet "utan representanter
från verksamheten").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction
from zoneinfo import ZoneInfo

from adapters.storage.models import ActionItem, AgendaPoint, Attendance, Council, Meeting
from bot.attendance.roll import Memberships
from bot.commands.grammar import fold
from bot.core.audience import Audience
from bot.core.authz import Action, audience_of
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.outbox import Compose, nothing, queue
from bot.core.ports import UnitOfWork
from bot.core.texts.render import plain
from bot.core.viewers import authorized, authorized_person
from bot.core.vocabulary import (
    ATTENDED,
    ActionStatus,
    ActivityState,
    MeetingKind,
    PointStatus,
    Role,
)
from bot.councils.arshjul import in_year_order
from bot.councils.goals import CHOICES as GOAL_CHOICES
from bot.councils.year import CycleYear, current_year
from bot.meetings.evaluation import CHOICES, QUESTIONS

UowFactory = Callable[[], UnitOfWork]


class Side(StrEnum):
    """Who raised a point."""

    ASSOCIATIONS = "foreningar"
    UNIT = "verksamheten"
    OTHERS = "ovriga"


class Outcome(StrEnum):
    DECIDED = "beslutad"
    REJECTED = "avslagen"  # always with its reason (bot.agenda.decisions)
    SENT_ON = "skickad vidare"  # with whom to, and the answer once recorded
    WITHDRAWN = "återtagen"
    OPEN = "öppen"


# What each status means at the end of the year. A moved point is followed to its copy
# first; one with no copy (yet) is still open.
OUTCOMES = {
    PointStatus.SUBMITTED: Outcome.OPEN,
    PointStatus.ON_AGENDA: Outcome.OPEN,
    PointStatus.MOVED: Outcome.OPEN,
    PointStatus.HANDLED: Outcome.DECIDED,
    PointStatus.REJECTED: Outcome.REJECTED,
    PointStatus.WITHDRAWN: Outcome.WITHDRAWN,
    PointStatus.SENT_ON: Outcome.SENT_ON,
}


@dataclass(frozen=True)
class RaisedPoint:
    title: str  # people's words
    kind: MeetingKind
    side: Side
    outcome: Outcome
    reason: str | None  # a rejection's, or the answer to a point sent on
    raised_on: date
    sent_to: str | None = None


@dataclass(frozen=True)
class Actions:
    made: int
    done: int
    done_late: int
    open: int
    overdue: int


@dataclass(frozen=True)
class ForeningAttendance:
    forening: str
    present: tuple[int, ...]  # people present at each registered stormöte, in order


@dataclass(frozen=True)
class AgendaShare:
    day: date
    items: int
    unit_items: int


@dataclass(frozen=True)
class MeetingEvaluation:
    """The evaluation after one meeting, as counts only (bot.meetings.evaluation)."""

    day: date
    answered: int  # people who answered anything
    counts: tuple[tuple[int, ...], ...]  # each question's answers, the best first

    def best(self, question: int) -> tuple[int, int]:
        """How many gave the question's best answer, of how many answered it."""
        counts = self.counts[question - 1]
        return counts[0], sum(counts)


@dataclass(frozen=True)
class GroupYear:
    """A working group at work in the year: set up, and closed with its outcome or still
    at work towards its end date."""

    name: str  # people's words
    set_up: date
    ends_on: date
    closed: date | None
    outcome: str | None


@dataclass(frozen=True)
class GoalEvaluation:
    """The council's own evaluation of its goals in the year, as counts only
    (bot.councils.goals): each goal's answers, the best first."""

    day: date  # the day it opened
    answered: int  # people who answered about any goal
    goals: tuple[tuple[str, tuple[int, ...]], ...]  # a goal's words, its answers' counts


@dataclass(frozen=True)
class YearReport:
    council_id: int
    council: str
    lang: str
    year: CycleYear
    audience: Audience
    made_at: datetime
    today: date
    required: int  # stormöten the council should hold in a year
    held: dict[MeetingKind, tuple[date, ...]]  # meetings held so far, by kind
    ahead: tuple[date, ...]  # stormöten still planned in the year
    points: tuple[RaisedPoint, ...]
    actions: Actions
    registered: tuple[date, ...]  # the stormöten whose register was taken
    attendance: tuple[ForeningAttendance, ...]
    agenda: tuple[AgendaShare, ...]
    evaluations: tuple[MeetingEvaluation, ...] = ()  # the meetings anyone evaluated
    # The årshjul's joint activities as they stand (bot.councils.arshjul), in its order.
    activities: tuple[tuple[str, ActivityState], ...] = ()
    # The working groups at work in the year (bot.councils.working_groups), as set up.
    groups: tuple[GroupYear, ...] = ()
    # The council's own evaluation of its goals for influence, opened in the year.
    goals: tuple[GoalEvaluation, ...] = ()

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.year.after.toordinal() - 1)

    @property
    def ended(self) -> bool:
        return self.today >= self.year.after

    @property
    def stormoten(self) -> int:
        return len(self.held.get(MeetingKind.STORMOTE, ()))

    @property
    def missing(self) -> int:
        """Stormöten short of the rule, counting those still planned in the year."""
        return max(0, self.required - self.stormoten - len(self.ahead))

    def by_outcome(self) -> dict[Outcome, Counter[Side]]:
        counted: dict[Outcome, Counter[Side]] = {o: Counter() for o in Outcome}
        for point in self.points:
            counted[point.outcome][point.side] += 1
        return counted

    def by_side(self) -> Counter[Side]:
        return Counter(p.side for p in self.points)

    @property
    def unit_share(self) -> Fraction:
        items = sum(a.items for a in self.agenda)
        return Fraction(sum(a.unit_items for a in self.agenda), items) if items else Fraction(0)


def year_report(
    uow: UnitOfWork, council: Council, year: CycleYear, audience: Audience, now: datetime
) -> YearReport:
    zone = ZoneInfo(council.timezone)
    start, end = year.span(zone)
    until = min(end, now)
    members = Memberships.during(uow, [council.id], start, end)
    unit = {
        row.person.id
        for row in members.by_council[council.id]
        if row.membership.role == Role.VERKSAMHET
    }
    meetings = uow.attendance.council_meetings(council.id, start, end)
    held: dict[MeetingKind, list[date]] = {}
    for meeting in meetings:
        if meeting.starts_at <= now:
            held.setdefault(meeting.kind, []).append(meeting.starts_at.astimezone(zone).date())
    registers = uow.attendance.registered_in(
        council.id, start, until, kinds=frozenset({MeetingKind.STORMOTE})
    )
    return YearReport(
        council_id=council.id,
        council=council.name,
        lang=council.language,
        year=year,
        audience=audience,
        made_at=now,
        today=now.astimezone(zone).date(),
        required=council.meetings_per_year,
        held={kind: tuple(days) for kind, days in held.items()},
        ahead=tuple(
            m.starts_at.astimezone(zone).date()
            for m in meetings
            if m.kind == MeetingKind.STORMOTE and m.starts_at > now
        ),
        points=_raised(
            uow.year_records.points_since(council.id, start, audience=audience), end, unit, zone
        ),
        actions=_actions(
            uow.year_records.actions_made(council.id, start, end, audience=audience),
            now.astimezone(zone).date(),
            zone,
        ),
        registered=tuple(m.starts_at.astimezone(zone).date() for m, _ in registers),
        attendance=_attendance(council, members, registers),
        agenda=tuple(
            _agenda_share(uow, council, m, unit, zone)
            for m in meetings
            if m.kind == MeetingKind.STORMOTE and m.starts_at <= now
        ),
        activities=tuple(
            (i.title, ActivityState(i.state or ActivityState.PLANNED))
            for i in in_year_order(council, uow.yearly.for_council(council.id))
            if i.activity
        ),
        evaluations=_evaluations(
            uow, [m for m in meetings if m.starts_at <= now and audience.sees(m.kind)], zone
        ),
        groups=tuple(
            GroupYear(
                g.name,
                g.created_at.astimezone(zone).date(),
                g.ends_on,
                g.closed_at.astimezone(zone).date() if g.closed_at else None,
                g.outcome,
            )
            for g in uow.working_groups.for_council(council.id)
            if g.created_at < until and (g.closed_at is None or g.closed_at >= start)
        ),
        goals=_goals(uow, council, year),
    )


def _goals(uow: UnitOfWork, council: Council, year: CycleYear) -> tuple[GoalEvaluation, ...]:
    """Each round of the council's own evaluation opened in the year that anyone answered:
    every goal it asked about, with its counts (a goal removed since keeps its words)."""
    rounds = uow.goals.rounds_between(council.id, year.first, year.after)
    ids = [r.id for r in rounds]
    answered = uow.goals.respondents(ids)
    counts: dict[tuple[int, int], dict[int, int]] = {}
    for tally in uow.goals.tallies(ids):
        counts.setdefault((tally.round_id, tally.goal_id), {})[tally.choice] = tally.count
    titles = uow.goals.goals_by_ids({goal_id for _, goal_id in counts})
    return tuple(
        GoalEvaluation(
            r.opened_on,
            answered[r.id],
            tuple(
                (titles[goal_id].title, tuple(n.get(c, 0) for c in range(1, GOAL_CHOICES + 1)))
                for (round_id, goal_id), n in sorted(counts.items())
                if round_id == r.id
            ),
        )
        for r in rounds
        if answered.get(r.id)
    )


def _evaluations(
    uow: UnitOfWork, meetings: list[Meeting], zone: ZoneInfo
) -> tuple[MeetingEvaluation, ...]:
    """Each meeting's evaluation that anyone answered, in time order."""
    ids = [m.id for m in meetings]
    answered = uow.evaluations.respondents(ids)
    counts: dict[int, dict[tuple[int, int], int]] = {}
    for tally in uow.evaluations.tallies(ids):
        counts.setdefault(tally.meeting_id, {})[(tally.question, tally.choice)] = tally.count
    return tuple(
        MeetingEvaluation(
            m.starts_at.astimezone(zone).date(),
            answered[m.id],
            tuple(
                tuple(counts[m.id].get((q, c), 0) for c in range(1, CHOICES + 1))
                for q in range(1, QUESTIONS + 1)
            ),
        )
        for m in meetings
        if answered.get(m.id)
    )


def side_of(point: AgendaPoint, unit: set[int]) -> Side:
    if point.forening_id is not None:
        return Side.ASSOCIATIONS
    if point.submitter_id in unit:
        return Side.UNIT
    return Side.OTHERS


def _raised(
    points: list[AgendaPoint], end: datetime, unit: set[int], zone: ZoneInfo
) -> tuple[RaisedPoint, ...]:
    """The points first raised in the year, each with the outcome of its last copy."""
    copies = {p.carried_from_id: p for p in points if p.carried_from_id is not None}

    def last(point: AgendaPoint) -> AgendaPoint:
        while point.status == PointStatus.MOVED and point.id in copies:
            point = copies[point.id]
        return point

    raised = []
    for point in points:
        if point.carried_from_id is not None or point.created_at >= end:
            continue
        final = last(point)
        outcome = OUTCOMES[final.status]
        raised.append(
            RaisedPoint(
                title=point.title,
                kind=point.meeting_kind,
                side=side_of(point, unit),
                outcome=outcome,
                reason=final.outcome if outcome in (Outcome.REJECTED, Outcome.SENT_ON) else None,
                raised_on=point.created_at.astimezone(zone).date(),
                sent_to=final.sent_to,
            )
        )
    return tuple(raised)


def _actions(items: Iterable[ActionItem], today: date, zone: ZoneInfo) -> Actions:
    made = done = late = still = overdue = 0
    for item in items:
        made += 1
        if item.status == ActionStatus.DONE:
            done += 1
            closed = item.closed_at.astimezone(zone).date() if item.closed_at else today
            late += item.due_on is not None and closed > item.due_on
        else:
            still += 1
            overdue += item.due_on is not None and item.due_on < today
    return Actions(made, done, late, still, overdue)


def _attendance(
    council: Council, members: Memberships, registers: list[tuple[Meeting, list[Attendance]]]
) -> tuple[ForeningAttendance, ...]:
    """People present for each förening at each registered stormöte: every förening that
    held a seat in the year, also at the meetings nobody came from it."""
    names = sorted(
        {r.forening.name for r in members.by_council[council.id] if r.forening is not None},
        key=str.casefold,
    )
    present: dict[str, list[int]] = {name: [0] * len(registers) for name in names}
    for i, (meeting, rows) in enumerate(registers):
        at = members.at(council.id, meeting.starts_at)
        for row in rows:
            member = at.get(row.person_id)
            if row.presence in ATTENDED and member is not None and member.forening is not None:
                present.setdefault(member.forening.name, [0] * len(registers))[i] += 1
    return tuple(ForeningAttendance(name, tuple(n)) for name, n in present.items())


def _agenda_share(
    uow: UnitOfWork, council: Council, meeting: Meeting, unit: set[int], zone: ZoneInfo
) -> AgendaShare:
    """A stormöte's agenda: its standing points (as the council has them now: they are not
    kept per meeting) and the points on it that were not withdrawn."""
    standing = [s.title for s in uow.standing.for_council(council.id, MeetingKind.STORMOTE)]
    informing = fold(plain("standing.unit_info", council.language))
    points = [p for p in uow.points.for_meeting(meeting.id) if p.status != PointStatus.WITHDRAWN]
    return AgendaShare(
        day=meeting.starts_at.astimezone(zone).date(),
        items=len(standing) + len(points),
        unit_items=sum(fold(title) == informing for title in standing)
        + sum(side_of(p, unit) == Side.UNIT for p in points),
    )


class YearReportService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def for_officer(
        self,
        *,
        who: Account,
        where: Conversation,
        year: int | None,
        now: datetime,
        compose: Compose[tuple[YearReport, int]] = nothing,
    ) -> YearReport:
        """The report for the chair or the secretary, in the version they may read; the
        messages `compose` makes of it (the file to their DM) are queued with the request
        in the chair's audit log."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.YEAR_REPORT, now=now)
            report = year_report(uow, council, _year(council, year, now), audience_of(viewer), now)
            assert viewer.person_id is not None  # an officer is someone
            uow.events.append(
                "council.year_report",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"year": report.year.label},
            )
            queue(uow, compose((report, viewer.person_id)), now)
            uow.commit()
            return report

    def for_member(
        self, *, person_id: int, council_id: int, year: int | None, now: datetime
    ) -> YearReport:
        """The report as a member reads it on the member page (the unit's people: without
        the förmöten)."""
        with self._uow() as uow:
            council, viewer = authorized_person(
                uow, person_id, council_id, Action.SEE_MINUTES, now=now
            )
            return year_report(uow, council, _year(council, year, now), audience_of(viewer), now)


def _year(council: Council, year: int | None, now: datetime) -> CycleYear:
    """The year asked for (the one beginning in `year`), or the one under way."""
    under_way = current_year(council, now)
    if year is None:
        return under_way
    asked = CycleYear(year, council.year_start_month)
    if asked > under_way:
        raise UserError("brukarrad.report.future_year", year=asked.label)
    return asked
