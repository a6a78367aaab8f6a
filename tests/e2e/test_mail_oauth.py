"""Microsoft 365 (issue 19): SMTP and IMAP log in by XOAUTH2 with a token msal gets by the
client credentials flow, against our own token service (https, OpenID configuration, token
endpoint), our own SMTP server checking the XOAUTH2 string (aiosmtpd), and Dovecot asking
the token service whether the token is good."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.__main__ import main
from devtools.localslack.server import LocalSlack
from tests.e2e.imap_server import Dovecot, running_dovecot
from tests.e2e.smtp_inbox import USER_ADDRESS, Inbox
from tests.e2e.token_service import (
    CLIENT_ID,
    CLIENT_SECRET,
    SCOPE,
    TokenService,
    running_token_service,
)

MAILBOX = USER_ADDRESS.replace("@", "%40")


@pytest.fixture
def tokens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenService]:
    for service in running_token_service(tmp_path, USER_ADDRESS):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(service.ca_file))  # its certificate
        yield service


@pytest.fixture
def dovecot(tokens: TokenService) -> Iterator[Dovecot]:
    yield from running_dovecot(introspection_url=tokens.introspection_url)


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    with LocalSlack() as local:
        yield local


@dataclass
class Deployment:
    inbox: Inbox
    dovecot: Dovecot
    tokens: TokenService


@pytest.fixture
def microsoft_365(
    monkeypatch: pytest.MonkeyPatch,
    sqlite_url: str,
    slack: LocalSlack,
    inbox: Inbox,
    dovecot: Dovecot,
    tokens: TokenService,
) -> Deployment:
    """The settings of a deployment on Exchange Online: no password anywhere."""
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.bot_token)
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    monkeypatch.setenv("SMTP_URL", f"smtp://{MAILBOX}@127.0.0.1:{inbox.port}")
    monkeypatch.setenv("IMAP_URL", f"imap://{MAILBOX}@127.0.0.1:{dovecot.port}/INBOX")
    monkeypatch.setenv("MAIL_OAUTH_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("MAIL_OAUTH_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("MAIL_OAUTH_AUTHORITY", tokens.authority)
    return Deployment(inbox, dovecot, tokens)


def _lines(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    out = capsys.readouterr().out.strip().splitlines()
    return dict(line.split(": ", 1) for line in out)


def test_smtp_and_imap_log_in_with_the_apps_token(
    microsoft_365: Deployment, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, tokens = microsoft_365.inbox, microsoft_365.tokens
    inbox.tokens = tokens.issued
    assert main(["check"]) == 0
    lines = _lines(capsys)
    assert lines["smtp"] == "ok: 127.0.0.1 answers and takes our login"
    assert lines["imap"] == "ok: 127.0.0.1 takes our login; INBOX has 0 unread"
    assert inbox.logins == [f"xoauth2 {USER_ADDRESS}"]
    logged = microsoft_365.dovecot.log
    assert any("Login: user=<radet@example.org>, method=XOAUTH2" in line for line in logged)
    # One token, asked for once by the client credentials flow, served both servers.
    [asked] = tokens.asked
    assert asked["grant_type"] == "client_credentials" and asked["scope"] == SCOPE
    assert len(tokens.issued) == 1


def test_a_refused_app_or_token_says_why(
    microsoft_365: Deployment,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MAIL_OAUTH_CLIENT_SECRET", "fel")
    assert main(["check"]) == 1
    lines = _lines(capsys)
    assert lines["smtp"] == "FEL / FAILED: TokenError: invalid_client"
    assert lines["imap"] == "FEL / FAILED: TokenError: invalid_client"
    # A token the servers do not take (the SMTP server knows none).
    monkeypatch.setenv("MAIL_OAUTH_CLIENT_SECRET", CLIENT_SECRET)
    assert main(["check"]) == 1
    lines = _lines(capsys)
    assert lines["smtp"].startswith("FEL / FAILED: SMTPAuthenticationError")
    assert lines["imap"].startswith("ok: ")
    assert microsoft_365.inbox.logins == []
