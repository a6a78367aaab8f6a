"""Shared fixtures: databases on both backends, a manual clock, the service layer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.storage.db import make_engine
from bot.core.clock import ManualClock
from tests.databases import (
    PostgresTemplate,
    SqliteTemplate,
    postgres_reason,
    postgres_template,
    sqlite_template,
)
from tests.e2e.smtp_inbox import Inbox, running_inbox

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# A Sunday in late November 2026: the suite's "today".
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    return sqlite_template(tmp_path_factory)


@pytest.fixture(scope="session")
def _postgres_template() -> Iterator[PostgresTemplate | None]:
    yield from postgres_template()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    _sqlite_template: SqliteTemplate,
    _postgres_template: PostgresTemplate | None,
) -> Iterator[str]:
    """A freshly migrated database, once per backend."""
    if request.param == "sqlite":
        yield _sqlite_template.fresh(tmp_path / "test.db")
        return
    if _postgres_template is None:
        pytest.skip(postgres_reason() or "PostgreSQL not available")
    url = _postgres_template.fresh()
    yield url
    _postgres_template.drop(url)


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: SqliteTemplate) -> str:
    return _sqlite_template.fresh(tmp_path / "test.db")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def services(engine: Engine, database_url: str, clock: ManualClock) -> Services:
    settings = load_settings({"DATABASE_URL": database_url})
    return build_services(settings, clock=clock, engine=engine)


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    """A real SMTP server on loopback (aiosmtpd), and what it accepted."""
    yield from running_inbox()
