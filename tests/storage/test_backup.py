"""`db backup` and `db restore` (adapters/storage/backup.py): a copy taken while the bot runs
restores into an empty database, with everything in it, and the bot runs on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.storage.db import make_engine, make_session_factory
from adapters.storage.models import Forening
from bot.__main__ import main
from tests.databases import PostgresTemplate


def _forenings(url: str) -> list[str]:
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        names = list(session.scalars(select(Forening.name).order_by(Forening.name)))
    engine.dispose()
    return names


def _empty_like(url: str, tmp_path: Path, pg: PostgresTemplate | None) -> str:
    if url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'restored.db'}"
    assert pg is not None
    return pg.fresh(empty=True)


def test_backup_then_restore_into_an_empty_database_and_run_on_it(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    _postgres_template: PostgresTemplate | None,
) -> None:
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        session.add_all(
            Forening(team_id="T1", name=name, name_key=name.lower())
            for name in ("Hjärnkoll", "RSMH Väst")
        )
        session.commit()
    engine.dispose()
    copy = tmp_path / "brukarbot.backup"
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-backup")
    assert main(["db", "backup", str(copy)]) == 0
    assert main(["db", "backup", str(copy)]) == 1  # never over an earlier backup
    assert "finns redan" in capsys.readouterr().err

    restored = _empty_like(database_url, tmp_path, _postgres_template)
    monkeypatch.setenv("DATABASE_URL", restored)
    assert main(["db", "restore", str(copy)]) == 0
    assert _forenings(restored) == ["Hjärnkoll", "RSMH Väst"]
    assert main(["db", "check"]) == 0
    assert main(["tick"]) == 0  # the bot runs on it
    assert main(["db", "restore", str(copy)]) == 1  # not into a database with data
    assert "inte tom" in capsys.readouterr().err


def test_backup_needs_a_file_and_restore_an_existing_one(
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    assert main(["db", "backup"]) == 2
    assert "ange filen" in capsys.readouterr().err
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    assert main(["db", "restore", str(tmp_path / "none.backup")]) == 1
    assert "finns inte" in capsys.readouterr().err
