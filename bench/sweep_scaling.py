"""Time of one reminder sweep (what `tick` runs first) as the region grows.

Each size is a database seeded with the same number of due councils (bench/seed.py); the
rest of the region meets on every day of the quarter, so about 38 % of its councils have a
meeting inside the sweep's window, with what was due there already sent. Two passes are
timed:

- the steady pass at 08:31, a minute after the last one with nothing changed: what a tick
  costs in most minutes (bot.reminders.passes; at a quarter hour it also reads the councils'
  settings and zones); the targets are for it;
- the pass over everything at the seed's `now` (08:30), as every sweep was before passes:
  the first one after a start, then one every FULL_EVERY; it queues the due councils'
  reminders.

The sizes take turns within each round so that load on the machine falls on all of them
alike; before each pass the queued rows are deleted and the last pass is set, so every round
does the same work. With --url (a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1/)
each size gets a database of its own there, dropped at the end.

    .venv/bin/python bench/sweep_scaling.py [--sizes 100 1000 10000] [--due 10] [--rounds 7]
        [--full-rounds 1] [--url URL]
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime, timedelta

from common import header, median, scratch_dir, seeded, server_databases, verdict
from sqlalchemy import delete, event, func, select, update

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.storage.models import Event, OutboxMessage, SweepPasses
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sweep import sweep

TARGET_RATIO = 1.5
TARGET_MS = {"sqlite": 150, "postgresql": 300}  # at the largest size


class _Statements:
    """Counts the SQL statements an engine sends."""

    def __init__(self, services: Services) -> None:
        self.count = 0
        event.listen(services.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_: object) -> None:
        self.count += 1


def _timed_sweep(
    services: Services, now: datetime, statements: _Statements, *, full: bool
) -> tuple[float, int]:
    """One pass: over everything at `now`, or a minute later with nothing changed."""
    last = None if full else now
    now = now if full else now + timedelta(minutes=1)
    with services.uow() as uow:
        uow.session.execute(
            delete(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING)
        )
        seen = uow.session.scalar(select(func.max(Event.id)))
        uow.session.execute(update(SweepPasses).values(last_at=last, full_at=last, event_id=seen))
        uow.commit()
    statements.count = 0
    started = time.perf_counter()
    queued = sweep(services.uow, now)
    return time.perf_counter() - started, queued


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--due", type=int, default=10, help="councils with reminders due")
    parser.add_argument("--rounds", type=int, default=7, help="steady passes timed a size")
    parser.add_argument("--full-rounds", type=int, default=1, help="full passes timed a size")
    parser.add_argument("--url", help="a PostgreSQL server to seed databases in")
    args = parser.parse_args()
    header("Sweep scaling")
    names = [f"bench_sweep_{size}" for size in args.sizes]
    with scratch_dir() as directory, server_databases(args.url, names) as urls:
        regions = [
            seeded(directory, size, due=args.due, url=url)
            for size, url in zip(args.sizes, urls, strict=True)
        ]
        services = [
            build_services(load_settings({"DATABASE_URL": region.url})) for region in regions
        ]
        backend = services[0].engine.dialect.name
        counters = [_Statements(s) for s in services]
        steady: list[list[float]] = [[] for _ in regions]
        steady_statements = [0 for _ in regions]
        full: list[list[float]] = [[] for _ in regions]
        full_statements = [0 for _ in regions]
        queued: dict[bool, set[int]] = {True: set(), False: set()}
        for round_ in range(args.rounds + 1):  # the first round warms the caches, untimed
            for i, region in enumerate(regions):
                elapsed, count = _timed_sweep(services[i], region.now, counters[i], full=False)
                queued[False].add(count)
                steady_statements[i] = counters[i].count
                if round_:
                    steady[i].append(elapsed)
        for _ in range(args.full_rounds):
            for i, region in enumerate(regions):
                elapsed, count = _timed_sweep(services[i], region.now, counters[i], full=True)
                queued[True].add(count)
                full_statements[i] = counters[i].count
                full[i].append(elapsed)
        for s in services:
            s.engine.dispose()
    header(f"Sweep scaling, results ({backend})")
    print(
        f"  queued by a steady pass: {sorted(queued[False])} (expected [0]); by a full pass: "
        f"{sorted(queued[True])} (expected {regions[0].due_reminders})"
    )
    for region, samples, statements, everything, everything_statements in zip(
        regions, steady, steady_statements, full, full_statements, strict=True
    ):
        print(
            f"  {region.councils:>7,} councils: steady pass median "
            f"{median(samples) * 1000:8.1f} ms (min {min(samples) * 1000:.1f}, max "
            f"{max(samples) * 1000:.1f}, {len(samples)} passes, {statements} statements); "
            f"full pass {median(everything) * 1000:,.0f} ms ({everything_statements} statements)"
        )
    ratio = median(steady[-1]) / median(steady[0])
    verdict(
        f"steady pass {regions[-1].councils:,} / {regions[0].councils:,} councils",
        f"{ratio:.2f}",
        f"<= {TARGET_RATIO}",
        ratio <= TARGET_RATIO and queued[False] == {0},
    )
    largest = median(steady[-1]) * 1000
    verdict(
        f"steady pass at {regions[-1].councils:,} councils",
        f"{largest:.1f} ms",
        f"<= {TARGET_MS[backend]} ms",
        largest <= TARGET_MS[backend],
    )


if __name__ == "__main__":
    main()
