"""CLI (contract): python -m bot [run|serve|worker|tick|console|check|db …]."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from adapters.runtime.logs import configure_logging
from adapters.runtime.process import started
from adapters.runtime.settings import (
    DEFAULT_API_URL,
    DEFAULT_DATABASE_FILE,
    LOG_LEVELS,
    Settings,
    SettingsError,
    load_settings,
)
from bot.core.clock import SystemClock

TEAMS_APP_FILE = "brukarbot-teams.zip"

VARIABLES = {  # what adapters.runtime.settings reads, for --help
    "SLACK_BOT_TOKEN": "the bot's token, xoxb-…",
    "SLACK_SIGNING_SECRET": "checks that requests come from Slack",
    "SLACK_APP_TOKEN": "Socket Mode's token, xapp-…",
    "SLACK_API_URL": f"Slack's Web API (default {DEFAULT_API_URL})",
    "DATABASE_URL": f"sqlite:///… or postgres(ql)://… (default sqlite:///{DEFAULT_DATABASE_FILE})",
    "BOT_TIMEZONE": "the councils' time zone (default Europe/Stockholm)",
    "BOT_LANGUAGE": "sv or en (default sv)",
    "SMTP_URL": "smtp://, smtps:// or smtp+starttls://user:password@host:port",
    "MAIL_FROM": "the sender of the bot's email",
    "IMAP_URL": "imaps://user:password@host:993/INBOX: the mailbox members write to",
    "MAIL_AUTHSERV_ID": "whose Authentication-Results to trust (the receiving server)",
    "MAIL_OAUTH_CLIENT_ID": "Microsoft 365: the app's id (SMTP and IMAP by XOAUTH2)",
    "MAIL_OAUTH_CLIENT_SECRET": "Microsoft 365: the app's client secret",
    "MAIL_OAUTH_TENANT": "Microsoft 365: the tenant's id or domain",
    "MAIL_OAUTH_AUTHORITY": "instead of the tenant: the token service's https URL",
    "TEAMS_APP_ID": "Microsoft Teams: the bot's Microsoft App ID (a GUID)",
    "TEAMS_APP_PASSWORD": "Teams: the bot's client secret",
    "TEAMS_TENANT_ID": "Teams: the tenant of a single-tenant bot (default: multi-tenant)",
    "TEAMS_OPENID_URL": "Teams: where the signing keys are published (the Bot Framework's)",
    "TEAMS_LOGIN_URL": "Teams: where the bot gets its tokens (login.microsoftonline.com)",
    "PORT": "where serve listens (default 3000)",
    "PUBLIC_URL": "where people reach serve: links to the member page",
    "LOG_LEVEL": f"{', '.join(LOG_LEVELS)} (default INFO)",
    "LOG_FORMAT": "text, or json: one object a line (default text)",
}


def _environment() -> str:
    width = max(map(len, VARIABLES))
    lines = [f"  {name:<{width}}  {what}" for name, what in VARIABLES.items()]
    return "\n".join(
        ["environment:", *lines, "  Each may be read from a file instead: NAME_FILE=/path."]
    )


class _Version(argparse.Action):
    """--version: the installed version, looked up only when asked (a lookup reads every
    installed distribution's metadata, which no other command needs)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="the version, then exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version

        print(f"brukarbot {version('brukarbot')}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Brukarbot: the meeting cycle of a brukarråd. Without a command: run.",
        epilog=_environment(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--teams",
        action="store_true",
        help="the sandbox (run without Slack tokens, or console) in Teams mode: a local Teams",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="Socket Mode with tokens, else the local sandbox")
    serve = sub.add_parser(
        "serve", help="HTTP mode: Slack on /slack/events, Teams on /api/messages (either or both)"
    )
    serve.add_argument("--port", type=int, default=None, help="the port (default: PORT)")
    serve.add_argument(
        "--no-scheduler", action="store_true", help="no reminder passes here (a worker runs them)"
    )
    sub.add_parser("worker", help="scheduler and outbox only")
    tick = sub.add_parser("tick", help="one sweep and one outbox drain")
    tick.add_argument("--now", default=None, help="ISO-8601 instant (default: now)")
    sub.add_parser("console", help="the local sandbox: a terminal chat")
    sub.add_parser(
        "check", help="whether the database, Slack's token and the mail server work: one line each"
    )
    sub.add_parser(
        "ready",
        help="what /readyz says, for a process without a port (a worker's health check): "
        "exit 1 unless ready",
    )
    teams = sub.add_parser(
        "teams-app", help="the Teams app package (manifest and icons) for TEAMS_APP_ID, PUBLIC_URL"
    )
    teams.add_argument(
        "--out", type=Path, default=Path(TEAMS_APP_FILE), help=f"the zip (default {TEAMS_APP_FILE})"
    )
    db = sub.add_parser("db", help="the database's schema")
    db.add_argument(
        "action",
        choices=["upgrade", "current", "check", "backup", "restore"],
        help="upgrade: to this version's schema (once, however many start at once); "
        "current: the schema's revision and this version's; "
        "check: exit 1 unless the schema is this version's; "
        "backup FILE: a consistent copy while the bot runs; "
        "restore FILE: into an empty database",
    )
    db.add_argument("file", nargs="?", type=Path, help="the backup's file")
    return parser


def _db(settings: Settings, action: str, file: Path | None) -> int:
    from adapters.storage.migrate import Schema, schema, upgrade

    if action in ("backup", "restore"):
        return _backup(settings, action, file)
    if action == "upgrade":
        upgrade(settings.database_url)
        print("Databasen är uppdaterad. / Database is up to date.")
        return 0
    found = schema(settings.database_url)
    if action == "current":
        print(f"{found.at} (den här versionen / this version: {found.head}; {found.state.value})")
        return 0
    if found.state is Schema.HEAD:
        print(f"Schemat är aktuellt ({found.head}). / The schema is up to date.")
        return 0
    print(
        f"Schemat är {found.at}, den här versionen behöver {found.head} ({found.state.value}): "
        "kör python -m bot db upgrade. / The schema is not this version's: run db upgrade.",
        file=sys.stderr,
    )
    return 1


def _check(settings: Settings) -> int:
    from adapters.cli.check import checks

    found = checks(settings)
    for check in found:
        print(f"{check.name}: {'ok' if check.ok else 'FEL / FAILED'}: {check.says}")
    return 0 if all(check.ok for check in found) else 1


def _ready(settings: Settings) -> int:
    from adapters.runtime.readiness import readiness
    from adapters.storage.db import make_engine
    from adapters.storage.uow import units_of_work

    engine = make_engine(settings.database_url)
    try:
        found = readiness(units_of_work(engine), SystemClock().now())
    finally:
        engine.dispose()
    print(json.dumps({"ready": found.ready, "checks": found.checks}, ensure_ascii=False))
    return 0 if found.ready else 1


def _backup(settings: Settings, action: str, file: Path | None) -> int:
    from adapters.storage.backup import BackupError, backup, restore

    if file is None:
        print(f"db {action} FIL: ange filen. / db {action} FILE: name the file.", file=sys.stderr)
        return 2
    try:
        if action == "backup":
            backup(settings.database_url, file)
            print(f"Säkerhetskopian är {file}. / The backup is {file}.")
        else:
            restore(file, settings.database_url)
            print(f"Återställd från {file}. / Restored from {file}.")
    except BackupError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


def _teams_app(settings: Settings, out: Path) -> int:
    """The Teams app package, for the bot's app id and where it is served."""
    app_id, site = settings.teams_app_id, settings.public_url
    if app_id is None or site is None:
        name, sv, en = (
            ("TEAMS_APP_ID", "botens Microsoft App ID", "the bot's Microsoft App ID")
            if app_id is None
            else ("PUBLIC_URL", "var boten nås (https://…)", "where the bot is reached (https://…)")
        )
        print(f"{name}: Teams-appen behöver {sv}. / The Teams app needs {en}.", file=sys.stderr)
        return 2
    from adapters.teams.package import package

    out.write_bytes(package(app_id, site))
    print(f"Teams-appen är {out}: ladda upp den i Teams. / The Teams app is {out}: upload it.")
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
    from adapters.slack.run import has_a_chat, read_mail_once, replay_when_needed

    if not has_a_chat(settings):
        return 2
    from adapters.runtime.tick import run_tick

    started()
    ticked = run_tick(settings, now, replay_when_needed, read_mail_once)
    replayed, drained = ticked.replayed, ticked.report.drained
    if settings.imap_url:
        print(f"E-post: {ticked.mail} nya. / Email: {ticked.mail} new.")
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


def _sandbox(settings: Settings, teams: bool = False) -> int:
    if teams:
        from adapters.console.teams import run_teams_console

        return run_teams_console(settings)
    from adapters.console.chat import run_console

    return run_console(settings)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as err:
        print(err, file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    from adapters.storage.migrate import SchemaNewerError

    try:
        return _command(args, settings)
    except SchemaNewerError as err:
        print(err, file=sys.stderr)
        return 2


def _command(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command or "run"
    if command == "tick":
        return _tick(settings, args.now)
    if command in ("serve", "worker") or (command == "run" and settings.has_slack_tokens):
        return _slack(args, settings)
    started()  # the rest build little before their work: the collector on from here
    if command == "db":
        return _db(settings, args.action, args.file)
    if command == "check":
        return _check(settings)
    if command == "ready":
        return _ready(settings)
    if command == "teams-app":
        return _teams_app(settings, args.out)
    return _sandbox(settings, args.teams)  # console, or run without Slack's tokens


def _slack(args: argparse.Namespace, settings: Settings) -> int:
    """serve, worker, or run in Socket Mode: each calls started() once it has built what it
    serves."""
    from adapters.slack import run

    if args.command == "serve":
        return run.serve(settings, args.port, args.no_scheduler)
    if args.command == "worker":
        return run.worker(settings)
    return run.socket_mode(settings)
