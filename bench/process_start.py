"""`python -m bot tick` and `serve` as whole processes: a tick from start to exit, and serve
from start until /healthz answers, each against a seeded region at the schema's head.

The ticks after the first are steady passes, a minute apart (the first passes over
everything). Beside the wall-clock times, the CPU time the process used (user + system, up to
its exit or until /healthz answered), which a busy machine inflates less: on a shared machine
it shows what a change saved when the wall-clock times spread widely.

With --checkout the processes run another checkout's code (e.g. main before a change), with
this venv.

    .venv/bin/python bench/process_start.py [--councils 100] [--runs 7] [--checkout DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

from common import bot_env, header, median, scratch_dir, seeded, verdict

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
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if process.poll() is not None:
                raise SystemExit(f"serve exited with {process.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    return time.perf_counter() - started, _cpu_of(process.pid)
            except OSError:
                time.sleep(POLL)
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--port", type=int, default=8931)
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    header(f"Process start ({args.checkout})")
    with scratch_dir() as directory, LocalSlack() as slack:
        region = seeded(directory, args.councils)
        env = bot_env(slack, region.url)
        tick_runs = [
            _tick(env, args.checkout, (region.now + timedelta(minutes=n)).isoformat())
            for n in range(args.runs + 1)
        ][1:]  # the first passes over everything
        serve_runs = [_serve_ready(env, args.checkout, args.port) for _ in range(args.runs)]
    ticks, tick_cpu = [wall for wall, _ in tick_runs], [cpu for _, cpu in tick_runs]
    serves, serve_cpu = [wall for wall, _ in serve_runs], [cpu for _, cpu in serve_runs]
    header("Process start, results")
    print(
        f"  tick: median {median(ticks):.3f} s (min {min(ticks):.3f}, max {max(ticks):.3f}), "
        f"CPU {median(tick_cpu):.3f} s; serve ready: median {median(serves):.3f} s "
        f"(min {min(serves):.3f}, max {max(serves):.3f}), CPU {median(serve_cpu):.3f} s; "
        f"{args.runs} runs each"
    )
    verdict("tick, whole process", f"{median(ticks):.3f} s", f"<= {TARGET_TICK} s",
            median(ticks) <= TARGET_TICK)  # fmt: skip
    verdict("serve ready, whole process", f"{median(serves):.3f} s", f"<= {TARGET_SERVE} s",
            median(serves) <= TARGET_SERVE)  # fmt: skip


if __name__ == "__main__":
    main()
