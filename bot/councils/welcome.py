"""A new member's welcome, composed once for every channel (bot.core.message): what the
council is, its conversation, whom to ask, and its written agreement. Queued with the change
that adds them (bot.councils.service.CouncilService.add_member's `compose`), it goes by the
channel that reaches them: their chat's direct messages (a DM, Teams' personal chat),
or by email while the bot cannot write to them there yet."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.texts.render import Conversation, Link, Value
from bot.core.vocabulary import OutboxStatus

if TYPE_CHECKING:
    from bot.councils.service import MemberChange

WELCOME = "dm:welcome:"  # the welcomes' keys begin so (a direct message's, as any)


def welcome(change: MemberChange) -> list[Message]:
    """The welcome of the member `change` added (for the compose of add_member)."""
    council, lang = change.council, change.council.language
    forening: Value = (
        Ref("brukarrad.member.forening_suffix", params={"forening": change.forening})
        if change.forening
        else ""
    )
    params: dict[str, Value] = {
        "role": Ref(f"role.{change.role.value}"),
        "forening": forening,
        "council": council.name,
        "channel": Conversation(council.name, council.conversation or ""),
        "contact": change.contact,
    }
    paragraphs = [Words("brukarrad.member.welcome", params, lang)]
    if change.agreement:
        link = {"link": Link(change.agreement)}
        paragraphs.append(Words("brukarrad.member.welcome_agreement", link, lang))
    said = Said.of(*paragraphs)
    key = f"{WELCOME}{uuid.uuid4().hex}"
    return [Message(change.person_id, said=said, key=key, council_id=council.id)]


def welcome_again(uow: UnitOfWork, person_id: int, now: datetime) -> list[str]:
    """The person's welcomes that found no way to them (a chat that could not write first,
    no email address), queued again now that their chat can reach them (they added the
    app); their outbox keys."""
    again = uow.outbox.failed_of(person_id, WELCOME)
    for row in again:
        row.status, row.due_at, row.attempts, row.last_error = OutboxStatus.PENDING, now, 0, None
        row.payload = {k: v for k, v in row.payload.items() if k != "via"}  # not by email now
    return [row.idempotency_key for row in again]
