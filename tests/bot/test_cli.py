"""The CLI contract: commands exist, a bad setting stops with one line, db upgrade is idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from adapters.storage.db import make_engine
from bot.__main__ import main


def test_db_upgrade_twice_on_an_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "upgrade"]) == 0
    assert "councils" in inspect(make_engine(url)).get_table_names()
    assert "Databasen är uppdaterad" in capsys.readouterr().out


def test_a_bad_setting_stops_start_up_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_TIMEZONE", "Europe/Atlantis")
    assert main(["db", "upgrade"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("BOT_TIMEZONE:")
    assert len(err.splitlines()) == 1


def test_serve_without_tokens_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    assert main(["serve"]) == 2
    assert "SLACK_SIGNING_SECRET" in capsys.readouterr().err
