"""Direct messages the bot owes people, through the outbox: stored, then sent at once by the
same sender as reminders (bot.reminders.sender).

A DM sent straight from a handler was lost when Slack answered 429 or 5xx, or the process
died: the change it told of had committed, and nobody heard of it. Queued first, a DM that
cannot go now is retried (honouring Retry-After) at once and again at the scheduler's next
pass, and its key in the message metadata keeps a retry after a crash from sending it twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from slack_sdk.models.blocks import Block

from bot.reminders.sender import DrainReport, Sender, new_worker_id
from bot.runtime.slack_delivery import SlackDelivery
from bot.services import Services
from bot.vocabulary import OutboxStatus

KIND = "meddelande"
# This process's claims on outbox rows, told apart from another process's after a crash.
WORKER = new_worker_id()


@dataclass(frozen=True)
class Dm:
    user_id: str
    text: str
    blocks: Sequence[Block] | None = None
    # Names the message itself (e.g. one kallelse to one person), so queuing it twice sends it
    # once; None: a new message each time.
    key: str | None = None
    kind: str = KIND
    # What it is about, so the sender can drop it when no longer wanted or allowed (a kallelse
    # waiting while its meeting is cancelled, or its person leaves): bot.reminders.wanted.
    council_id: int | None = None
    subject: str | None = None


def queue_dms(services: Services, dms: Iterable[Dm]) -> DrainReport | None:
    """Queue each DM and send them now (only them: a backlog waits for the scheduler, not
    for the person who acted); None when there was none."""
    now = services.clock.now()
    rows = [
        {
            "idempotency_key": dm.key or f"dm:{uuid.uuid4().hex}",
            "kind": dm.kind,
            "council_id": dm.council_id,
            "payload": {
                "user": dm.user_id,
                "text": dm.text,
                **({"subject": dm.subject} if dm.subject else {}),
                **({"blocks": [b.to_dict() for b in dm.blocks]} if dm.blocks else {}),
            },
            "due_at": now,
            "status": OutboxStatus.PENDING,
            "attempts": 0,
        }
        for dm in dms
    ]
    if not rows:
        return None
    with services.uow() as uow:
        uow.outbox.add_new(rows)
        uow.commit()
    delivery = SlackDelivery.from_settings(services.settings)
    keys = [row["idempotency_key"] for row in rows]
    return Sender(services.uow, delivery, worker_id=WORKER).drain(now, keys=keys)


def delivered(services: Services, dms: Sequence[Dm]) -> int:
    """How many of these (keyed) DMs have reached their person so far."""
    with services.uow() as uow:
        rows = uow.outbox.by_keys([dm.key for dm in dms if dm.key])
        return sum(1 for row in rows.values() if row.status == OutboxStatus.SENT)
