"""Taking a request in outside the ORM (adapters/storage/repositories/inbox.py): the pooled
connection it borrowed goes back as every other user of the engine expects it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from adapters.storage.db import SQLITE_BUSY_MS
from adapters.storage.repositories.inbox import InboxIntake
from tests.conftest import NOW


def test_a_take_in_leaves_its_connection_with_the_engine_s_own_waits(engine: Engine) -> None:
    intake = InboxIntake(engine, wait=timedelta(milliseconds=1500))
    taken = intake.take_in(
        key="command:T1", listener="/punkt", payload="{}", at=NOW, token="t", until=NOW
    )
    assert taken is not None
    assert (
        intake.take_in(
            key="command:T1", listener="/punkt", payload="{}", at=NOW, token="u", until=NOW
        )
        is None
    )
    assert engine.pool.checkedout() == 0 and engine.pool.checkedin() == 1  # the one it used
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone() == (SQLITE_BUSY_MS,)
            cursor.execute("PRAGMA wal_autocheckpoint")
            assert cursor.fetchone() == (0,)  # the writers checkpoint, after their turn
        else:
            cursor.execute(
                "SELECT current_setting('lock_timeout'), current_setting('statement_timeout')"
            )
            assert cursor.fetchone() == ("0", "0")
        cursor.close()
    finally:
        raw.close()
