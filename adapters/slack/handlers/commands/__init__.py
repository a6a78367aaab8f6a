"""Slash command listeners, one module per command."""

from __future__ import annotations

from slack_bolt import App

from adapters.runtime.services import Services
from adapters.slack.handlers.commands import (
    arbetsgrupp,
    arvode,
    atgard,
    brukarrad,
    dagordning,
    kallelse,
    minadata,
    mote,
    narvaro,
    paminnelser,
    protokoll,
    punkt,
)


def register(app: App, services: Services) -> None:
    brukarrad.register(app, services)
    mote.register(app, services)
    punkt.register(app, services)
    dagordning.register(app, services)
    paminnelser.register(app, services)
    narvaro.register(app, services)
    arvode.register(app, services)
    kallelse.register(app, services)
    protokoll.register(app, services)
    atgard.register(app, services)
    minadata.register(app, services)
    arbetsgrupp.register(app, services)
