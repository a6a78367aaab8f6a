"""Migration 0031_outbox_neutral on a database holding messages: a sent row keeps where it went
and its id there (now `conversation` and `ref`), and the rows waiting for it still go in its
thread and link to it; pending rows are untouched; a downgrade gives the old columns back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import MetaData, select

from adapters.slack.ids import SLACK, conversation
from adapters.storage.db import make_engine, make_session_factory
from adapters.storage.migrate import alembic_config
from adapters.storage.uow import UnitOfWork
from bot.core.ports.messenger import Posted
from bot.reminders.addresses import Address, address_of
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0030_council_year"
POST = {"conversation": "council", "text": "Kallelse"}
IN_THREAD = {"conversation": "council", "text": "Ny punkt", "thread": "post:1"}
LINKING = {
    "conversation": "council",
    "text": "Protokollet",
    "link": {"key": "post:1", "text": "minutes.link", "lang": "sv"},
}


def test_sent_and_pending_rows_survive_and_still_thread_and_link(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    place = {"platform": SLACK, "workspace": "T1", "external_id": "C0RAD"}
    _insert(engine, tables["conversations"], id=1, council_id=1, **place)
    outbox = tables["outbox"]
    common = {"council_id": 1, "due_at": NOW, "attempts": 0}
    _insert(
        engine,
        outbox,
        id=1,
        idempotency_key="post:1",
        payload=POST,
        status="skickad",
        channel_id="C0RAD",
        slack_ts="1700000000.000100",
        via="slack",
        sent_at=NOW,
        **common,
    )
    _insert(
        engine, outbox, id=2, idempotency_key="k2", payload=IN_THREAD, status="väntar", **common
    )
    _insert(engine, outbox, id=3, idempotency_key="k3", payload=LINKING, status="väntar", **common)
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    engine = make_engine(empty_url)
    with UnitOfWork(make_session_factory(engine)) as uow:
        rows = uow.outbox.by_keys(["post:1", "k2", "k3"])
        sent = rows["post:1"]
        assert (sent.conversation, sent.ref, sent.via) == ("C0RAD", "1700000000.000100", "slack")
        assert [(r.status, r.conversation, r.ref) for r in (rows["k2"], rows["k3"])] == [
            ("väntar", None, None),
            ("väntar", None, None),
        ]
        posted = Posted("C0RAD", "1700000000.000100")
        where = conversation("T1", "C0RAD")
        assert address_of(uow, rows["k2"], now=NOW, reaches={SLACK}) == Address(
            to=where, thread=posted
        )
        assert address_of(uow, rows["k3"], now=NOW, reaches={SLACK}) == Address(
            to=where, link=posted
        )
    engine.dispose()

    command.downgrade(alembic_config(empty_url), BEFORE)
    engine = make_engine(empty_url)
    old = MetaData()
    old.reflect(engine)
    table = old.tables["outbox"]
    with engine.connect() as conn:
        found = conn.execute(select(table.c.id, table.c.channel_id, table.c.slack_ts)).all()
    engine.dispose()
    assert sorted(found) == [(1, "C0RAD", "1700000000.000100"), (2, None, None), (3, None, None)]
