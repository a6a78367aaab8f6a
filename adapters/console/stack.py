"""Local Slack + the bot over real HTTP with real signatures, in one process.

The same stack serves the terminal sandbox and the end-to-end tests, so what a test proves
is what a person trying the bot sees: Bolt's whole pipeline, signature check included.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_bolt import App

from adapters.metrics.page import metrics_page
from adapters.runtime.background import BackgroundWork
from adapters.runtime.inbox import Replay
from adapters.runtime.messengers import messengers_from
from adapters.runtime.readiness import readiness
from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.slack.app import build_app
from adapters.slack.handlers.ack_first import replay
from adapters.slack.http import EVENTS_PATH, make_server
from adapters.storage.migrate import upgrade
from bot import reminders
from bot.core.clock import ManualClock
from devtools.localslack.driver import Driver
from devtools.localslack.server import LocalSlack
from devtools.localteams.server import LocalTeams

SIGNING_SECRET = "local-signing-secret"


@dataclass
class LocalStack:
    slack: LocalSlack
    services: Services
    driver: Driver
    clock: ManualClock
    background: BackgroundWork
    app: App
    _server: Any
    _thread: threading.Thread
    teams: LocalTeams | None = None  # the local Teams, in "Teams mode"
    _replay: Replay | None = None

    @classmethod
    def start(
        cls,
        *,
        database_url: str,
        clock: ManualClock,
        env: Mapping[str, str] | None = None,
        teams: bool = False,
    ) -> LocalStack:
        """`teams`: with the local Teams too, the bot's /api/messages checking its tokens."""
        # One time for both sides: message timestamps and triggers follow the bot's clock.
        slack = LocalSlack(clock=lambda: clock.now().timestamp())
        slack.start()
        local_teams = LocalTeams(clock=clock.now) if teams else None
        if local_teams is not None:
            local_teams.start()
        settings = load_settings(
            {
                **(env or {}),
                **(local_teams.env() if local_teams else {}),
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": slack.api_url,
                "DATABASE_URL": database_url,
            }
        )
        upgrade(settings.database_url)
        services = build_services(settings, clock=clock)
        background = BackgroundWork()
        app = build_app(services, background=background)
        routes, chat = {}, replay(app)
        if local_teams is not None:  # Teams' SDK loaded only in Teams mode
            from adapters.teams.app import build_teams, replay_teams
            from adapters.teams.http import ACTIVITIES_PATH

            built = build_teams(services, background)
            routes[ACTIVITIES_PATH] = built.endpoint
            chat = replay_teams(built.listeners, chat)
        server = make_server(
            app,
            background=background,
            host="127.0.0.1",
            port=0,
            threads=4,
            ready=lambda: readiness(services.uow, clock.now()),
            metrics=lambda: metrics_page(services.engine, clock.now),
            routes=routes,
        )
        thread = threading.Thread(target=server.run, name="bot-http", daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.effective_port}"
        driver = Driver(slack, base + EVENTS_PATH, SIGNING_SECRET, settle=background.settle)
        if local_teams is not None:
            local_teams.bot_url = f"{base}/api/messages"
        return cls(
            slack, services, driver, clock, background, app, server, thread, local_teams, chat
        )

    def tick(self, now: datetime) -> reminders.TickReport:
        """Move the stack's time to ``now`` and run the inbox's drain and the reminder pass
        there (one sweep and one drain into the local Slack), as `python -m bot tick --now`
        does: the one place where time moves in the sandbox."""
        self.clock.set(now)
        self.services.inbox.drain(self._replay or replay(self.app), now=now)
        messengers = messengers_from(self.services.settings, self.services.engine)
        return reminders.tick(
            self.services.uow,
            messengers,
            now,
            worker_id="sandbox",
            page_url=self.services.settings.public_url,
        )

    def stop(self) -> None:
        server = self._server
        server.task_dispatcher.shutdown()  # requests under way finish first
        # Sockets are closed inside waitress's loop thread (closed under its select() it
        # dies of "Bad file descriptor"); with nothing left to watch, the loop ends.

        def close_all() -> None:
            for channel in list(server.active_channels.values()):
                channel.close()
            server.close()

        try:
            server.trigger.pull_trigger(close_all)
        except OSError:  # its wake-up pipe is gone already: close from here instead
            close_all()
        self._thread.join(timeout=5)  # at most one loop pass; the bound only guards a hang
        self.background.shutdown(wait=True)  # what was acknowledged is finished
        self.slack.stop()
        if self.teams is not None:
            self.teams.stop()
        self.services.engine.dispose()
