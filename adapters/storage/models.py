"""Typed SQLAlchemy 2.0 models: the whole schema, one class a table.

Instants are UTCDateTime (aware, UTC); local dates are computed from the council's zone.
Enum columns store the Swedish value as text (no native enums, so migrations stay simple).

Without `from __future__ import annotations`, unlike the rest of the code: each class's
annotations are then objects already, not strings the mapping evaluates one by one (600 of
them at every start, a quarter of the time this module takes to import). So a class is named
in an annotation only after it is defined.
"""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship
from sqlalchemy.sql.expression import false, text, true

from adapters.slack.ids import SLACK
from adapters.storage.types import UTCDateTime
from bot.core import identity
from bot.core.vocabulary import (
    ActionStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OutboxStatus,
    PointStatus,
    Role,
    SubstituteStatus,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(kind: type[StrEnum]) -> Enum:
    return Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Conversation(Base):
    """Where a council is reached: a Slack channel today, a Teams channel or an email list
    tomorrow. Its id is unique on its platform, so one conversation is one council whichever
    workspace asks: a Slack channel id is unique across an Enterprise Grid org, and a channel
    shared with other workspaces (of the org, or by Slack Connect) keeps its id in each.
    `workspace` is the one it was bound in."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(200))


class Council(Base):
    """A council: it exists on its own and is reached in zero or more conversations.

    `workspace` is the council's own tenancy, the workspace it was created in (its column is
    still `team_id`, a Slack team today): its
    people are recorded there, its föreningar are that workspace's, and the app's removal
    from that workspace stops and erases it (bot.privacy.workspaces). It is not where it is reached:
    a channel shared with other workspaces finds it from each of them (see Conversation).
    """

    __tablename__ = "councils"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace: Mapped[str] = mapped_column("team_id", String(64))
    name: Mapped[str] = mapped_column(String(200))
    agenda_deadline_days: Mapped[int] = mapped_column(Integer, default=7)
    min_notice_days: Mapped[int] = mapped_column(Integer, default=7)
    minutes_due_days: Mapped[int] = mapped_column(Integer, default=14)
    fee_level: Mapped[int] = mapped_column(Integer, default=1)
    # The fee rules (bot/fees/rules.py): whole kronor, durations in minutes; amounts 0 until set.
    fee_half_day: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fee_full_day: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fee_full_day_over_minutes: Mapped[int] = mapped_column(
        Integer, default=240, server_default="240"
    )
    # Monthly amount whose /month_hours caps the lost-income rate; NULL: no cap. The default
    # is a regionråd's monthly fee (seeds/001 L3797–3799; bot.fees.terms.REGIONRAD_MONTHLY).
    fee_income_cap: Mapped[int | None] = mapped_column(Integer, default=74513)
    # What the council's meetings pay (bot.fees.terms): the default's paid parts (NULL: all)
    # and the nämnd's decision reference; per meeting kind {kind: terms}; who pays.
    fee_parts: Mapped[str | None] = mapped_column(String(64), default=None)
    fee_decision: Mapped[str | None] = mapped_column(String(100), default=None)
    fee_kind_terms: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True), default=None
    )
    fee_payer: Mapped[str | None] = mapped_column(String(200), default=None)
    fee_max_day_minutes: Mapped[int] = mapped_column(Integer, default=480, server_default="480")
    fee_month_hours: Mapped[int] = mapped_column(Integer, default=165, server_default="165")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Stockholm")
    language: Mapped[str] = mapped_column(String(8), default="sv")
    # Reminder kind -> days before its date; only the kinds the council changed (NULL: defaults).
    reminder_days: Mapped[dict[str, list[int]] | None] = mapped_column(
        JSON(none_as_null=True), default=None
    )
    # Months after leaving (every council) that a person's data is kept (bot.privacy.retention).
    retention_months: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    # False: the council publishes its minutes without justering (the rules say *eventuell*).
    minutes_justering: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The council's own year (bot.councils.year): the month it begins (the årshjul need not
    # follow the calendar, seeds/001 L1132–1135) and how many stormöten it should hold.
    year_start_month: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    meetings_per_year: Mapped[int] = mapped_column(Integer, default=4, server_default="4")
    # True: a new representative gets the first weeks' messages (bot.councils.onboarding);
    # on for a new council, a council from before migration 0041 keeps what it had.
    onboarding: Mapped[bool] = mapped_column(Boolean, default=True, server_default=false())
    # The links the council gives its new representatives (training such as "Med starkare
    # röst"): [{"url": …, "title": …}] in the order added; NULL: none.
    onboarding_links: Mapped[list[dict[str, str]] | None] = mapped_column(
        JSON(none_as_null=True), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    conversations: Mapped[list[Conversation]] = relationship(
        order_by=Conversation.id, cascade="all, delete-orphan"
    )
    # The id of the conversation it is reached in (the first it was bound to: its Slack
    # channel, or its Teams channel), read with the row by a subquery: no statement and no
    # object more per council, usable in a WHERE.
    conversation: Mapped[str | None] = column_property(
        select(Conversation.external_id)
        .where(Conversation.council_id == id)
        .order_by(Conversation.id)
        .limit(1)
        .correlate_except(Conversation)
        .scalar_subquery()
    )

    def workspace_on(self, platform: str) -> str:
        """Where the council's people on `platform` are recorded: the workspace its
        conversation there was bound in (its own, on the platform it was created on)."""
        bound = (c.workspace for c in self.conversations if c.platform == platform)
        return next(bound, self.workspace)


class Workspace(Base):
    """A Slack workspace (team) the app was removed from: nothing is sent there, and its data
    is erased after a while unless it comes back (bot.privacy.workspaces). No row: installed."""

    __tablename__ = "workspaces"

    workspace: Mapped[str] = mapped_column("team_id", String(64), primary_key=True)
    # When the app was uninstalled or its token revoked; None again once it is back.
    uninstalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # How we learnt it: the event (app_uninstalled, tokens_revoked) or Slack's error.
    uninstall_reason: Mapped[str | None] = mapped_column(String(64), default=None)
    # Set when its councils were erased for having been away too long.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Forening(Base):
    """An association; one per name in a Slack team, shared by the councils there."""

    __tablename__ = "foreningar"
    __table_args__ = (UniqueConstraint("team_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    # Who speaks for the förening about its seats, outliving any one representative: told when
    # a seat is vacant and asked to confirm a new appointee (bot.councils.succession).
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)


class Account(Base):
    """A person's account on a platform: who they are in one workspace (a Slack team, a
    Teams tenant). The person is found by it (adapters.storage.repositories.directory)."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "workspace", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(200), index=True)
    # Set when the platform deactivated it (bot.councils.seats): nothing more is sent to it.
    deactivated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Person(Base):
    """A person, on their own: name, language, contact points, and zero or more accounts."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    # NULL: the language of their councils (bot.councils.service.CouncilService.language_of).
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    # When the address was confirmed by its owner; NULL: as typed, not confirmed.
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # When mail to the address first came back as undeliverable (a bounce): nothing more is
    # sent to it until the person confirms an address again (bot.members.mailbox).
    email_failing_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # A person with a chat account who wants everything by email (at a confirmed address).
    prefers_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    phone: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Set when the person's data was erased (bot.privacy.erase): the row is "f.d. ledamot".
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    accounts: Mapped[list[Account]] = relationship(
        order_by=Account.id, cascade="all, delete-orphan"
    )
    # The id of the account a chat reaches them by (their Slack account's today), read with
    # the row by a subquery: a list of hundreds of members stays one statement with no
    # Account object each.
    chat_account: Mapped[str | None] = column_property(
        select(Account.external_id)
        .where(Account.person_id == id, Account.platform == SLACK)
        .order_by(Account.id)
        .limit(1)
        .correlate_except(Account)
        .scalar_subquery()
    )
    # And its workspace, read the same way (chat_address).
    chat_workspace: Mapped[str | None] = column_property(
        select(Account.workspace)
        .where(Account.person_id == id, Account.platform == SLACK)
        .order_by(Account.id)
        .limit(1)
        .correlate_except(Account)
        .scalar_subquery()
    )

    def account(self, platform: str) -> Account | None:
        """The person's first account on `platform` (the product makes one a platform)."""
        return next((a for a in self.accounts if a.platform == platform), None)

    @property
    def chat_address(self) -> identity.Account | None:
        """The account a chat reaches them by, as the domain names one (to mention them), from
        what the row read: no Account object loaded."""
        if self.chat_account is None:
            return None
        return identity.Account(SLACK, self.chat_workspace or "", self.chat_account)

    @property
    def chat(self) -> Account | None:
        """The account a chat reaches them by (`chat_account`'s, their Slack account today)."""
        return self.account(SLACK)


