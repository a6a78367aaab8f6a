"""Migration 0039_yearly_activity_state on a database holding an årshjul: each joint activity
added before is being planned, the other items have no state, and nothing else changes; a
downgrade takes the column away and keeps the items."""

from __future__ import annotations

from alembic import command
from sqlalchemy import MetaData, select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0038_evaluations"


def _items(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    items = tables.tables["yearly_items"]
    columns = [items.c.id, items.c.month, items.c.title, items.c.activity]
    if "state" in items.c:
        columns.append(items.c.state)
    with engine.connect() as conn:
        rows = conn.execute(select(*columns).order_by(items.c.id)).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_activities_added_before_are_being_planned(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    items = tables["yearly_items"]
    _insert(engine, items, id=1, council_id=1, month=10, title="Budget", activity=False)
    _insert(engine, items, id=2, council_id=1, month=6, title="Sommarfest", activity=True)
    engine.dispose()
    before = _items(empty_url)

    command.upgrade(alembic_config(empty_url), "0039_yearly_activity_state")
    assert _items(empty_url) == [(*before[0], None), (*before[1], "planerad")]

    command.downgrade(alembic_config(empty_url), BEFORE)
    assert _items(empty_url) == before
