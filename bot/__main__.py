"""CLI (contract): python -m bot [run|serve|worker|tick|console|db upgrade]."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.clock import SystemClock
from bot.runtime.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler
    from slack_bolt import App
    from sqlalchemy import Engine

    from adapters.slack.http import WsgiApp
    from bot.runtime.background import BackgroundWork
    from bot.runtime.inbox import Claim, Replay
    from bot.runtime.services import Services

log = logging.getLogger("bot")
DRAIN_SECONDS = 20.0  # on SIGTERM: how long acknowledged work may take to finish


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Brukarbot")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="Socket Mode with tokens, else the local sandbox")
    serve = sub.add_parser("serve", help="HTTP mode on /slack/events")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--no-scheduler", action="store_true")
    sub.add_parser("worker", help="scheduler and outbox only")
    tick = sub.add_parser("tick", help="one sweep and one outbox drain")
    tick.add_argument("--now", default=None, help="ISO-8601 instant (default: now)")
    sub.add_parser("console", help="the local sandbox: a terminal chat")
    db = sub.add_parser("db", help="database")
    db.add_argument("action", choices=["upgrade"])
    return parser


def _db_upgrade(settings: Settings) -> int:
    from adapters.storage.migrate import upgrade

    upgrade(settings.database_url)
    print("Databasen är uppdaterad. / Database is up to date.")
    return 0


def _serve(settings: Settings, port: int | None, no_scheduler: bool) -> int:
    if not (settings.slack_bot_token and settings.slack_signing_secret):
        print(
            "SLACK_BOT_TOKEN och SLACK_SIGNING_SECRET behövs för HTTP-läget. / "
            "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are needed for HTTP mode.",
            file=sys.stderr,
        )
        return 2
    from adapters.slack.app import build_app
    from adapters.slack.http import make_server
    from adapters.storage.migrate import upgrade
    from bot.runtime.background import BackgroundWork
    from bot.runtime.services import build_services

    upgrade(settings.database_url)
    services = build_services(settings)
    background = BackgroundWork()
    app = build_app(services, background=background)
    web = _member_page(services, settings.slack_signing_secret)
    server = make_server(app, background=background, port=port or settings.port, web=web)
    scheduler = None if no_scheduler else _start_scheduler(services, app)
    signal.signal(signal.SIGTERM, _stop_serving)
    gc.freeze()  # what start-up built lives as long as the process: keep it out of GC passes
    log.info("serving on port %s", server.effective_port)
    try:
        server.run()  # until SIGTERM or Ctrl-C
    finally:
        _wind_down(services, scheduler, background)
    log.info("stopped serving")
    return 0


def _member_page(services: Services, signing_secret: str | None) -> WsgiApp | None:
    """The member page, when PUBLIC_URL says where people reach it (without it no link to
    it can be sent); its cookies are signed with a key derived from the signing secret,
    the same in every process."""
    if services.settings.public_url is None or signing_secret is None:
        return None
    from adapters.slack.blocks.attendance import substitute_asks
    from adapters.web.app import create_app, secret_from

    return create_app(services, secret=secret_from(signing_secret), compose_answer=substitute_asks)


def _wind_down(
    services: Services, scheduler: BaseScheduler | None, background: BackgroundWork | None
) -> None:
    """Give what was acknowledged, and the scheduler's running pass, DRAIN_SECONDS to finish.
    Work stuck longer (a hung Slack call, a locked database) is handed back to the inbox for
    the next process; its threads cannot be stopped, so the process ends without them."""
    deadline = time.monotonic() + DRAIN_SECONDS
    stopping = None
    if scheduler is not None:  # stops starting passes, and waits for the running one
        stopping = threading.Thread(target=scheduler.shutdown, name="stopping", daemon=True)
        stopping.start()
    finished = background.settle(DRAIN_SECONDS) if background is not None else True
    if stopping is not None:
        stopping.join(max(0.0, deadline - time.monotonic()))
        finished = finished and not stopping.is_alive()
    if not finished:
        left = services.inbox.release()
        log.warning("stopped; %d acknowledged requests left in the inbox", left)
        logging.shutdown()
        os._exit(0)
    if background is not None:
        background.shutdown(wait=True)


def _stop_serving(*_: object) -> None:
    """SIGTERM (a deploy, a restart) ends waitress's loop the way Ctrl-C does."""
    raise SystemExit(0)


