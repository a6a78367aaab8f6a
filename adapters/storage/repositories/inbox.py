"""The inbox: requests taken in before they were acknowledged, claimed by one process at a time.

A claim is a token and a lease. The work of a claimed entry runs with the claim set in
`CURRENT_CLAIM`; the unit of work that writes the work's change marks the entry done in the
same transaction (adapters/storage/uow.py), so a process that dies after that commit never has its
request run twice, and one that dies before has it run again by whoever claims it next.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, or_, select, update
from sqlalchemy.orm import Session

from adapters.storage.db import SQLITE_BUSY_MS
from adapters.storage.models import InboxEntry
from adapters.storage.writers import sqlite_writers

DONE = "done"
GAVE_UP = "gave_up"


@dataclass
class Claim:
    """One process's hold on one entry while it works on it."""

    entry_id: int
    token: str
    at: datetime  # when the work began: the entry's done_at
    attempt: int  # 0 for the first run, right after the acknowledgement
    received_at: datetime
    # Set once a commit of the work marked the entry done (adapters/storage/uow.py): the
    # inbox then needs no transaction of its own after the work.
    done: bool = False


CURRENT_CLAIM: ContextVar[Claim | None] = ContextVar("inbox_claim", default=None)


class ClaimLostError(RuntimeError):
    """Another process took the entry over (our lease ran out): our change must not land."""


class InboxUnavailableError(RuntimeError):
    """The request could not be stored: the database does not answer, or not in time."""


# A key there already is a redelivery (or the same request under way in another process).
_TAKE_IN = (
    "INSERT INTO inbox (key, listener, payload, received_at, attempts, claim_token,"
    " claimed_until, next_attempt_at) VALUES ({m}, {m}, {m}, {m}, 0, {m}, {m}, {m})"
    " ON CONFLICT (key) DO NOTHING RETURNING id"
)


class InboxIntake:
    """Taking a request in, which its acknowledgement waits for: one INSERT … ON CONFLICT DO
    NOTHING RETURNING on a pooled connection of the driver's own, committed (synced to disk)
    at once. No session, no mapped object, no savepoint: through the ORM a take-in took
    about four times as long, and made the acknowledgement miss its target
    (bench/command_latency.py).

    It waits at most `wait` for another writer's lock (SQLite's busy timeout, or PostgreSQL's
    lock and statement timeouts for this one transaction), so the acknowledgement still
    leaves in time; past that, or with no database, InboxUnavailableError. On SQLite it
    leaves copying the WAL into the database file (and syncing that too), when the WAL is
    full, to the work's commits after the acknowledgement, and it is the first in this
    process's queue of writers (adapters/storage/writers.py)."""

    def __init__(self, engine: Engine, *, wait: timedelta) -> None:
        dialect = engine.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self._engine = engine
        self._wait = wait.total_seconds()
        self._writers = sqlite_writers(engine)
        self._errors = dialect.loaded_dbapi.Error
        self._insert = _TAKE_IN.format(m=mark)
        # As the ORM binds an instant (SQLite compares them as text: the same text, always).
        instant = InboxEntry.__table__.c.received_at.type.dialect_impl(dialect)
        self._instant = instant.bind_processor(dialect)
        self._before: tuple[str, ...]  # statements around the insert and its commit
        self._after: tuple[str, ...]
        if dialect.name == "sqlite":
            self._before = ("PRAGMA busy_timeout={millis}",)
            self._after = (f"PRAGMA busy_timeout={SQLITE_BUSY_MS}",)
        else:  # transaction-local settings: they end with the commit
            self._before = (
                "SELECT set_config('lock_timeout', '{millis}', true),"
                " set_config('statement_timeout', '{millis}', true)",
            )
            self._after = ()

    def take_in(
        self, *, key: str, listener: str, payload: str, at: datetime, token: str, until: datetime
    ) -> int | None:
        """Store the request, claimed by `token` until `until`; its id, or None if its key
        is there already."""
        instant = self._instant
        row = (key, listener, payload, instant(at), token, instant(until), instant(at))
        writers = self._writers
        if writers is None:
            return self._insert_row(row, listener, self._wait)
        began = time.monotonic()
        if not writers.acquire(self._wait, take_in=True):  # the whole wait went in the queue
            others, take_ins = writers.waiting()
            queued = TimeoutError(f"{others} writers and {take_ins} other take-ins waiting")
            raise InboxUnavailableError(listener) from queued
        try:
            return self._insert_row(row, listener, self._wait - (time.monotonic() - began))
        finally:
            writers.release()

    def _insert_row(self, row: tuple[object, ...], listener: str, wait: float) -> int | None:
        try:
            raw = self._engine.raw_connection()  # pre-pinged on PostgreSQL: a restart is seen
        except self._errors as err:  # the pool's own connect: the driver's error as it is
            raise InboxUnavailableError(listener) from err
        millis = max(1, int(wait * 1000))
        try:
            cursor = raw.cursor()
            try:
                for statement in self._before:
                    cursor.execute(statement.format(millis=millis))
                try:
                    cursor.execute(self._insert, row)
                    stored = cursor.fetchone()
                    raw.commit()
                finally:
                    for statement in self._after:
                        cursor.execute(statement)
            finally:
                cursor.close()
        except self._errors as err:
            if self._engine.dialect.is_disconnect(err, raw.dbapi_connection, None):
                raw.invalidate(err)  # not back into the pool
            raise InboxUnavailableError(listener) from err
        finally:
            raw.close()
        return None if stored is None else int(stored[0])


class InboxRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def due(self, now: datetime, limit: int) -> list[InboxEntry]:
        """Entries not done whose time has come and whom no live claim holds."""
        return list(
            self._session.scalars(
                select(InboxEntry)
                .where(
                    InboxEntry.done_at.is_(None),
                    InboxEntry.next_attempt_at <= now,
                    or_(InboxEntry.claimed_until.is_(None), InboxEntry.claimed_until < now),
                )
                .order_by(InboxEntry.received_at, InboxEntry.id)
                .limit(limit)
            )
        )

    def claim(self, entry_id: int, *, token: str, now: datetime, until: datetime) -> bool:
        """Take the entry over; False if another process was quicker."""
        result = self._session.execute(
            update(InboxEntry)
            .where(
                InboxEntry.id == entry_id,
                InboxEntry.done_at.is_(None),
                or_(InboxEntry.claimed_until.is_(None), InboxEntry.claimed_until < now),
            )
            .values(claim_token=token, claimed_until=until, attempts=InboxEntry.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return _count(result) == 1

    def finish(self, claim: Claim, *, outcome: str = DONE) -> None:
        """Mark the claimed entry done (again, harmlessly, if it is) and forget its payload;
        ClaimLostError if another process holds it now."""
        result = self._session.execute(
            update(InboxEntry)
            .where(InboxEntry.id == claim.entry_id, InboxEntry.claim_token == claim.token)
            .values(done_at=claim.at, outcome=outcome, payload="", claimed_until=None)
            .execution_options(synchronize_session=False)
        )
        if _count(result) != 1:
            raise ClaimLostError(f"inbox entry {claim.entry_id} was taken over")

    def retry_at(self, claim: Claim, when: datetime) -> None:
        """Let go of the entry, to be run again from `when`; work still running under the
        claim can no longer mark it done, so its change cannot land."""
        self._session.execute(
            update(InboxEntry)
            .where(
                InboxEntry.id == claim.entry_id,
                InboxEntry.claim_token == claim.token,
                InboxEntry.done_at.is_(None),
            )
            .values(claim_token=None, claimed_until=None, next_attempt_at=when)
            .execution_options(synchronize_session=False)
        )

    def prune(self, *, before: datetime) -> int:
        """Forget done entries received before `before`."""
        result = self._session.execute(
            delete(InboxEntry).where(
                InboxEntry.done_at.is_not(None), InboxEntry.received_at < before
            )
        )
        return _count(result)


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