class MemberLink(Base):
    """A personal link to the member page (bot.members.links): only the token's hash is
    kept. Signing in by it uses it up and makes it the session's record, so revoking it
    ends that session too."""

    __tablename__ = "member_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # When it signed someone in (it signs in once); the session lasts from then.
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Membership(Base):
    """One role of one person in one council; a person holding two roles has two rows."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    forening_id: Mapped[int | None] = mapped_column(ForeignKey("foreningar.id"), default=None)
    active_from: Mapped[datetime] = mapped_column(UTCDateTime)
    active_to: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Set when they left the council's channel (bot.councils.seats): still a member until an officer
    # decides, shown so the seat is not forgotten.
    left_channel_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # When the förening's contact was asked to confirm this appointment; NULL once confirmed,
    # or when there was nobody to ask (bot.councils.succession).
    confirm_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # A representative of the same förening who helps them in (bot.councils.onboarding).
    buddy_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind))
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.PLANNED
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    place: Mapped[str | None] = mapped_column(String(500), default=None)
    # A förmöte belongs to the stormöte it prepares.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), default=None)
    agenda_opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Indexed: a sweep pass looks for the kallelser sent a day before it (bot.reminders.passes).
    kallelse_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    # The kallelse as posted in the council channel: later documents go in its thread.
    kallelse_ts: Mapped[str | None] = mapped_column(String(255), default=None)
    minutes_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Bumped on every change that attendees must hear about (the .ics SEQUENCE).
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # This meeting's own fee terms (bot.fees.terms); NULL: its kind's or the council's.
    fee_terms: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    # An arbetsgrupp's own meeting: its kallelse and roll are the group's roster only.
    working_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id"), index=True, default=None
    )


class AgendaPoint(Base):
    __tablename__ = "agenda_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    # None while the council has no meeting planned: it goes to the next one planned.
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id"), index=True, default=None
    )
    # The kind of meeting it is for, kept while it waits for one: who may read it follows
    # from this (bot.core.audience), and a förmöte point waits only for a förmöte.
    meeting_kind: Mapped[MeetingKind] = mapped_column(
        _enum(MeetingKind), default=MeetingKind.STORMOTE, server_default=MeetingKind.STORMOTE.value
    )
    submitter_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id"), index=True, default=None
    )
    forening_id: Mapped[int | None] = mapped_column(ForeignKey("foreningar.id"), default=None)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[PointStatus] = mapped_column(_enum(PointStatus), default=PointStatus.SUBMITTED)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    standing: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    presents_self: Mapped[bool] = mapped_column(Boolean, default=False)
    # What happened: the outcome when behandlad, the reason when avslagen.
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    # A late point the chair put under övriga frågor rather than on the agenda proper.
    under_ovriga: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # flyttad: the meeting it went to; the copy there points back with carried_from_id.
    moved_to_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), default=None)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_points.id"), default=None
    )
    # Where it came from, unique so a redelivered Slack event cannot make a second point.
    source_key: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    source_link: Mapped[str | None] = mapped_column(String(500), default=None)
    # A file shared with the message the point was written in (a photo of the notice board):
    # its Slack permalink, and whether it is an image ("image") or another file ("file").
    attachment_link: Mapped[str | None] = mapped_column(String(500), default=None)
    attachment_kind: Mapped[str | None] = mapped_column(String(16), default=None)
    # skickad vidare: to whom, by whom, the day an answer is asked for, and when the answer
    # (kept in `outcome`) was recorded; None while it is awaited.
    sent_to: Mapped[str | None] = mapped_column(String(200), default=None)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    answer_by: Mapped[date | None] = mapped_column(Date, default=None)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EvaluationTally(Base):
    """How many chose each answer to one question after one meeting (bot.meetings.evaluation):
    a count only, with no person and no time, so no answer can be traced to who gave it."""

    __tablename__ = "evaluation_tallies"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    question: Mapped[int] = mapped_column(Integer, primary_key=True)
    choice: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationAnswered(Base):
    """That a person has answered a question after a meeting, so they are not asked it again:
    never what they answered (that is only counted, in EvaluationTally), nor when."""

    __tablename__ = "evaluation_answered"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    question: Mapped[int] = mapped_column(Integer, primary_key=True)


class StandingPoint(Base):
    """A point every meeting of one kind has (e.g. övriga frågor), in order: the förmöte
    has its own, since the stormöte's (information från verksamheten, …) do not fit it."""

    __tablename__ = "standing_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    meeting_kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    # "uppfoljning" gathers open actions and moved points; "ovriga" is always last.
    kind: Mapped[str | None] = mapped_column(String(16), default=None)


