"""Migration 0037_points_sent_on on a database holding points: each keeps what it had (its
status, outcome, meeting and the point it was carried from) and waits for no answer; a
downgrade takes the new columns away again and keeps the points."""

from __future__ import annotations

from alembic import command
from sqlalchemy import MetaData, select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0036_succession"
KEPT = ("id", "meeting_id", "status", "outcome", "carried_from_id", "title")


def _points(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    points = tables.tables["agenda_points"]
    extra = [c for c in ("sent_to", "answer_by", "answered_at") if c in points.c]
    with engine.connect() as conn:
        rows = conn.execute(
            select(*(points.c[c] for c in (*KEPT, *extra))).order_by(points.c.id)
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_points_keep_everything_and_await_no_answer(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    councils, meetings, points = (tables[n] for n in ("councils", "meetings", "agenda_points"))
    _insert(engine, councils, id=1, team_id="T1", name="Rådet")
    _insert(engine, meetings, id=1, council_id=1, kind="stormöte")
    _insert(engine, points, id=1, council_id=1, meeting_id=1, title="Tolk", status="behandlad",
            outcome="Tolk bokas")  # fmt: skip
    _insert(engine, points, id=2, council_id=1, title="Parkering", status="flyttad")
    _insert(engine, points, id=3, council_id=1, title="Parkering", carried_from_id=2,
            status="på dagordningen")  # fmt: skip
    engine.dispose()
    before = _points(empty_url)

    command.upgrade(alembic_config(empty_url), "0037_points_sent_on")
    after = _points(empty_url)
    assert [row[: len(KEPT)] for row in after] == before
    assert all(row[len(KEPT) :] == (None, None, None) for row in after)

    command.downgrade(alembic_config(empty_url), BEFORE)
    assert _points(empty_url) == before
