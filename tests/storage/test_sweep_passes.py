"""The sweep's record of its passes (issue 20): one UPDATE a pass (a tick compiles every
statement it sends afresh), and never moved back by a slower pass, column by column."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from adapters.storage.uow import units_of_work
from bot.core.ports import Passes
from devtools.statements import statements

T = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _record(engine: Engine, now: datetime, *, full: bool, event_id: int | None) -> list[str]:
    uow = units_of_work(engine)
    with statements(engine) as sent, uow() as unit:
        unit.reminders.record_pass(now, full=full, event_id=event_id)
        unit.commit()
    return [s.statement for s in sent if s.statement.lstrip().upper().startswith("UPDATE")]


def _passes(engine: Engine) -> Passes:
    with units_of_work(engine)() as unit:
        return unit.reminders.passes()


def test_a_pass_is_recorded_in_one_statement_and_never_moved_back(engine: Engine) -> None:
    assert len(_record(engine, T, full=True, event_id=5)) == 1
    assert _passes(engine) == Passes(T, T, 5)

    # A slower pass that started earlier, having seen fewer events, moves nothing back.
    assert len(_record(engine, T - timedelta(minutes=1), full=True, event_id=3)) == 1
    assert _passes(engine) == Passes(T, T, 5)

    # A later pass, not over everything: the last pass and the events move, the full one not.
    later = T + timedelta(minutes=1)
    assert len(_record(engine, later, full=False, event_id=7)) == 1
    assert _passes(engine) == Passes(later, T, 7)

    # No event seen: the last event stays as it was.
    latest = later + timedelta(minutes=1)
    assert len(_record(engine, latest, full=False, event_id=None)) == 1
    assert _passes(engine) == Passes(latest, T, 7)
