"""Reminders: a sweep computes what is due into the outbox, a sender delivers it exactly once.

See "Scheduler design" in shared/architecture.md: no job per reminder, only periodic passes
that derive everything from the database at `now`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.ports import Messenger, UnitOfWork
from bot.members.links import prune as prune_links
from bot.privacy.retention import apply_retention
from bot.privacy.workspaces import apply_workspace_retention
from bot.reminders.sender import DrainReport, Sender, SenderPolicy
from bot.reminders.sweep import sweep

# A reminder's row is kept this long after it expired (to answer "did I get it?"), then
# forgotten: the outbox holds what is due and the recent past, not every reminder ever sent.
KEPT_AFTER_EXPIRY = timedelta(days=30)


@dataclass(frozen=True)
class TickReport:
    queued: int
    drained: DrainReport
    erased: int  # people whose data the councils' retention removed
    workspaces_erased: int  # workspaces whose data was erased, long after the app was removed
    pruned: int  # outbox rows forgotten, KEPT_AFTER_EXPIRY after they expired
    links_pruned: int = 0  # personal links no one can use any more (bot.members.links.prune)


def tick(
    uow: Callable[[], UnitOfWork],
    messengers: Messenger | Sequence[Messenger],
    now: datetime,
    *,
    worker_id: str,
    policy: SenderPolicy | None = None,
    page_url: str | None = None,
) -> TickReport:
    """Retention, one sweep, one drain and the pruning of the outbox and of personal links at
    `now`: what `python -m bot tick` and the scheduler run. Retention goes first, so nothing is
    queued for someone just erased. `page_url`: where the member page is served, for the links
    in letters."""
    workspaces_erased = apply_workspace_retention(uow, now)
    erased = apply_retention(uow, now)
    queued = sweep(uow, now)
    drained = Sender(uow, messengers, worker_id=worker_id, policy=policy, page_url=page_url).drain(
        now
    )
    with uow() as unit:
        pruned = unit.outbox.prune(expired_before=now - KEPT_AFTER_EXPIRY)
        links_pruned = prune_links(unit, now)
        unit.commit()
    return TickReport(queued, drained, erased, workspaces_erased, pruned, links_pruned)
