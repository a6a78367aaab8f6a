"""Who a meeting summons: everyone who may see it, but for a working group's meeting only
the group's roster (bot.councils.working_groups): its kallelse, its reminders and its roll."""

from __future__ import annotations

from collections.abc import Collection

from adapters.storage.models import Meeting
from bot.core.authz import Viewer
from bot.core.ports import UnitOfWork
from bot.meetings.service import visible_to


def roster_for(uow: UnitOfWork, meeting: Meeting) -> frozenset[int] | None:
    """A working group's meeting: its roster's person ids; None for any other meeting."""
    if meeting.working_group_id is None:
        return None
    return frozenset(uow.working_groups.roster(meeting.working_group_id))


def on_roster(viewer: Viewer, roster: Collection[int] | None) -> bool:
    """On the roster roster_for gave (None: a meeting of no working group, everyone's)."""
    return roster is None or viewer.person_id in roster


def summoned(viewer: Viewer, meeting: Meeting, roster: Collection[int] | None) -> bool:
    """Whether the meeting summons the viewer (`roster`: roster_for's)."""
    return on_roster(viewer, roster) and visible_to(viewer, meeting)
