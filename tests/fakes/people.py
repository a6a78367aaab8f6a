"""Councils, people, föreningar and memberships in memory, and the Directory over them."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from adapters.slack.ids import SLACK
from adapters.storage.models import Account, Council, Forening, Membership, Person
from adapters.storage.repositories.people import forening_key
from bot.core import identity
from bot.core.ports import MemberRow
from bot.core.vocabulary import Role
from tests.fakes.store import Store


class FakeDirectory:
    def __init__(self, store: Store) -> None:
        self._store = store

    def person(self, who: identity.Account) -> Person | None:
        # Through each person's accounts as they stand (an erasure clears them in place).
        found = [
            (account.workspace != who.workspace, account.id or 0, person)
            for person in self._store.all(Person)
            for account in person.accounts
            if account.platform == who.platform and account.external_id == who.external_id
        ]
        return min(found, key=lambda f: f[:2])[2] if found else None  # its own workspace first

    def person_in(
        self, who: identity.Account, council_id: int, *, now: datetime
    ) -> tuple[Person | None, list[Membership]]:
        person = self.person(who)
        if person is None:
            return None, []
        return person, FakeMemberships(self._store).roles_of(council_id, person.id, now=now)

    def council_and_person(
        self, where: identity.Conversation, who: identity.Account, *, now: datetime
    ) -> tuple[Council, Person | None, list[Membership]] | None:
        council = self.council(where)
        if council is None:
            return None
        return council, *self.person_in(who.within(council.workspace), council.id, now=now)

    def council(self, where: identity.Conversation) -> Council | None:
        return next(
            (
                council
                for council in self._store.all(Council)
                for c in council.conversations
                if c.platform == where.platform and c.external_id == where.external_id
            ),
            None,
        )


class FakeCouncils:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, council: Council) -> Council:
        return self._store.add(council)

    def get(self, council_id: int) -> Council | None:
        return self._store.get(Council, council_id)

    def by_ids(self, council_ids: list[int]) -> list[Council]:
        found = self._store.where(Council, lambda c: c.id in council_ids)
        return sorted(found, key=lambda c: c.name)


class FakePeople:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._directory = FakeDirectory(store)

    def get(self, person_id: int) -> Person | None:
        return self._store.get(Person, person_id)

    def by_ids(self, person_ids: Collection[int], *, accounts: bool = False) -> dict[int, Person]:
        return {p.id: p for p in self._store.where(Person, lambda p: p.id in person_ids)}

    def deactivated(self, person_ids: Collection[int]) -> set[int]:
        return {
            p.id
            for p in self._store.all(Person)
            if p.id in person_ids
            and any(a.platform == SLACK and a.deactivated_at for a in p.accounts)
        }

    def with_email(self, address: str) -> Person | None:
        found = self._store.where(
            Person,
            lambda p: (p.email or "").lower() == address.lower() and p.erased_at is None,
        )
        return min(found, key=lambda p: p.id, default=None)

    def add(self, person: Person) -> Person:
        return self._store.add(person)

    def ensure(self, who: identity.Account, display_name: str, *, now: datetime) -> Person:
        person = self._directory.person(who)
        if person is None:
            account = Account(
                platform=who.platform, workspace=who.workspace, external_id=who.external_id
            )
            person = Person(display_name=display_name, created_at=now, accounts=[account])
            self._store.add(person)
        elif display_name and display_name != person.display_name:
            person.display_name = display_name
        return person


class FakeForeningar:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, forening_id: int) -> Forening | None:
        return self._store.get(Forening, forening_id)

    def by_ids(self, forening_ids: Collection[int]) -> dict[int, Forening]:
        return {f.id: f for f in self._store.where(Forening, lambda f: f.id in forening_ids)}

    def in_team(self, workspace: str) -> list[Forening]:
        return list(self._store.where(Forening, lambda f: f.team_id == workspace))

    def ensure(self, workspace: str, name: str) -> Forening:
        clean = " ".join(name.split())
        key = forening_key(clean)
        found = self._store.where(Forening, lambda f: f.team_id == workspace and f.name_key == key)
        return next(found, None) or self._store.add(
            Forening(team_id=workspace, name=clean, name_key=key)
        )


class FakeMemberships:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, membership: Membership) -> Membership:
        return self._store.add(membership)

    def active(self, council_id: int, *, now: datetime) -> list[MemberRow]:
        return self.active_in([council_id], now=now)

    def active_in(self, council_ids: list[int], *, now: datetime) -> list[MemberRow]:
        return self._rows(council_ids, now, now)

    def during(self, council_ids: list[int], start: datetime, end: datetime) -> list[MemberRow]:
        return self._rows(council_ids, start, end, strictly_before=True)

    def roles_of(self, council_id: int, person_id: int, *, now: datetime) -> list[Membership]:
        return [
            row.membership
            for row in self.active(council_id, now=now)
            if row.membership.person_id == person_id
        ]

    def roles_in(
        self, pairs: Collection[tuple[int, int]], *, now: datetime
    ) -> dict[tuple[int, int], list[Membership]]:
        found = {pair: self.roles_of(*pair, now=now) for pair in pairs}
        return {pair: held for pair, held in found.items() if held}

    def holders(self, council_id: int, roles: frozenset[Role], *, now: datetime) -> list[Person]:
        held = {
            row.person.id: row.person
            for row in self.active(council_id, now=now)
            if row.membership.role in roles
        }
        return sorted(held.values(), key=lambda p: p.display_name)

    def council_ids_of_all(self, person_ids: list[int], *, now: datetime) -> list[int]:
        return sorted(
            {
                m.council_id
                for m in self._store.all(Membership)
                if m.person_id in person_ids and _held(m, now, now)
            }
        )

    def council_ids_of(self, person_id: int, *, now: datetime) -> list[int]:
        return self.council_ids_of_all([person_id], now=now)

    def council_ids_during(self, person_id: int, start: datetime, end: datetime) -> list[int]:
        return sorted(
            {
                m.council_id
                for m in self._store.all(Membership)
                if m.person_id == person_id and _held(m, start, end)
            }
        )

    def council_ids_by_person(
        self, person_ids: list[int], *, now: datetime
    ) -> dict[int, list[int]]:
        found: dict[int, set[int]] = {}
        for m in self._store.all(Membership):
            if m.person_id in person_ids and _held(m, now, now):
                found.setdefault(m.person_id, set()).add(m.council_id)
        return {person_id: sorted(ids) for person_id, ids in found.items()}

    def _rows(
        self,
        council_ids: list[int],
        start: datetime,
        end: datetime,
        *,
        strictly_before: bool = False,
    ) -> list[MemberRow]:
        rows = [
            MemberRow(
                m,
                _found(self._store.get(Person, m.person_id)),
                self._store.get(Forening, m.forening_id) if m.forening_id else None,
            )
            for m in self._store.all(Membership)
            if m.council_id in council_ids and _held(m, start, end, strictly_before)
        ]
        return sorted(
            rows, key=lambda r: (r.membership.council_id, r.person.display_name, r.membership.id)
        )


def _held(m: Membership, start: datetime, end: datetime, strictly_before: bool = False) -> bool:
    """Held at some instant of [start, end) (at `start` when they are one instant)."""
    began = m.active_from < end if strictly_before else m.active_from <= end
    return began and (m.active_to is None or m.active_to > start)


def _found(person: Person | None) -> Person:
    if person is None:
        raise LookupError("a membership names a person the store does not hold")
    return person
