"""Migration 0044_chat_ids_wide on a database holding data: a meeting's kallelse post and a
minutes thread keep Teams' ids (a channel's `19:…@thread.tacv2`, a personal chat's `a:1…`, an
activity id), at their real length, on SQLite and PostgreSQL; Slack's ids already there stay."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0043_fee_terms"
CHANNEL = "19:" + "a1b2c3d4" * 8 + "@thread.tacv2"  # a channel's id
THREAD = CHANNEL + ";messageid=1733580000000"  # a reply's conversation: its post's thread
CHAT = "a:1" + "Xy7_" * 40  # a personal chat's id, as Teams hands them out
ACTIVITY = "f:" + "8c1d2e3f" * 5  # an activity id in a personal chat


def test_teams_ids_of_a_kallelse_post_and_a_minutes_thread_fit_and_rows_stay(
    empty_url: str,
) -> None:
    assert min(map(len, (CHANNEL, THREAD, CHAT, ACTIVITY))) > 32
    engine, tables = at_revision(empty_url, BEFORE)
    councils, meetings, minutes = (tables[n] for n in ("councils", "meetings", "minutes"))
    _insert(engine, councils, id=1, team_id="T1", name="Rådet")
    slack_post = "1700000000.000100"
    _insert(
        engine, meetings, id=1, council_id=1, kind="stormöte", starts_at=NOW, kallelse_ts=slack_post
    )
    _insert(
        engine,
        minutes,
        id=1,
        meeting_id=1,
        status="utkast",
        version=0,
        channel_id="C0RAD",
        thread_ts=slack_post,
        created_at=NOW,
    )
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    engine = make_engine(empty_url)
    _insert(
        engine, meetings, id=2, council_id=1, kind="stormöte", starts_at=NOW, kallelse_ts=ACTIVITY
    )
    _insert(
        engine, meetings, id=3, council_id=1, kind="stormöte", starts_at=NOW, kallelse_ts=THREAD
    )
    _insert(
        engine,
        minutes,
        id=2,
        meeting_id=2,
        status="utkast",
        version=0,
        channel_id=CHAT,
        thread_ts=ACTIVITY,
        created_at=NOW,
    )
    _insert(
        engine,
        minutes,
        id=3,
        meeting_id=3,
        status="utkast",
        version=0,
        channel_id=THREAD,
        thread_ts=THREAD,
        created_at=NOW,
    )
    with engine.connect() as conn:
        posts = conn.execute(select(meetings.c.id, meetings.c.kallelse_ts)).all()
        threads = conn.execute(
            select(minutes.c.id, minutes.c.channel_id, minutes.c.thread_ts)
        ).all()
    engine.dispose()
    assert sorted(posts) == [(1, slack_post), (2, ACTIVITY), (3, THREAD)]
    assert sorted(threads) == [
        (1, "C0RAD", slack_post),
        (2, CHAT, ACTIVITY),
        (3, THREAD, THREAD),
    ]