class YearlyItem(Base):
    """One item of the council's årshjul: what comes back in a month of every year (the
    budget, the verksamhetsplan, the council's own evaluation) or an activity the council
    plans or carries out together (seeds/001 L1126–1142, L2670). It goes on the agenda of
    the first stormöte in or after its month (bot.councils.arshjul)."""

    __tablename__ = "yearly_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    activity: Mapped[bool] = mapped_column(Boolean, default=False)
    # An activity's: planerad, pågår or genomförd (bot.core.vocabulary.ActivityState).
    state: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The council's own evaluation of its goals for influence: in its month every member is
    # asked how well each goal was reached (bot.councils.goals).
    evaluation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class InfluenceGoal(Base):
    """One of the council's own goals for its influence ("konkreta och mätbara mål för
    brukarinflytande", seeds/003 L1288–1290), evaluated by every member once a year
    (bot.councils.goals). Kept when removed, so an earlier year's evaluation still names it."""

    __tablename__ = "influence_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class GoalRound(Base):
    """The council's own evaluation of one year: opened when the month of the årshjul's
    evaluation item begins, at most once a calendar year."""

    __tablename__ = "goal_rounds"
    __table_args__ = (UniqueConstraint("council_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    year: Mapped[int] = mapped_column(Integer)
    opened_on: Mapped[date] = mapped_column(Date)


class GoalTally(Base):
    """How many gave each answer about one goal in one round: a count only, with no person
    and no time (as EvaluationTally). The round's goals are those it has counts for."""

    __tablename__ = "goal_tallies"

    round_id: Mapped[int] = mapped_column(ForeignKey("goal_rounds.id"), primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("influence_goals.id"), primary_key=True)
    choice: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class GoalAnswered(Base):
    """That a person has answered about a goal in a round, so they answer once: never what,
    nor when."""

    __tablename__ = "goal_answered"

    round_id: Mapped[int] = mapped_column(ForeignKey("goal_rounds.id"), primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("influence_goals.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), primary_key=True)


class WorkingGroup(Base):
    """An arbetsgrupp: set up by a stormöte's decision (the meeting, and the point when there
    was one), with a mandate, an end date and a roster (WorkingGroupMember); it has its own
    meetings and reports back to every stormöte until it is closed with an outcome (seeds/000
    L241–247; bot.councils.working_groups)."""

    __tablename__ = "working_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    mandate: Mapped[str] = mapped_column(Text)
    ends_on: Mapped[date] = mapped_column(Date)
    # The stormöte that decided it, and its point: no foreign keys, as meetings.working_group_id
    # points back here (a cycle would leave the schema's tables in no order).
    decided_meeting_id: Mapped[int] = mapped_column(Integer)
    decided_point_id: Mapped[int | None] = mapped_column(Integer, default=None)
    convenor_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    outcome: Mapped[str | None] = mapped_column(Text, default=None)


class WorkingGroupMember(Base):
    """One member of the council on a working group's roster."""

    __tablename__ = "working_group_members"
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_groups.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CouncilAgreement(Base):
    """One version of the council's written agreement on its form and function ("Form och
    funktion för brukarrådet"): a link to the document, when the council adopted it, and who
    recorded it when. Every version is kept; the highest is the current one."""

    __tablename__ = "council_agreements"
    __table_args__ = (UniqueConstraint("council_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    link: Mapped[str] = mapped_column(String(1000))
    adopted_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)


class Vacancy(Base):
    """A seat left by a representative (removed, left the conversation, account closed),
    open until someone is appointed for the same förening (`forening_id` NULL: a seat of the
    unit's) or the person comes back (bot.councils.succession)."""

    __tablename__ = "vacancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    forening_id: Mapped[int | None] = mapped_column(ForeignKey("foreningar.id"), default=None)
    left_by_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    reason: Mapped[str] = mapped_column(String(16))  # removed, left_channel, deactivated
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    filled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    filled_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)


class MeetingGuest(Base):
    """Someone invited to one meeting who is no member of its council ("Andra funktioner inom
    verksamheten kan bjudas in", seeds/000 L246): named in its kallelse and sent it, nothing
    else (bot.kallelse.service.KallelseService.invite)."""

    __tablename__ = "meeting_guests"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    invited_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(1000))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KallelseTexts:
    """What a kallelse says beyond time and agenda (shared/domain.md, "A good kallelse").

    A council's row holds its defaults for one kind of meeting (the stormöte's paus and fika
    are not the förmöte's); a meeting's row overrides them field by field.
    """

    purpose: Mapped[str | None] = mapped_column(Text, default=None)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    breaks: Mapped[str | None] = mapped_column(String(500), default=None)
    food: Mapped[str | None] = mapped_column(String(500), default=None)
    preparation: Mapped[str | None] = mapped_column(Text, default=None)


class CouncilKallelse(KallelseTexts, Base):
    __tablename__ = "council_kallelse"

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), primary_key=True)
    meeting_kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind), primary_key=True)


