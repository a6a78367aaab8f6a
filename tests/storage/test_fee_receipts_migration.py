"""Migration 0047_fee_receipts on a database holding councils and claims: the reading settings no
rule reads are dropped and nothing else of a council or a claim changes; an empty receipts table
is added; back down, the reading columns are there again with the values every council had
before they could be set, and the receipts table is gone."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import inspect

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_pay_records_migration import _rows
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends


def test_reading_settings_are_dropped_and_a_council_keeps_everything_else(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0046_influence_goals")
    councils = tables["councils"]
    _insert(
        engine,
        councils,
        id=1,
        name="Rådet",
        fee_level=2,
        fee_half_day=600,
        fee_reading_counts=False,
        fee_reading_minutes=90,
        fee_payer="Nämnden",
    )
    _insert(engine, tables["persons"], id=3, display_name="Anna")
    _insert(
        engine,
        tables["fee_claims"],
        id=5,
        person_id=3,
        council_id=1,
        day=date(2027, 3, 11),
        stated={"travel": 12000},
        figures={"meetings": []},
        total=72000,
    )
    before = _rows(empty_url, "councils")[0]
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    [council] = _rows(empty_url, "councils")
    assert "fee_reading_counts" not in council and "fee_reading_minutes" not in council
    assert council == {
        k: v for k, v in before.items() if k not in ("fee_reading_counts", "fee_reading_minutes")
    }
    [claim] = _rows(empty_url, "fee_claims")
    assert (claim["stated"], claim["total"]) == ({"travel": 12000}, 72000)
    assert _rows(empty_url, "fee_receipts") == []

    command.downgrade(alembic_config(empty_url), "0046_influence_goals")
    [back] = _rows(empty_url, "councils")
    assert (back["fee_reading_counts"], back["fee_reading_minutes"]) in ((True, 0), (1, 0))
    assert (back["fee_level"], back["fee_half_day"], back["fee_payer"]) == (2, 600, "Nämnden")
    assert _rows(empty_url, "fee_claims")[0]["total"] == 72000
    assert not any(t == "fee_receipts" for t in _tables(empty_url))


def _tables(url: str) -> list[str]:
    engine = make_engine(url)
    names = inspect(engine).get_table_names()
    engine.dispose()
    return names
