"""The Alembic migrations build the schema the models describe, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from storage.db import make_engine
from storage.migrate import upgrade
from storage.models import Base
from tests.databases import PostgresTemplate


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_upgrade_on_empty_sqlite_file_creates_schema_and_twice_is_noop(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    upgrade(url)
    engine = make_engine(url)
    first = _tables(engine)
    assert {"councils", "persons", "memberships", "meetings", "outbox", "events"} <= first
    upgrade(url)
    assert _tables(engine) == first
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from alembic_version")).scalar() == 1
    engine.dispose()


def test_upgrade_on_empty_postgres_creates_schema_and_twice_is_noop(
    _postgres_template: PostgresTemplate | None,
) -> None:
    if _postgres_template is None:
        pytest.skip("PostgreSQL not available")
    # A database with nothing in it, not a copy of the migrated template.
    url = _postgres_template.url(_postgres_template.name + "_empty")
    _postgres_template._execute(f'CREATE DATABASE "{_postgres_template.name}_empty"')
    try:
        upgrade(url)
        engine = make_engine(url)
        first = _tables(engine)
        assert {"councils", "agenda_points", "attendance", "action_items"} <= first
        upgrade(url)
        assert _tables(engine) == first
        engine.dispose()
    finally:
        _postgres_template.drop(url)


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_has_wal_and_foreign_keys(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()
