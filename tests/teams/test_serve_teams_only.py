"""`python -m bot serve` with Teams' settings alone (no Slack tokens): a deployment for a
region in Microsoft 365 only. It serves Teams' activities on /api/messages, its real token
check in the path, and answers through the Bot Connector; /slack/events has nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from devtools.localteams.server import LocalTeams
from tests.databases import SqliteTemplate
from tests.processes import ROOT, _end, _until_logged, free_port

CHANNEL = "19:" + "5e7e" * 8 + "@thread.tacv2"
TEAM = "19:" + "7ea3" * 8 + "@thread.tacv2"


def test_serve_with_teams_settings_only_takes_teams_activities(
    tmp_path: Path, _sqlite_template: SqliteTemplate
) -> None:
    teams = LocalTeams(clock=lambda: datetime.now(UTC))  # the process checks by its own clock
    teams.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BOT_", "TEAMS_"))}
    env.update(
        DATABASE_URL=_sqlite_template.fresh(tmp_path / "teams.db"),
        PYTHONPATH=str(ROOT),
        **teams.env(),
    )
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _until_logged(process, "serving on port")
        teams.bot_url = f"http://127.0.0.1:{port}/api/messages"
        teams.add_user("29:sara", "Sara Sekreterare")
        channel = teams.channel(CHANNEL, TEAM)
        assert teams.say("29:sara", channel, "brukarrad skapa Brukarrådet Väst").status == 200
        [answer] = teams.wait_sent(CHANNEL)
        assert "Brukarrådet Väst" in answer["text"]
        forged = teams.deliver(
            teams.activity("message", "29:sara", channel, text="hej"),
            authorization=f"Bearer {teams.token(audience='someone-else')}",
        )
        assert forged.status == 401
        try:
            urllib.request.urlopen(
                urllib.request.Request(
                    f"http://127.0.0.1:{port}/slack/events", data=b"{}", method="POST"
                ),
                timeout=10,
            )
            status = 200
        except urllib.error.HTTPError as err:
            status = err.code
        assert status == 404
    finally:
        _end(process)
        teams.stop()


def test_serve_with_half_of_slack_says_what_is_missing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BOT_", "TEAMS_"))}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN="xoxb-1",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert b"TEAMS_APP_ID" in done.stderr and b"SLACK_SIGNING_SECRET" in done.stderr
