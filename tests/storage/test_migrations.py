"""The Alembic migrations build the schema the models describe, on both backends."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.orm import Session

from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config, at_head, heads, upgrade
from adapters.storage.models import Base, Council, Minutes
from bot.core.vocabulary import MinutesStatus
from tests.databases import PostgresTemplate


def _insert_council(
    conn: Connection,
    council_id: int,
    channel_id: str,
    language: str,
    at: str,
    *,
    team: str = "T0",
) -> None:
    """A council row as every migration since the first can hold it."""
    conn.execute(
        text(
            "insert into councils (id, team_id, channel_id, name, agenda_deadline_days,"
            " min_notice_days, minutes_due_days, fee_level, timezone, language, created_at)"
            " values (:id, :team, :channel, 'Rådet', 7, 7, 14, 1, 'Europe/Stockholm', :language,"
            " :at)"
        ),
        {"id": council_id, "team": team, "channel": channel_id, "language": language, "at": at},
    )


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_upgrade_on_empty_sqlite_file_creates_schema_and_twice_is_noop(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    upgrade(url)
    engine = make_engine(url)
    first = _tables(engine)
    assert {"councils", "persons", "memberships", "meetings", "outbox", "events"} <= first
    upgrade(url)
    assert _tables(engine) == first
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from alembic_version")).scalar() == 1
    engine.dispose()


def test_upgrade_on_empty_postgres_creates_schema_and_twice_is_noop(
    _postgres_template: PostgresTemplate | None,
) -> None:
    if _postgres_template is None:
        pytest.skip("PostgreSQL not available")
    # A database with nothing in it, not a copy of the migrated template.
    url = _postgres_template.url(_postgres_template.name + "_empty")
    _postgres_template._execute(f'CREATE DATABASE "{_postgres_template.name}_empty"')
    try:
        upgrade(url)
        engine = make_engine(url)
        first = _tables(engine)
        assert {"councils", "agenda_points", "attendance", "action_items"} <= first
        upgrade(url)
        assert _tables(engine) == first
        engine.dispose()
    finally:
        _postgres_template.drop(url)


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_has_wal_foreign_keys_and_every_commit_synced(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL, not NORMAL
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_justering_and_approved_minutes_upgrade_a_database_holding_minutes(
    backend: str, tmp_path: Path, _postgres_template: PostgresTemplate | None
) -> None:
    """0010 on a database from 0009 with a council and published minutes: the council keeps
    justering (the default), the minutes keep what they were and have no kept version, so
    they are still rendered from their log."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
    elif _postgres_template is None:
        pytest.skip("PostgreSQL not available")
    else:
        name = _postgres_template.name + "_0009"
        _postgres_template._execute(f'CREATE DATABASE "{name}"')
        url = _postgres_template.url(name)
    try:
        _upgrade_holding_minutes(url)
    finally:
        if backend == "postgresql" and _postgres_template is not None:
            _postgres_template.drop(url)


