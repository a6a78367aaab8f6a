"""build_app: the Bolt app with every listener registered. The only Slack edge in bot/."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient

from adapters.runtime.background import BackgroundWork
from adapters.runtime.services import Services
from adapters.slack import text as slack_text
from adapters.slack.clients import app_client
from adapters.slack.handlers import (
    ack_first,
    actions,
    commands,
    events,
    messages,
    shortcuts,
    unhandled,
    views,
)


def build_app(
    services: Services,
    *,
    client: WebClient | None = None,
    socket_mode: bool = False,
    background: BackgroundWork | None = None,
) -> App:
    """HTTP mode processes before responding, so a form's answer (its errors) goes back in the
    request itself; slash commands, buttons, shortcuts and events are stored in the inbox,
    acknowledged, and their work is done on `background` (adapters/slack/handlers/ack_first.py).

    In Socket Mode there is no signature to check (the socket is authenticated instead).
    """
    settings = services.settings
    # Which calls retry what: adapters.slack.clients.
    client = client or app_client(settings)
    app = App(
        # Named, so Bolt does not look for its caller's file name itself (inspect.stack(),
        # which reads the source of every frame: a tenth of serve's start); the name is the
        # one it found, this file's, so its loggers keep their names.
        name="app.py",
        client=client,
        signing_secret=settings.slack_signing_secret or "",
        process_before_response=not socket_mode,
        request_verification_enabled=not socket_mode,
        listener_executor=background or BackgroundWork(),
    )
    # Before any listener: the inbox to take requests into, as Slack sent them; then every
    # listener reads people's text as they typed it.
    ack_first.register(app, services)
    slack_text.register(app)
    for listeners in (commands, messages, shortcuts, actions, views, events):
        listeners.register(app, services)
    unhandled.register(app)  # last: what no listener took still gets its 200
    return app
