"""The CLI contract: commands exist, a bad setting stops with one line, db upgrade is idempotent."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from adapters.runtime import settings
from adapters.storage.db import make_engine
from adapters.storage.migrate import current, heads
from bot.__main__ import main
from tests.databases import PostgresTemplate, postgres_reason
from tests.processes import ROOT


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


def test_version_and_every_setting_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as version:
        main(["--version"])
    assert version.value.code == 0
    assert capsys.readouterr().out.startswith("brukarbot ")
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    read = set(re.findall(r'env\.get\("([A-Z_]+)"\)', Path(settings.__file__).read_text()))
    assert read and all(f"\n  {name} " in shown for name in read)  # none left out
    assert "NAME_FILE" in shown


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_db_check_and_current_say_where_the_schema_stands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["db", "check"]) == 1
    assert "db upgrade" in capsys.readouterr().err
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "check"]) == 0
    capsys.readouterr()
    assert main(["db", "current"]) == 0
    head = ", ".join(sorted(heads()))
    assert capsys.readouterr().out.startswith(f"{head} (")


def test_a_schema_newer_than_the_code_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Code rolled back after an upgrade must not run on (or re-migrate) what it cannot know."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-cli")  # a tick needs one before it starts
    assert main(["db", "upgrade"]) == 0
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999_from_the_future'"))
    engine.dispose()
    capsys.readouterr()
    for command in (["db", "upgrade"], ["tick"]):
        assert main(command) == 2
        err = capsys.readouterr().err.strip()
        assert "nyare" in err and len(err.splitlines()) == 1
    assert main(["db", "check"]) == 1


def test_log_lines_as_json_at_the_level_asked(tmp_path: Path) -> None:
    def tick_logs(level: str) -> list[str]:
        ticked = _cli(
            "tick",
            env={
                "DATABASE_URL": f"sqlite:///{tmp_path / 'logs.db'}",
                "SLACK_BOT_TOKEN": "xoxb-logs",
                "LOG_FORMAT": "json",
                "LOG_LEVEL": level,
            },
        )
        assert ticked.returncode == 0, ticked.stderr
        return ticked.stderr.strip().splitlines()

    lines = [json.loads(line) for line in tick_logs("debug")]
    assert any(line["logger"] == "bot.reminders.sweep" for line in lines)
    assert all(datetime.fromisoformat(line["time"]).tzinfo for line in lines)
    assert {line["level"] for line in lines} >= {"DEBUG"}
    assert all(json.loads(line)["level"] != "DEBUG" for line in tick_logs("info"))


def test_the_procfile_migrates_once_per_deploy() -> None:
    procfile = (ROOT / "Procfile").read_text(encoding="utf-8").splitlines()
    assert "release: python -m bot db upgrade" in procfile


RACES = 10


def test_upgrades_started_together_on_an_empty_postgresql_never_race(
    _postgres_template: PostgresTemplate | None,
) -> None:
    """web, worker and release all migrate on a first deploy: each of ten tries, two at once
    on an empty database; both end well and the schema is at head."""
    if _postgres_template is None:
        pytest.skip(postgres_reason() or "PostgreSQL not available")
    for _ in range(RACES):
        url = _postgres_template.fresh(empty=True)
        _upgrade_two_at_once(url)
        _postgres_template.drop(url)


def test_upgrades_started_together_on_a_new_sqlite_file_never_race(tmp_path: Path) -> None:
    for n in range(3):
        _upgrade_two_at_once(f"sqlite:///{tmp_path / f'race{n}.db'}")


def _upgrade_two_at_once(url: str) -> None:
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    both = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "db", "upgrade"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in both:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
    assert current(url) == heads()


def test_ready_says_what_readyz_says_for_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'ready.db'}")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-ready")
    assert main(["ready"]) == 1  # no database yet
    assert json.loads(capsys.readouterr().out)["checks"]["database"].startswith("not usable")
    assert main(["tick"]) == 0  # migrates, and passes once
    capsys.readouterr()
    assert main(["ready"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "ready": True,
        "checks": {"database": "ok", "reminder passes": "ok", "outbox": "ok"},
    }
