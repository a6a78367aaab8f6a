"""`python -m bot tick` and `serve` as whole processes: a tick from start to exit, and serve
from start until /healthz answers, each against a seeded region at the schema's head.

The ticks after the first are steady passes, a minute apart (the first passes over
everything). Beside the wall-clock times, the CPU time the process used (user + system, up to
its exit or until /healthz answered), which a busy machine inflates less: on a shared machine
it shows what a change saved when the wall-clock times spread widely.

With --checkout (given once or more) the processes run each checkout's code in turn (e.g.
main before a change, then this one), with this venv. Each checkout's modules are compiled
first, as the image does (Dockerfile): with PYTHONDONTWRITEBYTECODE set, a start would
otherwise compile every module it imports (and, where the checkout has
adapters/runtime/dataclass_code.py, the methods its dataclasses write).

    .venv/bin/python bench/process_start.py [--councils 100] [--runs 7] [--checkout DIR ...]
        [--url postgresql://postgres@127.0.0.1/] [--public-url]

With --public-url the processes run with PUBLIC_URL set, as a deployment serving the member
page does.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

from common import (
    bot_env,
    header,
    median,
    reset_passes,
    scratch_dir,
    seeded,
    server_databases,
    verdict,
)

from devtools.localslack.server import LocalSlack

TARGET_TICK = 0.45  # seconds
TARGET_SERVE = 0.5
POLL = 0.005


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(pid: int) -> float:
    """The CPU time (user + system) process `pid` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tick(env: dict[str, str], cwd: Path, now: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one tick."""
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "tick", "--now", now],
        env=env,
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started, _children_cpu() - cpu


def _serve_ready(env: dict[str, str], cwd: Path, port: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds until /healthz answers."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(port)],
            env=env,
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    tail = log.read().decode(errors="replace")[-2000:]
                    raise SystemExit(f"serve exited with {process.returncode}:\n{tail}")
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                        return time.perf_counter() - started, _cpu_of(process.pid)
                except OSError:
                    time.sleep(POLL)
        finally:
            process.terminate()
            process.wait(timeout=30)


def _compiled(checkout: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "bot", "adapters", "devtools"],
        cwd=checkout,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    if (checkout / "adapters" / "runtime" / "dataclass_code.py").exists():
        # Dataclasses' methods compiled once too, as the image does (Dockerfile).
        subprocess.run(
            [sys.executable, "-m", "adapters.runtime.dataclass_code"], cwd=checkout, check=True
        )


def _runs(
    env: dict[str, str], checkout: Path, region_now: datetime, runs: int, port: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(wall, CPU) of `runs` steady ticks and `runs` serve starts with the checkout's code."""
    _compiled(checkout)
    ticks = [
        _tick(env, checkout, (region_now + timedelta(minutes=n)).isoformat())
        for n in range(runs + 1)
    ][1:]  # the first passes over everything
    return ticks, [_serve_ready(env, checkout, port) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--port", type=int, default=8931)
    parser.add_argument("--checkout", type=Path, action="append")
    parser.add_argument("--url", help="a PostgreSQL server to make a scratch database on")
    parser.add_argument("--public-url", action="store_true", help="with PUBLIC_URL set")
    args = parser.parse_args()
    checkouts = args.checkout or [Path(__file__).resolve().parents[1]]
    header(f"Process start ({', '.join(map(str, checkouts))})")
    with (
        scratch_dir() as directory,
        LocalSlack() as slack,
        server_databases(args.url, ["brukarbot_process_start"]) as (url,),
    ):
        region = seeded(directory, args.councils, url=url)
        env = bot_env(slack, region.url)
        if args.public_url:
            env["PUBLIC_URL"] = f"http://127.0.0.1:{args.port}"
        measured = {}
        for checkout in checkouts:
            reset_passes(region.url)  # each checkout's ticks at the same instants, from the start
            measured[checkout] = _runs(env, checkout, region.now, args.runs, args.port)
    header("Process start, results")
    for checkout, (tick_runs, serve_runs) in measured.items():
        ticks, tick_cpu = [wall for wall, _ in tick_runs], [cpu for _, cpu in tick_runs]
        serves, serve_cpu = [wall for wall, _ in serve_runs], [cpu for _, cpu in serve_runs]
        print(
            f"  {checkout}: tick: median {median(ticks):.3f} s (min {min(ticks):.3f}, "
            f"max {max(ticks):.3f}), CPU {median(tick_cpu):.3f} s; serve ready: median "
            f"{median(serves):.3f} s (min {min(serves):.3f}, max {max(serves):.3f}), "
            f"CPU {median(serve_cpu):.3f} s; {args.runs} runs each"
        )
        verdict(f"tick, {checkout.name}", f"{median(ticks):.3f} s", f"<= {TARGET_TICK} s",
                median(ticks) <= TARGET_TICK)  # fmt: skip
        verdict(f"serve ready, {checkout.name}", f"{median(serves):.3f} s",
                f"<= {TARGET_SERVE} s", median(serves) <= TARGET_SERVE)  # fmt: skip


if __name__ == "__main__":
    main()
