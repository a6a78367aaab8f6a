"""The ports: the only ways the domain touches the world (Architecture Patterns with Python).

The unit of work (a transaction and the repositories bound to it), the `Directory` (who an
account or a conversation is), the `Messenger` (delivering one outbox message), the `Mailer`
(whether email is on, and from which address) and the `Clock` (only the runtime edge reads
it: the domain is given `now`). The domain is typed against these protocols; the adapters
(adapters/storage/, adapters/mail/smtp.py, the chat adapter's delivery) implement them, and
the unit tests use fakes of our own (tests/fakes). Each repository protocol names the methods
the domain calls.

Entities are the storage models (adapters.storage.models): plain objects that need no session, so a
fake can hold them as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from adapters.storage.models import (
        ActionItem,
        AgendaPoint,
        Attendance,
        Council,
        CouncilAgreement,
        CouncilKallelse,
        Document,
        EvaluationTally,
        Event,
        FeeClaim,
        FeeProfile,
        FeeReceipt,
        Forening,
        GlossaryTerm,
        GoalRound,
        GoalTally,
        InfluenceGoal,
        KallelseTexts,
        Meeting,
        MeetingGuest,
        MeetingKallelse,
        MemberLink,
        Membership,
        Minutes,
        OutboxMessage,
        PayRecord,
        Person,
        ReminderPreference,
        StandingPoint,
        SubstituteRequest,
        Vacancy,
        WorkingGroup,
        WorkingGroupMember,
        Workspace,
        YearlyItem,
    )
    from bot.core.audience import Audience
    from bot.core.identity import Account, Conversation
    from bot.core.ports.messenger import Delivered, Outbound
    from bot.core.vocabulary import MeetingKind, PointStatus, Role


class Conflict(Exception):
    """A write that another request got in first: a unique key (one point per chat message,
    one ersättare per absent member) was taken."""


@dataclass(frozen=True)
class MemberRow:
    """One role of an active member, with the person and their förening."""

    membership: Membership
    person: Person
    forening: Forening | None


class PointRow(NamedTuple):
    """An agenda point as it is shown, with its submitter's account and name and its
    förening: a whole agenda in one query of plain values, no mapped object per point (a
    tuple: made from a row twenty times faster than a frozen dataclass)."""

    id: int
    meeting_id: int | None
    title: str
    description: str | None
    status: PointStatus
    late: bool
    under_ovriga: bool
    outcome: str | None
    presents_self: bool
    source_link: str | None
    attachment_link: str | None
    attachment_kind: str | None
    carried_from_id: int | None
    submitter_user_id: str | None
    submitter_name: str | None
    forening: str | None


class ClaimRecord(NamedTuple):
    """A confirmed claim as the payer's report reads it: plain values, not a mapped object
    for each of the thousands a year of claims holds. What was stated and the figures are
    their JSON as stored: a year's claims repeat a few distinct ones, each read once."""

    person_id: int
    day: date
    stated: str
    figures: str
    approved_at: datetime | None
    approved_by: int | None


class RegisterEntry(NamedTuple):
    """Who is in a meeting's register, and how (present, remote, absent, not yet)."""

    meeting_id: int
    person_id: int
    presence: str | None


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """A line of a meeting's register as the fees read it: plain values from one query, not
    a mapped object built for each of the thousands a year of meetings holds."""

    meeting_id: int
    person_id: int
    presence: str | None
    arrived_at: datetime | None
    left_at: datetime | None
    read_documents_at: datetime | None
    reading_minutes: int | None


@dataclass(frozen=True, slots=True)
class HeldRow:
    """A meeting as the fees' day rules read it."""

    id: int
    council_id: int
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime | None
    fee_terms: dict[str, Any] | None = None  # its own fee terms (bot.fees.terms), if any


@dataclass(frozen=True)
class Writing:
    """What writing a minutes line from a conversation reads, in one look
    (MinutesRecords.writing): the council, who writes with the memberships they hold there,
    the council's latest meetings started by a time, and each one's minutes row and head."""

    council: Council
    person: Person | None
    held: list[Membership]
    meetings: list[Meeting]  # as Registers.started_by(council, until, limit=limit)
    complete: bool  # fewer than the limit: every planned meeting started by then is here
    minutes: dict[int, Minutes]  # by meeting id, those that have a row
    heads: dict[int, list[Event]]  # by meeting id: the last event of each kind asked, in order


class TimingSettings(NamedTuple):
    """The council settings that place its meetings' reminders in time."""

    agenda_deadline_days: int
    min_notice_days: int
    minutes_due_days: int
    custom_days: bool  # the council chose its own reminder days (reminder_days is set)


class MeetingSpan(NamedTuple):
    """Meetings starting in [start, end) in the councils with these settings (and this
    time zone, when given)."""

    settings: TimingSettings
    start: datetime
    end: datetime
    timezone: str | None = None


