"""/readyz's answer (adapters.runtime.readiness): ready while the reminder passes run and nothing
waits in the outbox past what any rate limit explains."""

from __future__ import annotations

from datetime import timedelta

from adapters.runtime.readiness import OK, OUTBOX_STUCK, PASSES_EVERY, readiness
from bot.core.vocabulary import OutboxStatus
from tests.conftest import NOW
from tests.fakes.uow import FakeUnitOfWorkFactory


def _passed(uow: FakeUnitOfWorkFactory, at: object) -> None:
    with uow() as work:
        work.reminders.record_pass(at, full=True, event_id=None)  # type: ignore[arg-type]
        work.commit()


def _queued(uow: FakeUnitOfWorkFactory, key: str, due: object) -> None:
    with uow() as work:
        work.outbox.add_new(
            [
                {
                    "idempotency_key": key,
                    "kind": "notice",
                    "person_id": 1,
                    "due_at": due,
                    "status": OutboxStatus.PENDING,
                    "payload": {},
                    "attempts": 0,
                }
            ]
        )
        work.commit()


def test_ready_while_the_passes_run_and_the_outbox_moves(uow: FakeUnitOfWorkFactory) -> None:
    assert readiness(uow, NOW).checks["reminder passes"] == "no reminder pass yet"
    _passed(uow, NOW - PASSES_EVERY + timedelta(seconds=1))
    _queued(uow, "waiting a little", NOW - OUTBOX_STUCK + timedelta(seconds=1))
    _queued(uow, "due tomorrow", NOW + timedelta(days=1))
    found = readiness(uow, NOW)
    assert found.ready and set(found.checks.values()) == {OK}


def test_not_ready_when_the_passes_stopped_or_a_message_is_stuck(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _passed(uow, NOW - PASSES_EVERY - timedelta(seconds=1))
    _queued(uow, "stuck", NOW - OUTBOX_STUCK - timedelta(seconds=1))
    found = readiness(uow, NOW)
    assert not found.ready
    assert found.checks["reminder passes"].startswith("last reminder pass at")
    assert found.checks["outbox"].startswith("a message due at")
