"""The bot over HTTP with the local Teams (and the local Slack beside it): activities signed
by the local Teams' own key reach /api/messages, checked by the bot's real token check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from devtools.localteams.server import LocalTeams
from tests.databases import SqliteTemplate


@pytest.fixture
def env() -> dict[str, str]:
    """The bot's further settings (a test module's own: PUBLIC_URL, for the member page)."""
    return {}


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock, env: dict[str, str]
) -> Iterator[LocalStack]:
    stack = LocalStack.start(
        database_url=_sqlite_template.fresh(tmp_path / "teams.db"),
        clock=clock,
        teams=True,
        env=env,
    )
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture
def teams(stack: LocalStack) -> LocalTeams:
    assert stack.teams is not None
    return stack.teams
