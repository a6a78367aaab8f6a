"""A message owed to one person, or to a council's conversation, about something that
happened (e.g. their point moved).

A service that causes a notice queues it in the outbox in its own transaction (`owe`): the
change and the message commit together or not at all. It names the person, not an account,
and says what it says in catalogue words; the messenger that delivers it renders them for
its channel. Each names its council and what it is about (`subject`: "m12" a meeting, "p7" a
point, "a3" an action item), so the sender can drop it when, by the time its turn comes, it
is no longer wanted or allowed (bot.reminders.wanted). The service still returns its notices:
the adapter sends those at once (their `key`s), and tests read them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Link, Message, queue
from bot.core.ports import UnitOfWork

if TYPE_CHECKING:
    from adapters.storage.models import Council


def _new_key() -> str:
    return f"notice:{uuid.uuid4().hex}"


@dataclass(frozen=True)
class Notice:
    person_id: int
    key: str  # the catalogue's
    params: dict[str, object]
    lang: str
    council_id: int
    subject: str | None = None
    id: str = field(default_factory=_new_key)  # the outbox row's key
    link: Link | None = None  # ends with a link to an earlier message, once that is posted

    def message(self) -> Message:
        return Message(
            self.person_id,
            said=Said.of(Words(self.key, self.params, self.lang)),
            key=self.id,
            council_id=self.council_id,
            subject=self.subject,
            link=self.link,
        )


@dataclass(frozen=True)
class ChannelNotice:
    """A message owed to the council's conversation, in a thread when `thread_ts` is set
    (e.g. a point added to the agenda, told in the thread of the kallelse everyone got)."""

    thread_ts: str | None
    key: str
    params: dict[str, object]
    lang: str
    council_id: int
    subject: str | None = None
    id: str = field(default_factory=_new_key)

    def message(self) -> Message:
        return Message.in_council(
            self.council_id,
            said=Said.of(Words(self.key, self.params, self.lang)),
            key=self.id,
            thread_ts=self.thread_ts,
            subject=self.subject,
        )


def owe(uow: UnitOfWork, notices: Iterable[Notice | ChannelNotice], now: datetime) -> None:
    """Queue the notices in the unit of work's transaction (the caller commits)."""
    queue(uow, [notice.message() for notice in notices], now)


def logged_and_told(
    uow: UnitOfWork,
    council: Council,
    event: str,
    *,
    actor_id: int | None,
    data: dict[str, Any],
    told: Iterable[tuple[int, str]],
    params: dict[str, object],
    now: datetime,
    subject: str | None = None,
) -> list[Notice]:
    """What happened in the council, in its event log (ids only), and each person told of it
    with their catalogue key and the same words (`told`: person, key), queued with the change
    (the caller commits); the notices, for the adapter to send now."""
    uow.events.append(event, at=now, council_id=council.id, actor_id=actor_id, data=data)
    notices = [
        Notice(person_id, key, params, council.language, council.id, subject=subject)
        for person_id, key in told
    ]
    owe(uow, notices, now)
    return notices


def keys(notices: Iterable[Notice | ChannelNotice]) -> list[str]:
    return [notice.id for notice in notices]
