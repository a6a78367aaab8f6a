"""The app removed from a workspace, and back (bot.privacy.workspaces).

`app_uninstalled`, and `tokens_revoked` for the bot's token, stop all sending there. Anything
newer that Slack brings from the workspace (a command, a button, an event that happened after
the removal) means the app is installed again, and sending resumes. That check is done on the
app's background executor, after the acknowledgement, like the listeners' own work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import on_event
from adapters.slack.ids import team_id

log = logging.getLogger(__name__)
REMOVALS = ("app_uninstalled", "tokens_revoked")


def register(app: App, services: Services) -> None:
    def heard_from(team: str, at: datetime | None) -> None:
        try:
            services.workspaces.heard_from(team, at=at)
        except SQLAlchemyError:
            log.warning("could not check whether workspace %s has the app", team)

    @app.middleware
    def back_again(body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse:
        team = team_id(body)
        if team and (body.get("event") or {}).get("type") not in REMOVALS:
            # An event carries when it happened: a late redelivery of one from before the
            # removal does not count. A command or a button is the app in use now.
            happened = body.get("event_time")
            at = datetime.fromtimestamp(happened, UTC) if isinstance(happened, int) else None
            app.listener_runner.listener_executor.submit(heard_from, team, at)
        return next()

    def removed(body: dict[str, Any], reason: str) -> None:
        services.workspaces.removed(team_id(body), reason, now=services.clock.now())

    @on_event(app, "app_uninstalled")
    def app_uninstalled(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        removed(body, "app_uninstalled")

    @on_event(app, "tokens_revoked")
    def tokens_revoked(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        # The app has only a bot token; users' tokens revoked would not stop it.
        if (event.get("tokens") or {}).get("bot"):
            removed(body, "tokens_revoked")
