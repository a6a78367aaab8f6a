"""Test databases: SQLite always, PostgreSQL when it answers; each test gets a fresh copy.

Both start from a template migrated once per session with the real Alembic migrations,
so every test also runs on the schema production gets.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from adapters.storage.migrate import upgrade

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def postgres_admin_url() -> str:
    return os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG


def postgres_reason() -> str | None:
    """None when PostgreSQL answers, else why the PostgreSQL tests are skipped."""
    url = postgres_admin_url()
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as err:  # any failure to connect means: no PostgreSQL here
        return (
            f"PostgreSQL not reachable at {make_url(url).render_as_string()}: {type(err).__name__}"
        )
    return None


class SqliteTemplate:
    def __init__(self, root: Path) -> None:
        self.path = root / "template.db"
        upgrade(f"sqlite:///{self.path}")

    def fresh(self, target: Path) -> str:
        shutil.copy(self.path, target)
        return f"sqlite:///{target}"


class PostgresTemplate:
    def __init__(self) -> None:
        self.admin_url = postgres_admin_url()
        self.name = f"brukarbot_tpl_{uuid.uuid4().hex[:8]}"
        self._admin = create_engine(
            self.admin_url, isolation_level="AUTOCOMMIT", pool_pre_ping=True
        )
        self._execute(f'CREATE DATABASE "{self.name}"')
        self._created = [self.name]
        upgrade(self.url(self.name))

    def url(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def fresh(self, *, empty: bool = False) -> str:
        """A database migrated to head, or with `empty` one no migration has touched."""
        name = f"brukarbot_t_{uuid.uuid4().hex[:10]}"
        template = "template0" if empty else self.name
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self._created.append(name)
        return self.url(name)

    def drop(self, name_or_url: str) -> None:
        name = make_url(name_or_url).database if "://" in name_or_url else name_or_url
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in reversed(self._created):
            self.drop(name)
        self._admin.dispose()


def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    return SqliteTemplate(tmp_path_factory.mktemp("sqlite-template"))


def postgres_template() -> Iterator[PostgresTemplate | None]:
    if postgres_reason() is not None:
        yield None
        return
    template = PostgresTemplate()
    yield template
    template.close()
