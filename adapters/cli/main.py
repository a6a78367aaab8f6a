"""CLI (contract): python -m bot [run|serve|worker|tick|console|db upgrade]."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import datetime

from bot.core.clock import SystemClock
from bot.runtime.settings import Settings, SettingsError, load_settings


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


def _instant(text: str | None, settings: Settings) -> datetime:
    """--now as an aware instant; without an offset it is the bot's local time."""
    if text is None:
        return SystemClock().now()
    instant = datetime.fromisoformat(text)
    return instant if instant.tzinfo else instant.replace(tzinfo=settings.zone)


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
    from adapters.slack.run import has_bot_token, replay_when_needed

    if not has_bot_token(settings):
        return 2
    from bot.runtime.tick import run_tick

    ticked = run_tick(settings, now, replay_when_needed)
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
    if command in ("console", "tick"):
        return _sandbox(settings) if command == "console" else _tick(settings, args.now)
    from adapters.slack import run

    if command == "serve":
        return run.serve(settings, args.port, args.no_scheduler)
    if command == "worker":
        return run.worker(settings)
    return run.socket_mode(settings) if settings.has_slack_tokens else _sandbox(settings)
