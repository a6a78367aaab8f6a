"""A council reached in more than one conversation: a channel on each of two chat platforms,
for a council whose members are on both (a mixed council).

An officer asks for a code in the council's conversation (`brukarrad koppla`); written in a
channel of another platform that has no council (`brukarrad koppla <kod>`), it binds that
channel to the council, and the account that wrote it becomes the officer's own there (having
the code shows it is them), so they manage the council from either side. A code is good
once, for a day, and only its hash is kept (bot.members.links). Each member is then reached on
their own account's platform, and the council's posts go to each of its conversations
(bot.core.outbox)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from adapters.storage import models
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized
from bot.members.links import Purpose, token_hash

UowFactory = Callable[[], UnitOfWork]
CODE_LIFETIME = timedelta(days=1)
CODE_BYTES = 6  # 48 random bits, good once for a day; typed or pasted, so kept short


def binding_code(
    uow_factory: UowFactory, *, who: Account, where: Conversation, now: datetime
) -> str:
    """A new code binding another conversation to the council of `where` (an officer's):
    the council's number, then the random part."""
    with uow_factory() as uow:
        code, _, _ = _issued(uow, who, where, now)
        uow.commit()
        return code


def send_binding_code(
    uow_factory: UowFactory, *, who: Account, where: Conversation, now: datetime, told: str
) -> str:
    """A new code as `binding_code`, sent to the officer alone (their own chat, or their
    email), for a chat where the answer in the channel is seen by all: `told` the catalogue
    key of the message carrying it ({code}); the outbox key of that message."""
    with uow_factory() as uow:
        code, person_id, lang = _issued(uow, who, where, now)
        key = f"dm:bindcode:{token_hash(code)[:16]}"
        said = Said.of(Words(told, {"code": code}, lang))
        queue(uow, [Message(person_id, said=said, key=key)], now)
        uow.commit()
        return key


def _issued(
    uow: UnitOfWork, who: Account, where: Conversation, now: datetime
) -> tuple[str, int, str]:
    """The code, stored as its hash; the officer's person and the council's language."""
    council, viewer = authorized(uow, who, where, Action.MANAGE_MEMBERS, now=now)
    assert viewer.person_id is not None  # an officer is someone
    code = f"{council.id}-{secrets.token_hex(CODE_BYTES)}"
    uow.member_links.add(
        models.MemberLink(
            person_id=viewer.person_id,
            token_hash=token_hash(code),
            purpose=Purpose.CONVERSATION,
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    return code, viewer.person_id, council.language


def bind(
    uow_factory: UowFactory,
    *,
    code: str,
    who: Account,
    where: Conversation,
    private: bool,
    now: datetime,
) -> str:
    """Bind `where` to the council the code was given for, `who` the officer who asked for
    it; the council's name. Not a private chat (a council is its members'), not a channel
    that has a council, not a second channel on one platform."""
    if private:
        raise UserError("brukarrad.bind.not_in_dm")
    with uow_factory() as uow:
        existing = uow.directory.council(where)
        if existing is not None:
            raise UserError("brukarrad.bind.has_council", name=existing.name)
        number, _, _ = code.partition("-")
        link = uow.member_links.by_hash(token_hash(code))
        council = uow.councils.get(int(number)) if number.isdecimal() else None
        if (
            link is None
            or council is None
            or link.purpose != Purpose.CONVERSATION
            or link.used_at is not None
            or link.revoked_at is not None
            or now >= link.expires_at
        ):
            raise UserError("brukarrad.bind.bad_code")
        if any(c.platform == where.platform for c in council.conversations):
            raise UserError("brukarrad.bind.platform_taken", name=council.name)
        officer = uow.people.get(link.person_id)
        found = uow.directory.person(who)
        if officer is None or (found is not None and found.id != officer.id):
            raise UserError("brukarrad.bind.someone_else")
        if found is None:
            officer.accounts.append(
                models.Account(
                    platform=who.platform, workspace=who.workspace, external_id=who.external_id
                )
            )
        council.conversations.append(
            models.Conversation(
                platform=where.platform, workspace=where.workspace, external_id=where.external_id
            )
        )
        link.used_at = now
        uow.events.append(
            "council.conversation_bound", at=now, council_id=council.id, actor_id=officer.id
        )
        uow.commit()
        return council.name