class Passes(NamedTuple):
    last_at: datetime | None  # the sweep's last pass
    full_at: datetime | None  # its last pass over everything
    event_id: int | None  # the last event in the log when it passed


class Changes(NamedTuple):
    """What the events since a pass name: their councils, and the people acting outside
    any council (a person's own reminder preferences)."""

    last_id: int | None
    councils: set[int]
    actors: set[int]


class Councils(Protocol):
    """Councils (`uow.councils`)."""

    def add(self, council: Council) -> Council: ...

    def get(self, council_id: int) -> Council | None: ...

    def by_ids(self, council_ids: list[int]) -> list[Council]: ...


class People(Protocol):
    """People (`uow.people`), found by id; an account's person is the Directory's."""

    def get(self, person_id: int) -> Person | None: ...

    def by_ids(self, person_ids: Collection[int], *, accounts: bool = False) -> dict[int, Person]:
        """The people with these ids, in one query (for lists naming many people); with
        `accounts`, their accounts too (in one more)."""

    def deactivated(self, person_ids: Collection[int]) -> set[int]:
        """Those of the people whose chat account its platform deactivated."""

    def with_email(self, address: str) -> Person | None:
        """The person (not erased) who has this email address, whatever its case; the first
        one if several do."""

    def add(self, person: Person) -> Person:
        """A new person (with no account: reached by email), with its id."""

    def ensure(self, who: Account, display_name: str, *, now: datetime) -> Person:
        """The person of an account, created with it on first sight; the name follows the
        platform's."""


class Foreningar(Protocol):
    """The associations of a workspace (`uow.foreningar`)."""

    def get(self, forening_id: int) -> Forening | None: ...

    def by_ids(self, forening_ids: Collection[int]) -> dict[int, Forening]: ...

    def in_team(self, workspace: str) -> list[Forening]: ...

    def ensure(self, workspace: str, name: str) -> Forening: ...


class Memberships(Protocol):
    """Who holds which role in which council, and when (`uow.memberships`)."""

    def add(self, membership: Membership) -> Membership: ...

    def active(self, council_id: int, *, now: datetime) -> list[MemberRow]: ...

    def active_in(self, council_ids: list[int], *, now: datetime) -> list[MemberRow]:
        """The active members of several councils in one query, by council, then name."""

    def during(self, council_ids: list[int], start: datetime, end: datetime) -> list[MemberRow]:
        """The memberships of the councils held at some instant of [start, end)."""

    def roles_of(self, council_id: int, person_id: int, *, now: datetime) -> list[Membership]: ...

    def roles_in(
        self, pairs: Collection[tuple[int, int]], *, now: datetime
    ) -> dict[tuple[int, int], list[Membership]]:
        """`roles_of` for many (council id, person id) pairs in one query; a pair holding no
        role is missing."""

    def holders(
        self, council_id: int, roles: frozenset[Role], *, now: datetime
    ) -> list[Person]: ...

    def council_ids_of_all(self, person_ids: list[int], *, now: datetime) -> list[int]:
        """The councils any of these people is a member of."""

    def council_ids_of(self, person_id: int, *, now: datetime) -> list[int]: ...

    def council_ids_during(self, person_id: int, start: datetime, end: datetime) -> list[int]:
        """The councils the person was a member of at some time in [start, end]: those they
        have left too."""

    def council_ids_by_person(
        self, person_ids: list[int], *, now: datetime
    ) -> dict[int, list[int]]:
        """The councils each of these people is a member of, by person (none: left out)."""


