"""People who leave: a member who leaves the council's channel, or whose Slack account is
deactivated, stays a member until an officer decides; the secretary and the chair are told the
seat may be vacant, `/brukarrad visa` shows it, and the bot stops writing to a closed account.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from adapters.storage.models import Council, Person
from bot.core.notices import Notice, owe
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import OFFICER_ROLES, Platform

UowFactory = Callable[[], UnitOfWork]


class SeatService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def left_channel(
        self, *, team_id: str, channel_id: str, user_id: str, now: datetime
    ) -> list[Notice]:
        """The person left the council's channel: marked, and the officers told."""
        with self._uow() as uow:
            council = uow.directory.council(Platform.SLACK, channel_id)
            person = (
                uow.directory.person(Platform.SLACK, council.team_id, user_id) if council else None
            )
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

    def joined_channel(self, *, team_id: str, channel_id: str, user_id: str, now: datetime) -> None:
        """Back in the channel: no longer shown as having left."""
        with self._uow() as uow:
            council = uow.directory.council(Platform.SLACK, channel_id)
            person = (
                uow.directory.person(Platform.SLACK, council.team_id, user_id) if council else None
            )
            if council is None or person is None:
                return
            for membership in uow.memberships.roles_of(council.id, person.id, now=now):
                membership.left_channel_at = None
            uow.commit()

    def account_changed(
        self, *, team_id: str, user_id: str, deleted: bool, now: datetime
    ) -> list[Notice]:
        """A deactivated Slack account is marked (nothing more is sent to it) and the officers of
        each of the person's councils are told; a reactivated one is unmarked."""
        with self._uow() as uow:
            person = uow.directory.person(Platform.SLACK, team_id, user_id)
            account = person.account(Platform.SLACK) if person else None
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
