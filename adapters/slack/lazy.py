"""Slack's messenger, built at its first delivery: a pass with nothing to send (most ticks)
loads no Slack client (slack_sdk), and a process builds its clients once it needs them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.runtime.settings import Settings
from adapters.slack.ids import SLACK
from bot.core.ports.messenger import Delivered, Outbound

if TYPE_CHECKING:
    from adapters.slack.delivery import SlackDelivery


class SlackOnFirstUse:
    name = SLACK

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._built: SlackDelivery | None = None

    def deliver(self, message: Outbound) -> Delivered | None:
        if self._built is None:
            from adapters.slack.delivery import SlackDelivery

            self._built = SlackDelivery.from_settings(self._settings)
        return self._built.deliver(message)

    def done(self) -> None:
        if self._built is not None:
            self._built.done()
