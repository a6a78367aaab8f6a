"""Migration 0027_pay_records on a database holding pay data: each salary told before pay had
dates keeps paying every day, as a dated record in öre; and back down, nothing is lost."""

from __future__ import annotations

from datetime import date, datetime

from alembic import command
from sqlalchemy import MetaData, select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends


def _rows(url: str, table: str) -> list[dict[str, object]]:
    engine = make_engine(url)
    found = MetaData()
    found.reflect(engine)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(found.tables[table]))]
    engine.dispose()
    return rows


def test_a_salary_told_before_becomes_pay_valid_from_always(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0026_neutral_words")
    persons, profiles = tables["persons"], tables["fee_profiles"]
    for person_id, name in ((1, "Anna"), (2, "Lina"), (3, "Olle")):
        _insert(engine, persons, id=person_id, display_name=name)
    _insert(engine, profiles, person_id=1, monthly_salary=28000, travel_per_meeting=120)
    _insert(engine, profiles, person_id=2, monthly_salary=None, shift_worker=True)
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    [pay] = _rows(empty_url, "pay_records")
    assert (pay["person_id"], pay["valid_from"], pay["monthly"], pay["hourly"]) == (
        1,
        date(1970, 1, 1),
        2_800_000,
        None,
    )
    told = pay["created_at"]  # when they told it; read raw, SQLite's has no zone
    assert pay["certificate_on"] is None and isinstance(told, datetime)
    assert told.replace(tzinfo=None) == NOW.replace(tzinfo=None)
    kept = {r["person_id"]: r for r in _rows(empty_url, "fee_profiles")}
    assert "monthly_salary" not in kept[1]
    assert (kept[1]["travel_per_meeting"], kept[2]["shift_worker"]) == (120, True)

    command.downgrade(alembic_config(empty_url), "0026_neutral_words")
    back = {r["person_id"]: r["monthly_salary"] for r in _rows(empty_url, "fee_profiles")}
    assert back == {1: 28000, 2: None}
