"""Listeners that are acknowledged at once and do their work after: slash commands, buttons
in messages, and events (messages the bot reads, the Home tab).

Slack gives a command or a button press three seconds and shows the person nothing (or a
spinner) until the answer comes, so the acknowledgement is an empty 200 before any database
work or Slack call; the work then runs on the app's background executor (build_app gives it a
bot.runtime.background.BackgroundWork) and answers with respond(), which reads to the person
as an answer in the acknowledgement would. A slow database, or a kallelse that DMs forty
members, never makes Slack time a press out, nor makes it deliver an event again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond, Say
from slack_sdk import WebClient
from sqlalchemy.exc import OperationalError

from handlers.once import FIRST_DELIVERY

log = logging.getLogger(__name__)

CommandWork = Callable[[dict[str, Any], WebClient, Respond], None]
ButtonWork = Callable[[dict[str, Any], dict[str, Any], WebClient, Respond], None]
EventWork = Callable[[dict[str, Any], dict[str, Any], WebClient, Say], None]


def slash_command(app: App, name: str) -> Callable[[CommandWork], CommandWork]:
    """Register the decorated `work(command, client, respond)` as slash command `name`."""

    def register(work: CommandWork) -> CommandWork:
        def acknowledge(
            ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond
        ) -> None:
            ack()
            _later(app, name, work, command, client, respond)

        app.command(name)(acknowledge)
        return work

    return register


def button(app: App, action_id: str | re.Pattern[str]) -> Callable[[ButtonWork], ButtonWork]:
    """Register the decorated `work(body, action, client, respond)` for block actions
    matching `action_id` (buttons and menus in messages)."""

    def register(work: ButtonWork) -> ButtonWork:
        def acknowledge(
            ack: Ack,
            body: dict[str, Any],
            action: dict[str, Any],
            client: WebClient,
            respond: Respond,
        ) -> None:
            ack()
            _later(app, str(action.get("action_id")), work, body, action, client, respond)

        app.action(action_id)(acknowledge)
        return work

    return register


def on_message(app: App, pattern: re.Pattern[str]) -> Callable[[EventWork], EventWork]:
    """Register the decorated `work(message, body, client, say)` for messages the bot reads
    that match `pattern`."""
    return _on_event(app, app.message(pattern), f"message:{pattern.pattern}")


def on_event(app: App, name: str) -> Callable[[EventWork], EventWork]:
    """Register the decorated `work(event, body, client, say)` for Events API event `name`."""
    return _on_event(app, app.event(name), name)


def _on_event(
    app: App, listen: Callable[[Callable[..., None]], Any], name: str
) -> Callable[[EventWork], EventWork]:
    def register(work: EventWork) -> EventWork:
        def acknowledge(
            ack: Ack,
            event: dict[str, Any],
            body: dict[str, Any],
            client: WebClient,
            say: Say,
            context: BoltContext,
        ) -> None:
            ack()
            # A redelivered event goes no further than its id (handlers/once.py).
            first: Callable[[], bool] = context.get(FIRST_DELIVERY) or (lambda: True)
            _later(app, name, _once(first, work), event, body, client, say)

        listen(acknowledge)
        return work

    return register


def _once(first: Callable[[], bool], work: Callable[..., None]) -> Callable[..., None]:
    def run(*args: Any) -> None:
        try:
            seen_before = not first()
        except OperationalError:
            # No database to ask: the work runs and tells the person it cannot save, rather
            # than leaving them in silence (a redelivery changes nothing without a database).
            log.warning("event id not recorded: the database does not answer")
            seen_before = False
        if not seen_before:
            work(*args)

    return run


def _later(app: App, name: str, work: Callable[..., None], *args: Any) -> None:
    app.listener_runner.listener_executor.submit(_run, name, work, *args)


def _run(name: str, work: Callable[..., None], *args: Any) -> None:
    """The work of one acknowledged request; a failure is logged (a thread pool would keep
    it silent)."""
    try:
        work(*args)
    except Exception:
        log.exception("%s failed after it was acknowledged", name)
