"""Migrations 0041_onboarding_links and 0042_meeting_guests: a council from before keeps its
onboarding setting (on or off) though a new council now has it on, and gets no links; its
members no buddy; meetings are kept and have no guests; and back down, nothing else is lost."""

from __future__ import annotations

from alembic import command

from adapters.storage.migrate import alembic_config
from adapters.storage.models import Council
from tests.storage.test_pay_records_migration import _rows
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends


def test_councils_from_before_keep_their_setting(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0040_teams")
    for council_id, on in ((1, False), (2, True)):
        _insert(
            engine, tables["councils"], id=council_id, team_id="T1", name=f"Råd {council_id}",
            onboarding=on,
        )  # fmt: skip
    _insert(engine, tables["persons"], id=1, display_name="Anna")
    _insert(
        engine, tables["memberships"], id=1, council_id=1, person_id=1, role="ledamot",
        active_from=NOW,
    )  # fmt: skip
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    councils = {r["id"]: r for r in _rows(empty_url, "councils")}
    assert {i: bool(r["onboarding"]) for i, r in councils.items()} == {1: False, 2: True}
    assert [r["onboarding_links"] for r in councils.values()] == [None, None]
    assert _rows(empty_url, "memberships")[0]["buddy_id"] is None
    assert Council.__table__.c.onboarding.default.arg is True  # a new council: on

    command.downgrade(alembic_config(empty_url), "0040_teams")
    kept = {r["id"]: bool(r["onboarding"]) for r in _rows(empty_url, "councils")}
    assert kept == {1: False, 2: True}
    assert "buddy_id" not in _rows(empty_url, "memberships")[0]


def test_meeting_guests_come_empty_beside_the_meetings_kept(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0041_onboarding_links")
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    _insert(
        engine, tables["meetings"], id=1, council_id=1, kind="stormöte", status="planerat",
        starts_at=NOW, created_at=NOW,
    )  # fmt: skip
    engine.dispose()
    command.upgrade(alembic_config(empty_url), "head")
    assert [r["id"] for r in _rows(empty_url, "meetings")] == [1]
    assert _rows(empty_url, "meeting_guests") == []
    command.downgrade(alembic_config(empty_url), "0041_onboarding_links")
    assert [r["kind"] for r in _rows(empty_url, "meetings")] == ["stormöte"]
