"""End-to-end fixtures: the local Slack and the bot over signed HTTP, a fresh database each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.databases import SqliteTemplate
from tests.e2e.cast import local_stack
from tests.e2e.imap_server import Dovecot, running_dovecot
from tests.e2e.mailbox import stack_reading
from tests.e2e.smtp_inbox import Inbox, stack_with_mail
from tests.throwaway_postgres import ThrowawayPostgres, throwaway_postgres


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock
) -> Iterator[LocalStack]:
    with local_stack(_sqlite_template.fresh(tmp_path / "e2e.db"), clock) as stack:
        yield stack


@pytest.fixture
def mail_stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock, inbox: Inbox
) -> Iterator[LocalStack]:
    """The local stack sending email to `inbox`."""
    yield from stack_with_mail(_sqlite_template.fresh(tmp_path / "mail.db"), clock, inbox)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """The council's mailbox, on a Dovecot of the test's own."""
    yield from running_dovecot()


@pytest.fixture
def mailbox_stack(
    tmp_path: Path,
    _sqlite_template: SqliteTemplate,
    clock: ManualClock,
    inbox: Inbox,
    dovecot: Dovecot,
) -> Iterator[LocalStack]:
    """The local stack sending email to `inbox` and reading the council's mailbox in
    `dovecot`, with the member page served (tests/e2e/mailbox.py)."""
    yield from stack_reading(_sqlite_template.fresh(tmp_path / "mailbox.db"), clock, inbox, dovecot)


@pytest.fixture
def postgres() -> Iterator[ThrowawayPostgres]:
    """A PostgreSQL of the test's own, to stop and restart (never the machine's)."""
    with throwaway_postgres() as server:
        yield server


@pytest.fixture
def pg_stack(postgres: ThrowawayPostgres, clock: ManualClock) -> Iterator[LocalStack]:
    with local_stack(postgres.url, clock) as stack:
        yield stack
