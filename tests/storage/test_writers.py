"""SQLite's writers in one process take turns, a request's take-in first
(adapters/storage/writers.py): SQLite's own busy handler polls, and under eight concurrent /punkt
the work of earlier requests kept winning the lock until a take-in gave up and the person was told
it could not be saved."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import select

from adapters.runtime.inbox import Inbox
from adapters.storage.db import make_engine, make_session_factory
from adapters.storage.models import Forening, InboxEntry
from adapters.storage.uow import UnitOfWork
from adapters.storage.writers import CHECKPOINT_AFTER, Writers, sqlite_writers
from bot.core.clock import ManualClock
from tests.conftest import NOW

WAIT = 10.0  # seconds: only reached if the order were wrong and a thread hung


def _until(condition: Callable[[], bool], writers: Writers) -> None:
    """Wait until `condition` holds, woken by the queue's own changes (not a clock)."""
    with writers._changed:
        assert writers._changed.wait_for(condition, WAIT)


def test_a_waiting_take_in_goes_before_writers_that_came_first() -> None:
    writers = Writers()
    order: list[str] = []
    assert writers.acquire(WAIT)  # a transaction writing

    def turn(name: str, take_in: bool) -> None:
        assert writers.acquire(WAIT, take_in=take_in)
        order.append(name)
        writers.release()

    work = threading.Thread(target=turn, args=("work", False))
    work.start()
    _until(lambda: writers.waiting() == (1, 0), writers)
    take_in = threading.Thread(target=turn, args=("take-in", True))
    take_in.start()
    _until(lambda: writers.waiting() == (1, 1), writers)
    writers.release()
    work.join(WAIT)
    take_in.join(WAIT)
    assert order == ["take-in", "work"]


def test_a_thread_holding_its_turn_may_write_again_and_a_late_one_goes_on_to_sqlite() -> None:
    writers = Writers()
    assert writers.acquire(WAIT) and writers.acquire(WAIT)  # a unit of work inside another
    writers.release()
    late: list[bool] = []
    other = threading.Thread(target=lambda: late.append(writers.acquire(0.0)))
    other.start()
    other.join(WAIT)
    assert late == [False]  # it did not get the turn, and does not wait past its time
    writers.release()
    assert writers.acquire(0.0)  # free again once the outer one let go


def test_a_take_in_is_stored_before_the_work_waiting_on_a_transaction(sqlite_url: str) -> None:
    """A transaction holds SQLite's write lock; the work of another request waits to write,
    then a request comes in: once the transaction commits, the request is stored first."""
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine)
    writers = sqlite_writers(engine)
    assert writers is not None
    inbox = Inbox(lambda: UnitOfWork(sessions), engine, ManualClock(NOW))
    stored: list[str] = []

    def write(name: str) -> None:
        with sessions() as session:
            session.add(Forening(team_id="T1", name=name, name_key=name.lower()))
            session.flush()
            stored.append(name)
            session.commit()

    holding = sessions()
    holding.add(Forening(team_id="T1", name="RSMH", name_key="rsmh"))
    holding.flush()  # its turn taken, SQLite's lock held
    work = threading.Thread(target=write, args=("Hjärnkoll",))
    work.start()
    _until(lambda: writers.waiting() == (1, 0), writers)
    taking_in = threading.Thread(
        target=lambda: stored.append(f"inbox {inbox.take_in('command:T9', '/punkt', '{}')}")
    )
    taking_in.start()
    _until(lambda: writers.waiting() == (1, 1), writers)
    holding.commit()
    holding.close()
    taking_in.join(WAIT)
    work.join(WAIT)
    assert stored[0].startswith("inbox ") and stored[1] == "Hjärnkoll"
    with sessions() as session:
        assert session.scalar(select(InboxEntry.key)) == "command:T9"
    engine.dispose()


def test_the_wal_is_checkpointed_after_a_writer_s_turn_never_inside_it() -> None:
    """A checkpoint inside a commit holds the turn while it copies the WAL: a take-in waited
    180 ms behind one. The writer that gave its turn up runs it, and a take-in never does."""
    turns: list[int | None] = []
    writers = Writers(checkpoint=lambda: turns.append(writers._holder))
    for _ in range(CHECKPOINT_AFTER - 1):
        assert writers.acquire(WAIT)
        writers.release()
    assert writers.acquire(WAIT, take_in=True)
    writers.release()
    assert turns == []  # the hundredth write was a take-in: it leaves the checkpoint to work
    assert writers.acquire(WAIT)
    writers.release()
    assert turns == [None]  # after the turn was given up


def test_commits_leave_the_wal_to_the_writers_who_keep_it_short(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine)

    def frames_after(writes: int) -> int:
        for n in range(writes):
            with sessions() as session:
                name = f"F{writes}-{n}"
                session.add(Forening(team_id="T1", name=name, name_key=name.lower()))
                session.commit()
        with engine.connect() as connection:
            autocheckpoint = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
            # (busy, frames in the WAL, frames copied): this call copies the rest itself
            frames = connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()[1]
        assert autocheckpoint == 0  # no commit checkpoints while holding its turn
        return int(frames)

    once = frames_after(CHECKPOINT_AFTER // 2)
    assert frames_after(3 * CHECKPOINT_AFTER) < 3 * once  # not all of it: checkpointed on the way
    engine.dispose()
