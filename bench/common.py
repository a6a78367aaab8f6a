"""What the benchmark scripts share: scratch databases, percentiles and the printed report.

Every figure is printed beside its target; the machine's load goes with them, since the
scripts compare within one run rather than against fixed times.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from seed import DEFAULT_NOW, MEMBERS, Region, channel_id, seed, user_id

from bot.localslack.server import LocalSlack

SIGNING_SECRET = "bench-signing-secret"


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


def seeded(directory: Path, councils: int, *, due: int = 0, now: datetime = DEFAULT_NOW) -> Region:
    """A fresh SQLite file in `directory` with `councils` councils; prints how long it took."""
    started = time.perf_counter()
    url = f"sqlite:///{directory / f'region-{councils}.db'}"
    region, counts = seed(url, councils, due=due, now=now)
    print(
        f"  seeded {councils:,} councils ({sum(counts.values()):,} rows, "
        f"{counts['agenda_points']:,} points) in {time.perf_counter() - started:.1f} s"
    )
    return region


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
