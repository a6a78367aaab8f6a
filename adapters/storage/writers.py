"""One writer at a time per SQLite database in this process, a request's take-in first.

SQLite lets one transaction write at a time, and a writer that finds the file locked polls
(its busy handler sleeps 1, 2, 5 … up to 100 ms between tries), so it is not first come,
first served: under eight concurrent /punkt the work of earlier requests kept winning the
lock, and a take-in waited past its 1.5 s and had to tell the person it could not save
(bench/command_latency.py). Here the threads of this process queue for the lock instead and
are woken when it is free, and a waiting take-in goes before the work of requests already
acknowledged. Other processes on the same file still meet SQLite's own locking.

A writer that waits longer than the busy timeout goes on to SQLite, which then answers as it
would have without this queue: nothing can wait forever here.

The WAL is copied into the database file here too, every CHECKPOINT_AFTER writes, by the
writer that has just given up its turn (adapters/storage/db.py turns SQLite's own checkpoint
at commit off). SQLite's own would run inside the commit, with the turn still held, and a
take-in waited up to 180 ms behind one. A passive checkpoint waits for nobody and nobody
waits for it; a take-in never runs one, so a person's acknowledgement never pays for it.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)
CHECKPOINT_AFTER = 100  # writes; a /punkt's writes are ~10 pages: SQLite's default of 1,000


class Writers:
    def __init__(self, checkpoint: Callable[[], None] = lambda: None) -> None:
        self._changed = threading.Condition()
        self._checkpoint = checkpoint
        self._holder: int | None = None  # thread ident
        self._holder_takes_in = False
        self._since_checkpoint = 0  # writes
        self._depth = 0
        self._take_ins = 0  # take-ins waiting: they go first
        self._writers = 0  # other writers waiting

    def acquire(self, timeout: float, *, take_in: bool = False) -> bool:
        """Wait until this thread may write; False if `timeout` seconds passed first (the
        caller goes on regardless, and SQLite's own lock decides)."""
        me = threading.get_ident()
        deadline = time.monotonic() + timeout
        with self._changed:
            if self._holder == me:
                self._depth += 1
                return True
            self._take_ins += take_in
            self._writers += not take_in
            self._changed.notify_all()  # the queue changed: whoever watches it sees
            try:
                while self._holder is not None or (self._take_ins and not take_in):
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self._changed.wait(left)
            finally:
                self._take_ins -= take_in
                self._writers -= not take_in
            self._holder, self._depth = me, 1
            self._holder_takes_in = take_in
            return True

    def release(self) -> None:
        with self._changed:
            if self._holder != threading.get_ident():
                return  # acquire timed out: there was nothing to let go
            self._depth -= 1
            if self._depth > 0:
                return
            self._holder = None
            self._changed.notify_all()
            self._since_checkpoint += 1
            due = self._since_checkpoint >= CHECKPOINT_AFTER and not self._holder_takes_in
            if due:
                self._since_checkpoint = 0
        if due:
            self._checkpoint()

    def waiting(self) -> tuple[int, int]:
        """How many (writers, take-ins) wait for their turn now."""
        with self._changed:
            return self._writers, self._take_ins


_of_engine: weakref.WeakKeyDictionary[Engine, Writers] = weakref.WeakKeyDictionary()


def sqlite_writers(engine: Engine) -> Writers | None:
    """The queue of writers of a SQLite engine; None for PostgreSQL, which locks rows."""
    if engine.dialect.name != "sqlite":
        return None
    writers = _of_engine.get(engine)
    if writers is None:
        writers = _of_engine[engine] = Writers(_passive_checkpoint(weakref.ref(engine)))
    return writers


def _passive_checkpoint(engine: weakref.ref[Engine]) -> Callable[[], None]:
    """Copy what of the WAL it can into the file, waiting for no reader or writer (the
    engine by a weak reference: the queue must not keep it alive)."""

    def checkpoint() -> None:
        alive = engine()
        if alive is None:
            return
        try:
            with alive.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except SQLAlchemyError as err:  # the next one copies what this one could not
            log.warning("WAL checkpoint failed: %s", type(err).__name__)

    return checkpoint
