"""The Messenger port's fake: it keeps what it was given to deliver, and can be told to
refuse (a channel's error) instead."""

from __future__ import annotations

from bot.core.ports.messenger import SLACK, Delivered, DeliveryError, Outbound


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
        where = message.channel_id or f"D-{message.user_id}"
        return Delivered(conversation=where, ref=f"{len(self.delivered)}.0")

    def done(self) -> None:
        """Nothing is held open between deliveries."""
