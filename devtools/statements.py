"""The SQL statements an engine sends, and their query plans: for tests that a cost does not
grow with the data (a bound on statements, an index used), never a timing, and for the
benches that print them beside their times."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy import Engine, event


class Sent(NamedTuple):
    statement: str
    parameters: Any


@contextmanager
def statements(engine: Engine) -> Iterator[list[Sent]]:
    """The statements sent within the block, in order."""
    sent: list[Sent] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        sent.append(Sent(statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def plan(engine: Engine, sent: Sent) -> str:
    """How the database would run a statement sent (not running it), one line a step."""
    with engine.begin() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        cursor = driver.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sent.statement}", sent.parameters)
            return "\n".join(str(row[-1]) for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN {sent.statement}", sent.parameters)
        return "\n".join(str(row[0]) for row in cursor.fetchall())
