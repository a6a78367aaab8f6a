"""CLI (contract): python -m bot [run|serve|worker|tick|console|db upgrade]."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger("bot")


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


def _not_built(name: str) -> int:
    print(
        f"'{name}' finns inte än i den här versionen av Brukarbot. / "
        f"'{name}' is not built yet in this version of Brukarbot.",
        file=sys.stderr,
    )
    return 2


def _db_upgrade(settings: Settings) -> int:
    from storage.migrate import upgrade

    upgrade(settings.database_url)
    print("Databasen är uppdaterad. / Database is up to date.")
    return 0


def _serve(settings: Settings, port: int | None) -> int:
    if not (settings.slack_bot_token and settings.slack_signing_secret):
        print(
            "SLACK_BOT_TOKEN och SLACK_SIGNING_SECRET behövs för HTTP-läget. / "
            "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are needed for HTTP mode.",
            file=sys.stderr,
        )
        return 2
    from bot.app import build_app
    from bot.http import make_server
    from bot.services import build_services
    from storage.migrate import upgrade

    upgrade(settings.database_url)
    app = build_app(build_services(settings))
    server = make_server(app, port=port or settings.port)
    log.info("serving on port %s", server.effective_port)
    server.run()
    return 0


def _socket_mode(settings: Settings) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.app import build_app
    from bot.services import build_services
    from storage.migrate import upgrade

    upgrade(settings.database_url)
    app = build_app(build_services(settings), socket_mode=True)
    SocketModeHandler(app, settings.slack_app_token).start()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        settings = load_settings()
    except SettingsError as err:
        print(err, file=sys.stderr)
        return 2
    command = args.command or "run"
    if command == "db":
        return _db_upgrade(settings)
    if command == "serve":
        return _serve(settings, args.port)
    if command == "run":
        if settings.has_slack_tokens:
            return _socket_mode(settings)
        return _not_built("sandbox")
    return _not_built(command)


if __name__ == "__main__":
    sys.exit(main())