def _socket_mode(settings: Settings) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from adapters.slack.app import build_app
    from adapters.storage.migrate import upgrade
    from bot.runtime.services import build_services

    upgrade(settings.database_url)
    services = build_services(settings)
    app = build_app(services, socket_mode=True)
    scheduler = _start_scheduler(services, app)
    gc.freeze()  # as in _serve
    try:
        SocketModeHandler(app, settings.slack_app_token).start()
    finally:
        scheduler.shutdown(wait=False)
    return 0


def _start_scheduler(services: Services, app: App) -> BaseScheduler:
    """The reminder passes in the background (a catch-up now, then every minute), and the
    inbox's drain."""
    from adapters.slack.handlers.ack_first import replay
    from bot.runtime.messengers import messengers_from
    from bot.runtime.scheduler import build_scheduler

    scheduler = build_scheduler(services, messengers_from(services.settings), replay(app))
    scheduler.start()
    return scheduler


def _has_bot_token(settings: Settings) -> bool:
    if settings.slack_bot_token:
        return True
    print(
        "SLACK_BOT_TOKEN behövs för att skicka påminnelser. / "
        "SLACK_BOT_TOKEN is needed to send reminders.",
        file=sys.stderr,
    )
    return False


def _worker(settings: Settings) -> int:
    """The scheduler alone, until SIGTERM or Ctrl-C; the running pass may finish first."""
    if not _has_bot_token(settings):
        return 2
    from adapters.slack.app import build_app
    from adapters.storage.migrate import upgrade
    from bot.runtime.services import build_services

    upgrade(settings.database_url)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    services = build_services(settings)
    scheduler = _start_scheduler(services, build_app(services))
    log.info("worker started")
    stop.wait()
    _wind_down(services, scheduler, None)
    log.info("worker stopped")
    return 0


def _instant(text: str | None, settings: Settings) -> datetime:
    """--now as an aware instant; without an offset it is the bot's local time."""
    if text is None:
        return SystemClock().now()
    instant = datetime.fromisoformat(text)
    return instant if instant.tzinfo else instant.replace(tzinfo=settings.zone)


def _replay_when_needed(settings: Settings, engine: Engine) -> Replay:
    """The inbox's replay for a tick, building the services and the app (Bolt, every handler
    and a call to Slack's auth.test) for the first entry due, which is seldom."""
    built: list[Replay] = []

    def replay_one(claim: Claim, listener: str, payload: str) -> None:
        if not built:
            from adapters.slack.app import build_app
            from adapters.slack.handlers.ack_first import replay
            from bot.runtime.services import build_services

            built.append(replay(build_app(build_services(settings, engine=engine))))
        built[0](claim, listener, payload)

    return replay_one


def _tick(settings: Settings, now_text: str | None) -> int:
    try:
        now = _instant(now_text, settings)
    except ValueError:
        print(
            f"--now: '{now_text}' är ingen ISO 8601-tid; skriv t.ex. 2026-12-01T08:30+01:00 / "
            f"'{now_text}' is not an ISO 8601 instant; e.g. 2026-12-01T08:30+01:00",
            file=sys.stderr,
        )
        return 2
    if not _has_bot_token(settings):
        return 2
    from bot.runtime.tick import run_tick

    ticked = run_tick(settings, now, _replay_when_needed)
    replayed, drained = ticked.replayed, ticked.report.drained
    print(
        f"Inkorgen {now.isoformat()}: {replayed} förfrågningar körda igen. / "
        f"Inbox {now.isoformat()}: {replayed} requests run again."
    )
    print(
        f"Påminnelser {now.isoformat()}: {ticked.report.queued} nya, {drained.sent} skickade, "
        f"{drained.reconciled} redan skickade, {drained.retrying} försöks igen, "
        f"{drained.failed} misslyckade, {drained.expired} för sent. / "
        f"Reminders {now.isoformat()}: {ticked.report.queued} queued, {drained.sent} sent, "
        f"{drained.reconciled} already sent, {drained.retrying} to retry, "
        f"{drained.failed} failed, {drained.expired} expired."
    )
    return 0


def _sandbox(settings: Settings) -> int:
    from adapters.console.chat import run_console

    return run_console(settings)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # It would log every minute's reminder pass; the passes log what they did themselves.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    try:
        settings = load_settings()
    except SettingsError as err:
        print(err, file=sys.stderr)
        return 2
    command = args.command or "run"
    if command == "db":
        return _db_upgrade(settings)
    if command == "serve":
        return _serve(settings, args.port, args.no_scheduler)
    if command == "run":
        if settings.has_slack_tokens:
            return _socket_mode(settings)
        return _sandbox(settings)
    if command == "console":
        return _sandbox(settings)
    if command == "worker":
        return _worker(settings)
    return _tick(settings, args.now)


if __name__ == "__main__":
    sys.exit(main())
