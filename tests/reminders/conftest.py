"""The local Slack for the sender, retries fast enough for a test suite, and outbox helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from adapters.slack.delivery import EVENT_TYPE, RetryPolicy, SlackDelivery
from adapters.slack.ids import account
from adapters.storage.uow import UnitOfWork
from bot.core.vocabulary import OutboxStatus
from devtools.localslack import LocalSlack

ROOT = Path(__file__).resolve().parents[2]
# Retry-After is honoured as sent; only slack_sdk's random extra second and the 5xx backoff
# are shrunk, so the fault tests take seconds rather than minutes.
FAST = RetryPolicy(backoff_factor=0.01, jitter=0.01)


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    with LocalSlack() as slack:
        yield slack


def delivery_to(slack: LocalSlack, policy: RetryPolicy = FAST) -> SlackDelivery:
    return SlackDelivery(slack.bot_token, slack.api_url, policy)


def people(slack: LocalSlack, count: int) -> list[str]:
    users = [f"U{n:05d}" for n in range(count)]
    for user in users:
        slack.add_user(user, user.lower())
    return users


TEAM = "T0REMIND"


def queue(
    uow: Callable[[], UnitOfWork],
    users: list[str],
    *,
    now: datetime,
    expires_at: datetime | None = None,
    meeting: int = 1,
) -> list[str]:
    """One pending reminder per user (a person the bot knows), as the sweep writes them;
    returns their keys."""
    with uow() as unit:
        rows = [
            {
                "idempotency_key": f"motesdag:m{meeting}:{user}:20261210T0700Z",
                "kind": "mötesdag",
                "person_id": unit.people.ensure(account(TEAM, user), user.lower(), now=now).id,
                "payload": {"text": f"God morgon {user}!"},
                "due_at": now,
                "expires_at": expires_at or now + timedelta(hours=5),
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for user in users
        ]
        assert unit.outbox.add_new(rows) == len(rows)
        unit.commit()
    return [row["idempotency_key"] for row in rows]


def bot_process(
    args: list[str], database_url: str, slack: LocalSlack, **env: str
) -> subprocess.Popen[str]:
    """`python -m bot <args>` against the database and the local Slack; stdout is piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env={
            **os.environ,
            "DATABASE_URL": database_url,
            "SLACK_API_URL": slack.api_url,
            "SLACK_BOT_TOKEN": slack.bot_token,
            **env,
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def posted(slack: LocalSlack, users: list[str]) -> Counter[str]:
    """How many messages in the users' DMs carry each reminder key."""
    counts: Counter[str] = Counter()
    for user in users:
        for message in slack.messages(slack.dm_channel(user)):
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == EVENT_TYPE:
                counts[metadata["event_payload"]["key"]] += 1
    return counts
