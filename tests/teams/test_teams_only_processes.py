"""`python -m bot tick` and `worker` in a deployment for Teams alone: Teams' settings, no
Slack token. A tick sweeps, sends what is due to Teams members through the Bot Connector
(the local Teams) and runs the inbox's Teams entries again; it loads no Slack app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.cli.main import main
from adapters.console.stack import LocalStack
from adapters.teams.http import LISTENER, activity_key
from devtools.localteams.server import LocalTeams
from tests.conftest import STOCKHOLM
from tests.processes import ROOT, _end, _until_logged
from tests.teams.cast import ANNA, OLLE, SARA, chat, council, say, shown

MEETING = "stormöte torsdag 3 december kl 13-16 i Stora salen"
POINT_REMINDER = datetime(2026, 11, 23, 9, 0, tzinfo=STOCKHOLM)  # the agenda deadline is near


def _teams_only(monkeypatch: pytest.MonkeyPatch, stack: LocalStack, teams: LocalTeams) -> None:
    """The process's environment: the council's database and the local Teams, nothing of
    Slack's."""
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"{name}_FILE", raising=False)
    for name in ("SMTP_URL", "IMAP_URL", "PUBLIC_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", stack.services.settings.database_url)
    for name, value in teams.env().items():
        monkeypatch.setenv(name, value)


def _said(teams: LocalTeams, user: str, words: str) -> list[str]:
    return [shown(a) for a in chat(teams, user) if words in shown(a)]


def test_a_tick_with_teams_settings_alone_sends_a_due_reminder_to_teams(
    stack: LocalStack,
    teams: LocalTeams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    council(stack, teams)
    assert "Stormöte planerat" in say(stack, teams, SARA, f"mote {MEETING}")
    _teams_only(monkeypatch, stack, teams)

    assert main(["tick", "--now", POINT_REMINDER.isoformat()]) == 0
    assert ", 0 misslyckade," in capsys.readouterr().out
    [reminder] = _said(teams, ANNA, "Har du något du vill ta upp")
    assert "stormöte" in reminder.lower()
    assert len(_said(teams, OLLE, "Har du något du vill ta upp")) == 1
    # Again at the same hour: nothing twice.
    assert main(["tick", "--now", (POINT_REMINDER + timedelta(minutes=5)).isoformat()]) == 0
    assert len(_said(teams, ANNA, "Har du något du vill ta upp")) == 1


def test_a_tick_with_teams_settings_alone_runs_a_teams_entry_of_the_inbox_again(
    stack: LocalStack, teams: LocalTeams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anna's point was taken in by a process that died before its work: the tick runs it
    (Teams' listeners, no Slack app) and her receipt comes in her chat."""
    council(stack, teams)
    assert "Stormöte planerat" in say(stack, teams, SARA, f"mote {MEETING}")
    written = teams.activity(
        "message", ANNA, teams.personal(ANNA), text="punkt Hörslingan i salen", textFormat="plain"
    )
    claim = stack.services.inbox.take_in(activity_key(written), LISTENER, json.dumps(written))
    assert claim is not None  # stored, and never worked: its process died
    _teams_only(monkeypatch, stack, teams)

    later = stack.clock.now() + stack.services.inbox.policy.lease + timedelta(seconds=1)
    assert main(["tick", "--now", later.isoformat()]) == 0
    [receipt] = [a for a in chat(teams, ANNA) if a.get("replyToId") == written["id"]]
    assert "Hörslingan i salen" in shown(receipt)


def test_a_worker_with_teams_settings_alone_runs_a_teams_entry_of_the_inbox_again(
    stack: LocalStack, teams: LocalTeams, tmp_path: Path
) -> None:
    """`python -m bot worker` (its scheduler by the wall clock) with Teams' settings alone:
    an entry whose process died is run again, through Teams' listeners."""
    council(stack, teams)
    stack.clock.set(datetime.now(UTC) - timedelta(minutes=2))  # its lease has run out now
    written = teams.activity(
        "message", ANNA, teams.personal(ANNA), text="punkt Hörslingan i salen", textFormat="plain"
    )
    assert stack.services.inbox.take_in(activity_key(written), LISTENER, json.dumps(written))
    before = len(chat(teams, ANNA))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BOT_", "TEAMS_"))}
    env.update(
        DATABASE_URL=stack.services.settings.database_url, PYTHONPATH=str(ROOT), **teams.env()
    )
    env.pop("SMTP_URL", None)
    env.pop("IMAP_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "worker"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _until_logged(process, "worker started")
        for count in range(before + 1, before + 10):  # what else fell due may come first
            sent = teams.wait_sent(teams.personal(ANNA)["id"], count)
            receipts = [a for a in sent if a.get("replyToId") == written["id"]]
            if receipts or len(sent) < count:
                break
    finally:
        _end(process)
    [receipt] = receipts
    assert "Hörslingan i salen" in shown(receipt)


def test_a_worker_without_slack_or_teams_says_what_it_needs(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'x.db'}"
    for command in ("worker", "tick"):
        done = subprocess.run(
            [sys.executable, "-m", "bot", command],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 2
        assert b"TEAMS_APP_ID" in done.stderr and b"SLACK_BOT_TOKEN" in done.stderr
