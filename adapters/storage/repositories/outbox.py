"""The outbox: insert once per idempotency key, claim safely from many workers, finish."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, or_, select, true, update
from sqlalchemy.orm import Session

from adapters.storage.models import OUTBOX_UNFINISHED, OutboxMessage
from bot.core.vocabulary import OutboxStatus

# Rows per statement: far below SQLite's limit on bound parameters.
CHUNK = 200


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def existing_keys(self, keys: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(keys):
            found.update(
                self._session.scalars(
                    select(OutboxMessage.idempotency_key).where(
                        OutboxMessage.idempotency_key.in_(chunk)
                    )
                )
            )
        return found

    def by_keys(self, keys: list[str]) -> dict[str, OutboxMessage]:
        """The messages with these keys, by key (a key never queued is missing)."""
        found: dict[str, OutboxMessage] = {}
        for chunk in _chunks(keys):
            rows = self._session.scalars(
                select(OutboxMessage).where(OutboxMessage.idempotency_key.in_(chunk))
            )
            found.update((row.idempotency_key, row) for row in rows)
        return found

    def add_new(self, rows: list[dict[str, Any]]) -> int:
        """Insert the rows whose key is new; a concurrent sweep's rows are skipped, not errors."""
        dialect = self._session.get_bind().dialect.name
        # The backend's own module, as its engine loaded it (the other's is never loaded).
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        added = 0
        for chunk in _chunks(rows):
            # RETURNING lists the rows inserted, on both backends (rowcount does not).
            inserted = self._session.scalars(
                insert(OutboxMessage)
                .values(chunk)
                .on_conflict_do_nothing(index_elements=["idempotency_key"])
                .returning(OutboxMessage.id)
            )
            added += len(inserted.all())
        return added

    def claim(
        self,
        worker: str,
        *,
        at: datetime,
        stale_before: datetime,
        limit: int,
        keys: Sequence[str] | None = None,
    ) -> list[OutboxMessage]:
        """Mark up to `limit` rows as ours and return them: pending rows that are due, and
        rows whose claimer went quiet before `stale_before` (it may have crashed); only those
        with one of `keys` when given.

        One UPDATE picks and marks, so two workers never get the same row: on PostgreSQL the
        pick locks with SKIP LOCKED; SQLite lets one writer at a time run the statement. The
        pick reads the partial index of unfinished rows (OUTBOX_UNFINISHED).
        """
        pick = (
            select(OutboxMessage.id)
            .where(
                OUTBOX_UNFINISHED,
                or_(
                    and_(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.due_at <= at),
                    and_(
                        OutboxMessage.status == OutboxStatus.SENDING,
                        OutboxMessage.claimed_at < stale_before,
                    ),
                ),
            )
            .where(OutboxMessage.idempotency_key.in_(keys) if keys is not None else true())
            .order_by(OutboxMessage.due_at, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claimed = self._session.scalars(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(pick.scalar_subquery()))
            .values(
                status=OutboxStatus.SENDING,
                claimed_by=worker,
                claimed_at=at,
                attempts=OutboxMessage.attempts + 1,
            )
            .returning(OutboxMessage)
            .execution_options(synchronize_session=False)
        )
        return sorted(claimed, key=lambda row: (row.due_at, row.id))

    def prune(self, *, expired_before: datetime) -> int:
        """Forget sent, failed and dropped rows that expired before `expired_before`: no sweep
        derives their key again (a reminder is due only before it expires), and nothing
        reads them. Rows without an end (channel posts, kallelser) are kept: later messages
        name them as their thread or link, and the kallelse's delivery report reads them."""
        result = self._session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.status.in_(
                    (OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.DROPPED)
                ),
                OutboxMessage.expires_at < expired_before,
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def finish(self, worker: str, outcomes: Mapping[int, Mapping[str, Any]]) -> set[int]:
        """Record the outcomes of our claims, a statement for each set of columns (executed
        for all their rows at once); the ids still ours (on PostgreSQL locked until commit)
        are those recorded."""
        if not outcomes:
            return set()
        table = OutboxMessage.__table__
        ours = (table.c.claimed_by == worker, table.c.status == OutboxStatus.SENDING)
        mine = select(table.c.id).where(table.c.id.in_(list(outcomes)), *ours)
        if self._session.get_bind().dialect.name == "postgresql":
            mine = mine.with_for_update()
        recorded = set(self._session.scalars(mine))
        alike: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row_id in sorted(recorded):
            values = outcomes[row_id]
            alike.setdefault(tuple(sorted(values)), []).append(
                {"row": row_id, **{f"set_{name}": value for name, value in values.items()}}
            )
        for names, rows in alike.items():
            self._session.execute(
                update(table)
                .where(table.c.id == bindparam("row"), *ours)
                .values({name: bindparam(f"set_{name}") for name in names}),
                rows,
            )
        return recorded

    def failed_of(self, person_id: int, prefix: str) -> list[OutboxMessage]:
        """The person's messages under keys beginning with `prefix` that failed."""
        return list(
            self._session.scalars(
                select(OutboxMessage).where(
                    OutboxMessage.person_id == person_id,
                    OutboxMessage.status == OutboxStatus.FAILED,
                    OutboxMessage.idempotency_key.startswith(prefix, autoescape=True),
                )
            )
        )

    def oldest_due(self, now: datetime) -> datetime | None:
        return self._session.scalar(
            select(func.min(OutboxMessage.due_at)).where(
                or_(
                    OutboxMessage.status == OutboxStatus.SENDING,
                    (OutboxMessage.status == OutboxStatus.PENDING) & (OutboxMessage.due_at <= now),
                )
            )
        )
