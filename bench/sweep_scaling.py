"""Time of one reminder sweep (what `tick` runs first) as the region grows, at equal due work.

Each size is a database seeded with the same number of due councils (bench/seed.py); the
rest of the region meets on every day of the quarter, so about 38 % of its councils have a
meeting inside the sweep's window, with what was due there already sent. The sizes take turns
within each round so that load on the machine falls on all of them alike; between sweeps
the queued rows are deleted so that every sweep does the same work.

    .venv/bin/python bench/sweep_scaling.py [--sizes 100 1000 10000] [--due 10] [--rounds 7]
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime

from common import header, median, scratch_dir, seeded, verdict
from sqlalchemy import delete, event

from bot.reminders.sweep import sweep
from bot.services import Services, build_services
from bot.settings import load_settings
from bot.vocabulary import OutboxStatus
from storage.models import OutboxMessage

TARGET_RATIO = 1.5
TARGET_MS = 150  # at the largest size, SQLite


class _Statements:
    """Counts the SQL statements an engine sends."""

    def __init__(self, services: Services) -> None:
        self.count = 0
        event.listen(services.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_: object) -> None:
        self.count += 1


def _timed_sweep(services: Services, now: datetime, statements: _Statements) -> tuple[float, int]:
    with services.uow() as uow:
        uow.session.execute(
            delete(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING)
        )
        uow.commit()
    statements.count = 0
    started = time.perf_counter()
    queued = sweep(services.uow, now)
    return time.perf_counter() - started, queued


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--due", type=int, default=10, help="councils with reminders due")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    header("Sweep scaling")
    with scratch_dir() as directory:
        regions = [seeded(directory, size, due=args.due) for size in args.sizes]
        services = [
            build_services(load_settings({"DATABASE_URL": region.url})) for region in regions
        ]
        counters = [_Statements(s) for s in services]
        times: list[list[float]] = [[] for _ in regions]
        queued: set[int] = set()
        for round_ in range(args.rounds + 1):  # the first round warms the caches, untimed
            for i, region in enumerate(regions):
                elapsed, count = _timed_sweep(services[i], region.now, counters[i])
                queued.add(count)
                if round_:
                    times[i].append(elapsed)
        for s in services:
            s.engine.dispose()
    header("Sweep scaling, results")
    print(
        f"  reminders queued by each sweep: {sorted(queued)} (expected {regions[0].due_reminders})"
    )
    for region, samples, counter in zip(regions, times, counters, strict=True):
        print(
            f"  {region.councils:>7,} councils: median {median(samples) * 1000:8.1f} ms"
            f"  (min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f}, "
            f"{len(samples)} sweeps), {counter.count:,} statements a sweep"
        )
    ratio = median(times[-1]) / median(times[0])
    verdict(
        f"sweep {regions[-1].councils:,} / {regions[0].councils:,} councils",
        f"{ratio:.2f}",
        f"<= {TARGET_RATIO}",
        ratio <= TARGET_RATIO and len(queued) == 1,
    )
    largest = median(times[-1]) * 1000
    verdict(
        f"sweep at {regions[-1].councils:,} councils",
        f"{largest:.1f} ms",
        f"<= {TARGET_MS} ms",
        largest <= TARGET_MS,
    )


if __name__ == "__main__":
    main()
