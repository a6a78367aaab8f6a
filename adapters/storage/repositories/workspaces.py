"""Workspaces the app was removed from (no row: installed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, Table, delete, exists, or_, select
from sqlalchemy.orm import Session

from adapters.slack.ids import SLACK
from adapters.storage.models import (
    Account,
    Base,
    Council,
    Forening,
    OutboxMessage,
    Person,
    Workspace,
)


def _slack_accounts_in(team_id: str) -> Select[tuple[int]]:
    """The ids of the people with a Slack account in the workspace."""
    return select(Account.person_id).where(Account.platform == SLACK, Account.workspace == team_id)


class WorkspaceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def gone(self, workspace_id: str) -> str | None:
        """Why nothing may be sent to the workspace (its uninstall reason), or None."""
        workspace = self._session.get(Workspace, workspace_id)
        return workspace.uninstall_reason if workspace and workspace.uninstalled_at else None

    def all_gone(self) -> dict[str, str]:
        """Every removed workspace's reason, by team id."""
        rows = self._session.execute(
            select(Workspace.workspace, Workspace.uninstall_reason).where(
                Workspace.uninstalled_at.is_not(None)
            )
        )
        return {team: reason or "" for team, reason in rows}

    def mark_gone(self, workspace_id: str, reason: str, *, at: datetime) -> bool:
        """Record the removal; False if it was recorded before (the first one starts the
        retention clock: tokens_revoked and app_uninstalled both come, in either order)."""
        workspace = self._session.get(Workspace, workspace_id, with_for_update=True)
        if workspace is None:
            workspace = Workspace(workspace=workspace_id)
            self._session.add(workspace)
        elif workspace.uninstalled_at is not None:
            return False
        workspace.uninstalled_at, workspace.uninstall_reason = at, reason
        workspace.erased_at = None
        self._session.flush()
        return True

    def mark_back(self, workspace_id: str, *, heard_at: datetime | None) -> bool:
        """The workspace is back if it was removed before `heard_at` (None: in any case);
        True if it was."""
        workspace = self._session.get(Workspace, workspace_id)
        if workspace is None or workspace.uninstalled_at is None:
            return False
        if heard_at is not None and workspace.uninstalled_at >= heard_at:
            return False  # news from before the removal (a late delivery of an old event)
        workspace.uninstalled_at = workspace.uninstall_reason = None
        return True

    def removed_unerased(self) -> list[Workspace]:
        """Removed workspaces whose data is still here."""
        return list(
            self._session.scalars(
                select(Workspace).where(
                    Workspace.uninstalled_at.is_not(None), Workspace.erased_at.is_(None)
                )
            )
        )

    def mark_erased(self, workspace_id: str, *, at: datetime) -> None:
        workspace = self._session.get(Workspace, workspace_id)
        if workspace is not None:
            workspace.erased_at = at

    def people_of(self, workspace_id: str) -> list[Person]:
        """The people whose Slack account is in the workspace."""
        return list(
            self._session.scalars(
                select(Person)
                .where(Person.id.in_(_slack_accounts_in(workspace_id)), Person.erased_at.is_(None))
                .order_by(Person.id)
            )
        )

    def delete_councils(self, workspace_id: str) -> int:
        """Delete the workspace's councils and every row that hangs on them (meetings, points,
        attendance, minutes, outbox, event log …), children first; returns how many councils.

        Found through the schema's foreign keys, so a table added later is included without
        being listed here. People and föreningar are not in it: they are erased apart.
        """
        councils = Council.__table__
        doomed: dict[Table, ColumnElement[bool]] = {councils: councils.c.team_id == workspace_id}
        for table in Base.metadata.sorted_tables:  # parents before children
            if table in doomed:
                continue
            refs = [
                fk.parent.in_(select(fk.column).where(doomed[fk.column.table]))
                for fk in table.foreign_keys
                if fk.column.table in doomed and fk.column.table is not table
            ]
            if refs:
                doomed[table] = or_(*refs)
        count = len(self._session.scalars(select(councils.c.id).where(doomed[councils])).all())
        for table in reversed(list(doomed)):
            self._session.execute(delete(table).where(doomed[table]))
        return count

    def delete_direct_messages(self, workspace_id: str) -> None:
        """The outbox rows to the workspace's people that belong to no council (notices)."""
        self._session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.council_id.is_(None),
                OutboxMessage.person_id.in_(_slack_accounts_in(workspace_id)),
            )
        )

    def delete_unused_foreningar(self, workspace_id: str) -> None:
        """The workspace's föreningar that no row refers to any more."""
        foreningar = Forening.__table__
        referring = [
            fk.parent
            for table in Base.metadata.sorted_tables
            for fk in table.foreign_keys
            if fk.column.table is foreningar
        ]
        self._session.execute(
            delete(Forening).where(
                Forening.team_id == workspace_id,
                *[~exists().where(column == Forening.id) for column in referring],
            )
        )
