"""Minutes rows: one per meeting, found by meeting or by the thread lines are captured in."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, select, update
from sqlalchemy.orm import Session, aliased

from adapters.slack.ids import SLACK
from adapters.storage.models import (
    Account,
    Conversation,
    Council,
    Event,
    Meeting,
    Membership,
    Minutes,
    Person,
)
from adapters.storage.repositories.held import hold
from adapters.storage.repositories.memberships import active
from bot.core import identity
from bot.core.ports import Writing
from bot.core.vocabulary import MeetingStatus, MinutesStatus

# Read with every minutes line: built once.
FOR_MEETING = select(Minutes).where(Minutes.meeting_id == bindparam("meeting_id"))
# The same with the last of the meeting's events of some kinds: a row each (one with none).
LAST_OF_KINDS = (
    select(func.max(Event.id))
    .where(Event.meeting_id == bindparam("meeting_id"))
    .where(Event.kind.in_(bindparam("kinds", expanding=True)))
    .group_by(Event.kind)
)
WITH_EVENTS = (
    select(Minutes, Event)
    .select_from(Meeting)
    .outerjoin(Minutes, Minutes.meeting_id == Meeting.id)
    .outerjoin(Event, Event.id.in_(LAST_OF_KINDS))
    .where(Meeting.id == bindparam("meeting_id"))
    .order_by(Event.id)
)


def _who() -> Any:
    """Who writes: their account's person, the one the council's workspace records first
    (Directory.PERSON's order, in two looks: SQLite lets no subquery's ORDER BY name the
    query around it)."""
    accounts = select(Account.person_id).where(
        Account.platform == bindparam("account_platform"),
        Account.external_id == bindparam("account_id"),
    )
    return func.coalesce(
        accounts.where(Account.workspace == Council.workspace)
        .order_by(Account.id)
        .limit(1)
        .correlate(Council)
        .scalar_subquery(),
        accounts.order_by(Account.id).limit(1).scalar_subquery(),
    )


def _with_writer(statement: Select[Any], meeting: Any, kinds: int) -> tuple[Select[Any], list[Any]]:
    """`statement` (of the council) with who writes and their memberships in the council,
    and columns for the meeting, its minutes row and its head: an alias of the log for each
    kind (joined by `_heads`)."""
    heads = [aliased(Event, name=f"head_{n}") for n in range(kinds)]
    statement = (
        statement.add_columns(Person, Membership, meeting, Minutes, *heads)
        .outerjoin(Person, Person.id == _who())
        .outerjoin(
            Membership,
            and_(
                Membership.person_id == Person.id,
                Membership.council_id == Council.id,
                *active(bindparam("now", type_=Membership.active_from.type)),
            ),
        )
    )
    return statement, heads


def _heads(statement: Select[Any], meeting: Any, heads: list[Any]) -> Select[Any]:
    """The meeting's minutes row and its last event of each kind, each found by
    ix_events_meeting_id_kind: rows multiply only by memberships and meetings, never by the
    log."""
    statement = statement.outerjoin(Minutes, Minutes.meeting_id == meeting.id)
    for n, head in enumerate(heads):
        logged = aliased(Event, name=f"logged_{n}")
        last = (
            select(func.max(logged.id))
            .where(logged.meeting_id == meeting.id, logged.kind == bindparam(f"kind_{n}"))
            .scalar_subquery()
        )
        statement = statement.outerjoin(head, head.id == last)
    return statement


@cache
def _writing(kinds: int) -> Select[Any]:
    """MinutesRecords.writing's statement for `kinds` kinds of head event, built once: the
    council by its conversation, who writes, the council's latest planned meetings by a
    time, and for each its minutes row and head."""
    recent = (
        select(Meeting)
        .join(Conversation, Conversation.council_id == Meeting.council_id)
        .where(
            Conversation.platform == bindparam("platform"),
            Conversation.external_id == bindparam("external_id"),
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at <= bindparam("until", type_=Meeting.starts_at.type),
        )
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .limit(bindparam("limit"))
        .subquery("recent")
    )
    meeting = aliased(Meeting, recent, name="meeting")
    statement, heads = _with_writer(
        select(Council).join(Conversation, Conversation.council_id == Council.id), meeting, kinds
    )
    statement = _heads(
        statement.outerjoin(meeting, meeting.council_id == Council.id), meeting, heads
    )
    return statement.where(
        Conversation.platform == bindparam("platform"),
        Conversation.external_id == bindparam("external_id"),
    ).order_by(meeting.starts_at.desc(), meeting.id.desc(), Membership.id)


@cache
def _in_thread(kinds: int) -> Select[Any]:
    """MinutesRecords.in_thread's statement, built once: the meeting whose minutes are
    written in a thread (meeting_for_thread: the minutes' own thread, else the kallelse's in
    the council's channel), its council, who writes, its minutes row and head."""
    own = (
        select(Minutes.meeting_id)
        .where(
            Minutes.thread_ts == bindparam("thread_ts"),
            Minutes.conversation == bindparam("conversation"),
        )
        .limit(1)
        .scalar_subquery()
    )
    kallelse = (
        select(Meeting.id)
        .join(Conversation, Conversation.council_id == Meeting.council_id)
        .where(
            Conversation.platform == SLACK,
            Conversation.external_id == bindparam("conversation"),
            Meeting.kallelse_ts == bindparam("thread_ts"),
        )
        .order_by(Meeting.id)
        .limit(1)
        .scalar_subquery()
    )
    statement, heads = _with_writer(
        select(Council).join(Meeting, Meeting.council_id == Council.id), Meeting, kinds
    )
    statement = _heads(statement, Meeting, heads)
    return statement.where(Meeting.id == func.coalesce(own, kallelse)).order_by(Membership.id)


class MinutesRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_meeting(self, meeting_id: int) -> Minutes | None:
        return self._session.scalars(FOR_MEETING, {"meeting_id": meeting_id}).one_or_none()

    def with_events(
        self, meeting_id: int, kinds: Collection[str]
    ) -> tuple[Minutes | None, list[Event]]:
        found = {"meeting_id": meeting_id, "kinds": list(kinds)}
        rows = self._session.execute(WITH_EVENTS, found).all()
        minutes = rows[0][0] if rows else None
        return minutes, [event for _, event in rows if event is not None]

    def writing(
        self,
        where: identity.Conversation,
        who: identity.Account,
        *,
        now: datetime,
        until: datetime,
        limit: int,
        kinds: Sequence[str],
    ) -> Writing | None:
        found: dict[str, Any] = {
            "platform": where.platform,
            "external_id": where.external_id,
            "account_platform": who.platform,
            "account_id": who.external_id,
            "now": now,
            "until": until,
            "limit": limit,
        }
        return self._looked(_writing(len(kinds)), found, kinds, limit)

    def in_thread(
        self,
        conversation: str,
        thread_ts: str,
        who: identity.Account,
        *,
        now: datetime,
        kinds: Sequence[str],
    ) -> Writing | None:
        found: dict[str, Any] = {
            "conversation": conversation,
            "thread_ts": thread_ts,
            "account_platform": who.platform,
            "account_id": who.external_id,
            "now": now,
        }
        return self._looked(_in_thread(len(kinds)), found, kinds, None)

    def _looked(
        self, statement: Select[Any], found: dict[str, Any], kinds: Sequence[str], limit: int | None
    ) -> Writing | None:
        found.update({f"kind_{n}": kind for n, kind in enumerate(kinds)})
        rows = self._session.execute(statement, found).all()
        if not rows:
            return None
        held: dict[int, Membership] = {}
        meetings: dict[int, Meeting] = {}
        minutes: dict[int, Minutes] = {}
        heads: dict[int, list[Event]] = {}
        for _, _, membership, meeting, row, *events in rows:
            if membership is not None:
                held.setdefault(membership.id, membership)
            if meeting is None or meeting.id in meetings:
                continue
            meetings[meeting.id] = meeting
            if row is not None:
                minutes[meeting.id] = row
            heads[meeting.id] = sorted((e for e in events if e is not None), key=lambda e: e.id)
        council, person = rows[0][0], rows[0][1]
        if person is not None:
            hold(self._session, [person])
        return Writing(
            council=council,
            person=person,
            held=list(held.values()),
            meetings=list(meetings.values()),
            complete=limit is None or len(meetings) < limit,
            minutes=minutes,
            heads=heads,
        )

    def ensure(self, meeting_id: int, *, now: datetime) -> Minutes:
        found = self.for_meeting(meeting_id)
        if found is not None:
            return found
        minutes = Minutes(meeting_id=meeting_id, created_at=now)
        self._session.add(minutes)
        self._session.flush()
        return minutes

    def claim(self, meeting_id: int) -> Minutes | None:
        """The row, locked until commit: status changes (the last approval locks the
        minutes) are decided one at a time. An UPDATE takes the write lock on SQLite too."""
        self._session.execute(
            update(Minutes)
            .where(Minutes.meeting_id == meeting_id)
            .values(version=Minutes.version)
            .execution_options(synchronize_session=False)
        )
        return self.for_meeting(meeting_id)

    def by_thread(self, conversation: str, thread_ts: str) -> Minutes | None:
        return self._session.scalars(
            select(Minutes).where(
                Minutes.thread_ts == thread_ts, Minutes.conversation == conversation
            )
        ).one_or_none()

    def in_justering(self, council_id: int) -> list[int]:
        return list(
            self._session.scalars(
                select(Minutes.meeting_id)
                .join(Meeting, Meeting.id == Minutes.meeting_id)
                .where(Meeting.council_id == council_id, Minutes.status == MinutesStatus.JUSTERING)
                .order_by(Minutes.meeting_id)
            )
        )

    def awaiting_justering(self, meeting_ids: list[int]) -> dict[int, frozenset[int]]:
        """Meetings whose minutes are with the justerare: who has yet to approve the
        version sent (those it was sent to, as its frozen facts name them)."""
        if not meeting_ids:
            return {}
        sent = {
            m.meeting_id: m.version
            for m in self._session.scalars(
                select(Minutes).where(
                    Minutes.meeting_id.in_(meeting_ids),
                    Minutes.status == MinutesStatus.JUSTERING,
                )
            )
        }
        asked: dict[int, set[int]] = {meeting_id: set() for meeting_id in sent}
        approved: dict[int, set[int]] = {meeting_id: set() for meeting_id in sent}
        if sent:
            for event in self._session.scalars(
                select(Event).where(
                    Event.kind.in_(("minutes.sent", "minutes.approved")),
                    Event.meeting_id.in_(list(sent)),
                )
            ):
                assert event.meeting_id is not None
                if event.data.get("version") != sent[event.meeting_id]:
                    continue
                if event.kind == "minutes.sent":
                    asked[event.meeting_id] = set(event.data["facts"]["justerare"])
                elif event.actor_id:
                    approved[event.meeting_id].add(event.actor_id)
        return {m: frozenset(asked[m] - approved[m]) for m in sent}

    def meeting_for_thread(self, conversation: str, thread_ts: str) -> Meeting | None:
        """The meeting whose lines are written in this thread: the one the bot started for
        the minutes, or the kallelse's in the council channel."""
        minutes = self.by_thread(conversation, thread_ts)
        if minutes is not None:
            return self._session.get(Meeting, minutes.meeting_id)
        return self._session.scalars(
            select(Meeting)
            .join(Conversation, Conversation.council_id == Meeting.council_id)
            .where(
                Conversation.platform == SLACK,
                Conversation.external_id == conversation,
                Meeting.kallelse_ts == thread_ts,
            )
        ).first()
