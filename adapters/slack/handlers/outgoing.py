"""What a person's action owes others, sent at once after the change commits.

The service queues the messages in the change's own transaction (bot.core.outbox); this sends
just those now, by the same sender as reminders (bot.reminders.sender), so a person waits
for their own messages only (a backlog waits for the scheduler). A message that cannot go
now (a 429, a 5xx, a crash) is retried, honouring Retry-After, at the scheduler's next pass,
and its key in the message metadata keeps a retry from sending it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from slack_sdk.models.blocks import Block

from adapters.runtime.messengers import messengers_from
from adapters.runtime.services import Services
from bot.core.identity import Account, Conversation
from bot.core.outbox import Compose, Message, queue
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import DrainReport, Sender, new_worker_id

T = TypeVar("T")
# This process's claims on outbox rows, told apart from another process's after a crash.
WORKER = new_worker_id()


def as_dicts(blocks: Sequence[Block]) -> list[dict[str, Any]]:
    return [b.to_dict() for b in blocks]


class Outgoing(Generic[T]):
    """The adapter's `compose` handed to a service, which queues what it returns before its
    commit; remembers those messages, to send them once the change has committed."""

    def __init__(
        self, compose: Compose[T], also: Callable[[T], Sequence[str]] | None = None
    ) -> None:
        self._compose = compose
        self._also = also  # the keys of what the service queued itself (emails)
        self.messages: list[Message] = []
        self._more: Sequence[str] = ()

    def __call__(self, result: T) -> Iterable[Message]:
        self.messages = list(self._compose(result))
        self._more = self._also(result) if self._also else ()
        return self.messages

    def send(self, services: Services) -> None:
        send_now(services, [*(m.key for m in self.messages), *self._more])


def send_now(services: Services, keys: Sequence[str]) -> DrainReport | None:
    """Send these queued messages now (only them); None when there was none."""
    if not keys:
        return None
    sender = Sender(
        services.uow,
        messengers_from(services.settings, services.engine),
        worker_id=WORKER,
        page_url=services.settings.public_url,
    )
    return sender.drain(services.clock.now(), keys=list(keys))


def tell_later(services: Services, who: Account, text: str) -> None:
    """A note owed to the person when the screen they acted on is gone (a form closed, then
    refused): queued and sent now, or at the scheduler's passes if Slack will not take it now,
    so they are never left in silence. Unknown to the bot, they are not told."""
    with services.uow() as uow:
        person = uow.directory.person(who)
        if person is None:
            return
        note = Message(person.id, text)
        _queued(services, uow, note)


def tell_there(
    services: Services,
    where: Conversation,
    who: Account,
    text: str,
    *,
    blocks: Sequence[dict[str, Any]] | None = None,
    thread_ts: str | None = None,
) -> None:
    """A note for their eyes alone where they acted (under the message they wrote: in its
    thread), through the outbox like any message: an ephemeral message, or their DM when
    Slack will not show it there (adapters.slack.delivery). Told even if unknown to the bot
    (a refusal saying why)."""
    with services.uow() as uow:
        person = uow.directory.person(who)
        note = Message.ephemeral(
            who,
            where,
            text,
            person.id if person else None,
            blocks=blocks,
            thread_ts=thread_ts,
        )
        _queued(services, uow, note)


def _queued(services: Services, uow: UnitOfWork, note: Message) -> None:
    """Queue the note and send it now, after the commit."""
    queue(uow, [note], services.clock.now())
    uow.commit()
    send_now(services, [note.key])


def delivered(services: Services, keys: Sequence[str]) -> int:
    """How many of these messages (by their outbox keys) have arrived so far."""
    with services.uow() as uow:
        rows = uow.outbox.by_keys(list(keys))
        return sum(1 for row in rows.values() if row.status == OutboxStatus.SENT)
