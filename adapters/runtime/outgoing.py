"""What a person's action owes others, sent at once after the change commits (every chat
adapter's: Slack's commands and buttons, Teams' messages and cards).

The service queues the messages in the change's own transaction (bot.core.outbox); this sends
just those now, by the same sender as reminders (bot.reminders.sender), so a person waits
for their own messages only (a backlog waits for the scheduler). A message that cannot go
now (a 429, a 5xx, a crash) is retried, honouring Retry-After, at the scheduler's next pass,
and its key keeps a retry from sending it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from adapters.runtime.messengers import messengers_from
from adapters.runtime.services import Services
from bot.core.outbox import Compose, Message
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import DrainReport, Sender, new_worker_id

T = TypeVar("T")
# This process's claims on outbox rows, told apart from another process's after a crash.
WORKER = new_worker_id()


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

    @property
    def keys(self) -> list[str]:
        """The keys of what it composed and of what the service queued itself."""
        return [*(m.key for m in self.messages), *self._more]

    def send(self, services: Services) -> None:
        send_now(services, self.keys)


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


def delivered(services: Services, keys: Sequence[str]) -> int:
    """How many of these messages (by their outbox keys) have arrived so far."""
    with services.uow() as uow:
        rows = uow.outbox.by_keys(list(keys))
        return sum(1 for row in rows.values() if row.status == OutboxStatus.SENT)
