"""A PostgreSQL restart in the middle of use: the bot recovers by itself and loses nothing.

The server restarted is the test's own (tests/throwaway_postgres.py), never the machine's.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from adapters.console.stack import SIGNING_SECRET, LocalStack
from adapters.runtime.inbox import InboxPolicy
from adapters.storage.models import AgendaPoint
from devtools.localslack.driver import Delivery, Driver
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


def test_twenty_points_sent_while_postgres_restarts_are_each_saved_and_answered_or_refused(
    pg_stack: LocalStack, postgres: ThrowawayPostgres
) -> None:
    """Each person either reads at once that nothing was saved, or has their point saved
    (now, or from the inbox once the database is back) and is told so: never silence."""
    stack = pg_stack
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)
    titles = [f"Punkt {n}" for n in range(20)]
    sent: dict[str, Delivery] = {}

    def send(title: str) -> None:
        sent[title] = impatient.command(ANNA, RAD, "/punkt", title)

    threads = [threading.Thread(target=send, args=(title,)) for title in titles]
    for thread in threads:
        thread.start()
    postgres.restart()
    for thread in threads:
        thread.join()
    assert stack.background.settle()
    stack.tick(stack.clock.now() + InboxPolicy().lease + timedelta(seconds=1))
    with stack.services.uow() as uow:
        stored = Counter(uow.session.scalars(select(AgendaPoint.title)))
    for title, delivery in sent.items():
        assert delivery.status == 200
        said = [m.get("text", "") for m in (delivery.acknowledged_with, *delivery.responses) if m]
        if stored[title]:
            assert stored[title] == 1 and any(f"*{title}*" in s for s in said), (title, said)
        else:
            assert said and "Jag kan inte spara" in said[-1], (title, said)
