"""`python -m bot check`: whether this deployment's settings work, one line each (the
database and its schema, Slack's token, the mail server's login, the mailbox's), before it
serves anyone."""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlparse

from imapclient.exceptions import IMAPClientError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from adapters.mail.imap import mailbox_from
from adapters.mail.oauth import TokenError, tokens_for
from adapters.mail.smtp import mailer_from
from adapters.runtime.settings import Settings
from adapters.storage.migrate import Schema, schema

TIMEOUT = 10.0


@dataclass(frozen=True)
class Found:
    name: str
    ok: bool
    says: str


def checks(settings: Settings) -> list[Found]:
    return [
        _checked("database", lambda: _database(settings)),
        _checked("slack", lambda: _slack(settings)),
        _checked("smtp", lambda: _smtp(settings)),
        _checked("imap", lambda: _imap(settings)),
    ]


def _checked(name: str, check: Callable[[], Found]) -> Found:
    try:
        return check()
    except (
        SQLAlchemyError,
        SlackApiError,
        smtplib.SMTPException,
        IMAPClientError,
        TokenError,
        OSError,
    ) as err:
        return Found(name, False, _why(err))


def _why(err: Exception) -> str:
    if isinstance(err, SlackApiError):
        return f"Slack answered {err.response.get('error')}"
    if isinstance(err, SQLAlchemyError):
        cause = getattr(err, "orig", None) or err
        return f"unreachable ({type(cause).__name__})"
    return f"{type(err).__name__}: {err}"


def _database(settings: Settings) -> Found:
    found = schema(settings.database_url)
    if found.state is Schema.HEAD:
        return Found("database", True, f"answers, schema at {found.head}")
    if found.state is Schema.NEWER:
        return Found("database", False, f"schema {found.at} is newer than this version")
    return Found("database", True, f"answers; schema {found.at}, upgraded on start")


def _slack(settings: Settings) -> Found:
    if not settings.slack_bot_token:
        return Found("slack", True, "SLACK_BOT_TOKEN not set: the local sandbox runs")
    client = WebClient(
        token=settings.slack_bot_token, base_url=settings.slack_api_url, timeout=int(TIMEOUT)
    )
    who = client.auth_test()
    return Found("slack", True, f"the token is the bot {who.get('user')} in {who.get('team')}")


def _smtp(settings: Settings) -> Found:
    mailer = mailer_from(settings)
    if mailer is None:
        return Found("smtp", True, "SMTP_URL not set: no email")
    smtp = mailer.connect()  # logs in when the URL has a user
    try:
        smtp.noop()
    finally:
        smtp.quit()
    return Found("smtp", True, f"{urlparse(mailer.url).hostname} answers and takes our login")


def _imap(settings: Settings) -> Found:
    mailbox = mailbox_from(settings.imap_url, tokens_for(settings))
    if mailbox is None:
        return Found("imap", True, "IMAP_URL not set: no email is read")
    client = mailbox.connect()  # logs in and selects the folder
    try:
        unread = len(client.search(["UNSEEN"]))
    finally:
        client.logout()
    host = urlparse(mailbox.url).hostname
    return Found("imap", True, f"{host} takes our login; {mailbox.folder} has {unread} unread")
