"""A real SMTP server on loopback for the tests that send email (aiosmtpd), and a local
stack pointed at it."""

from __future__ import annotations

import email
from base64 import b64decode
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.e2e.cast import local_stack
from tests.processes import free_port

USER, PASSWORD = "brukarbot", "hemligt/losen!"
USER_ADDRESS = "radet@example.org"  # the mailbox an app's token opens (Microsoft 365)
PUBLIC = "https://brukarbot.example.org"  # where the member page is served (PUBLIC_URL)


@dataclass
class Inbox:
    """What the SMTP server accepted: (envelope recipients, parsed message)."""

    port: int
    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    busy: int = 0  # how many messages to turn away for now (451), as a busy server does
    tokens: list[str] = field(default_factory=list)  # bearer tokens good for XOAUTH2

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.busy > 0:
            self.busy -= 1
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.content, policy=default)
        assert isinstance(message, EmailMessage)
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        )
        if ok:
            self.logins.append(data.login.decode())
        # handled=False: the server answers a refusal with 535 (its default, True, means the
        # authenticator already answered, and the client would wait for an answer forever)
        return AuthResult(success=ok, handled=False)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """AUTH XOAUTH2 as Exchange Online takes it: the user and a bearer token, base64."""
        given = args[1] if len(args) > 1 else ""
        try:
            said = b64decode(given, validate=True).decode()
        except ValueError:
            return AuthResult(success=False, handled=False)
        fields = dict(part.split("=", 1) for part in said.split("\x01") if "=" in part)
        bearer = fields.get("auth", "").removeprefix("Bearer ")
        ok = fields.get("user") == USER_ADDRESS and bearer in self.tokens
        if ok:
            self.logins.append(f"xoauth2 {USER_ADDRESS}")
        return AuthResult(success=ok, handled=False)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for rcpt, m in self.received if rcpt == [address]]


def running_inbox() -> Iterator[Inbox]:
    handler = Inbox(free_port())
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=handler.port,
        authenticator=handler.authenticate,
        auth_require_tls=False,  # a local test server; production uses smtps or starttls
    )
    controller.start()
    yield handler
    controller.stop()


def mail_settings(inbox: Inbox) -> dict[str, str]:
    """The settings that send the bot's email to `inbox`."""
    return {
        "SMTP_URL": f"smtp://{USER}:{PASSWORD.replace('/', '%2F')}@127.0.0.1:{inbox.port}",
        "MAIL_FROM": "radet@example.org",
    }


def stack_with_mail(
    database_url: str, clock: ManualClock, inbox: Inbox, more: Mapping[str, str] | None = None
) -> Iterator[LocalStack]:
    """`more`: further settings (PUBLIC_URL, for the member page)."""
    env = {**mail_settings(inbox), **(more or {})}
    with local_stack(database_url, clock, env) as stack:
        yield stack
