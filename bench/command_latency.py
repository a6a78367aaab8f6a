"""HTTP round trip of signed /punkt commands against a bare Bolt no-op, in one run.

The bot (`python -m bot serve --no-scheduler`, 1,000 councils stored) and a bare Bolt app with
a `/noop` command that only acks (noop_app.py) each run in their own process, served alike:
waitress through adapters.slack.http.make_server, Bolt's WSGI adapter, process_before_response,
the signature checked. Commands alternate between the two so that load on the machine falls
on both alike; each /punkt comes from a member of the council of its channel, whose next
meeting is 30 days ahead, so it lands on the agenda.

The round trip is what Slack times: /punkt is acknowledged before its work
(adapters/slack/handlers/ack_first.py). Beside it, "answered" is the time until the receipt was
posted to the command's response_url, which is what the person waits for. Each /punkt is sent
once the bot has finished the last one's work (its inbox entry done, nothing it queued still
due in the outbox: a late point's notices to the officers go after the receipt), so every
acknowledgement meets an idle bot, as the no-op does, and the figure is the cost of the
acknowledgement itself with the inbox write in its path. The bot under load is the next figure.

Then `--clients` (8) clients at once each send /punkt and wait for its receipt, and the same to
the bare app's `/reply`, which answers on the response_url at once: the bot's answered p99
against the bare app's, the work and the database under concurrent load (issue 20).

    .venv/bin/python bench/command_latency.py [--councils 1000] [--commands 2000] [--url URL]
        [--clients 8] [--answered 800]

--url seeds an empty database of your own (PostgreSQL: createdb first, dropdb after) instead
of a scratch SQLite file.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from common import (
    SIGNING_SECRET,
    add_people,
    bot_env,
    header,
    percentile,
    scratch_dir,
    seeded,
    senders,
    serving,
    verdict,
)
from sqlalchemy import func, or_, select

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.storage.db import make_engine
from adapters.storage.models import AgendaPoint, InboxEntry, OutboxMessage
from bot.core.vocabulary import OutboxStatus, PointStatus
from devtools.localslack.driver import Driver
from devtools.localslack.server import LocalSlack

TARGET_RATIO = 1.5
TARGET_ANSWERED_RATIO = 3.0
SLACK_TIMEOUT = 3.0
ANSWER_TIMEOUT = 30.0
WARM_UP = 50
NOOP_APP = str(Path(__file__).resolve().with_name("noop_app.py"))


def on_agendas(url: str) -> int:
    services = build_services(load_settings({"DATABASE_URL": url}))
    with services.uow() as uow:
        count = uow.session.scalar(
            select(func.count())
            .select_from(AgendaPoint)
            .where(AgendaPoint.status == PointStatus.ON_AGENDA)
        )
    services.engine.dispose()
    return int(count or 0)


def idle_check(url: str) -> Callable[[], None]:
    """Wait until the bot has nothing under way: no inbox entry undone, no outbox row being
    sent or due now (the seed queues none due)."""
    engine = make_engine(url)
    under_way = select(func.count()).select_from(InboxEntry).where(InboxEntry.done_at.is_(None))
    sending = (
        select(func.count())
        .select_from(OutboxMessage)
        .where(
            or_(
                OutboxMessage.status == OutboxStatus.SENDING,
                (OutboxMessage.status == OutboxStatus.PENDING)
                & (OutboxMessage.due_at <= func.current_timestamp()),
            )
        )
    )

    def wait() -> None:
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                if not connection.scalar(under_way) and not connection.scalar(sending):
                    return
            time.sleep(0.002)
        raise TimeoutError("the bot did not finish a /punkt's work")

    return wait


def summary(name: str, times: list[float]) -> None:
    ms = [t * 1000 for t in times]
    print(
        f"  {name:<8} p50 {percentile(ms, 50):6.2f} ms   p95 {percentile(ms, 95):6.2f} ms"
        f"   p99 {percentile(ms, 99):6.2f} ms   max {max(ms):7.2f} ms   ({len(ms)} commands)"
    )


def answered_by_turns(
    to_bot: Driver, to_bare: Driver, pairs: list[tuple[str, str]], first: int
) -> tuple[list[float], list[float], int]:
    """One client: /punkt to the bot and /reply to the bare app by turns, each once the last
    was answered; the times until each was answered, and how many were not."""
    slack = to_bot.slack
    punkt: list[float] = []
    reply: list[float] = []
    failed = 0
    for k, (user, channel) in enumerate(pairs):
        for driver, command, times in ((to_bot, "/punkt", punkt), (to_bare, "/reply", reply)):
            started = time.perf_counter()
            sent = driver.command(user, channel, command, f"Punkt {first + k} i kö: bakgrund")
            shown = sent.ok and slack.wait_for_answer(str(sent.response_url), ANSWER_TIMEOUT)
            times.append(time.perf_counter() - started)
            failed += not (shown and "Tack!" in str(sent.answer.get("text")))
    return punkt, reply, failed


def answered_concurrently(
    slack: LocalSlack, bot_url: str, bare_url: str, pairs: list[tuple[str, str]], clients: int
) -> tuple[list[float], list[float], int]:
    shares = [pairs[i::clients] for i in range(clients)]

    def client(n: int) -> tuple[list[float], list[float], int]:
        to_bot = Driver(slack, bot_url, SIGNING_SECRET)
        to_bare = Driver(slack, bare_url, SIGNING_SECRET)
        return answered_by_turns(to_bot, to_bare, shares[n], first=100_000 * (n + 1))

    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(client, range(clients)))
    punkt = [t for p, _, _ in results for t in p]
    reply = [t for _, r, _ in results for t in r]
    return punkt, reply, sum(f for _, _, f in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=1000)
    parser.add_argument("--commands", type=int, default=2000)
    parser.add_argument("--url", help="an empty database to seed (default: a scratch SQLite file)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--answered", type=int, default=800, help="commands sent concurrently")
    args = parser.parse_args()
    header("Command latency")
    punkt: list[float] = []
    noop: list[float] = []
    answered: list[float] = []
    failed = 0
    with scratch_dir() as directory, LocalSlack() as slack:
        # The bot's own clock is the wall clock: the region's meetings are placed from it.
        region = seeded(directory, args.councils, now=datetime.now(UTC), url=args.url)
        pairs = senders(region, WARM_UP + args.commands)
        at_once = senders(region, args.answered)
        add_people(slack, pairs + at_once)
        env = bot_env(slack, region.url)
        before = on_agendas(region.url)
        with (
            serving(["-m", "bot", "serve", "--no-scheduler"], env, directory) as bot,
            serving([NOOP_APP], env, directory) as bare,
        ):
            to_bot = Driver(slack, bot.events_url, SIGNING_SECRET)
            to_bare = Driver(slack, bare.events_url, SIGNING_SECRET)
            idle = idle_check(region.url)
            for k, (user, channel) in enumerate(pairs):
                text = f"Punkt {k} från bänken: bakgrund"
                idle()
                started = time.perf_counter()
                sent = to_bot.command(user, channel, "/punkt", text)
                acknowledged = time.perf_counter()
                shown = sent.ok and slack.wait_for_answer(str(sent.response_url), ANSWER_TIMEOUT)
                done = time.perf_counter()
                failed += not (shown and "Tack!" in str(sent.answer.get("text")))
                started_noop = time.perf_counter()
                failed += not to_bare.command(user, channel, "/noop").ok
                if k >= WARM_UP:
                    punkt.append(acknowledged - started)
                    answered.append(done - started)
                    noop.append(time.perf_counter() - started_noop)
            punkt_at_once, reply_at_once, failed_at_once = answered_concurrently(
                slack, bot.events_url, bare.events_url, at_once, args.clients
            )
        added = on_agendas(region.url) - before
    header("Command latency, results")
    summary("/punkt", punkt)
    summary("/noop", noop)
    summary("answered", answered)
    sent = len(pairs) + len(at_once)
    print(f"  failed answers: {failed}; points added to agendas: {added:,} of {sent:,}")
    ratio = percentile(punkt, 99) / percentile(noop, 99)
    verdict("/punkt p99 / bare no-op p99", f"{ratio:.2f}", f"<= {TARGET_RATIO}", ratio <= 1.5)
    slowest = max(punkt + noop)
    verdict(
        "slowest acknowledgement",
        f"{slowest * 1000:.0f} ms",
        f"< {SLACK_TIMEOUT:.0f} s",
        slowest < SLACK_TIMEOUT and not failed,
    )
    header(f"Answered, {args.clients} clients at once, results")
    summary("/punkt", punkt_at_once)
    summary("/reply", reply_at_once)
    print(f"  failed answers: {failed_at_once}")
    ratio = percentile(punkt_at_once, 99) / percentile(reply_at_once, 99)
    verdict(
        "/punkt answered p99 / bare /reply p99",
        f"{ratio:.2f}",
        f"<= {TARGET_ANSWERED_RATIO}",
        ratio <= TARGET_ANSWERED_RATIO and not failed_at_once,
    )


if __name__ == "__main__":
    main()
