"""Processes and ports of the tests' own: a free loopback port, and `python -m bot serve`
against a database and the local Slack, read until it listens."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from adapters.console.stack import SIGNING_SECRET
from devtools.localslack.server import LocalSlack

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bot_env(database_url: str, slack: LocalSlack) -> dict[str, str]:
    """The environment of a bot process on this database and the local Slack (nothing of the
    machine's own Slack or bot settings)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BOT_"))}
    env.update(
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        PYTHONPATH=str(ROOT),
    )
    return env


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    port: int
    log: list[str]  # serve's stderr, kept being read so the pipe never fills


@contextmanager
def serving(database_url: str, slack: LocalSlack, cwd: Path) -> Iterator[Served]:
    """`python -m bot serve --no-scheduler` until the block ends (killed if still running)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--no-scheduler", "--port", str(port)],
        env=bot_env(database_url, slack),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield Served(process, port, _until_logged(process, "serving on port"))
    finally:
        _end(process)


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    log: list[str]  # the worker's stderr, kept being read


@contextmanager
def working(database_url: str, slack: LocalSlack, cwd: Path) -> Iterator[Worker]:
    """`python -m bot worker` (the scheduler: reminders, inbox, outbox) until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "worker"],
        env=bot_env(database_url, slack),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield Worker(process, _until_logged(process, "worker started"))
    finally:
        _end(process)


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


def _until_logged(process: subprocess.Popen[bytes], ready: str) -> list[str]:
    """Read the log until the process says it is `ready`; returns the log, which keeps being
    read (so the pipe never fills)."""
    log: list[str] = []
    listening = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            log.append(line.decode(errors="replace"))
            if ready in log[-1]:
                listening.set()
        listening.set()  # it ended: the caller sees why in the log

    threading.Thread(target=read, daemon=True).start()
    assert listening.wait(60) and process.poll() is None, "".join(log)
    return log
