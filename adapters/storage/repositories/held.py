"""Rows a unit of work has read, kept for it: the session's own map of them holds them only
weakly, so a person read to check who asks was gone again when the receipt named them, and
was read a second time (inside SQLite's write lock, as the point had just been written)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.storage.models import Forening, Person

HELD = "held_rows"  # session.info key
Row = TypeVar("Row", Person, Forening)


def hold(session: Session, rows: Iterable[object]) -> None:
    """Keep `rows` for as long as the session lasts."""
    session.info.setdefault(HELD, []).extend(rows)


def held_or_read(session: Session, model: type[Row], ids: Collection[int]) -> dict[int, Row]:
    """The rows with these ids: those the session has as they are, the rest in one query."""
    found: dict[int, Row] = {}
    for row_id in ids:
        held = session.identity_map.get(session.identity_key(model, row_id))
        if held is not None:
            found[row_id] = held
    missing = [i for i in ids if i not in found]
    if missing:
        query = select(model).where(model.id.in_(missing))
        found.update((row.id, row) for row in session.scalars(query))
    return found
