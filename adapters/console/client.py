"""Acts of Slack's client that the driver leaves to its caller, done as Slack does them."""

from __future__ import annotations

from adapters.console.stack import LocalStack
from devtools.localslack.driver import Delivery


def send_message(
    stack: LocalStack, user_id: str, channel_id: str, text: str, *, thread_ts: str | None = None
) -> Delivery:
    """A message (in a thread when ``thread_ts`` names its first message) as Slack delivers it
    to an app subscribed to both events: ``message``, and ``app_mention`` too when it names
    the bot."""
    delivery = stack.driver.message(user_id, channel_id, text, thread_ts=thread_ts)
    if f"<@{stack.slack.bot_user_id}" in text and delivery.ts:
        found = stack.slack.find_message(delivery.ts, channel_id)
        if found is not None:
            mention = {**found[1], "type": "app_mention", "channel": channel_id}
            stack.driver.event({**mention, "event_ts": delivery.ts})
    return delivery


def close_view(stack: LocalStack, view_id: str) -> None:
    """The person closes the modal: Slack takes it off their screen, as for an empty ack."""
    stack.slack.apply_view_ack(view_id, None)
