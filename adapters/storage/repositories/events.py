"""The event log: append and read, never update or delete (erasing a person is the one
exception, and lives in adapters.storage.repositories.privacy)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, insert, select
from sqlalchemy.orm import Session

from adapters.storage.models import Event

# A minutes line reads its meeting's log's head (bot.minutes.access) each time: built once.
OF_KINDS = (
    select(Event)
    .where(
        Event.meeting_id == bindparam("meeting_id"),
        Event.kind.in_(bindparam("kinds", expanding=True)),
    )
    .order_by(Event.id)
)


APPEND = insert(Event).returning(Event.id)


class EventLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def append(
        self,
        kind: str,
        *,
        at: datetime,
        council_id: int | None = None,
        meeting_id: int | None = None,
        actor_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> Event:
        values = {
            "kind": kind,
            "at": at,
            "council_id": council_id,
            "meeting_id": meeting_id,
            "actor_id": actor_id,
            "data": data or {},
        }
        # One INSERT … RETURNING id, not the session's flush of a new object: the log is only
        # appended to, and the flush's bookkeeping was a third of a minutes line's work.
        event_id = self._session.execute(APPEND, values).scalar_one()
        return Event(id=event_id, **values)

    def for_council(self, council_id: int, *, kind: str | None = None) -> list[Event]:
        query = select(Event).where(Event.council_id == council_id)
        if kind is not None:
            query = query.where(Event.kind == kind)
        return list(self._session.scalars(query.order_by(Event.id)))

    def for_meeting(self, meeting_id: int, *, prefix: str) -> list[Event]:
        """A meeting's events whose kind starts with `prefix` (e.g. "minutes."), in order."""
        return self._of_meeting(meeting_id, Event.kind.startswith(prefix))

    def of_kinds(self, meeting_id: int, kinds: Collection[str]) -> list[Event]:
        """A meeting's events of these kinds, in order."""
        return list(
            self._session.scalars(OF_KINDS, {"meeting_id": meeting_id, "kinds": list(kinds)})
        )

    def _of_meeting(self, meeting_id: int, which: ColumnElement[bool]) -> list[Event]:
        return list(
            self._session.scalars(
                select(Event).where(Event.meeting_id == meeting_id, which).order_by(Event.id)
            )
        )

    def latest(self, council_id: int, kinds: Iterable[str], *, limit: int) -> list[Event]:
        """The council's newest events of these kinds, newest first (the audit log)."""
        return list(
            self._session.scalars(
                select(Event)
                .where(Event.council_id == council_id, Event.kind.in_(list(kinds)))
                .order_by(Event.id.desc())
                .limit(limit)
            )
        )
