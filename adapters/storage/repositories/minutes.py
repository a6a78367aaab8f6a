"""Minutes rows: one per meeting, found by meeting or by the thread lines are captured in."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.orm import Session

from adapters.slack.ids import SLACK
from adapters.storage.models import Conversation, Event, Meeting, Minutes
from bot.core.vocabulary import MinutesStatus

# Read with every minutes line: built once.
FOR_MEETING = select(Minutes).where(Minutes.meeting_id == bindparam("meeting_id"))
# The same with the meeting's events of some kinds: a row each (one with none, if none).
WITH_EVENTS = (
    select(Minutes, Event)
    .select_from(Meeting)
    .outerjoin(Minutes, Minutes.meeting_id == Meeting.id)
    .outerjoin(
        Event,
        and_(Event.meeting_id == Meeting.id, Event.kind.in_(bindparam("kinds", expanding=True))),
    )
    .where(Meeting.id == bindparam("meeting_id"))
    .order_by(Event.id)
)


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
