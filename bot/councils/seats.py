"""People who leave: a member who leaves the council's conversation, or whose chat account
is deactivated, stays a member until an officer decides; their seat is vacant meanwhile
(bot.councils.succession: the chair, the secretary and the förening's contact are told, and
reminded), `/brukarrad visa` shows it, and the bot stops writing to a closed account.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from adapters.storage.models import Council, Membership, Person
from bot.core.identity import Account, Conversation
from bot.core.notices import ChannelNotice, Notice, owe
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OFFICER_ROLES
from bot.councils.succession import (
    DEACTIVATED,
    LEFT_CHANNEL,
    came_back,
    officers_gone,
    open_vacancies,
    seats_of,
)

UowFactory = Callable[[], UnitOfWork]


class SeatService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def left_channel(
        self, *, who: Account, where: Conversation, now: datetime
    ) -> list[Notice | ChannelNotice]:
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
            notices = _leaving(uow, council, person, held, LEFT_CHANNEL, now)
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
            came_back(uow, council, person, LEFT_CHANNEL, now)
            uow.commit()

    def account_changed(
        self, *, who: Account, deleted: bool, now: datetime
    ) -> list[Notice | ChannelNotice]:
        """A deactivated account is marked (nothing more is sent to it) and the officers of
        each of the person's councils are told; a reactivated one is unmarked."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            account = person.account(who.platform) if person else None
            if account is None or deleted == (account.deactivated_at is not None):
                return []
            account.deactivated_at = now if deleted else None
            notices: list[Notice | ChannelNotice] = []
            for council in uow.councils.by_ids(uow.memberships.council_ids_of(person.id, now=now)):
                if not deleted:
                    came_back(uow, council, person, DEACTIVATED, now)
                    continue
                held = uow.memberships.roles_of(council.id, person.id, now=now)
                notices += _leaving(uow, council, person, held, DEACTIVATED, now)
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


def _leaving(
    uow: UnitOfWork,
    council: Council,
    person: Person,
    held: list[Membership],
    reason: str,
    now: datetime,
) -> list[Notice | ChannelNotice]:
    """Their seats vacant (or, holding none, the officers told they left), and a warning if
    they were the only chair or secretary."""
    seats = seats_of(held)
    told: list[Notice | ChannelNotice] = []
    if seats:
        told += open_vacancies(uow, council, person, seats, reason, now)
    else:
        told += _tell_officers(uow, council, person, f"seat.gone.{reason}", now)
    return told + officers_gone(uow, council, person, now)


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
