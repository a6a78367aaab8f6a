"""Migration 0009 on a database holding data: every point learns the kind of meeting it is
for, and a förmöte point waiting for a meeting stays a förmöte point."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import JSON, Boolean, DateTime, Integer, MetaData, Table, select
from sqlalchemy.engine import Engine

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.databases import PostgresTemplate

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(
    request: pytest.FixtureRequest, tmp_path: Path, _postgres_template: PostgresTemplate | None
) -> Iterator[str]:
    """A database with nothing in it, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    if _postgres_template is None:
        pytest.skip("PostgreSQL not available")
    name = f"{_postgres_template.name}_m9_{tmp_path.name[-12:]}".lower()
    _postgres_template._execute(f'CREATE DATABASE "{name}"')
    url = _postgres_template.url(name)
    yield url
    _postgres_template.drop(url)


def _insert(engine: Engine, table: Table, **values: Any) -> None:
    """A row with the given values; other required columns get a plain filler."""
    for column in table.columns:
        if column.name in values or column.nullable or column.server_default is not None:
            continue
        if column.primary_key:
            continue
        kind = column.type
        values[column.name] = (
            NOW
            if isinstance(kind, DateTime)
            else False
            if isinstance(kind, Boolean)
            else 0
            if isinstance(kind, Integer)
            else {}
            if isinstance(kind, JSON)
            else "x"
        )
    with engine.begin() as conn:
        conn.execute(table.insert().values(**values))


def upgraded(url: str, table_name: str, column: str) -> dict[int, Any]:
    """Upgrade to head; then each row's id and `column` of the table."""
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(url)
    new = MetaData()
    new.reflect(engine)
    table = new.tables[table_name]
    with engine.connect() as conn:
        found = dict(conn.execute(select(table.c.id, table.c[column])).all())
    engine.dispose()
    return found


def at_revision(url: str, revision: str) -> tuple[Engine, dict[str, Table]]:
    """The database migrated up to `revision`, and its tables as they were then."""
    command.upgrade(alembic_config(url), revision)
    engine = make_engine(url)
    old = MetaData()
    old.reflect(engine)
    return engine, dict(old.tables)


def test_points_keep_the_kind_of_their_meeting_also_while_waiting(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0008")
    councils, meetings, points = (tables[n] for n in ("councils", "meetings", "agenda_points"))
    _insert(engine, councils, id=1, team_id="T1", channel_id="C1", name="Rådet")
    _insert(engine, meetings, id=1, council_id=1, kind="stormöte", starts_at=NOW)
    _insert(engine, meetings, id=2, council_id=1, kind="förmöte", starts_at=NOW, parent_id=1)
    rows = {
        1: {"meeting_id": 1},  # on the stormöte
        2: {"meeting_id": 2, "status": "flyttad"},  # on the förmöte, moved on...
        3: {"carried_from_id": 2, "status": "flyttad"},  # ...its copy waiting, moved again...
        4: {"carried_from_id": 3},  # ...and that copy's copy, still waiting
        5: {},  # sent while nothing was planned
    }
    for point_id, fields in rows.items():
        _insert(engine, points, id=point_id, council_id=1, title=f"p{point_id}", **fields)
    engine.dispose()

    kinds = upgraded(empty_url, "agenda_points", "meeting_kind")
    assert kinds == {1: "stormöte", 2: "förmöte", 3: "förmöte", 4: "förmöte", 5: "stormöte"}
