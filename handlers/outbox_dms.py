"""Direct messages the bot owes people, through the outbox: stored, then sent at once by the
same sender as reminders (bot.reminders.sender).

A DM sent straight from a handler was lost when Slack answered 429 or 5xx, or the process
died: the change it told of had committed, and nobody heard of it. Queued first, a DM that
cannot go now is retried (honouring Retry-After) at once and again at the scheduler's next
pass, and its key in the message metadata keeps a retry after a crash from sending it twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from bot.reminders.sender import DrainReport, Sender, new_worker_id
from bot.runtime.slack_delivery import SlackDelivery
from bot.services import Services
from bot.vocabulary import OutboxStatus

KIND = "meddelande"
# This process's claims on outbox rows, told apart from another process's after a crash.
WORKER = new_worker_id()


def queue_dms(services: Services, dms: Iterable[tuple[str, str]]) -> DrainReport | None:
    """Queue each (Slack user id, text) and drain the outbox now; None when there was none."""
    now = services.clock.now()
    rows = [
        {
            "idempotency_key": f"dm:{uuid.uuid4().hex}",
            "kind": KIND,
            "payload": {"user": user_id, "text": text},
            "due_at": now,
            "status": OutboxStatus.PENDING,
            "attempts": 0,
        }
        for user_id, text in dms
    ]
    if not rows:
        return None
    with services.uow() as uow:
        uow.outbox.add_new(rows)
        uow.commit()
    delivery = SlackDelivery.from_settings(services.settings)
    return Sender(services.uow, delivery, worker_id=WORKER).drain(now)
