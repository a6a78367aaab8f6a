"""Migration 0036_succession on a database holding föreningar and members: every row is
kept, no förening has a contact yet and no appointment awaits confirmation; and back down."""

from __future__ import annotations

from alembic import command

from adapters.storage.migrate import alembic_config
from tests.storage.test_pay_records_migration import _rows
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends


def test_foreningar_and_members_are_kept_with_no_contact_and_nothing_to_confirm(
    empty_url: str,
) -> None:
    engine, tables = at_revision(empty_url, "0035_yearly_items")
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    _insert(engine, tables["persons"], id=1, display_name="Anna")
    _insert(engine, tables["foreningar"], id=1, team_id="T1", name="RSMH", name_key="rsmh")
    _insert(
        engine,
        tables["memberships"],
        id=1,
        council_id=1,
        person_id=1,
        role="ledamot",
        forening_id=1,
        active_from=NOW,
    )
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    [forening] = _rows(empty_url, "foreningar")
    assert (forening["name"], forening["contact_person_id"]) == ("RSMH", None)
    [membership] = _rows(empty_url, "memberships")
    assert (membership["person_id"], membership["forening_id"]) == (1, 1)
    assert membership["confirm_asked_at"] is None
    assert _rows(empty_url, "vacancies") == []

    command.downgrade(alembic_config(empty_url), "0035_yearly_items")
    [kept] = _rows(empty_url, "memberships")
    assert "confirm_asked_at" not in kept and kept["role"] == "ledamot"
    assert "contact_person_id" not in _rows(empty_url, "foreningar")[0]
