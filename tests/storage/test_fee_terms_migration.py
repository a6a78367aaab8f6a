"""Migration 0043_fee_terms on a database holding councils and meetings: every council keeps its
level and rules, a council with no cap gets the guideline's default (a regionråd's monthly fee,
shared/seeds/001 L3797–3799) while a council's own cap stays, and no meeting has terms of its own
until decided; back down, nothing else is lost."""

from __future__ import annotations

from alembic import command

from adapters.storage.migrate import alembic_config
from bot.fees.terms import REGIONRAD_MONTHLY
from tests.storage.test_pay_records_migration import _rows
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends


def test_councils_keep_their_rules_and_get_the_default_cap(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0042_meeting_guests")
    councils, meetings = tables["councils"], tables["meetings"]
    _insert(
        engine, councils, id=1, name="Rådet", fee_level=2, fee_half_day=600, fee_income_cap=None
    )
    _insert(engine, councils, id=2, name="Rådet 2", fee_level=1, fee_income_cap=45000)
    _insert(engine, meetings, id=7, council_id=1, kind="STORMOTE", status="PLANNED")
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    kept = {r["id"]: r for r in _rows(empty_url, "councils")}
    assert (kept[1]["fee_level"], kept[1]["fee_half_day"]) == (2, 600)
    assert (kept[1]["fee_income_cap"], kept[2]["fee_income_cap"]) == (REGIONRAD_MONTHLY, 45000)
    assert [kept[1][c] for c in ("fee_parts", "fee_decision", "fee_kind_terms", "fee_payer")] == [
        None
    ] * 4
    [meeting] = _rows(empty_url, "meetings")
    assert (meeting["id"], meeting["fee_terms"]) == (7, None)

    command.downgrade(alembic_config(empty_url), "0042_meeting_guests")
    back = {r["id"]: r for r in _rows(empty_url, "councils")}
    assert "fee_payer" not in back[1] and back[2]["fee_income_cap"] == 45000
    assert back[1]["fee_income_cap"] is None
    assert "fee_terms" not in _rows(empty_url, "meetings")[0]
