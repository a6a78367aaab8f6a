"""End-to-end fixtures: the local Slack and the bot over signed HTTP, a fresh database each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.sandbox.stack import LocalStack
from tests.databases import SqliteTemplate
from tests.e2e.cast import seed_workspace


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock
) -> Iterator[LocalStack]:
    stack = LocalStack.start(database_url=_sqlite_template.fresh(tmp_path / "e2e.db"), clock=clock)
    seed_workspace(stack.slack)
    yield stack
    stack.stop()
