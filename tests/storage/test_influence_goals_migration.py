"""Migration 0046_influence_goals on a database holding an årshjul: every item is no
evaluation and keeps everything else; the new tables are there, empty; a downgrade takes
them and the column away and keeps the items."""

from __future__ import annotations

from alembic import command
from sqlalchemy import MetaData, inspect, select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0045_working_groups"
TABLES = {"influence_goals", "goal_rounds", "goal_tallies", "goal_answered"}


def _items(url: str) -> tuple[list[tuple[object, ...]], set[str]]:
    engine = make_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    items = tables.tables["yearly_items"]
    columns = [items.c.id, items.c.month, items.c.title, items.c.activity, items.c.state]
    if "evaluation" in items.c:
        columns.append(items.c.evaluation)
    with engine.connect() as conn:
        rows = conn.execute(select(*columns).order_by(items.c.id)).all()
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return [tuple(r) for r in rows], names


def test_the_items_held_are_no_evaluation_and_the_goals_tables_come_and_go(
    empty_url: str,
) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    items = tables["yearly_items"]
    _insert(engine, items, id=1, council_id=1, month=10, title="Budget", activity=False)
    _insert(
        engine, items, id=2, council_id=1, month=6, title="Fest", activity=True, state="pågår"
    )
    engine.dispose()
    before, names = _items(empty_url)
    assert not TABLES & names

    command.upgrade(alembic_config(empty_url), "0046_influence_goals")
    after, names = _items(empty_url)
    assert after == [(*before[0], False), (*before[1], False)]
    assert names >= TABLES

    command.downgrade(alembic_config(empty_url), BEFORE)
    assert _items(empty_url) == (before, names - TABLES)
