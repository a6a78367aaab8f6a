"""A PostgreSQL restart in the middle of use: the bot recovers by itself and loses nothing.

The server restarted is the test's own (tests/throwaway_postgres.py), never the machine's.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.sandbox.stack import LocalStack
from storage.models import AgendaPoint
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say
from tests.throwaway_postgres import ThrowawayPostgres


def test_the_bot_recovers_from_a_postgres_restart_without_losing_anything(
    pg_stack: LocalStack, postgres: ThrowawayPostgres
) -> None:
    council_with_members(pg_stack)
    say(pg_stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    say(pg_stack, ANNA, RAD, "/punkt", "Före omstarten")
    postgres.restart()
    # every pooled connection is dead now; the next requests must still be answered
    assert "Tack!" in say(pg_stack, LINA, RAD, "/punkt", "Efter omstarten")
    agenda = say(pg_stack, ANNA, RAD, "/dagordning")
    assert "Före omstarten" in agenda and "Efter omstarten" in agenda
    with pg_stack.services.uow() as uow:
        titles = [
            p.title for p in uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id))
        ]
    assert titles == ["Före omstarten", "Efter omstarten"]
