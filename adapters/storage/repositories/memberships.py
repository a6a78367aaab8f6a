"""Memberships: who holds which role in a council, and since when."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import ColumnElement, bindparam, or_, select
from sqlalchemy.orm import Session

from adapters.storage.models import Forening, Membership, Person
from bot.core.ports import MemberRow
from bot.core.vocabulary import Role


def active(now: datetime) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return (
        Membership.active_from <= now,
        or_(Membership.active_to.is_(None), Membership.active_to > now),
    )


# Asked by every request that checks who the caller is (bot.core.viewers): built once.
ROLES_OF = select(Membership).where(
    Membership.council_id == bindparam("council_id"),
    Membership.person_id == bindparam("person_id"),
    *active(bindparam("now", type_=Membership.active_from.type)),
)


class MembershipRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, membership: Membership) -> Membership:
        self._session.add(membership)
        self._session.flush()
        return membership

    def active(self, council_id: int, *, now: datetime) -> list[MemberRow]:
        return self.active_in([council_id], now=now)

    def active_in(self, council_ids: list[int], *, now: datetime) -> list[MemberRow]:
        """The active members of several councils in one query, by council, then name."""
        if not council_ids:
            return []
        rows = self._session.execute(
            select(Membership, Person, Forening)
            .join(Person, Person.id == Membership.person_id)
            .outerjoin(Forening, Forening.id == Membership.forening_id)
            .where(Membership.council_id.in_(council_ids), *active(now))
            .order_by(Membership.council_id, Person.display_name, Membership.id)
        )
        return [MemberRow(m, p, f) for m, p, f in rows]

    def during(self, council_ids: list[int], start: datetime, end: datetime) -> list[MemberRow]:
        """The memberships of the councils held at some instant of [start, end)."""
        if not council_ids:
            return []
        rows = self._session.execute(
            select(Membership, Person, Forening)
            .join(Person, Person.id == Membership.person_id)
            .outerjoin(Forening, Forening.id == Membership.forening_id)
            .where(
                Membership.council_id.in_(council_ids),
                Membership.active_from < end,
                or_(Membership.active_to.is_(None), Membership.active_to > start),
            )
            .order_by(Membership.council_id, Person.display_name, Membership.id)
        )
        return [MemberRow(m, p, f) for m, p, f in rows]

    def roles_of(self, council_id: int, person_id: int, *, now: datetime) -> list[Membership]:
        found = {"council_id": council_id, "person_id": person_id, "now": now}
        return list(self._session.scalars(ROLES_OF, found))

    def roles_in(
        self, pairs: Collection[tuple[int, int]], *, now: datetime
    ) -> dict[tuple[int, int], list[Membership]]:
        """`roles_of` for many (council, person) pairs in one query, by pair."""
        if not pairs:
            return {}
        wanted = set(pairs)
        found: dict[tuple[int, int], list[Membership]] = {}
        rows = self._session.scalars(
            select(Membership)
            .where(
                Membership.council_id.in_({council for council, _ in wanted}),
                Membership.person_id.in_({person for _, person in wanted}),
                *active(now),
            )
            .order_by(Membership.id)
        )
        for membership in rows:
            pair = (membership.council_id, membership.person_id)
            if pair in wanted:
                found.setdefault(pair, []).append(membership)
        return found

    def holders(self, council_id: int, roles: frozenset[Role], *, now: datetime) -> list[Person]:
        return list(
            self._session.scalars(
                select(Person)
                .join(Membership, Membership.person_id == Person.id)
                .where(
                    Membership.council_id == council_id,
                    Membership.role.in_(roles),
                    *active(now),
                )
                .distinct()
                .order_by(Person.display_name)
            )
        )

    def council_ids_of_all(self, person_ids: list[int], *, now: datetime) -> list[int]:
        """The councils any of these people is a member of."""
        if not person_ids:
            return []
        return list(
            self._session.scalars(
                select(Membership.council_id)
                .where(Membership.person_id.in_(person_ids), *active(now))
                .distinct()
            )
        )

    def council_ids_of(self, person_id: int, *, now: datetime) -> list[int]:
        return self.council_ids_of_all([person_id], now=now)

    def council_ids_during(self, person_id: int, start: datetime, end: datetime) -> list[int]:
        return list(
            self._session.scalars(
                select(Membership.council_id)
                .where(
                    Membership.person_id == person_id,
                    Membership.active_from <= end,
                    or_(Membership.active_to.is_(None), Membership.active_to > start),
                )
                .distinct()
            )
        )

    def council_ids_by_person(
        self, person_ids: list[int], *, now: datetime
    ) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        if not person_ids:
            return found
        rows = self._session.execute(
            select(Membership.person_id, Membership.council_id)
            .where(Membership.person_id.in_(person_ids), *active(now))
            .distinct()
        )
        for person_id, council_id in rows:
            found.setdefault(person_id, []).append(council_id)
        return found
