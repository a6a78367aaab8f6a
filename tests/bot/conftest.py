"""Fixtures for the domain tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.storage.db import make_engine
from bot.core.clock import ManualClock


@pytest.fixture
def sqlite_services(sqlite_url: str, clock: ManualClock) -> Iterator[Services]:
    """The service layer on SQLite only, for tests whose outcome no backend can change."""
    engine = make_engine(sqlite_url)
    yield build_services(load_settings({"DATABASE_URL": sqlite_url}), clock=clock, engine=engine)
    engine.dispose()
