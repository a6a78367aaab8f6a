"""`python -m bot tick` killed with SIGKILL in the middle of 500 reminders, then run again:
every reminder arrives exactly once (the rows of the batch it had claimed are taken over after
the lease, and those Slack took are found by their keys rather than posted again)."""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import func, select

from adapters.storage.db import make_engine, make_session_factory
from adapters.storage.models import OutboxMessage
from adapters.storage.uow import UnitOfWork
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import SenderPolicy
from devtools.localslack import LocalSlack
from tests.conftest import NOW
from tests.reminders.conftest import bot_process, people, posted, queue

REMINDERS = 500
KILL_AFTER = 60  # sent rows
HELD_SECONDS = 3
POLL_SECONDS = 0.02
TIMEOUT_SECONDS = 60


def _by_status(uow: UnitOfWork) -> Counter[OutboxStatus]:
    rows = uow.session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    )
    return Counter({status: count for status, count in rows})


def _wait_until(condition: Callable[[], bool], process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while not condition():
        assert process.poll() is None, "the tick finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(POLL_SECONDS)


def test_a_tick_killed_mid_drain_and_run_again_sends_every_reminder_once(
    sqlite_url: str, slack: LocalSlack
) -> None:
    users = people(slack, REMINDERS)
    sessions = make_session_factory(make_engine(sqlite_url))

    def sent_rows() -> int:
        with UnitOfWork(sessions) as uow:
            return _by_status(uow)[OutboxStatus.SENT]

    keys = queue(lambda: UnitOfWork(sessions), users, now=NOW)
    first = bot_process(["tick", "--now", NOW.isoformat()], sqlite_url, slack)
    _wait_until(lambda: sent_rows() >= KILL_AFTER, first)
    # The worst moment: Slack has stored the next post but its answer is late (as over a
    # slow network), so the message exists and its row does not say so. Kill it there.
    slack.faults.add("chat.postMessage", "slow", count=1, delay=HELD_SECONDS)
    _wait_until(lambda: sum(posted(slack, users).values()) > sent_rows(), first)
    first.send_signal(signal.SIGKILL)
    first.wait()
    with UnitOfWork(sessions) as uow:
        stranded = _by_status(uow)
    # At most the claimed batch is stranded; of it, what Slack took is not marked sent yet.
    assert 1 <= stranded[OutboxStatus.SENDING] <= SenderPolicy().batch
    unmarked = sum(posted(slack, users).values()) - stranded[OutboxStatus.SENT]
    assert 1 <= unmarked <= stranded[OutboxStatus.SENDING]

    # Restarted after the dead process's claim has lapsed.
    later = NOW + SenderPolicy().lease + timedelta(minutes=1)
    second = bot_process(["tick", "--now", later.isoformat()], sqlite_url, slack)
    out, _ = second.communicate(timeout=TIMEOUT_SECONDS)
    assert second.returncode == 0, out
    assert f" {unmarked} already sent" in out  # found by their keys in the DMs, not posted again
    with UnitOfWork(sessions) as uow:
        assert _by_status(uow) == Counter({OutboxStatus.SENT: REMINDERS})
    assert posted(slack, users) == Counter(keys)
