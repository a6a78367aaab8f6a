"""`/minadata` and the council's retention setting, as the chat adapters call them.

A person's own data is theirs to see, export and erase wherever they ask (any conversation
or a direct message), and never anyone else's: every call is about the caller's account alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import council_at
from bot.councils.service import change_setting
from bot.privacy.erase import Reason, erase_person
from bot.privacy.inventory import Inventory, inventory
from bot.privacy.retention import MAX_MONTHS, MIN_MONTHS

UowFactory = Callable[[], UnitOfWork]


class PrivacyService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def require_known(self, *, who: Account) -> None:
        with self._uow() as uow:
            if uow.directory.person(who) is None:
                raise UserError("minadata.nothing")

    def mine(self, *, who: Account) -> Inventory:
        return self.mine_of(person_id=self._person_id(who))

    def mine_of(self, *, person_id: int | None) -> Inventory:
        """What is stored about the person (the member page names them by id)."""
        with self._uow() as uow:
            person = uow.people.get(person_id) if person_id is not None else None
            if person is None:
                raise UserError("minadata.nothing")
            return inventory(uow, person)

    def export(self, *, who: Account, now: datetime) -> Inventory:
        return self.export_of(person_id=self._person_id(who), now=now)

    def export_of(self, *, person_id: int | None, now: datetime) -> Inventory:
        """The same as `mine_of`, logged: a copy of the data has left the bot (to the person)."""
        with self._uow() as uow:
            person = uow.people.get(person_id) if person_id is not None else None
            if person is None:
                raise UserError("minadata.nothing")
            found = inventory(uow, person, files=True)
            # No council: it is the person's own business, in no council's audit log.
            uow.events.append("person.exported", at=now, actor_id=person.id)
            uow.commit()
            return found

    def erase(self, *, who: Account, now: datetime) -> None:
        self.erase_of(person_id=self._person_id(who), now=now)

    def erase_of(self, *, person_id: int | None, now: datetime) -> None:
        """Erase the person, all of it in one transaction (bot.privacy.erase)."""
        with self._uow() as uow:
            locked = uow.privacy.lock_person(person_id) if person_id is not None else None
            if locked is None:
                raise UserError("minadata.nothing")
            erase_person(uow, locked, now=now, reason=Reason.REQUEST)
            uow.commit()

    def _person_id(self, who: Account) -> int | None:
        """The person of an account."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            return person.id if person is not None else None

    def retention(self, *, where: Conversation) -> tuple[str, int]:
        """The council's name and its retention period in months."""
        with self._uow() as uow:
            council = council_at(uow, where)
            return council.name, council.retention_months

    def set_retention(
        self, *, who: Account, where: Conversation, months: int, now: datetime
    ) -> None:
        if not MIN_MONTHS <= months <= MAX_MONTHS:
            raise UserError("gallring.bad_value", low=MIN_MONTHS, high=MAX_MONTHS)
        with self._uow() as uow:
            council = change_setting(
                uow,
                who,
                where,
                "council.retention_changed",
                {"months": months},
                now,
            )
            council.retention_months = months
            uow.commit()
