"""The fakes' database: the storage models held in memory, with what the database would do
on a flush (column defaults, ids, the rows a new object brings along, the derived columns)
and a snapshot to roll back to."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import inspect

from adapters.slack.ids import SLACK
from adapters.storage.models import Account, Base, Conversation, Council, Person
from bot.core.ports import Conflict

M = TypeVar("M", bound=Base)


def _state(row: Base) -> dict[str, Any]:
    mapper = inspect(type(row))
    state = {attr.key: copy.deepcopy(getattr(row, attr.key)) for attr in mapper.column_attrs}
    state.update({rel.key: list(getattr(row, rel.key)) for rel in mapper.relationships})
    return state


class Store:
    def __init__(self) -> None:
        self._rows: dict[type[Base], dict[tuple[Any, ...], Base]] = {}
        self._ids: dict[type[Base], int] = {}

    def add(self, row: M) -> M:
        """Insert (a flush of one new object): defaults, an id, and its child rows."""
        mapper = inspect(type(row))
        for attr in mapper.column_attrs:  # by attribute: a column may be named otherwise
            default = getattr(attr.columns[0], "default", None)
            if getattr(row, attr.key) is None and default is not None:
                arg = default.arg
                setattr(row, attr.key, arg(None) if callable(arg) else arg)
        if len(mapper.primary_key) == 1 and getattr(row, mapper.primary_key[0].key) is None:
            self._ids[type(row)] = self._ids.get(type(row), 0) + 1
            setattr(row, mapper.primary_key[0].key, self._ids[type(row)])
        rows = self._rows.setdefault(type(row), {})
        key = mapper.primary_key_from_instance(row)
        if rows.get(tuple(key), row) is not row:
            raise Conflict(f"{type(row).__name__} {key}")
        rows[tuple(key)] = row
        self.flush_children(row)
        return row

    def flush_children(self, row: Base) -> None:
        """Rows that came with an object (a person's accounts, a council's conversations) are
        inserted with it, those it let go of are deleted (delete-orphan), and the columns read
        by a subquery are derived."""
        if isinstance(row, Person):
            self._children(Account, row.accounts, person_id=row.id)
            first = next((a for a in row.accounts if a.platform == SLACK), None)
            row.chat_account = first.external_id if first else None
            row.chat_workspace = first.workspace if first else None
        if isinstance(row, Council):
            self._children(Conversation, row.conversations, council_id=row.id)
            row.conversation = _first_slack(row.conversations)

    def _children(
        self, model: type[Account | Conversation], held: list[Any], **parent: int
    ) -> None:
        [(column, parent_id)] = parent.items()
        for child in held:
            setattr(child, column, parent_id)
            if child.id is None:
                self.add(child)
        for orphan in self.where(model, lambda c: getattr(c, column) == parent_id):
            if orphan not in held:
                self.delete(orphan)

    def flush(self) -> None:
        for table in (Person, Council):
            for row in self.all(table):
                self.flush_children(row)

    def delete(self, row: Base) -> None:
        key = tuple(inspect(type(row)).primary_key_from_instance(row))
        del self._rows[type(row)][key]

    def delete_with_dependents(self, rows: list[Base]) -> None:
        """Delete the rows and every row that refers to them, through the schema's foreign
        keys (as the storage adapter finds them), children first."""
        models = {m.local_table: m.class_ for m in Base.registry.mappers}
        doomed: dict[Any, list[Base]] = {}
        for row in rows:
            doomed.setdefault(inspect(type(row)).local_table, []).append(row)
        for table in Base.metadata.sorted_tables:  # parents before children
            for fk in table.foreign_keys:
                parent = fk.column.table
                if parent is table or parent not in doomed or table not in models:
                    continue
                keys = {getattr(row, fk.column.key) for row in doomed[parent]}
                held = doomed.setdefault(table, [])
                held += [
                    row
                    for row in self.all(models[table])
                    if getattr(row, fk.parent.key) in keys and row not in held
                ]
        for table in reversed(Base.metadata.sorted_tables):
            for row in doomed.get(table, []):
                self.delete(row)

    def get(self, model: type[M], *key: Any) -> M | None:
        found = self._rows.get(model, {}).get(key)
        return found  # type: ignore[return-value]

    def all(self, model: type[M]) -> list[M]:
        """Every row of a table, in the order inserted (as an id order would give)."""
        return list(self._rows.get(model, {}).values())  # type: ignore[arg-type]

    def where(self, model: type[M], test: Callable[[M], bool]) -> Iterator[M]:
        return (row for row in self.all(model) if test(row))

    def snapshot(self) -> Callable[[], None]:
        """What the store holds now; calling the result puts it back (a rollback)."""
        rows = {table: dict(held) for table, held in self._rows.items()}
        states = [(row, _state(row)) for held in rows.values() for row in held.values()]

        def restore() -> None:  # ids are not given back, as a database's sequence does not
            self._rows = {table: dict(held) for table, held in rows.items()}
            for row, state in states:
                for key, value in state.items():
                    setattr(row, key, value)

        return restore


def _first_slack(links: list[Account] | list[Conversation]) -> str | None:
    return next((link.external_id for link in links if link.platform == SLACK), None)
