"""Each Slack event has one effect, however often Slack delivers it.

Slack delivers an event again when our 200 did not reach it in time (X-Slack-Retry-Num), and
now and then twice at once. Its event_id is recorded before any listener runs; a delivery
whose id is known is acknowledged and goes no further. If the id cannot be recorded (the
database is down) the answer is 503, so Slack delivers the event again later instead of it
being acknowledged and lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse
from sqlalchemy.exc import SQLAlchemyError

from bot.services import Services

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    @app.middleware
    def once_per_event(
        body: dict[str, Any], next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        event_id = body.get("event_id")
        if body.get("type") != "event_callback" or not isinstance(event_id, str):
            return next()
        try:
            with services.uow() as uow:
                first = uow.received.first_time(event_id, at=services.clock.now())
                uow.commit()
        except SQLAlchemyError as err:
            log.warning("event %s not recorded (%s): Slack will deliver it again", event_id, err)
            return BoltResponse(status=503, body="")
        if not first:
            log.info("event %s delivered again: already taken in", event_id)
            return BoltResponse(status=200, body="")
        return next()
