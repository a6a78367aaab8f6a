"""The outbox drain's own rate in a large region, without and with the planner's statistics.

One region (bench/seed.py, 10,000 councils by default) gets its due reminders queued by a
sweep, as `tick` does; one drain then delivers them to a local Slack that does not limit,
so the figure is the drain's own: claims, the checks that each message is still wanted and
allowed, addressing, posting and recording. Then the same rows are set pending again, the
local Slack forgets what it was sent, the database is analyzed (`ANALYZE`: what a database
in use has, and what made the claim read every sent row on SQLite before the partial index)
and the drain runs again. Every queued key is looked for in the DMs each time: missing ones
are lost, repeated ones duplicated. With --url (a PostgreSQL server) the region is a
database of its own there, dropped at the end.

    .venv/bin/python bench/drain_rate.py [--councils 10000] [--reminders 2000] [--url URL]
"""

from __future__ import annotations

import argparse
import math
import time

from common import SIGNING_SECRET, header, scratch_dir, seeded, server_databases, verdict
from fanout import delivered_keys
from seed import DUE_PER_COUNCIL, MEMBERS, user_id
from sqlalchemy import select, text, update

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.slack.delivery import SlackDelivery
from adapters.storage.models import OutboxMessage
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import Sender
from bot.reminders.sweep import sweep
from devtools.localslack.server import LocalSlack
from devtools.statements import Sent, plan, statements

TARGET_ROWS = 300  # a second


def _reset(services: Services, ids: list[int]) -> None:
    """The rows as the sweep queued them: pending, never tried."""
    with services.engine.begin() as connection:
        connection.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids))
            .values(
                status=OutboxStatus.PENDING,
                attempts=0,
                claimed_by=None,
                claimed_at=None,
                sent_at=None,
                ref=None,
                conversation=None,
                via=None,
                last_error=None,
            )
        )


def _scans(services: Services, sent: list[Sent]) -> None:
    """Each distinct statement of the drain that reads a whole table (a plan's step that
    scans it without an index), with that step: none is what the drain's rate rests on."""
    distinct = {
        s.statement: s for s in sent if s.statement.lstrip().startswith(("SELECT", "UPDATE"))
    }
    found = 0
    for one in distinct.values():
        many = isinstance(one.parameters, list) and isinstance(one.parameters[0], tuple | dict)
        steps = plan(services.engine, one._replace(parameters=one.parameters[0]) if many else one)
        whole = [step for step in steps.splitlines() if _whole_table(step)]
        if whole:
            found += 1
            statement = " ".join(one.statement.split())[:160]
            print(f"    reads a whole table: {' / '.join(whole)}: {statement}")
    print(f"    {len(distinct)} distinct statements, {found} reading a whole table")


def _whole_table(step: str) -> bool:
    step = step.strip()
    return step.startswith("Seq Scan") or (step.startswith("SCAN ") and " USING " not in step)


def _drain(services: Services, slack: LocalSlack, users: list[str], label: str) -> None:
    """One drain of what is pending, and its figures."""
    settings = load_settings(
        {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.api_url,
            "DATABASE_URL": services.settings.database_url,
        }
    )
    with services.uow() as uow:
        queued = set(
            uow.session.scalars(
                select(OutboxMessage.idempotency_key).where(
                    OutboxMessage.status == OutboxStatus.PENDING
                )
            )
        )
    with statements(services.engine) as sent:
        started = time.perf_counter()
        report = Sender(
            services.uow, SlackDelivery.from_settings(settings), worker_id="bench"
        ).drain(services.clock.now())
        elapsed = time.perf_counter() - started
    keys = delivered_keys(slack, users)
    lost = len(queued - set(keys))
    duplicates = sum(n - 1 for n in keys.values() if n > 1)
    rate = len(queued) / elapsed
    print(
        f"  {label}: {len(queued):,} rows in {elapsed:.2f} s, {len(sent):,} statements "
        f"({len(sent) / max(1, len(queued)):.2f} a row); {report}"
    )
    _scans(services, sent)
    verdict(
        f"drained rows a second, {label}", f"{rate:.0f}", f">= {TARGET_ROWS}", rate >= TARGET_ROWS
    )
    verdict(
        f"lost / duplicated, {label}",
        f"{lost} / {duplicates}",
        "0 / 0",
        not lost and not duplicates,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=10_000)
    parser.add_argument("--reminders", type=int, default=2_000)
    parser.add_argument("--url", help="a PostgreSQL server; default: a SQLite file")
    args = parser.parse_args()
    header("Outbox drain")
    due = math.ceil(args.reminders / DUE_PER_COUNCIL)
    with (
        scratch_dir() as directory,
        server_databases(args.url, ["bench_drain"]) as (url,),
        LocalSlack() as slack,
    ):
        region = seeded(directory, max(args.councils, due), due=due, url=url)
        users = [user_id(c, m) for c in sorted(region.due) for m in range(len(MEMBERS))]
        for user in users:
            slack.add_user(user, user.lower())
        services = build_services(
            load_settings({"DATABASE_URL": region.url}), clock=ManualClock(region.now)
        )
        sweep(services.uow, region.now)
        with services.uow() as uow:
            ids = list(
                uow.session.scalars(
                    select(OutboxMessage.id).where(OutboxMessage.status == OutboxStatus.PENDING)
                )
            )
        header("Outbox drain, results")
        _drain(services, slack, users, "without ANALYZE")
        _reset(services, ids)
        slack.reset()
        with services.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
        _drain(services, slack, users, "after ANALYZE")
        services.engine.dispose()


if __name__ == "__main__":
    main()
