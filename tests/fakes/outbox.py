"""The outbox in memory: one row per idempotency key, claimed and finished as the sender does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from adapters.storage.models import OutboxMessage
from bot.core.vocabulary import OutboxStatus
from tests.fakes.store import Store


class FakeOutbox:
    def __init__(self, store: Store) -> None:
        self._store = store

    def existing_keys(self, keys: list[str]) -> set[str]:
        return set(self.by_keys(keys))

    def by_keys(self, keys: list[str]) -> dict[str, OutboxMessage]:
        wanted = set(keys)
        return {m.idempotency_key: m for m in self.rows() if m.idempotency_key in wanted}

    def add_new(self, rows: list[dict[str, Any]]) -> int:
        new = [
            row
            for row in rows
            if row["idempotency_key"]
            not in self.existing_keys([r["idempotency_key"] for r in rows])
        ]
        for row in new:
            self._store.add(OutboxMessage(**row))
        return len(new)

    def claim(
        self,
        worker: str,
        *,
        at: datetime,
        stale_before: datetime,
        limit: int,
        keys: Sequence[str] | None = None,
    ) -> list[OutboxMessage]:
        due = [
            m
            for m in self.rows()
            if (keys is None or m.idempotency_key in keys)
            and (
                (m.status == OutboxStatus.PENDING and m.due_at <= at)
                or (m.status == OutboxStatus.SENDING and (m.claimed_at or at) < stale_before)
            )
        ]
        claimed = sorted(due, key=lambda m: (m.due_at, m.id))[:limit]
        for m in claimed:
            m.status, m.claimed_by, m.claimed_at = OutboxStatus.SENDING, worker, at
            m.attempts += 1
        return claimed

    def finish(self, worker: str, outcomes: Mapping[int, Mapping[str, Any]]) -> set[int]:
        recorded = set()
        for row_id, values in outcomes.items():
            row = self._store.get(OutboxMessage, row_id)
            if row is None or row.claimed_by != worker or row.status != OutboxStatus.SENDING:
                continue
            for key, value in values.items():
                setattr(row, key, value)
            recorded.add(row_id)
        return recorded

    def prune(self, *, expired_before: datetime) -> int:
        done = (OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.DROPPED)
        gone = [
            m
            for m in self.rows()
            if m.status in done and m.expires_at is not None and m.expires_at < expired_before
        ]
        for m in gone:
            self._store.delete(m)
        return len(gone)

    def oldest_due(self, now: datetime) -> datetime | None:
        waiting = [
            m.due_at
            for m in self.rows()
            if m.status == OutboxStatus.SENDING
            or (m.status == OutboxStatus.PENDING and m.due_at <= now)
        ]
        return min(waiting, default=None)

    def rows(self) -> list[OutboxMessage]:
        """Every row, in the order queued (what the tests read)."""
        return self._store.all(OutboxMessage)

    def failed_of(self, person_id: int, prefix: str) -> list[OutboxMessage]:
        return [
            m
            for m in self.rows()
            if m.person_id == person_id
            and m.status == OutboxStatus.FAILED
            and m.idempotency_key.startswith(prefix)
        ]
