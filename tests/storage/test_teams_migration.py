"""Migration 0040_teams on a database holding data: the outbox's `conversation` and `ref`
take a Teams conversation id and activity reference, and a council, its föreningar and its
workspace take a Teams tenant id; every row already there is kept as it was, the outbox's
partial index included."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0039_yearly_activity_state"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
CHANNEL = "19:" + "a1b2c3d4" * 8 + "@thread.tacv2"
CHAT = "a:1" + "Xy7_" * 40  # a personal chat's id, as Teams hands them out
REF = CHANNEL + ";messageid=1733580000000"


def test_teams_ids_fit_and_every_row_stays(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    _insert(engine, tables["foreningar"], id=1, team_id="T1", name="RSMH", name_key="rsmh")
    _insert(engine, tables["workspaces"], team_id="T1")
    common = {"council_id": 1, "due_at": NOW, "attempts": 0, "payload": {"text": "Kallelse"}}
    sent = {"conversation": "C0RAD", "ref": "1700000000.000100", "via": "slack"}
    _insert(
        engine, tables["outbox"], id=1, idempotency_key="k1", status="skickad", **sent, **common
    )
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    engine = make_engine(empty_url)
    councils, foreningar, workspaces, outbox = (
        tables[n] for n in ("councils", "foreningar", "workspaces", "outbox")
    )
    _insert(engine, councils, id=2, team_id=TENANT, name="Teamsrådet")
    _insert(engine, foreningar, id=2, team_id=TENANT, name="Attention", name_key="attention")
    _insert(engine, workspaces, team_id=TENANT)
    teams = {"conversation": CHAT, "ref": REF, "via": "teams"}
    _insert(engine, outbox, id=2, idempotency_key="k2", status="skickad", **teams, **common)
    with engine.connect() as conn:
        rows = conn.execute(select(outbox.c.id, outbox.c.conversation, outbox.c.ref)).all()
        tenants = conn.execute(select(councils.c.team_id).order_by(councils.c.id)).scalars().all()
        kept = conn.execute(select(foreningar.c.name).order_by(foreningar.c.id)).scalars().all()
    indexes = {i["name"] for i in inspect(engine).get_indexes("outbox")}
    engine.dispose()
    assert sorted(rows) == [(1, "C0RAD", "1700000000.000100"), (2, CHAT, REF)]
    assert tenants == ["T1", TENANT]
    assert kept == ["RSMH", "Attention"]
    assert "ix_outbox_unfinished" in indexes
