"""HTTP round trip of signed /punkt commands against a bare Bolt no-op, in one run.

The bot (build_app over build_services, 1,000 councils stored) and a bare Bolt app with one
`/noop` command that only acks are served alike: waitress through bot.runtime.http.make_server,
Bolt's WSGI adapter, process_before_response, the signature checked. Commands alternate
between the two so that load on the machine falls on both alike; each /punkt comes from a
member of the council of its channel, whose next meeting is 30 days ahead, so it lands on
the agenda.

    .venv/bin/python bench/command_latency.py [--councils 1000] [--commands 2000]
"""

from __future__ import annotations

import argparse
import threading
import time
from typing import Any

from common import (
    SIGNING_SECRET,
    add_people,
    header,
    percentile,
    scratch_dir,
    seeded,
    senders,
    verdict,
)
from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlalchemy import func, select

from bot.app import build_app
from bot.clock import ManualClock
from bot.localslack.driver import Delivery, Driver
from bot.localslack.server import LocalSlack
from bot.runtime.http import EVENTS_PATH, make_server
from bot.services import build_services
from bot.settings import load_settings
from bot.vocabulary import PointStatus
from storage.models import AgendaPoint

TARGET_RATIO = 1.5
SLACK_TIMEOUT = 3.0
WARM_UP = 50


class TimedDriver(Driver):
    """A Driver that keeps the time of each HTTP round trip (signing included)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.times: list[float] = []

    def send(self, *args: Any, **kwargs: Any) -> Delivery:
        started = time.perf_counter()
        delivery = super().send(*args, **kwargs)
        self.times.append(time.perf_counter() - started)
        return delivery


def bare_app(slack: LocalSlack) -> App:
    app = App(
        client=WebClient(token=slack.bot_token, base_url=slack.api_url),
        signing_secret=SIGNING_SECRET,
        process_before_response=True,
    )

    @app.command("/noop")
    def noop(ack: Ack) -> None:
        ack()

    return app


def serve(app: App) -> str:
    """Serve in a daemon thread (it ends with the script); returns the events URL."""
    server = make_server(app, host="127.0.0.1", port=0)
    threading.Thread(target=server.run, name="waitress", daemon=True).start()
    return f"http://127.0.0.1:{server.effective_port}{EVENTS_PATH}"


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


def summary(name: str, times: list[float]) -> None:
    ms = [t * 1000 for t in times]
    print(
        f"  {name:<8} p50 {percentile(ms, 50):6.2f} ms   p95 {percentile(ms, 95):6.2f} ms"
        f"   p99 {percentile(ms, 99):6.2f} ms   max {max(ms):7.2f} ms   ({len(ms)} commands)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=1000)
    parser.add_argument("--commands", type=int, default=2000)
    args = parser.parse_args()
    header("Command latency")
    with scratch_dir() as directory, LocalSlack() as slack:
        region = seeded(directory, args.councils)
        pairs = senders(region, WARM_UP + args.commands)
        add_people(slack, pairs)
        settings = load_settings(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": slack.api_url,
                "DATABASE_URL": region.url,
            }
        )
        services = build_services(settings, clock=ManualClock(region.now))
        punkt = TimedDriver(slack, serve(build_app(services)), SIGNING_SECRET)
        noop = TimedDriver(slack, serve(bare_app(slack)), SIGNING_SECRET)
        before = on_agendas(region.url)
        failed = 0
        for k, (user, channel) in enumerate(pairs):
            if k == WARM_UP:
                punkt.times.clear()
                noop.times.clear()
            answer = punkt.command(user, channel, "/punkt", f"Punkt {k} från bänken: bakgrund")
            failed += not (answer.ok and "Punkt" in str(answer.body))
            failed += not noop.command(user, channel, "/noop").ok
        added = on_agendas(region.url) - before
        services.engine.dispose()
    header("Command latency, results")
    summary("/punkt", punkt.times)
    summary("/noop", noop.times)
    print(f"  failed answers: {failed}; points added to agendas: {added:,} of {len(pairs):,}")
    ratio = percentile(punkt.times, 99) / percentile(noop.times, 99)
    verdict("/punkt p99 / bare no-op p99", f"{ratio:.2f}", f"<= {TARGET_RATIO}", ratio <= 1.5)
    slowest = max(punkt.times + noop.times)
    verdict(
        "slowest acknowledgement",
        f"{slowest * 1000:.0f} ms",
        f"< {SLACK_TIMEOUT:.0f} s",
        slowest < SLACK_TIMEOUT and not failed,
    )


if __name__ == "__main__":
    main()
