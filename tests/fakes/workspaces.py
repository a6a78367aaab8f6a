"""Workspaces the app was removed from, and erasing what they held, in memory."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect

from adapters.slack.ids import SLACK
from adapters.storage.models import Base, Council, Forening, OutboxMessage, Person, Workspace
from tests.fakes.store import Store


class FakeWorkspaces:
    def __init__(self, store: Store) -> None:
        self._store = store

    def gone(self, workspace_id: str) -> str | None:
        workspace = self._store.get(Workspace, workspace_id)
        return workspace.uninstall_reason if workspace and workspace.uninstalled_at else None

    def all_gone(self) -> dict[str, str]:
        return {
            w.workspace: w.uninstall_reason or ""
            for w in self._store.all(Workspace)
            if w.uninstalled_at is not None
        }

    def mark_gone(self, workspace_id: str, reason: str, *, at: datetime) -> bool:
        workspace = self._store.get(Workspace, workspace_id) or self._store.add(
            Workspace(workspace=workspace_id)
        )
        if workspace.uninstalled_at is not None:
            return False
        workspace.uninstalled_at, workspace.uninstall_reason = at, reason
        workspace.erased_at = None
        return True

    def mark_back(self, workspace_id: str, *, heard_at: datetime | None) -> bool:
        workspace = self._store.get(Workspace, workspace_id)
        if workspace is None or workspace.uninstalled_at is None:
            return False
        if heard_at is not None and workspace.uninstalled_at >= heard_at:
            return False
        workspace.uninstalled_at = workspace.uninstall_reason = None
        return True

    def removed_unerased(self) -> list[Workspace]:
        return [
            w
            for w in self._store.all(Workspace)
            if w.uninstalled_at is not None and w.erased_at is None
        ]

    def mark_erased(self, workspace_id: str, *, at: datetime) -> None:
        workspace = self._store.get(Workspace, workspace_id)
        if workspace is not None:
            workspace.erased_at = at

    def people_of(self, workspace_id: str) -> list[Person]:
        ids = self._slack_people(workspace_id)
        return [p for p in self._store.all(Person) if p.id in ids and p.erased_at is None]

    def delete_councils(self, workspace_id: str) -> int:
        councils = [c for c in self._store.all(Council) if c.workspace == workspace_id]
        self._store.delete_with_dependents(list(councils))
        return len(councils)

    def delete_direct_messages(self, workspace_id: str) -> None:
        ids = self._slack_people(workspace_id)
        for row in self._store.all(OutboxMessage):
            if row.council_id is None and row.person_id in ids:
                self._store.delete(row)

    def delete_unused_foreningar(self, workspace_id: str) -> None:
        referring = [
            (model.class_, fk.parent.key)
            for model in Base.registry.mappers
            for fk in model.local_table.foreign_keys
            if fk.column.table is inspect(Forening).local_table
        ]
        used = {getattr(row, key) for model, key in referring for row in self._store.all(model)}
        for forening in self._store.all(Forening):
            if forening.team_id == workspace_id and forening.id not in used:
                self._store.delete(forening)

    def _slack_people(self, team_id: str) -> set[int]:
        return {
            p.id
            for p in self._store.all(Person)
            if any(a.platform == SLACK and a.workspace == team_id for a in p.accounts)
        }
