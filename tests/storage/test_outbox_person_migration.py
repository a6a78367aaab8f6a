"""Migration 0019_outbox_by_person on a database holding messages: every DM names its
person instead of a Slack account, and one waiting for someone unknown is struck."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from adapters.storage.db import make_engine
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url, upgraded

__all__ = ["empty_url"]  # the fixture, on both backends


def test_each_message_names_its_person_not_a_slack_account(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0018_inbox")
    councils, persons, outbox = tables["councils"], tables["persons"], tables["outbox"]
    _insert(engine, councils, id=1, team_id="T1", channel_id="C1", name="Rådet")
    # The same Slack user known in two workspaces: the council's workspace decides.
    _insert(engine, persons, id=10, team_id="T2", slack_user_id="U1", display_name="Anna")
    _insert(engine, persons, id=11, team_id="T1", slack_user_id="U1", display_name="Anna")
    _insert(engine, persons, id=12, team_id="T1", slack_user_id="U2", display_name="Olle")
    rows = {
        1: {"council_id": 1, "payload": {"user": "U1", "text": "Kallelse"}, "status": "väntar"},
        2: {"council_id": None, "payload": {"user": "U2", "text": "Hej"}, "status": "skickad"},
        3: {"person_id": 12, "council_id": 1, "payload": {"user": "U2", "text": "Påminnelse"}},
        4: {"council_id": 1, "payload": {"user": "U9", "text": "Okänd"}, "status": "väntar"},
        5: {"council_id": 1, "payload": {"conversation": "council", "text": "Till kanalen"}},
    }
    for row_id, values in rows.items():
        values.setdefault("status", "väntar")
        _insert(engine, outbox, id=row_id, idempotency_key=f"k{row_id}", **values)
    engine.dispose()

    assert upgraded(empty_url, "outbox", "person_id") == {1: 11, 2: 12, 3: 12, 4: None, 5: None}
    engine = make_engine(empty_url)
    table = MetaData()
    table.reflect(engine)
    found = table.tables["outbox"]
    with engine.connect() as conn:
        after = {r.id: r for r in conn.execute(select(found))}
    engine.dispose()
    assert [after[i].payload for i in (1, 2, 3)] == [
        {"text": "Kallelse"},
        {"text": "Hej"},
        {"text": "Påminnelse"},
    ]
    assert (after[4].status, after[4].last_error) == ("struken", "recipient_gone")
    assert after[5].payload == {"conversation": "council", "text": "Till kanalen"}
    assert [after[i].status for i in (1, 2, 3, 5)] == ["väntar", "skickad", "väntar", "väntar"]
