"""Peak memory of `python -m bot serve` with 10,000 councils, after a burst of commands.

The bot runs as its own process, as deployed: HTTP mode with its scheduler (whose first
pass sweeps the whole region at start), pointed at a local Slack in this process through
SLACK_API_URL and at a seeded SQLite file. Clients send signed /punkt and /dagordning
commands at once; the peak resident set (VmHWM in /proc/<pid>/status) is read after.

    .venv/bin/python bench/memory.py [--councils 10000] [--commands 1000] [--clients 8]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from common import SIGNING_SECRET, add_people, header, scratch_dir, seeded, senders, verdict

from bot.localslack.driver import Driver
from bot.localslack.server import LocalSlack
from bot.runtime.http import EVENTS_PATH

TARGET_MB = 150
STARTUP_TIMEOUT = 120.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (the peak) of the process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024  # kB
    return fields


def wait_until_serving(base: str, bot: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if bot.poll() is not None:
            raise SystemExit(f"python -m bot serve exited with {bot.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("python -m bot serve did not answer /healthz in time")


def burst(driver: Driver, pairs: list[tuple[str, str]]) -> int:
    """/punkt and /dagordning by turns; returns how many were not answered 200."""
    failed = 0
    for k, (user, channel) in enumerate(pairs):
        if k % 2:
            answer = driver.command(user, channel, "/dagordning")
        else:
            answer = driver.command(user, channel, "/punkt", f"Punkt {k}: från bänken")
        failed += not answer.ok
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
        port = free_port()
        env = {
            **os.environ,
            "SLACK_API_URL": slack.api_url,
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "DATABASE_URL": region.url,
        }
        env.pop("SLACK_APP_TOKEN", None)
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(port)],
            env=env,
            cwd=directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_serving(base, bot)
            started = memory_mb(bot.pid)
            shares = [pairs[i :: args.clients] for i in range(args.clients)]
            began = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                drivers = [Driver(slack, f"{base}{EVENTS_PATH}", SIGNING_SECRET) for _ in shares]
                failed = sum(pool.map(burst, drivers, shares))
            elapsed = time.perf_counter() - began
            after = memory_mb(bot.pid)
        finally:
            bot.terminate()
            bot.wait(timeout=30)
    header("Memory, results")
    print(
        f"  serving {args.councils:,} councils: RSS {started['VmRSS']:.1f} MB "
        f"(peak {started['VmHWM']:.1f} MB) once up\n"
        f"  {len(pairs):,} commands from {args.clients} clients at once in {elapsed:.1f} s, "
        f"{failed} not answered 200; RSS {after['VmRSS']:.1f} MB after"
    )
    peak = after["VmHWM"]
    verdict("peak RSS (VmHWM)", f"{peak:.1f} MB", f"< {TARGET_MB} MB", peak < TARGET_MB)


if __name__ == "__main__":
    main()
