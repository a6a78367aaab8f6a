"""Peak memory of `python -m bot serve` with 10,000 councils: its first pass, then a burst.

The bot runs as its own process, as deployed: HTTP mode with its scheduler (whose first
pass sweeps the whole region at start), pointed at a local Slack in this process through
SLACK_API_URL and at a seeded SQLite file (with --url, a database on that PostgreSQL
server). Once the first pass over the region is recorded, clients send signed /punkt and
/dagordning commands at once; the peak resident set (VmHWM in /proc/<pid>/status) is read
after each.

With --checkout (given once or more) each checkout's code serves the same region in turn
(e.g. main before a change, then this one), with this venv; the sweep's record is reset
between them, so each starts with a pass over everything.

    .venv/bin/python bench/memory.py [--councils 10000] [--commands 1000] [--clients 8]
        [--url postgresql://postgres@127.0.0.1/] [--checkout DIR ...]
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from common import (
    SIGNING_SECRET,
    add_people,
    bot_env,
    header,
    reset_passes,
    scratch_dir,
    seeded,
    senders,
    server_databases,
    serving,
    verdict,
)
from seed import Region
from sqlalchemy import select

from adapters.storage.db import make_engine
from adapters.storage.models import SweepPasses
from devtools.localslack.driver import Driver
from devtools.localslack.server import LocalSlack

TARGET_MB = 150
ANSWER_TIMEOUT = 30.0
FIRST_PASS_TIMEOUT = 900.0
ROOT = Path(__file__).resolve().parents[1]


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (the peak) of the process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024  # kB
    return fields


def burst(driver: Driver, pairs: list[tuple[str, str]]) -> int:
    """/punkt and /dagordning by turns, each once the last was answered; returns how many
    were not acknowledged 200 or not answered on their response_url."""
    failed = 0
    for k, (user, channel) in enumerate(pairs):
        if k % 2:
            sent = driver.command(user, channel, "/dagordning")
        else:
            sent = driver.command(user, channel, "/punkt", f"Punkt {k}: från bänken")
        answered = sent.response_url and driver.slack.wait_for_answer(
            sent.response_url, ANSWER_TIMEOUT
        )
        failed += not (sent.ok and answered)
    return failed


def first_pass(url: str, pid: int) -> float | None:
    """Seconds until the sweep records its pass over everything (None: not in time, or the
    process died)."""
    engine = make_engine(url)
    began = time.perf_counter()
    try:
        while time.perf_counter() - began < FIRST_PASS_TIMEOUT:
            with engine.connect() as connection:
                if connection.scalar(select(SweepPasses.full_at)) is not None:
                    return time.perf_counter() - began
            if not Path(f"/proc/{pid}").exists():
                return None
            time.sleep(0.2)
        return None
    finally:
        engine.dispose()


def measure(
    slack: LocalSlack, region: Region, checkout: Path, pairs: list[tuple[str, str]], clients: int
) -> float:
    """One checkout serving the region: prints its figures, returns its peak RSS in MB."""
    reset_passes(region.url)
    with serving(["-m", "bot", "serve"], bot_env(slack, region.url), checkout) as bot:
        pid = bot.process.pid
        started = memory_mb(pid)
        passed = first_pass(region.url, pid)
        swept = memory_mb(pid)
        shares = [pairs[i::clients] for i in range(clients)]
        began = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            drivers = [Driver(slack, bot.events_url, SIGNING_SECRET) for _ in shares]
            failed = sum(pool.map(burst, drivers, shares))
        elapsed = time.perf_counter() - began
        after = memory_mb(pid)
    took = f"in {passed:.1f} s" if passed is not None else "NOT recorded in time"
    print(
        f"  {checkout}: RSS {started['VmRSS']:.1f} MB once up; first pass over everything "
        f"{took}, peak {swept['VmHWM']:.1f} MB by then\n"
        f"  {len(pairs):,} commands from {clients} clients at once in {elapsed:.1f} s, "
        f"{failed} not answered; RSS {after['VmRSS']:.1f} MB after, peak {after['VmHWM']:.1f} MB"
    )
    return after["VmHWM"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=10000)
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--url", help="a PostgreSQL server to make a scratch database on")
    parser.add_argument("--checkout", type=Path, action="append")
    args = parser.parse_args()
    checkouts = args.checkout or [ROOT]
    header("Memory")
    with (
        scratch_dir() as directory,
        LocalSlack() as slack,
        server_databases(args.url, [f"brukarbot_memory_{args.councils}"]) as (url,),
    ):
        # The bot's own clock is the wall clock: the region's meetings are placed from it.
        region = seeded(directory, args.councils, now=datetime.now(UTC), url=url)
        pairs = senders(region, args.commands)
        add_people(slack, pairs)
        peaks = {
            checkout: measure(slack, region, checkout, pairs, args.clients)
            for checkout in checkouts
        }
    header("Memory, results")
    for checkout, peak in peaks.items():
        verdict(f"peak RSS (VmHWM), {checkout.name}", f"{peak:.1f} MB", f"< {TARGET_MB} MB",
                peak < TARGET_MB)  # fmt: skip


if __name__ == "__main__":
    main()
