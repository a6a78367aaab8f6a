"""`python -m bot check`: one line per part of the deployment, and an exit status a deploy
script can stop on: the database and its schema, Slack's token (the local Slack), the mail
server's login (a real SMTP server) and the mailbox's (a real IMAP server, Dovecot)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.__main__ import main
from devtools.localslack.server import LocalSlack
from tests.e2e.imap_server import Dovecot
from tests.e2e.smtp_inbox import PASSWORD, USER, Inbox
from tests.processes import free_port


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    with LocalSlack() as local:
        yield local


def _lines(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    out = capsys.readouterr().out.strip().splitlines()
    return dict(line.split(": ", 1) for line in out)


def _deployment(monkeypatch: pytest.MonkeyPatch, database_url: str, slack: LocalSlack) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.bot_token)
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)


def test_everything_set_up_right_says_ok(
    sqlite_url: str,
    slack: LocalSlack,
    inbox: Inbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _deployment(monkeypatch, sqlite_url, slack)
    password = PASSWORD.replace("/", "%2F")
    monkeypatch.setenv("SMTP_URL", f"smtp://{USER}:{password}@127.0.0.1:{inbox.port}")
    assert main(["check"]) == 0
    lines = _lines(capsys)
    assert set(lines) == {"database", "slack", "smtp", "imap"}
    assert all(line.startswith("ok: ") for line in lines.values()), lines
    assert inbox.logins == [USER]


def test_each_part_that_fails_says_why_and_the_exit_status_says_so(
    tmp_path: Path,
    slack: LocalSlack,
    inbox: Inbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql://nobody@127.0.0.1:{free_port()}/none")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-this-workspace")
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    monkeypatch.setenv("SMTP_URL", f"smtp://{USER}:fel@127.0.0.1:{inbox.port}")
    assert main(["check"]) == 1
    lines = _lines(capsys)
    assert lines["database"].startswith("FEL / FAILED: unreachable")
    assert lines["slack"] == "FEL / FAILED: Slack answered invalid_auth"
    assert lines["smtp"].startswith("FEL / FAILED: SMTPAuthenticationError")
    assert inbox.logins == []


def test_the_mailbox_login_is_checked_when_mail_is_read(
    sqlite_url: str,
    slack: LocalSlack,
    inbox: Inbox,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _deployment(monkeypatch, sqlite_url, slack)
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{inbox.port}")
    monkeypatch.setenv("IMAP_URL", dovecot.url)
    assert main(["check"]) == 0
    assert _lines(capsys)["imap"] == "ok: 127.0.0.1 takes our login; INBOX has 0 unread"
    monkeypatch.setenv("IMAP_URL", dovecot.url.replace("losen", "fel"))
    assert main(["check"]) == 1
    assert _lines(capsys)["imap"].startswith("FEL / FAILED: LoginError")
