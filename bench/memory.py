"""Peak memory of `python -m bot serve` with 10,000 councils, after a burst of commands.

The bot runs as its own process, as deployed: HTTP mode with its scheduler (whose first
pass sweeps the whole region at start), pointed at a local Slack in this process through
SLACK_API_URL and at a seeded SQLite file. Clients send signed /punkt and /dagordning
commands at once; the peak resident set (VmHWM in /proc/<pid>/status) is read after.

    .venv/bin/python bench/memory.py [--councils 10000] [--commands 1000] [--clients 8]
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
    scratch_dir,
    seeded,
    senders,
    serving,
    verdict,
)

from devtools.localslack.driver import Driver
from devtools.localslack.server import LocalSlack

TARGET_MB = 150
ANSWER_TIMEOUT = 30.0


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=10000)
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    header("Memory")
    with scratch_dir() as directory, LocalSlack() as slack:
        # The bot's own clock is the wall clock: the region's meetings are placed from it.
        region = seeded(directory, args.councils, now=datetime.now(UTC))
        pairs = senders(region, args.commands)
        add_people(slack, pairs)
        with serving(["-m", "bot", "serve"], bot_env(slack, region.url), directory) as bot:
            started = memory_mb(bot.process.pid)
            shares = [pairs[i :: args.clients] for i in range(args.clients)]
            began = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                drivers = [Driver(slack, bot.events_url, SIGNING_SECRET) for _ in shares]
                failed = sum(pool.map(burst, drivers, shares))
            elapsed = time.perf_counter() - began
            after = memory_mb(bot.process.pid)
    header("Memory, results")
    print(
        f"  serving {args.councils:,} councils: RSS {started['VmRSS']:.1f} MB "
        f"(peak {started['VmHWM']:.1f} MB) once up\n"
        f"  {len(pairs):,} commands from {args.clients} clients at once in {elapsed:.1f} s, "
        f"{failed} not answered; RSS {after['VmRSS']:.1f} MB after"
    )
    peak = after["VmHWM"]
    verdict("peak RSS (VmHWM)", f"{peak:.1f} MB", f"< {TARGET_MB} MB", peak < TARGET_MB)


if __name__ == "__main__":
    main()
