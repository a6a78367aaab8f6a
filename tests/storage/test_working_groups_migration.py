"""Migration 0045_working_groups on a database holding meetings: each keeps what it had and
belongs to no working group (an arbetsgrupp meeting of before still summons the whole
council); a downgrade takes the tables and the column away again and keeps the meetings."""

from __future__ import annotations

from alembic import command
from sqlalchemy import MetaData, inspect, select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0044_chat_ids_wide"
KEPT = ("id", "council_id", "kind", "place")


def _meetings(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    meetings = tables.tables["meetings"]
    extra = [c for c in ("working_group_id",) if c in meetings.c]
    with engine.connect() as conn:
        rows = conn.execute(
            select(*(meetings.c[c] for c in (*KEPT, *extra))).order_by(meetings.c.id)
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_meetings_keep_everything_and_belong_to_no_group(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    councils, meetings = tables["councils"], tables["meetings"]
    _insert(engine, councils, id=1, team_id="T1", name="Rådet")
    _insert(engine, meetings, id=1, council_id=1, kind="stormöte", place="Stora salen")
    _insert(engine, meetings, id=2, council_id=1, kind="arbetsgrupp")
    engine.dispose()
    before = _meetings(empty_url)

    command.upgrade(alembic_config(empty_url), "0045_working_groups")
    after = _meetings(empty_url)
    assert [row[: len(KEPT)] for row in after] == before
    assert all(row[len(KEPT) :] == (None,) for row in after)
    assert {"working_groups", "working_group_members"} <= _tables(empty_url)

    command.downgrade(alembic_config(empty_url), BEFORE)
    assert _meetings(empty_url) == before
    assert not {"working_groups", "working_group_members"} & _tables(empty_url)
