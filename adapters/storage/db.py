"""Engines and sessions: SQLite with WAL and foreign keys, PostgreSQL with pre-ping."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from adapters.storage.models import partial_where
from adapters.storage.writers import Writers, sqlite_writers
from bot.core.ports import Conflict

SQLITE_BUSY_MS = 10_000  # how long a writer waits for another's lock


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Every commit synced to disk, the WAL included: a request is acknowledged once its inbox
    # entry is committed, and NORMAL (faster) could lose it to a power cut after the 200.
    cursor.execute("PRAGMA synchronous=FULL")
    # Several threads (HTTP workers, scheduler) share the file: wait rather than fail.
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    # No commit copies the WAL into the file while its transaction holds the writers' turn
    # (a take-in waited 180 ms behind one): the writers do it after the turn (writers.py).
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def make_engine(url: str) -> Engine:
    """hide_parameters: SQL errors must not carry what people wrote into the logs."""
    parsed = make_url(url)
    partial_where(parsed.get_backend_name())
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pre_ping: a restarted PostgreSQL must not fail the next request with a dead connection.
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, hide_parameters=True)


WROTE = "wrote"  # session.info key: this transaction changed something
WRITER = "writer"  # session.info key: the Writers this transaction holds (SQLite)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "after_flush", _flushed)
    event.listen(factory, "do_orm_execute", _executed)
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)
    writers = sqlite_writers(engine)
    if writers is not None:
        _queue_writers(factory, writers)
    return factory


def _queue_writers(factory: sessionmaker[Session], writers: Writers) -> None:
    """A transaction takes its turn (adapters/storage/writers.py) before its first write, and gives
    it up when it ends."""
    wait = SQLITE_BUSY_MS / 1000

    def take_turn(session: Session) -> None:
        if WRITER not in session.info:
            session.info[WRITER] = writers if writers.acquire(wait) else None

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        take_turn(session)

    def before_write(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            take_turn(state.session)

    def ended(session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None and WRITER in session.info:
            held = session.info.pop(WRITER)
            if held is not None:
                held.release()

    event.listen(factory, "before_flush", before_flush)
    event.listen(factory, "do_orm_execute", before_write)
    event.listen(factory, "after_transaction_end", ended)


def wrote(session: Session) -> bool:
    """Whether the session's transaction has changed anything (or is about to on commit)."""
    return bool(session.info.get(WROTE) or session.new or session.dirty or session.deleted)


def _flushed(session: Session, _context: Any) -> None:
    session.info[WROTE] = True


def _executed(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[WROTE] = True


def _forget(session: Session) -> None:
    session.info.pop(WROTE, None)


@contextmanager
def conflicts() -> Iterator[None]:
    """A unique key taken is the port's Conflict (the domain knows no SQLAlchemy)."""
    try:
        yield
    except IntegrityError as err:
        raise Conflict(str(err.orig)) from err
