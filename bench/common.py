"""What the benchmark scripts share: scratch databases, percentiles and the printed report.

Every figure is printed beside its target; the machine's load goes with them, since the
scripts compare within one run rather than against fixed times.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from seed import DEFAULT_NOW, MEMBERS, Region, channel_id, seed, user_id
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from adapters.slack.http import EVENTS_PATH
from adapters.storage.db import make_engine
from adapters.storage.models import SweepPasses
from devtools.localslack.server import LocalSlack

SIGNING_SECRET = "bench-signing-secret"
STARTUP_TIMEOUT = 120.0


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def header(title: str) -> None:
    print(f"{title}  ({time.strftime('%Y-%m-%d %H:%M')}, {load_average()})")


def verdict(label: str, figure: str, target: str, met: bool) -> None:
    print(f"  {label:<34} {figure:>16}   target {target:<12} {'ok' if met else 'MISSED'}")


@contextmanager
def scratch_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="brukarbot-bench-") as name:
        yield Path(name)


def seeded(
    directory: Path,
    councils: int,
    *,
    due: int = 0,
    now: datetime = DEFAULT_NOW,
    url: str | None = None,
) -> Region:
    """`councils` councils in a fresh SQLite file in `directory`, or in the empty database at
    `url`; prints how long it took."""
    started = time.perf_counter()
    url = url or f"sqlite:///{directory / f'region-{councils}.db'}"
    region, counts = seed(url, councils, due=due, now=now)
    print(
        f"  seeded {councils:,} councils into {make_url(url).get_backend_name()} "
        f"({sum(counts.values()):,} rows, "
        f"{counts['agenda_points']:,} points) in {time.perf_counter() - started:.1f} s"
    )
    return region


@contextmanager
def server_databases(server: str | None, names: list[str]) -> Iterator[list[str | None]]:
    """Empty databases of these names on a PostgreSQL server, dropped when the block ends;
    without a server, None for each (seeded() then makes SQLite files)."""
    if server is None:
        yield [None for _ in names]
        return
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    base = make_url(server)
    try:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield [base.set(database=name).render_as_string(hide_password=False) for name in names]
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def percentile(samples: list[float], p: float) -> float:
    """The p-th percentile (0..100), interpolated between the nearest ranks."""
    return statistics.quantiles(samples, n=100, method="inclusive")[round(p) - 1]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def senders(region: Region, count: int) -> list[tuple[str, str]]:
    """(user, channel) for `count` commands, spread over the region's councils and members."""
    step = max(1, region.councils // count)
    pairs = []
    for k in range(count):
        council = 1 + (k * step) % region.councils
        member = (k + k * step // region.councils) % len(MEMBERS)  # next member each lap
        pairs.append((user_id(council, member), channel_id(council)))
    return pairs


def add_people(slack: LocalSlack, pairs: list[tuple[str, str]]) -> None:
    """The users and channels of `pairs` in the local Slack, each user in their channel."""
    members: dict[str, list[str]] = {}
    for user, channel in pairs:
        members.setdefault(channel, []).append(user)
    for channel, users in members.items():
        for user in users:
            slack.add_user(user, user.lower())
        slack.add_channel(channel, channel.lower(), members=users)


@dataclass(frozen=True)
class Served:
    process: subprocess.Popen[bytes]
    events_url: str  # where Slack delivers commands


def bot_env(slack: LocalSlack, database_url: str) -> dict[str, str]:
    """The environment of a bot process talking to `slack` and storing in `database_url`."""
    env = {
        **os.environ,
        "SLACK_API_URL": slack.api_url,
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "DATABASE_URL": database_url,
    }
    env.pop("SLACK_APP_TOKEN", None)
    return env


@contextmanager
def serving(argv: list[str], env: dict[str, str], cwd: Path) -> Iterator[Served]:
    """`python <argv> --port N` in its own process, as deployed, until the block ends."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, *argv, "--port", str(port)],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_serving(base, process, " ".join(argv))
        yield Served(process, f"{base}{EVENTS_PATH}")
    finally:
        process.terminate()
        process.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_serving(base: str, process: subprocess.Popen[bytes], name: str) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{name} did not answer /healthz in time")


def reset_passes(url: str) -> None:
    """The next sweep passes over everything, as at a first start."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(update(SweepPasses).values(last_at=None, full_at=None, event_id=None))
    engine.dispose()
