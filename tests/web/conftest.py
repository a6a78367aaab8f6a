"""The member page's fixtures: services on SQLite that know where the page is served."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.storage.db import make_engine
from bot.core.clock import ManualClock
from tests.web.member_council import PUBLIC


@pytest.fixture
def web_services(sqlite_url: str, clock: ManualClock) -> Iterator[Services]:
    engine = make_engine(sqlite_url)
    settings = load_settings({"DATABASE_URL": sqlite_url, "PUBLIC_URL": PUBLIC})
    yield build_services(settings, clock=clock, engine=engine)
    engine.dispose()
