"""Email over SMTP, configured by one URL (SMTP_URL).

`smtp://host[:25]`, `smtps://host[:465]` (TLS from the start) or `smtp+starttls://host[:587]`,
with `user:password@` in the URL when the server wants a login. No SMTP_URL: no email.
Addresses are personal data, so a failure is kept on its outbox row by kind (an SMTP code, an
error's name), never by address.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Protocol
from urllib.parse import unquote, urlparse

from adapters.mail.letter import letter
from adapters.mail.oauth import TokenError, tokens_for, xoauth2
from adapters.runtime.settings import Settings
from bot.core.ports import Mailer
from bot.core.ports.messenger import EMAIL, Delivered, DeliveryError, Outbound

DEFAULT_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587}


class MailServer(Mailer, Protocol):
    """The Mailer port as the email Messenger needs it: it also connects."""

    def connect(self) -> smtplib.SMTP:
        """A connection ready to send on (logged in when the server wants it)."""
        ...


@dataclass(frozen=True)
class SmtpMailer:
    url: str
    sender: str
    timeout: float = 15.0
    # Bearer tokens for XOAUTH2 (Microsoft 365: adapters/mail/oauth.py); None: the password.
    token: Callable[[], str] | None = None

    def connect(self) -> smtplib.SMTP:
        url = urlparse(self.url)
        host, port = url.hostname or "localhost", url.port or DEFAULT_PORTS[url.scheme]
        if url.scheme == "smtps":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, timeout=self.timeout, context=ssl.create_default_context()
            )
        else:
            smtp = smtplib.SMTP(host, port, timeout=self.timeout)
        try:
            if url.scheme == "smtp+starttls":
                smtp.starttls(context=ssl.create_default_context())
            if url.username and self.token is not None:
                _xoauth2(smtp, unquote(url.username), self.token())
            elif url.username:
                smtp.login(unquote(url.username), unquote(url.password or ""))
        except BaseException:
            smtp.close()
            raise
        return smtp


def _xoauth2(smtp: smtplib.SMTP, user: str, token: str) -> None:
    """AUTH XOAUTH2 with the user and token as the initial response; to a server's 334
    (its error, as JSON) the empty answer it waits for, after which it says 535."""
    smtp.ehlo_or_helo_if_needed()
    smtp.auth("XOAUTH2", lambda challenge=None: xoauth2(user, token) if challenge is None else "")


class MailMessenger:
    """The Messenger port by email: a message the outbox holds as composed, or one said in
    the neutral form written as a letter to its person (adapters.mail.letter), all of a
    drain's over one connection. SMTP cannot be asked what it delivered before, so a retry after a
    crash may send twice; the message's Message-ID (from the outbox key) lets mail programs
    show it once."""

    name = EMAIL

    def __init__(self, mailer: MailServer, *, replies: bool = False) -> None:
        """`replies`: the mailbox is read (IMAP_URL), so each email says the person's own
        reply address (Reply-To: the sender's address plus their token)."""
        self._mailer = mailer
        self.takes_replies = replies
        self._smtp: smtplib.SMTP | None = None

    def deliver(self, message: Outbound) -> Delivered | None:
        email = message.email
        if email is None and message.said is not None and message.mail_to is not None:
            email = letter(
                message.said,
                message.mail_to,
                sender=self._mailer.sender,
                key=message.key,
                at=message.at,
            )
        if email is None:
            raise DeliveryError("no_email", permanent=True)
        if not message.may_send:
            return None
        if message.reply_token is not None and self.takes_replies:
            del email["Reply-To"]
            email["Reply-To"] = reply_address(self._mailer.sender, message.reply_token)
        try:
            if self._smtp is None:
                self._smtp = self._mailer.connect()
            self._smtp.send_message(email)
        except smtplib.SMTPRecipientsRefused:
            raise DeliveryError("recipient_refused", permanent=True) from None
        except smtplib.SMTPResponseException as err:
            raise DeliveryError(f"smtp_{err.smtp_code}", permanent=err.smtp_code >= 500) from None
        except (smtplib.SMTPException, OSError, UnicodeError, TokenError) as err:
            self.done()  # a broken connection: the next message opens a new one
            raise DeliveryError(type(err).__name__, permanent=False) from None
        return Delivered(conversation=None, ref=None)

    def done(self) -> None:
        if self._smtp is not None:
            smtp, self._smtp = self._smtp, None
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()


def reply_address(sender: str, token: str) -> str:
    """The personal reply address: the bot's own with `+token` (plus addressing, which
    Exchange Online, Gmail and Postfix deliver to the same mailbox)."""
    local, _, domain = parseaddr(sender)[1].rpartition("@")
    return f"{local}+{token}@{domain}"


def mailer_from(settings: Settings) -> SmtpMailer | None:
    """The mailer SMTP_URL describes; From is MAIL_FROM, else brukarbot@ the SMTP host."""
    if settings.smtp_url is None:
        return None
    host = urlparse(settings.smtp_url).hostname or "localhost"
    sender = settings.mail_from or f"brukarbot@{host}"
    return SmtpMailer(settings.smtp_url, sender, token=tokens_for(settings))