class MeetingKallelse(KallelseTexts, Base):
    __tablename__ = "meeting_kallelse"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), primary_key=True)


class GlossaryTerm(Base):
    """An abbreviation the council explains in its kallelser when the agenda uses it."""

    __tablename__ = "glossary_terms"
    __table_args__ = (UniqueConstraint("council_id", "abbreviation"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    abbreviation: Mapped[str] = mapped_column(String(32))
    meaning: Mapped[str] = mapped_column(String(300))


class Attendance(Base):
    """A person's answer to a meeting and, after it, whether and how they took part."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        # One substitute per absent member: the first yes wins, also between two processes.
        UniqueConstraint("meeting_id", "replaces_person_id", name="uq_attendance_replacement"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    answer: Mapped[str | None] = mapped_column(String(32), default=None)
    answer_reason: Mapped[str | None] = mapped_column(String(500), default=None)
    read_documents_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    presence: Mapped[str | None] = mapped_column(String(32), default=None)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    replaces_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    # The person's own reading time for this meeting; NULL: the council's default.
    reading_minutes: Mapped[int | None] = mapped_column(Integer, default=None)


class SubstituteRequest(Base):
    """An ersättare asked to go in an absent member's place; the first yes wins."""

    __tablename__ = "substitute_requests"
    __table_args__ = (UniqueConstraint("meeting_id", "absent_person_id", "substitute_person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    absent_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    substitute_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    forening_id: Mapped[int] = mapped_column(ForeignKey("foreningar.id"))
    status: Mapped[SubstituteStatus] = mapped_column(
        _enum(SubstituteStatus), default=SubstituteStatus.ASKED
    )
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class FeeProfile(Base):
    """What a person tells for the fee basis besides their pay (PayRecord). Sensitive: shown
    to them and to secretaries only, erased on request; no employer is kept."""

    __tablename__ = "fee_profiles"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    shift_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    travel_per_meeting: Mapped[int | None] = mapped_column(Integer, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PayRecord(Base):
    """A person's pay as stated from a date (bot.fees.claims.Pay): a change is a new row, so
    a day is always paid on what was valid then ("Retroaktiv justering av belopp kan inte
    ske"). Öre, monthly or hourly; the certificate as a secretary saw it. Sensitive."""

    __tablename__ = "pay_records"
    __table_args__ = (UniqueConstraint("person_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    monthly: Mapped[int | None] = mapped_column(Integer, default=None)
    hourly: Mapped[int | None] = mapped_column(Integer, default=None)
    certificate_on: Mapped[date | None] = mapped_column(Date, default=None)
    certificate_seen_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FeeClaim(Base):
    """A member's fee claim for one day's meetings of one council (bot.fees.claims), as they
    confirmed it: what they stated and the figures it gave then, kept as they stand, so no
    later change of pay, settings or register changes it. They may correct it until the
    secretary approves it. Sensitive: theirs and the secretary's."""

    __tablename__ = "fee_claims"
    __table_args__ = (UniqueConstraint("person_id", "council_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    stated: Mapped[dict[str, Any]] = mapped_column(JSON)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer)  # öre
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)


class FeeReceipt(Base):
    """The photo (or PDF) of a receipt for the other expense on a member's claim of a day
    (bot.fees.receipts), as they gave it: on the member page, in the chat where the claim was
    offered, or attached to a mail answering the offer. The claim's expense line names it by
    id; `amount` and `note` are what came with it, the line's until the claim is confirmed.
    `source` names where it came from (a Slack file, a mail's part) so a redelivery adds
    nothing. Personal data: the member's and the secretary's, exported and erased with them."""

    __tablename__ = "fee_receipts"
    __table_args__ = (Index("ix_fee_receipts_claim", "person_id", "council_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    day: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    amount: Mapped[int | None] = mapped_column(Integer, default=None)  # öre
    note: Mapped[str | None] = mapped_column(String(200), default=None)
    source: Mapped[str] = mapped_column(String(255), unique=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ActionItem(Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), default=None)
    point_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_points.id"), default=None)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True, default=None)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, index=True, default=None)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Minutes(Base):
    """A meeting's minutes: where they stand. What they say is in the event log
    (`minutes.*` events carry the captured lines) and is rendered from it, until a version
    is approved: that version is kept as it read (`approved`)."""

    __tablename__ = "minutes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), unique=True)
    status: Mapped[MinutesStatus] = mapped_column(_enum(MinutesStatus), default=MinutesStatus.DRAFT)
    # Bumped each time the minutes go to the justerare, and by a change after the lock.
    version: Mapped[int] = mapped_column(Integer, default=0)
    # The thread lines are captured from, when the bot started one (/protokoll start).
    conversation: Mapped[str | None] = mapped_column("channel_id", String(255), default=None)
    thread_ts: Mapped[str | None] = mapped_column(String(255), default=None, index=True)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The approved version as it read when it locked (bot.minutes.snapshot): a record, so an
    # erasure later pseudonymises the log but not what was approved.
    approved: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


# The rows the sender may still claim, as literal SQL: SQLite uses a partial index only for a
# query naming its condition as written (a bound parameter does not match it).
OUTBOX_UNFINISHED = text(
    f"status IN ('{OutboxStatus.PENDING.value}', '{OutboxStatus.SENDING.value}')"
)


# The claim reads the unfinished rows in due order: a few, however many were sent, so the
# index stays small and the claim uses it whatever the planner's statistics. Its condition is
# named for a backend when an engine for it is made (partial_where): naming it here for both
# would load PostgreSQL's dialect in every process, one on SQLite too (17 ms at each start).
OUTBOX_UNFINISHED_INDEX = Index("ix_outbox_unfinished", "due_at", "id")


def partial_where(dialect: str) -> None:
    """The partial indexes' conditions for `dialect` ("sqlite", "postgresql"), whose module
    its engine has loaded: as the migrations create them, for whatever reads the models'
    schema on that backend."""
    OUTBOX_UNFINISHED_INDEX.dialect_kwargs[f"{dialect}_where"] = OUTBOX_UNFINISHED


class OutboxMessage(Base):
    """One notification to deliver; the idempotency key makes the sweep safe to repeat."""

    __tablename__ = "outbox"
    __table_args__ = (OUTBOX_UNFINISHED_INDEX,)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(64))
    council_id: Mapped[int | None] = mapped_column(ForeignKey("councils.id"), default=None)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), default=None)
    # Where it was delivered and as what, as its platform names them (Slack: a channel and a
    # ts), for a later message to thread under or link to (bot.core.ports.messenger.Posted).
    conversation: Mapped[str | None] = mapped_column(String(255), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[OutboxStatus] = mapped_column(
        _enum(OutboxStatus), default=OutboxStatus.PENDING, index=True
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ref: Mapped[str | None] = mapped_column(String(255), default=None)
    # The messenger it was delivered by (bot.core.ports.messenger: a platform's, "email").
    via: Mapped[str | None] = mapped_column(String(16), default=None)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    # After this the message is pointless (e.g. the meeting has started): never sent late.
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ReminderPreference(Base):
    """What one person wants of reminders; no row means the defaults (bot.reminders)."""

    __tablename__ = "reminder_preferences"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), unique=True)
    # Reminder kinds turned off, by their value.
    off_kinds: Mapped[list[str]] = mapped_column(JSON)
    # Days (0 = Monday) and local hours [hour_from, hour_to) when reminders may arrive.
    weekdays: Mapped[list[int]] = mapped_column(JSON)
    hour_from: Mapped[int] = mapped_column(Integer)
    hour_to: Mapped[int] = mapped_column(Integer)
    paused: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SweepPasses(Base):
    """One row: when the reminder sweep last looked at (last pass, now], when it last looked
    at everything, and the last event it had seen (bot.reminders.passes). Kept here so a
    restart resumes from it."""

    __tablename__ = "sweep_passes"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    full_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    event_id: Mapped[int | None] = mapped_column(Integer, default=None)


class Event(Base):
    """The append-only event log: what happened, by whom, with ids rather than texts of people.

    Repositories only ever insert here; minutes and audit views are rendered from it. The
    `minutes.*` events are the exception that carries text: they are the minutes' lines.
    """

    __tablename__ = "events"
    # A minutes line reads its meeting's events of a few kinds (the log's head), not all.
    __table_args__ = (Index("ix_events_meeting_id_kind", "meeting_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int | None] = mapped_column(ForeignKey("councils.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), default=None)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ChatRoute(Base):
    """How a chat's messenger reaches an account or a conversation when it speaks first
    (Teams: the service URL its activities came from, and for an account the personal chat
    the app was installed in), as the platform last said; no row: not reachable that way."""

    __tablename__ = "chat_routes"
    __table_args__ = (UniqueConstraint("platform", "workspace", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(200))  # the account's or conversation's
    service_url: Mapped[str] = mapped_column(String(500))
    conversation: Mapped[str] = mapped_column(String(255))  # where to post to reach it
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InboxEntry(Base):
    """A request from Slack taken in before it was acknowledged (handlers/inbox_intake.py).

    Its key (an event id, or a key derived from a command or an interaction) makes a
    redelivery a no-op. The raw payload is kept until the request has had its effect, then
    blanked: it may hold what someone wrote about their health. A claim (token and lease)
    says which process works on it; a claim that runs out (the process died) is taken over.
    Done entries are kept a day, against Slack's redeliveries, then pruned.
    """

    __tablename__ = "inbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    listener: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claim_token: Mapped[str | None] = mapped_column(String(40))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))
