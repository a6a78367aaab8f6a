"""Every authentic request gets a 200, also one no listener wants.

Slack counts any other answer as a failed delivery, retries it, and may turn off the app's
event subscriptions (then `punkt:` and the Home tab stop without a word). Ordinary chat in the
council channel, edits, deletes, joins and file uploads all arrive as events the bot has no
use for. Registered after every other listener, these match only what nothing else took.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App

log = logging.getLogger(__name__)
ANYTHING = re.compile(".*")


def register(app: App) -> None:
    @app.event(ANYTHING)
    def any_event(ack: Ack, event: dict[str, Any]) -> None:
        ack()
        log.debug("event %s/%s: nothing to do", event.get("type"), event.get("subtype"))

    @app.action(ANYTHING)
    def any_action(ack: Ack, action: dict[str, Any]) -> None:
        ack()
        log.info("action %s: no listener (an old button?)", action.get("action_id"))
