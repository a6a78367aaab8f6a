"""The Messenger port's fake: it keeps what it was given to deliver, and can be told to
refuse (a channel's error) instead."""

from __future__ import annotations

from adapters.slack.ids import SLACK
from bot.core.identity import Conversation
from bot.core.ports.messenger import Delivered, DeliveryError, Outbound


class FakeMessenger:
    def __init__(self, name: str = SLACK) -> None:
        self.name = name
        self.delivered: list[Outbound] = []
        self.refusals: list[DeliveryError] = []  # raised, in turn, before anything is delivered

    def deliver(self, message: Outbound) -> Delivered | None:
        if self.refusals:
            raise self.refusals.pop(0)
        if not message.may_send:
            return None
        self.delivered.append(message)
        to = message.to
        where = to.external_id if isinstance(to, Conversation) else f"D-{to and to.external_id}"
        return Delivered(conversation=where, ref=f"{len(self.delivered)}.0")

    def done(self) -> None:
        """Nothing is held open between deliveries."""