def _upgrade_holding_minutes(url: str) -> None:
    command.upgrade(alembic_config(url), "0009_point_meeting_kind")
    engine = make_engine(url)
    created = "2026-11-01 09:00:00.000000"
    with engine.begin() as conn:
        _insert_council(conn, 1, "C1", "sv", created)
        conn.execute(
            text(
                "insert into meetings (id, council_id, kind, status, starts_at, sequence, "
                "created_at) values (1, 1, 'stormöte', 'planerat', :at, 0, :at)"
            ),
            {"at": created},
        )
        conn.execute(
            text(
                "insert into minutes (id, meeting_id, status, version, created_at) "
                "values (1, 1, 'publicerat', 3, :at)"
            ),
            {"at": created},
        )
    upgrade(url)
    with Session(engine) as session:
        council = session.get(Council, 1)
        minutes = session.get(Minutes, 1)
        assert council is not None and council.minutes_justering is True
        assert minutes is not None
        assert (minutes.status, minutes.version, minutes.approved) == (
            MinutesStatus.PUBLISHED,
            3,
            None,
        )
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    _postgres_template: PostgresTemplate | None,
) -> Iterator[str]:
    """A database with nothing in it, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    if _postgres_template is None:
        pytest.skip("PostgreSQL not available")
    name = f"{_postgres_template.name}_{uuid.uuid4().hex[:8]}"
    _postgres_template._execute(f'CREATE DATABASE "{name}"')
    url = _postgres_template.url(name)
    yield url
    _postgres_template.drop(url)


def test_kind_texts_upgrade_a_council_with_data(empty_url: str) -> None:
    """0011: the texts and standing points councils had become the stormöte's; förmöten get
    their own standing points (in the council's language); arbetsgrupper keep theirs."""
    command.upgrade(alembic_config(empty_url), "0010_justering_approved")
    engine = make_engine(empty_url)
    at = "2026-11-22 09:00:00"
    with engine.begin() as conn:
        for council_id, language in ((1, "sv"), (2, "en")):
            _insert_council(conn, council_id, f"C{council_id}", language, at)
        for position, (title, kind) in enumerate(
            (("Information från verksamheten", None), ("Övriga frågor", "ovriga")), start=1
        ):
            conn.execute(
                text(
                    "insert into standing_points (council_id, position, title, kind)"
                    " values (1, :position, :title, :kind)"
                ),
                {"position": position, "title": title, "kind": kind},
            )
        conn.execute(
            text(
                "insert into council_kallelse (council_id, breaks, food)"
                " values (1, 'kl. 14.30', 'Kaffe')"
            )
        )
    engine.dispose()

    upgrade(empty_url)

    engine = make_engine(empty_url)
    with engine.connect() as conn:
        texts = conn.execute(
            text("select council_id, meeting_kind, breaks, food from council_kallelse")
        ).all()
        points = conn.execute(
            text(
                "select council_id, meeting_kind, position, title, kind from standing_points"
                " order by council_id, meeting_kind, position"
            )
        ).all()
    assert [tuple(r) for r in texts] == [(1, "stormöte", "kl. 14.30", "Kaffe")]
    assert [tuple(r) for r in points] == [
        (1, "arbetsgrupp", 1, "Information från verksamheten", None),
        (1, "arbetsgrupp", 2, "Övriga frågor", "ovriga"),
        (1, "förmöte", 1, "Genomgång av stormötets dagordning", None),
        (1, "förmöte", 2, "Uppföljning av tidigare beslut och åtgärder", "uppfoljning"),
        (1, "förmöte", 3, "Övriga frågor", "ovriga"),
        (1, "stormöte", 1, "Information från verksamheten", None),
        (1, "stormöte", 2, "Övriga frågor", "ovriga"),
        (2, "förmöte", 1, "Going through the plenary meeting's agenda", None),
        (2, "förmöte", 2, "Follow-up of earlier decisions and actions", "uppfoljning"),
        (2, "förmöte", 3, "Any other business", "ovriga"),
    ]
    # A second text row per council is now possible: the förmöte's own.
    with engine.begin() as conn:
        conn.execute(
            text(
                "insert into council_kallelse (council_id, meeting_kind, breaks)"
                " values (1, 'förmöte', NULL)"
            )
        )
    engine.dispose()


def test_point_attachments_upgrade_a_database_holding_points(empty_url: str) -> None:
    """The points already sent keep everything, with no attachment."""
    command.upgrade(alembic_config(empty_url), "0013_people_leave")
    engine = make_engine(empty_url)
    at = "2026-11-22 09:00:00"
    with engine.begin() as conn:
        _insert_council(conn, 1, "C1", "sv", at)
        conn.execute(
            text(
                "insert into agenda_points (council_id, meeting_kind, title, status, late,"
                " standing, position, presents_self, under_ovriga, source_key, created_at)"
                " values (1, 'stormöte', 'Hörslinga', 'inskickad', false, false, 1, false,"
                " false, 'msg:T0:C1:1.1', :at)"
            ),
            {"at": at},
        )
    engine.dispose()

    upgrade(empty_url)

    engine = make_engine(empty_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("select title, source_key, attachment_link, attachment_kind from agenda_points")
        ).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [("Hörslinga", "msg:T0:C1:1.1", None, None)]


def test_councils_by_channel_keeps_the_first_of_two_for_one_shared_channel(
    empty_url: str,
) -> None:
    """0017 on a database where a shared channel got a council from each of two workspaces:
    the first keeps the channel, the later one is detached with its meetings, none deleted."""
    url = empty_url
    command.upgrade(alembic_config(url), "0016_outbox_via")
    engine = make_engine(url)
    created = "2026-11-01 09:00:00.000000"
    with engine.begin() as conn:
        for council_id, team in ((1, "T1"), (2, "T2")):
            _insert_council(conn, council_id, "C1", "sv", created, team=team)
            conn.execute(
                text(
                    "insert into meetings (id, council_id, kind, status, starts_at, sequence, "
                    "created_at) values (:id, :id, 'stormöte', 'planerat', :at, 0, :at)"
                ),
                {"id": council_id, "at": created},
            )
    upgrade(url)
    with Session(engine) as session:
        assert session.get(Council, 1).conversation == "C1"  # type: ignore[union-attr]
        assert session.get(Council, 2).conversation == "C1~2"  # type: ignore[union-attr]
        assert session.execute(text("select count(*) from meetings")).scalar() == 2
    engine.dispose()


def test_the_head_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert heads() == set(script.get_heads())


def test_an_upgrade_at_head_is_a_look_that_loads_no_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'at_head.db'}"
    assert not at_head(url)
    upgrade(url)
    assert at_head(url)
    check = (
        "import sys; from adapters.storage.migrate import upgrade; "
        f"upgrade({url!r}); print('alembic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", check],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
