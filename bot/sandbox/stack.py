"""Local Slack + the bot over real HTTP with real signatures, in one process.

The same stack serves the terminal sandbox and the end-to-end tests, so what a test proves
is what a person trying the bot sees: Bolt's whole pipeline, signature check included.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from bot.app import build_app
from bot.clock import Clock
from bot.http import EVENTS_PATH, make_server
from bot.localslack.driver import Driver
from bot.localslack.server import LocalSlack
from bot.services import Services, build_services
from bot.settings import load_settings
from storage.migrate import upgrade

SIGNING_SECRET = "local-signing-secret"


@dataclass
class LocalStack:
    slack: LocalSlack
    services: Services
    driver: Driver
    _server: Any
    _thread: threading.Thread

    @classmethod
    def start(
        cls, *, database_url: str, clock: Clock, env: dict[str, str] | None = None
    ) -> LocalStack:
        slack = LocalSlack()
        slack.start()
        settings = load_settings(
            {
                **(env or {}),
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": slack.api_url,
                "DATABASE_URL": database_url,
            }
        )
        upgrade(settings.database_url)
        services = build_services(settings, clock=clock)
        server = make_server(build_app(services), host="127.0.0.1", port=0, threads=4)
        thread = threading.Thread(target=server.run, name="bot-http", daemon=True)
        thread.start()
        bot_url = f"http://127.0.0.1:{server.effective_port}{EVENTS_PATH}"
        return cls(slack, services, Driver(slack, bot_url, SIGNING_SECRET), server, thread)

    def stop(self) -> None:
        self._server.close()
        self.slack.stop()
        self.services.engine.dispose()
