"""The council's mailbox end to end: the local stack sending through a real SMTP server
(tests/e2e/smtp_inbox.py) and reading a real IMAP one (Dovecot, tests/e2e/imap_server.py),
trusting the receiving server's word on who sent what, the member page at PUBLIC."""

from __future__ import annotations

from collections.abc import Iterator

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.e2e.imap_server import Dovecot
from tests.e2e.smtp_inbox import PUBLIC, Inbox, stack_with_mail

OWN = "radet@example.org"  # MAIL_FROM, and the mailbox Dovecot keeps
AUTHSERV = "mx.example.org"
VOUCHED = f"{AUTHSERV}; dmarc=pass header.from=example.org"  # the receiving server's word


def stack_reading(
    database_url: str, clock: ManualClock, inbox: Inbox, dovecot: Dovecot
) -> Iterator[LocalStack]:
    """The stack sending to `inbox` and reading the council's mailbox in `dovecot`."""
    settings = {"PUBLIC_URL": PUBLIC, "IMAP_URL": dovecot.url, "MAIL_AUTHSERV_ID": AUTHSERV}
    yield from stack_with_mail(database_url, clock, inbox, settings)
