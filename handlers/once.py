"""Each Slack event has one effect, however often Slack delivers it.

Slack delivers an event again when our 200 did not reach it in time (X-Slack-Retry-Num), and
now and then twice at once. The event's work (done after the acknowledgement, see
handlers/ack_first.py) first records its event_id; a delivery whose id is already recorded
does nothing. The id is recorded in the work rather than before the acknowledgement, so a busy
database never holds up Slack's three seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse

from bot.services import Services

log = logging.getLogger(__name__)
FIRST_DELIVERY = "first_delivery"  # the context key ack_first looks for


def register(app: App, services: Services) -> None:
    @app.middleware
    def once_per_event(
        body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        event_id = body.get("event_id")
        if body.get("type") == "event_callback" and isinstance(event_id, str):
            context[FIRST_DELIVERY] = lambda: _first_time(services, event_id)
        return next()


def _first_time(services: Services, event_id: str) -> bool:
    with services.uow() as uow:
        first = uow.received.first_time(event_id, at=services.clock.now())
        uow.commit()
    if not first:
        log.info("event %s delivered again: already taken in", event_id)
    return first
