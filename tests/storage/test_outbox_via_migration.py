"""Migration 0016_outbox_via on a database holding messages: what was delivered went by
Slack (the only channel there was), and what waits has no channel yet."""

from __future__ import annotations

from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url, upgraded

__all__ = ["empty_url"]  # the fixture, on both backends


def test_delivered_messages_were_delivered_by_slack(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0015_point_attachment")
    outbox = tables["outbox"]
    for row_id, status in ((1, "skickad"), (2, "väntar"), (3, "misslyckad")):
        _insert(engine, outbox, id=row_id, idempotency_key=f"k{row_id}", status=status)
    engine.dispose()

    assert upgraded(empty_url, "outbox", "via") == {1: "slack", 2: None, 3: None}
