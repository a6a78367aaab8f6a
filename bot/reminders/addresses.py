"""Where a queued message goes, read when its turn comes: a person's DM or the council's
conversation, perhaps in the thread of an earlier message, perhaps linking to one.

A message that names an earlier one (the återkoppling linking to the minutes it was queued
with) waits until that one is sent; if that one never will be, it goes without the link.
"""

from __future__ import annotations

from dataclasses import dataclass

from adapters.storage.models import OutboxMessage
from bot.core.outbox import COUNCIL
from bot.core.ports import UnitOfWork
from bot.core.ports.messenger import Posted
from bot.core.vocabulary import OutboxStatus


@dataclass(frozen=True)
class Address:
    user_id: str | None = None  # a DM to this person (their Slack account)
    channel_id: str | None = None  # else this conversation
    thread: Posted | None = None
    link: Posted | None = None  # the earlier message to link to, under payload["link"]["line"]
    waits_for: str | None = None  # the key of an earlier message not sent yet
    unreachable: str | None = None  # why it cannot go at all


def _earlier(uow: UnitOfWork, key: str) -> Posted | str | None:
    """The earlier message as posted; its key while it may still be; None if it never will."""
    row = uow.outbox.by_keys([key]).get(key)
    if row is None or row.status in (OutboxStatus.FAILED, OutboxStatus.DROPPED):
        return None
    if row.status != OutboxStatus.SENT or row.channel_id is None or row.slack_ts is None:
        return key
    return Posted(row.channel_id, row.slack_ts)


def address_of(uow: UnitOfWork, row: OutboxMessage) -> Address:
    payload = row.payload
    user_id = channel_id = None
    if row.person_id is not None:
        person = uow.people.get(row.person_id)
        if person is None:
            return Address(unreachable="recipient_gone")
        user_id = person.slack_user_id
    elif payload.get("conversation") == COUNCIL:
        council = uow.councils.get(row.council_id) if row.council_id is not None else None
        if council is None:
            return Address(unreachable="channel_not_found")
        channel_id = council.channel_id
    thread = link = None
    if "thread_ts" in payload and channel_id is not None:
        thread = Posted(channel_id, payload["thread_ts"])
    elif "thread" in payload:
        found = _earlier(uow, payload["thread"])
        if isinstance(found, str):
            return Address(waits_for=found)
        if found is None:
            return Address(unreachable="thread_not_posted")
        thread = found
    if "link" in payload:
        found = _earlier(uow, payload["link"]["key"])
        if isinstance(found, str):
            return Address(waits_for=found)
        link = found
    return Address(user_id=user_id, channel_id=channel_id, thread=thread, link=link)
