"""Where a queued message goes, read when its turn comes: a person's DM or the council's
conversation, perhaps in the thread of an earlier message, perhaps linking to one; or a
person with no chat account (or a message meant for email) by email, with a personal link to
the member page.

A message that names an earlier one (the återkoppling linking to the minutes it was queued
with) waits until that one is sent; if that one never will be, it goes without the link.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from adapters.storage.models import Account as AccountRow
from adapters.storage.models import Conversation as ConversationRow
from adapters.storage.models import OutboxMessage, Person
from bot.core.identity import Account, Conversation
from bot.core.outbox import ANSWERED_BY_LINK, COUNCIL, PLACE, posted_in, shown_in
from bot.core.ports import UnitOfWork
from bot.core.ports.messenger import EMAIL, MailTo, Posted
from bot.core.vocabulary import OutboxStatus
from bot.members.links import answer_link, page_link, reply_token

Reached = TypeVar("Reached", AccountRow, ConversationRow)


@dataclass(frozen=True)
class Address:
    # A direct message to this account of the person, or a post in the council's conversation
    # (its platform names the messenger it goes by).
    to: Account | Conversation | None = None
    mail: MailTo | None = None  # else a letter to this person
    thread: Posted | None = None
    link: Posted | None = None  # the earlier message to link to, under payload["link"]["line"]
    waits_for: str | None = None  # the key of an earlier message not sent yet
    unreachable: str | None = None  # why it cannot go at all
    reply_token: str | None = None  # by email: the person's reply address carries it
    shown_in: Conversation | None = None  # an ephemeral message to `to`, shown there


def _earlier(uow: UnitOfWork, key: str) -> Posted | str | None:
    """The earlier message as posted; its key while it may still be; None if it never will."""
    row = uow.outbox.by_keys([key]).get(key)
    if row is None or row.status in (OutboxStatus.FAILED, OutboxStatus.DROPPED):
        return None
    if row.status != OutboxStatus.SENT or row.conversation is None or row.ref is None:
        return key
    return Posted(row.conversation, row.ref)


def prefers_email(person: Person) -> bool:
    """A chat member who asked for everything by email, while their address is confirmed and
    mail to it does not come back (else the chat reaches them meanwhile)."""
    return (
        person.prefers_email
        and person.email is not None
        and person.email_verified_at is not None
        and person.email_failing_at is None
    )


def by_email(person: Person, payload: dict[str, Any]) -> bool:
    """Whether a message to the person is written as a letter to their address when it is
    sent: they have no chat account or prefer email, or it is meant for email (one composed
    as an email already, e.g. the kallelse with its calendar, goes as it is)."""
    return (
        "email" not in payload
        and "ephemeral" not in payload  # shown in the chat where they are
        and (not person.accounts or payload.get("via") == EMAIL or prefers_email(person))
    )


def account_to(
    person: Person, payload: dict[str, Any], reaches: Collection[str]
) -> AccountRow | None:
    """The account a message to the person goes to (its deactivation and workspace are the
    ones that count: bot.reminders.wanted); None when it goes by email."""
    if by_email(person, payload) or "email" in payload:
        return None
    return _chat_account(person, reaches)


def _chat_account(person: Person, reaches: Collection[str]) -> AccountRow | None:
    """Their first account a messenger reaches, an active one first: deactivated in one
    workspace, a person is still reached by their account in another."""
    active_first = sorted(person.accounts, key=lambda a: a.deactivated_at is not None)
    return _reached(active_first, reaches)


def address_of(
    uow: UnitOfWork,
    row: OutboxMessage,
    *,
    now: datetime,
    page_url: str | None = None,
    replies: bool = False,
    reaches: Collection[str] = (),
) -> Address:
    """`page_url`: where people reach `serve`, for the personal links in letters;
    `replies`: replies by email are read, so an email to a person gets their own reply
    address; `reaches`: the platforms there is a messenger for (a person or a council is
    reached on the first of theirs among them)."""
    payload = row.payload
    where = shown_in(payload)
    if where is not None:  # to the account that acted, where it did (perhaps unknown to us)
        return Address(
            to=Account(where.platform, where.workspace, payload["ephemeral"]["user"]),
            thread=_thread_there(where, payload),
            shown_in=where,
        )
    where = posted_in(payload)
    if where is not None:  # an answer where someone wrote, for all there
        return Address(to=where, thread=_thread_there(where, payload))
    to: Account | Conversation | None = None
    token = None
    if row.person_id is not None:
        person = uow.people.get(row.person_id)
        if person is None:
            return Address(unreachable="recipient_gone")
        mailed = by_email(person, payload) or "email" in payload
        if replies and mailed and not payload.get("confirming"):
            token = reply_token(uow, person.id, now=now)
        if by_email(person, payload):
            if not person.email:
                return Address(unreachable="no_address")
            linked = page_url is not None and not payload.get("confirming")
            link = page_link(uow, page_url, person.id, now=now) if linked else None
            answers = (
                answer_link(uow, page_url, person.id, now=now)
                if page_url is not None and payload.get(ANSWERED_BY_LINK)
                else None
            )
            to_mail = MailTo(person.email, person.display_name, link, answers)
            return Address(mail=to_mail, reply_token=token)
        held = _chat_account(person, reaches)
        to = Account(held.platform, held.workspace, held.external_id) if held else None
    elif payload.get("conversation") == COUNCIL:
        council = uow.councils.get(row.council_id) if row.council_id is not None else None
        places = council.conversations if council is not None else []
        place = (
            next((c for c in places if c.id == payload[PLACE]), None)
            if PLACE in payload  # one of several (bot.core.outbox.in_each_place)
            else _reached(places, reaches)
        )
        if place is None:
            return Address(unreachable="channel_not_found")
        to = Conversation(place.platform, place.workspace, place.external_id)
    thread = link = None
    if "thread_ts" in payload and isinstance(to, Conversation):
        thread = Posted(to.external_id, payload["thread_ts"])
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
    return Address(to=to, thread=thread, link=link, reply_token=token)


def _thread_there(where: Conversation, payload: dict[str, Any]) -> Posted | None:
    ts = payload.get("thread_ts")
    return Posted(where.external_id, ts) if ts else None


def _reached(held: Sequence[Reached], reaches: Collection[str]) -> Reached | None:
    """The first of a person's accounts (or a council's conversations) on a platform there is
    a messenger for; else their first (it fails for want of its messenger)."""
    return next((h for h in held if h.platform in reaches), held[0] if held else None)
