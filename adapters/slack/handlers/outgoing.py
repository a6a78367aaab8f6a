"""What a Slack action owes the person when the screen they acted on is gone, and Block Kit
as the outbox keeps it; sending what a change queued is the runtime's
(adapters.runtime.outgoing)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slack_sdk.models.blocks import Block

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from bot.core.identity import Account, Conversation
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork


def as_dicts(blocks: Sequence[Block]) -> list[dict[str, Any]]:
    return [b.to_dict() for b in blocks]


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
    key: str | None = None,
) -> None:
    """A note for their eyes alone where they acted (under the message they wrote: in its
    thread), through the outbox like any message: an ephemeral message, or their DM when
    Slack will not show it there (adapters.slack.delivery). Told even if unknown to the bot
    (a refusal saying why). `key`, if given, names what it answers (told once however often
    that is delivered)."""
    with services.uow() as uow:
        person = uow.directory.person(who)
        note = Message.ephemeral(
            who,
            where,
            text,
            person.id if person else None,
            blocks=blocks,
            thread_ts=thread_ts,
            **({"key": key} if key else {}),
        )
        _queued(services, uow, note)


def say_there(
    services: Services,
    where: Conversation,
    text: str,
    *,
    key: str,
    blocks: Sequence[dict[str, Any]] | None = None,
    thread_ts: str | None = None,
) -> None:
    """An answer for everyone where someone wrote (their DM with the bot, or a channel's
    thread), through the outbox like any message; `key` names what it answers, so the same
    message delivered again (or its work run again from the inbox) is answered once."""
    with services.uow() as uow:
        answer = Message.there(where, text, blocks=blocks, thread_ts=thread_ts, key=key)
        _queued(services, uow, answer)


def _queued(services: Services, uow: UnitOfWork, note: Message) -> None:
    """Queue the note and send it now, after the commit."""
    queue(uow, [note], services.clock.now())
    uow.commit()
    send_now(services, [note.key])
