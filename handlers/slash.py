"""How every slash command listens: acknowledged at once, answered through its response_url.

Slack gives a command three seconds and shows the person nothing until the answer comes, so
the acknowledgement is an empty 200 before any database work; the command's work then runs
on the app's background executor (build_app gives it a bot.runtime.background.BackgroundWork)
and answers with respond(), which reads the same to the person as an answer in the
acknowledgement would. A slow database never makes Slack time a command out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

log = logging.getLogger(__name__)

Work = Callable[[dict[str, Any], WebClient, Respond], None]


def slash_command(app: App, name: str) -> Callable[[Work], Work]:
    """Register the decorated `work(command, client, respond)` as slash command `name`."""
    background = app.listener_runner.listener_executor

    def register(work: Work) -> Work:
        def acknowledge(
            ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond
        ) -> None:
            ack()
            background.submit(_run, name, work, command, client, respond)

        app.command(name)(acknowledge)
        return work

    return register


def _run(
    name: str, work: Work, command: dict[str, Any], client: WebClient, respond: Respond
) -> None:
    """The work of one command; a failure is logged (a thread pool would keep it silent)."""
    try:
        work(command, client, respond)
    except Exception:
        log.exception("%s failed after it was acknowledged", name)