class Events(Protocol):
    """The event log: what happened, by whom, in order (`uow.events`)."""

    def append(
        self,
        kind: str,
        *,
        at: datetime,
        council_id: int | None = None,
        meeting_id: int | None = None,
        actor_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> Event: ...

    def for_meeting(self, meeting_id: int, *, prefix: str) -> list[Event]:
        """A meeting's events whose kind starts with `prefix` (e.g. "minutes."), in order."""

    def of_kinds(self, meeting_id: int, kinds: Collection[str]) -> list[Event]:
        """A meeting's events of these kinds, in order."""

    def latest(self, council_id: int, kinds: Iterable[str], *, limit: int) -> list[Event]:
        """The council's newest events of these kinds, newest first (the audit log)."""


class Meetings(Protocol):
    """Meetings (`uow.meetings`)."""

    def add(self, meeting: Meeting) -> Meeting: ...

    def get(self, council_id: int, meeting_id: int) -> Meeting | None: ...

    def by_ids(self, meeting_ids: Collection[int]) -> dict[int, Meeting]:
        """The meetings with these ids, whichever council's, in one query."""

    def upcoming(
        self, council_id: int, *, now: datetime, kinds: frozenset[MeetingKind] | None = None
    ) -> list[Meeting]: ...

    def summoned(self, council_id: int, *, now: datetime) -> list[Meeting]:
        """The council's planned meetings whose kallelse has gone out and that may not be over
        at `now` (one without an end lasts until the local midnight after its start, within
        two days in any zone), the latest kallelse first."""

    def next_stormote_after(self, council_id: int, when: datetime) -> Meeting | None: ...

    def of_working_group(self, group_id: int) -> list[Meeting]:
        """A working group's meetings, cancelled ones too, the earliest first."""
        ...

    def last_stormote_before(self, council_id: int, when: datetime) -> Meeting | None:
        """The council's planned stormöte that starts latest before `when`."""

    def count_stormoten_in_year(
        self, council_id: int, year_start: datetime, year_end: datetime
    ) -> int: ...


class MinutesRecords(Protocol):
    """The minutes' state per meeting (`uow.minutes`); their lines are events."""

    def for_meeting(self, meeting_id: int) -> Minutes | None: ...

    def with_events(
        self, meeting_id: int, kinds: Collection[str]
    ) -> tuple[Minutes | None, list[Event]]:
        """`for_meeting` and the last of the meeting's events of each of these kinds, in
        order, in one look: what a minutes line in a thread reads (bot.minutes.record.HEAD)."""

    def writing(
        self,
        where: Conversation,
        who: Account,
        *,
        now: datetime,
        until: datetime,
        limit: int,
        kinds: Sequence[str],
    ) -> Writing | None:
        """The conversation's council (None: none), `who` as the council records them
        (Directory.person_in at `now`), its planned meetings started by `until` (the latest
        `limit`, as Registers.started_by), and for each its minutes row and the last event of
        each of `kinds`: all a minutes line reads, in one statement however long the log."""

    def in_thread(
        self,
        conversation: str,
        thread_ts: str,
        who: Account,
        *,
        now: datetime,
        kinds: Sequence[str],
    ) -> Writing | None:
        """`writing` for a line in a thread (None: the thread is no minutes'): the meeting
        whose minutes are written there (meeting_for_thread) and its council, who writes,
        its minutes row and head, in one statement."""

    def ensure(self, meeting_id: int, *, now: datetime) -> Minutes: ...

    def claim(self, meeting_id: int) -> Minutes | None:
        """The row, locked until commit: status changes (the last approval locks the
        minutes) are decided one at a time. An UPDATE takes the write lock on SQLite too."""

    def in_justering(self, council_id: int) -> list[int]:
        """The council's meetings whose minutes are with the justerare."""

    def awaiting_justering(self, meeting_ids: list[int]) -> dict[int, frozenset[int]]:
        """Meetings whose minutes are with the justerare: who has yet to approve the
        version sent (those it was sent to, as its frozen facts name them)."""

    def meeting_for_thread(self, conversation: str, thread_ts: str) -> Meeting | None:
        """The meeting whose lines are written in this thread: the one the bot started for
        the minutes, or the kallelse's in the council channel."""


class Points(Protocol):
    """Agenda points (`uow.points`)."""

    def add(self, point: AgendaPoint) -> AgendaPoint: ...

    def get(self, council_id: int, point_id: int, *, audience: Audience) -> AgendaPoint | None:
        """The point, if it is the council's and the audience may read it."""

    def copy_of(self, council_id: int, point_id: int, *, audience: Audience) -> AgendaPoint | None:
        """The copy a moved point left on its new meeting (or waiting for one), if the audience
        may read it; by council first, whose index keeps this a small scan."""

    def by_source(self, source_key: str) -> AgendaPoint | None: ...

    def for_meeting(self, meeting_id: int) -> list[AgendaPoint]: ...

    def shown_for_meeting(self, meeting_id: int) -> list[PointRow]:
        """The meeting's points as shown, in order, in one query."""

    def sent_by(
        self, council_id: int, person_id: int, *, audience: Audience, limit: int
    ) -> list[AgendaPoint]:
        """A person's latest points in one council that the audience may read, newest first."""

    def awaiting_answer(self, council_id: int, *, audience: Audience) -> list[AgendaPoint]:
        """The council's points sent on whose answer is not recorded, the audience may read,
        the earliest asked-for answer first."""

    def answers_overdue(self, by: date) -> list[AgendaPoint]:
        """Every council's points sent on, unanswered, whose answer was asked for by `by`."""

    def waiting(self, council_id: int, *, kind: MeetingKind) -> list[AgendaPoint]:
        """Points waiting for the next meeting of a kind to be planned."""

    def next_position(self, meeting_id: int | None) -> int: ...


class StandingPoints(Protocol):
    """Standing agenda points per council and kind of meeting (`uow.standing`)."""

    def for_council(self, council_id: int, kind: MeetingKind) -> list[StandingPoint]:
        """The standing points of the council's meetings of one kind, in order."""

    def add(self, standing: StandingPoint) -> StandingPoint: ...

    def delete(self, standing: StandingPoint) -> None: ...


class YearlyItems(Protocol):
    """The items of each council's årshjul (`uow.yearly`)."""

    def for_council(self, council_id: int) -> list[YearlyItem]:
        """In the calendar's order of months, then as added."""

    def add(self, item: YearlyItem) -> YearlyItem: ...

    def delete(self, item: YearlyItem) -> None: ...

    def evaluations(self) -> list[YearlyItem]:
        """Every council's item for its own evaluation of its goals."""


class Evaluations(Protocol):
    """The evaluation after each meeting (`uow.evaluations`): its answers only as counts,
    and apart who has answered which question, never what."""

    def open(self, meeting_id: int, questions: int, choices: int) -> None:
        """Every answer's count at nought, once."""

    def answered(self, meeting_id: int, person_id: int) -> set[int]:
        """The questions the person has answered after the meeting."""

    def record(self, meeting_id: int, person_id: int, question: int, choice: int) -> None:
        """Count the answer and note that the person gave one (Conflict: they had)."""

    def tallies(self, meeting_ids: Collection[int]) -> list[EvaluationTally]: ...

    def respondents(self, meeting_ids: Collection[int]) -> dict[int, int]:
        """How many people answered anything after each meeting."""


class Goals(Protocol):
    """The council's own goals for influence and their yearly evaluation (`uow.goals`): the
    answers only as counts, and apart who has answered about which goal, never what."""

    def current(self, council_id: int) -> list[InfluenceGoal]:
        """The goals not removed, as added."""

    def add(self, goal: InfluenceGoal) -> InfluenceGoal: ...

    def round_of(self, council_id: int, year: int) -> GoalRound | None: ...

    def get_round(self, round_id: int) -> GoalRound | None: ...

    def open_round(
        self, council_id: int, opened_on: date, goal_ids: Collection[int], choices: int
    ) -> GoalRound:
        """The year's round, every goal's answers counted at nought."""

    def rounds_between(self, council_id: int, first: date, after: date) -> list[GoalRound]: ...

    def round_goals(self, round_id: int) -> list[InfluenceGoal]:
        """The goals asked about in the round, as added."""

    def answered(self, round_id: int, person_id: int) -> set[int]:
        """The goals the person has answered about in the round."""

    def record(self, round_id: int, goal_id: int, person_id: int, choice: int) -> None:
        """Count the answer and note that the person gave one (Conflict: they had)."""

    def tallies(self, round_ids: Collection[int]) -> list[GoalTally]: ...

    def respondents(self, round_ids: Collection[int]) -> dict[int, int]:
        """How many people answered about any goal in each round."""

    def goals_by_ids(self, ids: Collection[int]) -> dict[int, InfluenceGoal]: ...


class ActionItems(Protocol):
    """Action items from the minutes (`uow.actions`)."""

    def add(self, item: ActionItem) -> ActionItem: ...

    def open_for_council(self, council_id: int, *, audience: Audience) -> list[ActionItem]: ...

    def get(self, council_id: int, item_id: int, *, audience: Audience) -> ActionItem | None: ...

    def open_for_owner(
        self, council_id: int, person_id: int, *, audience: Audience
    ) -> list[ActionItem]: ...


class Reminders(Protocol):
    """What the reminder sweep reads, and reminder preferences (`uow.reminders`)."""

    def timing_settings(self) -> list[TimingSettings]:
        """The distinct TimingSettings of the councils: a few, as most keep the defaults."""

    def timezones(self) -> list[str]: ...

    def planned_meetings(
        self, spans: Sequence[MeetingSpan], *, councils: Sequence[int] | None = None
    ) -> list[Meeting]:
        """Planned (not cancelled) meetings in a span, of `councils` when given."""

    def councils_near(self, spans: Sequence[MeetingSpan], first: date, last: date) -> list[int]:
        """The councils with a planned meeting in a span or an open item with an owner due
        on a day in [first, last], ascending: their ids only, whatever their number."""

    def planned_moving(
        self, starting: tuple[datetime, datetime], kallelse_sent: tuple[datetime, datetime]
    ) -> list[Meeting]:
        """Planned meetings, of any council, starting in [start, end) of `starting` or whose
        kallelse went out in that of `kallelse_sent`."""

    def attendance(self, meeting_ids: list[int]) -> list[Attendance]: ...

    def open_actions_due(
        self, first: date, last: date, *, councils: Sequence[int] | None = None
    ) -> list[tuple[ActionItem, MeetingKind | None]]:
        """Open items with an owner, due on a day in [first, last] (of `councils` when given),
        with the kind of meeting whose minutes made them (who may be reminded of it depends
        on it)."""

    def preferences(self, person_ids: set[int]) -> dict[int, ReminderPreference]: ...

    def preferring_from(self, hours: set[int]) -> list[int]:
        """The people whose reminders may arrive from one of these local hours on."""

    def passes(self) -> Passes: ...

    def changes_since(self, event_id: int | None) -> Changes:
        """The events after `event_id` (every event when None)."""

    def latest_event_id(self) -> int | None: ...

    def record_pass(self, now: datetime, *, full: bool, event_id: int | None) -> None:
        """The sweep passed at `now`, having seen the events up to `event_id` (never moved
        back by a slower concurrent sweep)."""

    def preference(self, person_id: int) -> ReminderPreference | None: ...

    def save_preference(self, preference: ReminderPreference) -> ReminderPreference: ...


class Outbox(Protocol):
    """The outbox: one row per message per recipient (`uow.outbox`)."""

    def existing_keys(self, keys: list[str]) -> set[str]: ...

    def by_keys(self, keys: list[str]) -> dict[str, OutboxMessage]:
        """The messages with these keys, by key (a key never queued is missing)."""

    def add_new(self, rows: list[dict[str, Any]]) -> int:
        """Insert the rows whose key is new; a concurrent sweep's rows are skipped, not errors."""

    def claim(
        self,
        worker: str,
        *,
        at: datetime,
        stale_before: datetime,
        limit: int,
        keys: Sequence[str] | None = None,
    ) -> list[OutboxMessage]:
        """Mark up to `limit` rows as ours and return them: pending rows that are due, and
        rows whose claimer went quiet before `stale_before` (it may have crashed); only those
        with one of `keys` when given.

        One UPDATE picks and marks, so two workers never get the same row: on PostgreSQL the
        pick locks with SKIP LOCKED; SQLite lets one writer at a time run the statement. The
        pick reads the partial index of unfinished rows (OUTBOX_UNFINISHED)."""

    def prune(self, *, expired_before: datetime) -> int:
        """Forget sent, failed and dropped rows that expired before `expired_before` (rows
        without an end are kept)."""
        ...

    def finish(self, worker: str, outcomes: Mapping[int, Mapping[str, Any]]) -> set[int]:
        """Record the outcomes of our claims (the columns to set, by row id), at once; returns
        the ids recorded: not a row another worker has taken over meanwhile."""

    def oldest_due(self, now: datetime) -> datetime | None:
        """When the longest-waiting message not yet sent was due (pending and due by `now`,
        or being sent); None when none waits."""

    def failed_of(self, person_id: int, prefix: str) -> list[OutboxMessage]:
        """The person's messages under keys beginning with `prefix` that failed."""


class Registers(Protocol):
    """Attendance registers (`uow.attendance`)."""

    def get(self, meeting_id: int, person_id: int) -> Attendance | None: ...

    def ensure(self, meeting_id: int, person_id: int) -> Attendance: ...

    def for_meeting(self, meeting_id: int) -> list[Attendance]: ...

    def held_between(
        self, start: datetime, end: datetime, council_id: int | None = None
    ) -> list[HeldRow]:
        """Every council's (or one council's) planned meetings starting in [start, end), in
        time order."""

    def registers(self, meeting_ids: list[int]) -> list[RegisterEntry]:
        """The registers of the meetings in one query, by meeting."""

    def meeting(self, meeting_id: int) -> tuple[Meeting, Council] | None:
        """A meeting and its council by id alone (a button carries only the id)."""

    def started_by(self, council_id: int, when: datetime, *, limit: int) -> list[Meeting]:
        """The council's latest planned meetings starting at or before `when`, latest first."""

    def replacement_for(self, meeting_id: int, absent_person_id: int) -> Attendance | None: ...

    def apologies_for_meetings_before(
        self, until: datetime, *, now: datetime
    ) -> list[tuple[Attendance, Meeting]]:
        """Apologies for planned meetings starting after now and before until."""

    def attended(
        self, workspace: str, person_ids: list[int], start: datetime, end: datetime
    ) -> list[tuple[RegisterRow, HeldRow]]:
        """Who took part in which meeting of any council of the team in [start, end), in
        one query."""

    def attended_in(
        self, council_ids: list[int], person_ids: list[int], start: datetime, end: datetime
    ) -> list[tuple[RegisterRow, HeldRow]]:
        """The same in the councils given."""

    def registered_in(
        self, council_id: int, start: datetime, end: datetime, *, kinds: frozenset[MeetingKind]
    ) -> list[tuple[Meeting, list[Attendance]]]:
        """The council's meetings in [start, end) whose register has been taken, with it."""

    def council_meetings(self, council_id: int, start: datetime, end: datetime) -> list[Meeting]:
        """Planned meetings of the council starting in [start, end), in time order."""


class SubstituteRequests(Protocol):
    """Ersättare asked to take an absent member's place (`uow.substitutes`)."""

    def add(self, request: SubstituteRequest) -> SubstituteRequest: ...

    def get(self, request_id: int) -> SubstituteRequest | None: ...

    def for_absence(self, meeting_id: int, absent_person_id: int) -> list[SubstituteRequest]: ...

    def open_for(self, meeting_id: int, substitute_person_id: int) -> list[SubstituteRequest]:
        """What the substitute has been asked at the meeting and not answered yet."""


class FeeProfiles(Protocol):
    """People's own fee data: pay, shifts, travel, and the claims they confirmed
    (`uow.fee_profiles`)."""

    def get(self, person_id: int) -> FeeProfile | None: ...

    def add(self, profile: FeeProfile) -> FeeProfile: ...

    def delete(self, profile: FeeProfile) -> None: ...

    def for_persons(self, person_ids: list[int]) -> dict[int, FeeProfile]: ...

    def pay_for(self, person_ids: list[int]) -> dict[int, list[PayRecord]]:
        """Each person's pay as stated over time, oldest first, in one query."""

    def add_pay(self, record: PayRecord) -> PayRecord: ...

    def delete_pay(self, person_id: int) -> bool:
        """Every pay record of the person; whether there was any."""

    def claims_of(
        self, person_id: int, council_ids: list[int], start: date, end: date
    ) -> list[FeeClaim]:
        """The person's confirmed claims in the councils for days in [start, end)."""

    def claims_in(self, council_id: int, start: date, end: date) -> list[FeeClaim]:
        """Everyone's confirmed claims in the council for days in [start, end)."""

    def claim_records_in(self, council_id: int, start: date, end: date) -> list[ClaimRecord]:
        """The same as plain values, by day and person, to read (not to change)."""

    def add_claim(self, claim: FeeClaim) -> FeeClaim: ...

    def delete_claims(self, person_id: int) -> bool:
        """Every claim of the person; whether there was any."""

    def add_receipt(self, receipt: FeeReceipt) -> FeeReceipt: ...

    def receipt(self, receipt_id: int) -> FeeReceipt | None:
        """A receipt with its bytes."""

    def receipt_from(self, source: str) -> FeeReceipt | None:
        """The receipt that came from `source` (a chat's file, a mail's part), if any."""

    def receipts_of(
        self, person_id: int, council_ids: list[int], start: date, end: date
    ) -> list[FeeReceipt]:
        """The person's receipts for days in [start, end) in the councils (bytes not read),
        by day, council and age."""

    def delete_receipts(self, receipt_ids: list[int]) -> None: ...

    def delete_receipts_of(self, person_id: int) -> bool:
        """Every receipt of the person; whether there was any."""


class KallelseRecords(Protocol):
    """The kallelse's texts, documents and glossary, and its sending (`uow.kallelse`)."""

    def council_texts(self, council_id: int, kind: MeetingKind) -> CouncilKallelse | None: ...

    def meeting_texts(self, meeting_id: int) -> MeetingKallelse | None: ...

    def ensure_texts(
        self, *, council_id: int, meeting_id: int | None, kind: MeetingKind
    ) -> KallelseTexts:
        """The meeting's row when a meeting is given, else the council's for meetings of the
        kind; created if missing (by another request at the same moment, too)."""

    def add_document(self, document: Document) -> Document: ...

    def add_guest(self, guest: MeetingGuest) -> MeetingGuest: ...

    def guests(self, meeting_id: int) -> list[Person]:
        """The meeting's guests, in the order invited."""
        ...

    def guests_of(self, meeting_ids: Collection[int]) -> set[tuple[int, int]]:
        """(meeting id, person id) of each guest of these meetings, in one query."""
        ...

    def documents(self, meeting_id: int) -> list[Document]: ...

    def glossary(self, council_id: int) -> list[GlossaryTerm]: ...

    def add_term(self, term: GlossaryTerm) -> GlossaryTerm: ...

    def delete_term(self, term: GlossaryTerm) -> None: ...

    def claim_sending(self, meeting_id: int, now: datetime) -> bool:
        """Mark the kallelse sent, in one statement: True for the one request that did it,
        False for every other (a second press, a retry, another process)."""

    def set_channel_post(self, meeting_id: int, ts: str) -> None: ...


class PrivacyRecords(Protocol):
    """What erasure and retention read and change (`uow.privacy`)."""

    def memberships_of(
        self, person_id: int
    ) -> list[tuple[Membership, Council, Forening | None]]: ...

    def points_of(self, person_id: int) -> list[tuple[AgendaPoint, Council]]: ...

    def attendance_of(self, person_id: int) -> list[tuple[Attendance, Meeting, Council]]: ...

    def guest_of(self, person_id: int) -> list[tuple[MeetingGuest, Meeting, Council]]:
        """The meetings they were invited to as a guest, in time order."""

    def drop_guest_invitations(self, person_id: int) -> None: ...

    def actions_of(self, person_id: int) -> list[tuple[ActionItem, Council]]: ...

    def events_by(self, person_id: int) -> list[Event]: ...

    def lock_person(self, person_id: int) -> Person | None:
        """The person, not yet erased, locked so two erasures of one person run in turn."""

    def end_memberships(self, person_id: int, now: datetime) -> None: ...

    def clear_absence_reasons(self, person_id: int) -> None: ...

    def open_points_of(self, person_id: int, now: datetime) -> list[AgendaPoint]:
        """Their points still waiting for a meeting that has not begun; a point of a meeting
        already held is the minutes' to settle."""

    def release_open_actions(self, person_id: int) -> None:
        """Open items lose their owner: nobody is reminded in their name, and the council
        sees the item needs a new one. Closed items keep them, as the record."""

    def clear_kallelse_roles(self, person_id: int) -> None:
        """A kallelse must not name them as leader or contact any more."""

    def drop_reminders(self, person_id: int) -> None:
        """Their preferences, and every outbox row for them but one being posted right now
        (its payload holds their account and the message)."""

    def minutes_events(self, council_ids: set[int]) -> list[Event]: ...

    def rewrite(self, event: Event, data: dict[str, Any]) -> None:
        """Replace an event's data: only for erasure, never to change what happened."""

    def is_staying(self, person_id: int, now: datetime) -> bool:
        """Whether they hold (or are about to hold) a role somewhere."""

    def departures(self, now: datetime) -> list[tuple[int, int, datetime]]:
        """(person, council's retention months, when they left it) for every council of every
        person not erased who has no membership left anywhere."""


class Workspaces(Protocol):
    """Workspaces the app was removed from, and erasing them (`uow.workspaces`)."""

    def gone(self, workspace_id: str) -> str | None:
        """Why nothing may be sent to the workspace (its uninstall reason), or None."""

    def all_gone(self) -> dict[str, str]:
        """Every removed workspace's reason, by workspace."""

    def mark_gone(self, workspace_id: str, reason: str, *, at: datetime) -> bool:
        """Record the removal; False if it was recorded before (the first one starts the
        retention clock: tokens_revoked and app_uninstalled both come, in either order)."""

    def mark_back(self, workspace_id: str, *, heard_at: datetime | None) -> bool:
        """The workspace is back if it was removed before `heard_at` (None: in any case);
        True if it was."""

    def removed_unerased(self) -> list[Workspace]:
        """Removed workspaces whose data is still here."""

    def mark_erased(self, workspace_id: str, *, at: datetime) -> None: ...

    def people_of(self, workspace_id: str) -> list[Person]:
        """The people with an account in the workspace."""

    def delete_councils(self, workspace_id: str) -> int:
        """Delete the workspace's councils and every row that hangs on them (meetings, points,
        attendance, minutes, outbox, event log …), children first; returns how many councils.

        Found through the schema's foreign keys, so a table added later is included without
        being listed here. People and föreningar are not in it: they are erased apart."""

    def delete_direct_messages(self, workspace_id: str) -> None:
        """The outbox rows to the workspace's people that belong to no council (notices)."""

    def delete_unused_foreningar(self, workspace_id: str) -> None:
        """The workspace's föreningar that no row refers to any more."""


class MemberLinks(Protocol):
    """Personal links to the member page, by their tokens' hashes (`uow.member_links`)."""

    def add(self, link: MemberLink) -> None: ...

    def get(self, link_id: int) -> MemberLink | None: ...

    def by_hash(self, token_hash: str) -> MemberLink | None: ...

    def revoke_all(self, person_id: int, *, at: datetime) -> int:
        """Revoke every link of the person not revoked yet (their sessions end); how many."""
        ...

    def delete_for(self, person_id: int) -> None:
        """Every link of the person (their data erased)."""
        ...

    def prune(self, *, expired_before: datetime) -> int:
        """Delete the links that expired before `expired_before`; how many."""
        ...


class Agreements(Protocol):
    """The versions of each council's written agreement, "Form och funktion"
    (`uow.agreements`)."""

    def add(self, agreement: CouncilAgreement) -> CouncilAgreement: ...

    def current(self, council_id: int) -> CouncilAgreement | None:
        """The council's highest version, if any."""
        ...

    def due_for_review(self, adopted_by: date) -> list[CouncilAgreement]:
        """The current versions adopted on or before `adopted_by`, in one query."""
        ...


class Vacancies(Protocol):
    """Seats left open by representatives who left (`uow.vacancies`)."""

    def add(self, vacancy: Vacancy) -> Vacancy: ...

    def open_in(self, council_id: int) -> list[Vacancy]:
        """The council's open seats, the oldest first."""
        ...

    def open_all(self) -> list[Vacancy]:
        """Every open seat, in one query (the sweep's reminders)."""
        ...

    def by_ids(self, ids: Collection[int]) -> dict[int, Vacancy]: ...


class WorkingGroups(Protocol):
    """The councils' arbetsgrupper and their rosters (`uow.working_groups`)."""

    def add(self, group: WorkingGroup) -> WorkingGroup: ...

    def get(self, council_id: int, group_id: int) -> WorkingGroup | None:
        """The council's group of that number (None: no such group in this council)."""
        ...

    def by_ids(self, ids: Collection[int]) -> dict[int, WorkingGroup]: ...

    def for_council(self, council_id: int) -> list[WorkingGroup]:
        """Every group the council has set up, in the order it did."""
        ...

    def ending_by(self, day: date) -> list[WorkingGroup]:
        """Every council's open groups whose end date is on or before `day` (the sweep)."""
        ...

    def roster(self, group_id: int) -> list[int]:
        """Who is on the group, by person id, in the order they were added."""
        ...

    def rosters(self, group_ids: Collection[int]) -> dict[int, frozenset[int]]:
        """The rosters of many groups in one read (a group with nobody: no entry)."""
        ...

    def add_member(self, member: WorkingGroupMember) -> WorkingGroupMember: ...

    def remove_member(self, group_id: int, person_id: int) -> bool:
        """Off the roster; False when they were not on it."""
        ...

    def of_person(self, person_id: int) -> list[WorkingGroup]:
        """The groups a person is on or convenes (their own data, /minadata)."""
        ...

    def erase_person(self, person_id: int) -> None:
        """A person erased: off every roster, and no more named as convenor, creator or
        closer."""
        ...


class YearRecords(Protocol):
    """What a council's year left behind, for its year report (`uow.year_records`), each
    read for an audience: the unit's reads hold nothing of a förmöte."""

    def points_since(
        self, council_id: int, start: datetime, *, audience: Audience
    ) -> list[AgendaPoint]:
        """The council's points created at or after `start` (copies of moved points too),
        in the order they were made."""
        ...

    def actions_made(
        self, council_id: int, start: datetime, end: datetime, *, audience: Audience
    ) -> list[ActionItem]:
        """The council's action items created in [start, end), open or done."""
        ...


class Directory(Protocol):
    """Who an account or a conversation is in the domain: an adapter's account or conversation
    in (bot.core.identity), a person or a council out (a conversation's id is unique on its
    platform)."""

    def person(self, who: Account) -> Person | None:
        """The person of an account: the one recorded in `workspace`, else in another (an
        account id is one person in every workspace of its platform)."""
        ...

    def council(self, where: Conversation) -> Council | None:
        """The conversation's council, whichever workspace asks."""
        ...

    def council_and_person(
        self, where: Conversation, who: Account, *, now: datetime
    ) -> tuple[Council, Person | None, list[Membership]] | None:
        """`council`, and `person_in` it as the council's workspace records them, in one
        look (None: the conversation is no council's)."""
        ...

    def person_in(
        self, who: Account, council_id: int, *, now: datetime
    ) -> tuple[Person | None, list[Membership]]:
        """`person`, and the memberships they hold in the council at `now` (as
        Memberships.roles_of), in one look: every request asks both."""
        ...


class UnitOfWork(Protocol):
    """One transaction and the repositories bound to it: use as
    `with uow_factory() as uow: ...; uow.commit()`; leaving without commit rolls back."""

    directory: Directory
    councils: Councils
    people: People
    foreningar: Foreningar
    memberships: Memberships
    events: Events
    meetings: Meetings
    minutes: MinutesRecords
    points: Points
    standing: StandingPoints
    actions: ActionItems
    reminders: Reminders
    outbox: Outbox
    attendance: Registers
    substitutes: SubstituteRequests
    fee_profiles: FeeProfiles
    kallelse: KallelseRecords
    privacy: PrivacyRecords
    workspaces: Workspaces
    member_links: MemberLinks
    agreements: Agreements
    year_records: YearRecords
    yearly: YearlyItems
    vacancies: Vacancies
    evaluations: Evaluations
    working_groups: WorkingGroups
    goals: Goals

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None:
        """Undo everything since the transaction began (and keep using it)."""
        ...

    def flush(self) -> None:
        """Write the changes so far, inside the transaction: new rows get their ids, and a
        later query sees them."""
        ...

    def lent(self) -> UnitOfWork:
        """This open unit of work, lent to another service for one part of a bigger change:
        the borrower's commit only flushes, and the lender commits the whole or none of it."""
        ...

    def savepoint(self) -> AbstractContextManager[None]:
        """A part of the transaction undone alone if it raises (the exception goes on)."""
        ...


class Messenger(Protocol):
    """One way of reaching people (a chat platform, email): delivers a claimed outbox
    message to a person or a conversation."""

    name: str  # recorded on the row: the channel it was delivered on

    def deliver(self, message: Outbound) -> Delivered | None:
        """Deliver (or find delivered); None when not delivered and `may_send` is False.
        Raises DeliveryError."""
        ...

    def done(self) -> None:
        """The drain is over: let go of what was held open for it (a connection)."""
        ...


class Mailer(Protocol):
    """Email is on: the domain composes emails (into the outbox) from this address; the
    email Messenger sends them."""

    sender: str  # the From address


class Clock(Protocol):
    """Where `now` comes from: only the runtime edge reads it, the domain is given `now`."""

    def now(self) -> datetime: ...
