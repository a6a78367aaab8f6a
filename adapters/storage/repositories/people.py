"""People (found by their accounts) and associations (föreningar)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from adapters.slack.ids import SLACK
from adapters.storage.models import Account, Forening, Person
from adapters.storage.repositories.directory import Directory
from adapters.storage.repositories.held import held_or_read, hold
from bot.core import identity


def forening_key(name: str) -> str:
    """Case- and space-insensitive identity, so 'RSMH  Väst' and 'rsmh väst' are one."""
    return " ".join(name.split()).casefold()


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._directory = Directory(session)

    def get(self, person_id: int) -> Person | None:
        return self._session.get(Person, person_id)

    def by_ids(self, person_ids: Collection[int], *, accounts: bool = False) -> dict[int, Person]:
        """The people with these ids, in one query (for lists naming many people); with
        `accounts`, their accounts too (in one more)."""
        if not person_ids:
            return {}
        if accounts:
            query = select(Person).options(selectinload(Person.accounts))
            return {p.id: p for p in self._session.scalars(query.where(Person.id.in_(person_ids)))}
        return held_or_read(self._session, Person, person_ids)

    def deactivated(self, person_ids: Collection[int]) -> set[int]:
        """Those of the people whose chat account its platform deactivated."""
        if not person_ids:
            return set()
        return set(
            self._session.scalars(
                select(Account.person_id).where(
                    Account.person_id.in_(person_ids),
                    Account.platform == SLACK,
                    Account.deactivated_at.is_not(None),
                )
            )
        )

    def with_email(self, address: str) -> Person | None:
        return self._session.scalars(
            select(Person)
            .where(func.lower(Person.email) == address.lower(), Person.erased_at.is_(None))
            .order_by(Person.id)
            .limit(1)
        ).first()

    def add(self, person: Person) -> Person:
        self._session.add(person)
        self._session.flush()
        return person

    def ensure(self, who: identity.Account, display_name: str, *, now: datetime) -> Person:
        """The person of an account, created with it on first sight; the name follows the
        platform's."""
        person = self._directory.person(who)
        if person is None:
            account = Account(
                platform=who.platform, workspace=who.workspace, external_id=who.external_id
            )
            person = Person(display_name=display_name, created_at=now, accounts=[account])
            self._session.add(person)
            self._session.flush()
        elif display_name and display_name != person.display_name:
            person.display_name = display_name
        return person


class ForeningRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, forening_id: int) -> Forening | None:
        return self._session.get(Forening, forening_id)

    def by_ids(self, forening_ids: Collection[int]) -> dict[int, Forening]:
        found = held_or_read(self._session, Forening, forening_ids)
        hold(self._session, found.values())  # a workspace has tens: kept while the work lasts
        return found

    def in_team(self, workspace: str) -> list[Forening]:
        return list(
            self._session.scalars(
                select(Forening).where(Forening.team_id == workspace).order_by(Forening.id)
            )
        )

    def ensure(self, workspace: str, name: str) -> Forening:
        clean = " ".join(name.split())
        found = self._session.scalars(
            select(Forening).where(
                Forening.team_id == workspace, Forening.name_key == forening_key(clean)
            )
        ).one_or_none()
        if found is not None:
            return found
        forening = Forening(team_id=workspace, name=clean, name_key=forening_key(clean))
        self._session.add(forening)
        self._session.flush()
        return forening
