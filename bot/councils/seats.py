"""People who leave: a member who leaves the council's conversation, or whose chat account
is deactivated, stays a member until an officer decides; the secretary and the chair are told the
seat may be vacant, `/brukarrad visa` shows it, and the bot stops writing to a closed account.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from adapters.storage.models import Council, Person
from bot.core.identity import Account, Conversation
from bot.core.notices import Notice, owe
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OFFICER_ROLES

UowFactory = Callable[[], UnitOfWork]


class SeatService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def left_channel(self, *, who: Account, where: Conversation, now: datetime) -> list[Notice]:
        """The person left the council's conversation: marked, and the officers told."""
        with self._uow() as uow:
            council, person = _member_at(uow, who, where)
            if council is None or person is None:
                return []
            held = uow.memberships.roles_of(council.id, person.id, now=now)
            if not held or all(m.left_channel_at is not None for m in held):
                return []
            for membership in held:
                membership.left_channel_at = now
            notices = _tell_officers(uow, council, person, "seat.left_channel", now)
            owe(uow, notices, now)
            uow.commit()
            return notices

    def joined_channel(self, *, who: Account, where: Conversation, now: datetime) -> None:
        """Back in the conversation: no longer shown as having left."""
        with self._uow() as uow:
            council, person = _member_at(uow, who, where)
            if council is None or person is None:
                return
            for membership in uow.memberships.roles_of(council.id, person.id, now=now):
                membership.left_channel_at = None
            uow.commit()

    def account_changed(self, *, who: Account, deleted: bool, now: datetime) -> list[Notice]:
        """A deactivated account is marked (nothing more is sent to it) and the officers of
        each of the person's councils are told; a reactivated one is unmarked."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            account = person.account(who.platform) if person else None
            if account is None or deleted == (account.deactivated_at is not None):
                return []
            account.deactivated_at = now if deleted else None
            notices: list[Notice] = []
            if deleted:
                for council in uow.councils.by_ids(
                    uow.memberships.council_ids_of(person.id, now=now)
                ):
                    notices += _tell_officers(uow, council, person, "seat.deactivated", now)
            owe(uow, notices, now)
            uow.commit()
            return notices


def _member_at(
    uow: UnitOfWork, who: Account, where: Conversation
) -> tuple[Council | None, Person | None]:
    """The conversation's council, and the account's person as recorded in its workspace."""
    council = uow.directory.council(where)
    if council is None:
        return None, None
    return council, uow.directory.person(who.within(council.workspace))


def _tell_officers(
    uow: UnitOfWork, council: Council, person: Person, key: str, now: datetime
) -> list[Notice]:
    officers = uow.memberships.holders(council.id, OFFICER_ROLES, now=now)
    return [
        Notice(
            officer.id,
            key,
            {"name": person.display_name, "council": council.name},
            council.language,
            council.id,
        )
        for officer in officers
        if officer.id != person.id
    ]
