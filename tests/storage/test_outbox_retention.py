"""The outbox stays the size of what is due: the claim reads only unfinished rows, through
their partial index whatever the statistics, and finished rows long expired are forgotten."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, text

from adapters.storage.db import make_session_factory
from adapters.storage.models import OutboxMessage
from adapters.storage.uow import UnitOfWork
from bot.core.vocabulary import OutboxStatus
from devtools.statements import plan, statements
from tests.conftest import NOW

SENT = 2_000


def _row(n: int, status: OutboxStatus, due_at: datetime, **values: Any) -> dict[str, Any]:
    return {
        "idempotency_key": f"k{n}",
        "kind": "mötesdag",
        "payload": {"text": "Mötet är idag."},
        "due_at": due_at,
        "status": status,
        "attempts": 0,
        **values,
    }


def _add(engine: Engine, rows: list[dict[str, Any]]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(OutboxMessage), rows)


def _claim_plan(engine: Engine) -> str:
    """The query plan of the claim as the sender sends it."""
    uow = UnitOfWork(make_session_factory(engine))
    with statements(engine) as sent, uow:  # left without a commit: rolled back
        claimed = uow.outbox.claim("w1", at=NOW, stale_before=NOW, limit=10)
    assert len(claimed) == 5
    (update,) = [s for s in sent if s.statement.lstrip().startswith("UPDATE")]
    return plan(engine, update)


@pytest.mark.parametrize("analyzed", [False, True], ids=["no statistics", "after ANALYZE"])
def test_the_claim_reads_the_index_of_unfinished_rows_whatever_the_statistics(
    engine: Engine, analyzed: bool
) -> None:
    old = NOW - timedelta(days=200)
    _add(engine, [_row(n, OutboxStatus.SENT, old + timedelta(minutes=n)) for n in range(SENT)])
    _add(engine, [_row(SENT + n, OutboxStatus.PENDING, NOW) for n in range(5)])
    if analyzed:
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    plan = _claim_plan(engine)
    # Through an index holding the unfinished rows by themselves (the planners differ in
    # which), never the whole table nor every row in due order.
    assert "ix_outbox_unfinished" in plan or "ix_outbox_status" in plan
    assert "ix_outbox_due_at" not in plan
    assert "Seq Scan on outbox" not in plan and "SCAN outbox\n" not in f"{plan}\n"


def test_finished_rows_are_forgotten_once_expired_long_enough_and_the_rest_kept(
    engine: Engine,
) -> None:
    cutoff = NOW - timedelta(days=30)
    long_ago, lately = cutoff - timedelta(minutes=1), cutoff + timedelta(minutes=1)
    _add(
        engine,
        [
            _row(1, OutboxStatus.SENT, long_ago, expires_at=long_ago),
            _row(2, OutboxStatus.FAILED, long_ago, expires_at=long_ago),
            _row(3, OutboxStatus.DROPPED, long_ago, expires_at=long_ago),
            _row(4, OutboxStatus.SENT, lately, expires_at=lately),  # expired lately
            _row(5, OutboxStatus.SENT, long_ago, expires_at=None),  # a post to thread under
            _row(6, OutboxStatus.PENDING, long_ago, expires_at=long_ago),  # the sender's
            _row(7, OutboxStatus.SENDING, long_ago, expires_at=long_ago),  # to drop
        ],
    )
    uow = UnitOfWork(make_session_factory(engine))
    with uow:
        assert uow.outbox.prune(expired_before=cutoff) == 3
        uow.commit()
    with engine.connect() as connection:
        kept = connection.scalars(
            select(OutboxMessage.idempotency_key).order_by(OutboxMessage.idempotency_key)
        ).all()
    assert kept == ["k4", "k5", "k6", "k7"]
