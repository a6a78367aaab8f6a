"""Whether this deployment can do its work (`/readyz`): the database answers, the reminder
passes run (any process's: `serve`, `worker` or `tick` record them), and the outbox is not
stuck. `/healthz` only says the process is alive; an orchestrator routes requests and raises
alarms on this one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.core.ports import UnitOfWork

PASSES_EVERY = timedelta(minutes=3)  # the scheduler passes every minute: three missed
OUTBOX_STUCK = timedelta(minutes=15)  # longer than any Retry-After a platform gives
OK = "ok"


@dataclass(frozen=True)
class Readiness:
    checks: dict[str, str]  # what was checked: "ok", or why not

    @property
    def ready(self) -> bool:
        return all(found == OK for found in self.checks.values())


def readiness(uow: Callable[[], UnitOfWork], now: datetime) -> Readiness:
    try:
        with uow() as work:
            last_pass = work.reminders.passes().last_at
            oldest = work.outbox.oldest_due(now)
    except SQLAlchemyError as err:
        return Readiness({"database": f"not usable ({type(err).__name__})"})
    passes = OK
    if last_pass is None:
        passes = "no reminder pass yet"
    elif now - last_pass > PASSES_EVERY:
        passes = f"last reminder pass at {last_pass.isoformat()}"
    outbox = OK
    if oldest is not None and now - oldest > OUTBOX_STUCK:
        outbox = f"a message due at {oldest.isoformat()} is not sent"
    return Readiness({"database": OK, "reminder passes": passes, "outbox": outbox})
