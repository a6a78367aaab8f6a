"""Reminders: a sweep computes what is due into the outbox, a sender delivers it exactly once.

See "Scheduler design" in shared/architecture.md: no job per reminder, only periodic passes
that derive everything from the database at `now`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.messenger import Messenger
from bot.privacy.retention import apply_retention
from bot.reminders.sender import DrainReport, Sender, SenderPolicy
from bot.reminders.sweep import sweep
from bot.workspaces import apply_workspace_retention
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class TickReport:
    queued: int
    drained: DrainReport
    erased: int  # people whose data the councils' retention removed
    workspaces_erased: int  # workspaces whose data was erased, long after the app was removed


def tick(
    uow: Callable[[], UnitOfWork],
    messengers: Messenger | Sequence[Messenger],
    now: datetime,
    *,
    worker_id: str,
    policy: SenderPolicy | None = None,
) -> TickReport:
    """Retention, one sweep and one drain at `now`: what `python -m bot tick` and the
    scheduler run. Retention goes first, so nothing is queued for someone just erased."""
    workspaces_erased = apply_workspace_retention(uow, now)
    erased = apply_retention(uow, now)
    queued = sweep(uow, now)
    drained = Sender(uow, messengers, worker_id=worker_id, policy=policy).drain(now)
    return TickReport(queued, drained, erased, workspaces_erased)
