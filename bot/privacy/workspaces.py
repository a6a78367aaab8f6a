"""Workspaces the app was removed from: nothing is sent there, and their data is erased after
a grace period unless the app comes back.

The chat platform tells its adapter in two ways that the app is gone from a workspace: by
an event (an uninstall, a revoked token; either may come first), and by its answer to a call
with the token (revoked, invalid, inactive). Either marks the workspace: the sender drops
what is queued for it with the reason, and the sweep queues nothing more. The first mark
starts the retention clock.

The workspace is back as soon as the platform brings us anything newer from it (a command,
a button, an event that happened after the removal): the app cannot be used there unless
installed.

Retention: UNINSTALLED_KEEP_MONTHS after the removal, its councils are deleted with
everything in them (meetings, points, attendance, minutes, the outbox and the event log), and
its people are erased as `/minadata radera` erases them. A quarter is one meeting cycle:
time enough to notice a removal by mistake and reinstall, or to take out the fee basis and
the minutes, while nobody in the workspace can any longer see or erase their own data
through the bot, so keeping it as long as for people who left (bot.privacy.retention) would
keep health data that nobody can reach.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.core.ports import UnitOfWork
from bot.privacy.retention import months_later

log = logging.getLogger(__name__)
UowFactory = Callable[[], UnitOfWork]
UNINSTALLED_KEEP_MONTHS = 3


class WorkspaceService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def removed(self, workspace: str, reason: str, *, now: datetime) -> bool:
        """The app was uninstalled from the workspace or its token revoked; True if this is
        the first we hear of it."""
        with self._uow() as uow:
            first = uow.workspaces.mark_gone(workspace, reason, at=now)
            uow.commit()
        if first:
            log.warning("workspace %s removed the app (%s): sending stopped", workspace, reason)
        return first

    def heard_from(self, workspace: str, *, at: datetime | None) -> bool:
        """The platform brought something from the workspace that happened at `at` (None: now, a
        command or a button): if the app was removed before that, it is back (True)."""
        with self._uow() as uow:
            back = uow.workspaces.mark_back(workspace, heard_at=at)
            uow.commit()
        if back:
            log.warning("workspace %s has the app again: sending resumed", workspace)
        return back


def apply_workspace_retention(uow_factory: UowFactory, now: datetime) -> int:
    """Erase the data of every workspace removed at least UNINSTALLED_KEEP_MONTHS before `now`
    (one transaction each); returns how many workspaces. A step of the scheduler's pass."""
    with uow_factory() as uow:
        due = [
            w.workspace
            for w in uow.workspaces.removed_unerased()
            if w.uninstalled_at is not None
            and months_later(w.uninstalled_at, UNINSTALLED_KEEP_MONTHS) <= now
        ]
    if not due:
        return 0
    # Erasing reaches the fees, the minutes and the agenda: loaded when a workspace is due.
    from bot.privacy.erase import Reason, erase_person

    for workspace in due:
        with uow_factory() as uow:
            councils = uow.workspaces.delete_councils(workspace)
            uow.workspaces.delete_direct_messages(workspace)
            people = 0
            for person in uow.workspaces.people_of(workspace):
                # A person also in a council of another workspace (a channel shared with it)
                # stays for that council; its own retention applies.
                locked = uow.privacy.lock_person(person.id)
                if locked is None or uow.privacy.is_staying(person.id, now):
                    continue
                erase_person(uow, locked, now=now, reason=Reason.UNINSTALLED)
                people += 1
            uow.workspaces.delete_unused_foreningar(workspace)
            uow.workspaces.mark_erased(workspace, at=now)
            uow.commit()
        log.info(
            "workspace %s removed the app %d months ago: %d councils deleted, %d people erased",
            workspace,
            UNINSTALLED_KEEP_MONTHS,
            councils,
            people,
        )
    return len(due)
