"""The Teams adapter as a process has it: /api/messages and the work of what it takes in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from adapters.runtime.background import BackgroundWork
from adapters.runtime.inbox import Replay
from adapters.runtime.services import Services
from adapters.storage.repositories.inbox import Claim
from adapters.teams.auth import TokenCheck
from adapters.teams.connector import Connector
from adapters.teams.http import LISTENER, WsgiApp, activities_app
from adapters.teams.listeners import TeamsListeners


@dataclass(frozen=True)
class TeamsApp:
    endpoint: WsgiApp  # POST /api/messages
    listeners: TeamsListeners


def listeners_of(services: Services, background: BackgroundWork | None = None) -> TeamsListeners:
    bot = services.settings.teams
    assert bot is not None, "TEAMS_APP_ID is not set"
    # The bot's token lives by the wall clock, whatever time the services are told it is.
    return TeamsListeners(services, Connector(bot, lambda: datetime.now(UTC)), background)


def build_teams(services: Services, background: BackgroundWork) -> TeamsApp:
    bot = services.settings.teams
    assert bot is not None, "TEAMS_APP_ID is not set"
    listeners = listeners_of(services, background)
    check = TokenCheck(bot.app_id, bot.openid_url)
    endpoint = activities_app(
        check,
        services.inbox,
        services.clock,
        background,
        listeners.work,
        listeners.acknowledge,
        listeners.inline,
    )
    return TeamsApp(endpoint, listeners)


def replay_teams(listeners: TeamsListeners, other: Replay) -> Replay:
    """The inbox's replay: a Teams entry to `listeners`, any other to `other`."""

    def replay(claim: Claim, listener: str, payload: str) -> None:
        if listener == LISTENER:
            listeners.replay(claim, listener, payload)
        else:
            other(claim, listener, payload)

    return replay
