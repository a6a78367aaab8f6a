"""The runtime edge: the scheduler's catch-up pass at start, and the CLI's tick, worker and
serve (the three that run reminders)."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from datetime import datetime

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent

from adapters.runtime.scheduler import build_scheduler
from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.storage.db import make_engine, make_session_factory
from adapters.storage.uow import UnitOfWork
from bot.__main__ import main
from bot.core.clock import ManualClock
from devtools.localslack import LocalSlack
from tests.conftest import NOW, STOCKHOLM
from tests.reminders.conftest import bot_process, delivery_to, people, posted, queue
from tests.reminders.world import EVERYONE, World, at

POLL_SECONDS = 0.05
TIMEOUT_SECONDS = 30
LONG_AGO = datetime(2000, 1, 1, tzinfo=STOCKHOLM)
FAR_AHEAD = datetime(2100, 1, 1, tzinfo=STOCKHOLM)


def test_the_scheduler_sends_what_fell_due_while_the_bot_was_down_at_start(
    sqlite_url: str, slack: LocalSlack
) -> None:
    clock = ManualClock(NOW)
    services = build_services(load_settings({"DATABASE_URL": sqlite_url}), clock=clock)
    World.build(services).plan()
    for user in EVERYONE:
        slack.add_user(user, user.lower())
    clock.set(at(11, 30, 9, 30))  # the 09:00 reminders fell due while nothing ran
    scheduler = build_scheduler(services, delivery_to(slack), _nothing_to_replay, worker_id="test")
    ran: list[JobExecutionEvent] = []
    first_pass = threading.Event()

    def listen(event: JobExecutionEvent) -> None:
        if event.job_id == "reminders":
            ran.append(event)
            first_pass.set()

    scheduler.add_listener(listen, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    scheduler.start()
    try:
        assert first_pass.wait(TIMEOUT_SECONDS)
    finally:
        scheduler.shutdown()
    assert ran[0].exception is None
    counts = posted(slack, sorted(EVERYONE))
    # The reminders, each once; beside them the members' first weeks' messages of their
    # first and fourth days, fallen due meanwhile too (bot.councils.onboarding).
    reminders = {k: n for k, n in counts.items() if not k.startswith("onboarding:")}
    assert len(reminders) == len(EVERYONE) + 2 and set(counts.values()) == {1}
    assert len(counts) - len(reminders) == 3 * 2  # Olle, Anna, Lina (tests/reminders/world.py)
    services.engine.dispose()


def _nothing_to_replay(*_: object) -> None:
    raise AssertionError("the inbox is empty in these tests")


def _one_overdue_reminder(url: str, slack: LocalSlack) -> tuple[list[str], list[str]]:
    users = people(slack, 1)
    sessions = make_session_factory(make_engine(url))
    keys = queue(lambda: UnitOfWork(sessions), users, now=LONG_AGO, expires_at=FAR_AHEAD)
    return users, keys


def _await_delivery(slack: LocalSlack, users: list[str], process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while not posted(slack, users):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(POLL_SECONDS)


def test_tick_runs_one_pass_and_says_what_it_did(
    sqlite_url: str,
    slack: LocalSlack,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    users, keys = _one_overdue_reminder(sqlite_url, slack)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.bot_token)
    assert main(["tick", "--now", "2026-11-22T10:00"]) == 0
    assert "1 skickade" in capsys.readouterr().out
    assert main(["tick", "--now", "2026-11-22T10:01:00+01:00"]) == 0
    assert posted(slack, users) == Counter(keys)


@pytest.mark.parametrize("command", [["tick", "--now", "i morgon"], ["tick", "--now", "25:00"]])
def test_tick_with_a_bad_now_says_so_in_one_line(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    assert main(command) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("--now:") and "2026-12-01T08:30+01:00" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("command", [["tick"], ["worker"]])
def test_sending_reminders_needs_the_bot_token(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(command) == 2
    assert "SLACK_BOT_TOKEN" in capsys.readouterr().err


def test_worker_catches_up_at_start_and_stops_cleanly_on_sigterm(
    sqlite_url: str, slack: LocalSlack
) -> None:
    users, keys = _one_overdue_reminder(sqlite_url, slack)
    worker = bot_process(["worker"], sqlite_url, slack)
    try:
        _await_delivery(slack, users, worker)
    finally:
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(TIMEOUT_SECONDS) == 0
    assert posted(slack, users) == Counter(keys)


def test_serve_runs_the_scheduler_too(sqlite_url: str, slack: LocalSlack) -> None:
    users, keys = _one_overdue_reminder(sqlite_url, slack)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = bot_process(
        ["serve", "--port", str(port)], sqlite_url, slack, SLACK_SIGNING_SECRET="secret"
    )
    try:
        _await_delivery(slack, users, server)
    finally:
        server.terminate()
        server.wait(TIMEOUT_SECONDS)
    assert posted(slack, users) == Counter(keys)
