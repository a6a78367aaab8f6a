"""A PostgreSQL restart in the middle of use: the bot recovers by itself and loses nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.clock import ManualClock
from bot.sandbox.stack import LocalStack
from storage.models import AgendaPoint
from tests.databases import PostgresTemplate
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say, seed_workspace


def _restart_postgres() -> None:
    versions = sorted(p.name for p in Path("/etc/postgresql").iterdir())
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "restart"],
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def pg_stack(
    _postgres_template: PostgresTemplate | None, clock: ManualClock
) -> Iterator[LocalStack]:
    if _postgres_template is None:
        pytest.skip("PostgreSQL not available")
    if not Path("/etc/postgresql").is_dir():
        pytest.skip("no local PostgreSQL cluster to restart (pg_ctlcluster)")
    url = _postgres_template.fresh()
    stack = LocalStack.start(database_url=url, clock=clock)
    seed_workspace(stack.slack)
    yield stack
    stack.stop()
    _postgres_template.drop(url)


def test_the_bot_recovers_from_a_postgres_restart_without_losing_anything(
    pg_stack: LocalStack,
) -> None:
    council_with_members(pg_stack)
    say(pg_stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    say(pg_stack, ANNA, RAD, "/punkt", "Före omstarten")
    _restart_postgres()
    # every pooled connection is dead now; the next requests must still be answered
    assert "Tack!" in say(pg_stack, LINA, RAD, "/punkt", "Efter omstarten")
    agenda = say(pg_stack, ANNA, RAD, "/dagordning")
    assert "Före omstarten" in agenda and "Efter omstarten" in agenda
    with pg_stack.services.uow() as uow:
        titles = [
            p.title for p in uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id))
        ]
    assert titles == ["Före omstarten", "Efter omstarten"]
