"""Reminder fan-out: 2,000 reminders due at once, through a local Slack that rate-limits.

The local Slack enforces Slack's shape of limit on chat.postMessage: per DM channel (1 a
second, with a short burst) and for the whole workspace (by default a second's worth at
once; Slack counts workspace limits by the minute). One sweep queues what is due (as `tick`
does), one drain delivers it; the drain's rate is compared with the enforced one, and every
queued key is looked for in the DMs: missing ones are lost, repeated ones duplicated. The
enforced rate is what the limits let through in the drain's time, its bursts included.
With `--analyze` the database has the planner's statistics before the drain (as a database
in use does); with limits above 300 a second the drain's own rate meets its target.

    .venv/bin/python bench/fanout.py [--reminders 2000] [--global-rate 100] [--burst 3]
    .venv/bin/python bench/fanout.py --councils 10000 --reminders 500 --global-rate 5000 --analyze
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter

from common import SIGNING_SECRET, header, scratch_dir, seeded, verdict
from seed import DUE_PER_COUNCIL, MEMBERS, user_id
from sqlalchemy import select, text

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.delivery import EVENT_TYPE, SlackDelivery
from adapters.storage.models import OutboxMessage
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import Sender
from bot.reminders.sweep import sweep
from devtools.localslack.server import LocalSlack

TARGET_SHARE = 0.9
TARGET_ROWS = 300  # a second, when the limits allow it
PER_CHANNEL = 1.0  # messages a second in one conversation, as Slack allows


def delivered_keys(slack: LocalSlack, users: list[str]) -> Counter[str]:
    """How many messages in the users' DMs carry each reminder key."""
    keys: Counter[str] = Counter()
    for user in users:
        for message in slack.messages(slack.dm_channel(user)):
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == EVENT_TYPE:
                keys[metadata["event_payload"]["key"]] += 1
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reminders", type=int, default=2000)
    parser.add_argument("--councils", type=int, default=1000)
    parser.add_argument("--global-rate", type=int, default=100, help="messages a second")
    parser.add_argument("--burst", type=int, default=3, help="at once, per channel")
    parser.add_argument(
        "--global-burst", type=int, default=None, help="at once in all (default: a second's)"
    )
    parser.add_argument("--analyze", action="store_true", help="ANALYZE before the drain")
    args = parser.parse_args()
    header("Fan-out")
    due = math.ceil(args.reminders / DUE_PER_COUNCIL)
    global_burst = args.global_rate if args.global_burst is None else args.global_burst
    with scratch_dir() as directory, LocalSlack() as slack:
        region = seeded(directory, max(args.councils, due), due=due)
        users = [user_id(c, m) for c in sorted(region.due) for m in range(len(MEMBERS))]
        for user in users:
            slack.add_user(user, user.lower())
        slack.rate_limit(
            "chat.postMessage",
            per_channel_per_second=PER_CHANNEL,
            burst=args.burst,
            global_per_second=args.global_rate,
            global_burst=global_burst,
        )
        settings = load_settings(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": slack.api_url,
                "DATABASE_URL": region.url,
            }
        )
        services = build_services(settings)
        sweep(services.uow, region.now)
        if args.analyze:
            with services.engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        with services.uow() as uow:
            queued = set(
                uow.session.scalars(
                    select(OutboxMessage.idempotency_key).where(
                        OutboxMessage.status == OutboxStatus.PENDING
                    )
                )
            )
        started = time.perf_counter()
        report = Sender(
            services.uow, SlackDelivery.from_settings(settings), worker_id="bench"
        ).drain(region.now)
        elapsed = time.perf_counter() - started
        services.engine.dispose()
        keys = delivered_keys(slack, users)
        refused = len(slack.calls_to("chat.postMessage")) - sum(keys.values())
    header("Fan-out, results")
    enforced = min(
        args.global_rate + global_burst / elapsed,
        len(users) * (PER_CHANNEL + args.burst / elapsed),
    )
    achieved = sum(keys.values()) / elapsed
    lost = len(queued - set(keys))
    duplicates = sum(n - 1 for n in keys.values() if n > 1)
    print(
        f"  {len(queued):,} queued for {len(users):,} people; drain {elapsed:.1f} s: {report}\n"
        f"  limits: {PER_CHANNEL:g}/s per channel (burst {args.burst}) and "
        f"{args.global_rate}/s in all (burst {global_burst}); {refused:,} posts answered 429\n"
        f"  achieved {achieved:.1f} messages/s of {enforced:.1f}/s enforced"
        f"{', after ANALYZE' if args.analyze else ''}"
    )
    share = achieved / enforced
    verdict(
        "achieved / enforced rate", f"{share:.1%}", f">= {TARGET_SHARE:.0%}", share >= TARGET_SHARE
    )
    if enforced >= TARGET_ROWS:
        verdict(
            "drained rows a second",
            f"{achieved:.0f}",
            f">= {TARGET_ROWS}",
            achieved >= TARGET_ROWS,
        )
    verdict("lost", str(lost), "0", lost == 0)
    verdict("duplicates", str(duplicates), "0", duplicates == 0)


if __name__ == "__main__":
    main()
