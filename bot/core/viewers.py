"""Loading who and where a request is about: the conversation's council and the caller's roles."""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime
from typing import TypedDict

from adapters.storage.models import Council, Membership, Person
from bot.core import authz
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import MemberRow, UnitOfWork
from bot.core.texts.render import Mention
from bot.core.vocabulary import OFFICER_ROLES, Role

log = logging.getLogger(__name__)


def from_workspace(council: Council, workspace: str) -> None:
    """A request about the council may come from any workspace sharing its conversation (an
    Enterprise Grid org's other workspaces, a channel shared with another organisation): who
    may do what follows from the council's members alone. Logged, as it is worth knowing
    when support is asked."""
    if workspace != council.workspace:
        log.debug("council %s (of %s) reached from %s", council.id, council.workspace, workspace)


def council_at(uow: UnitOfWork, where: Conversation) -> Council:
    """The conversation's council, whichever workspace the request comes from (see Council)."""
    council = uow.directory.council(where)
    if council is None:
        raise UserError("error.no_council")
    return council


def viewer_for(uow: UnitOfWork, council: Council, who: Account, *, now: datetime) -> authz.Viewer:
    """The account's person as the council sees them (recorded in the council's workspace,
    found from any); someone unknown is a viewer with no roles, named by their account."""
    person, held = uow.directory.person_in(who.within(council.workspace), council.id, now=now)
    return held_by(person, who, held)


def held_by(person: Person | None, who: Account, held: list[Membership]) -> authz.Viewer:
    """The viewer of an account's person (None: unknown, a viewer with no roles named by
    their account) holding these memberships in the council: `viewer_for` once read."""
    if person is None:
        return authz.Viewer(who, None, frozenset(), forening_id=None, name=who.external_id)
    return _held(person, who, held)


def council_and_viewer(
    uow: UnitOfWork, where: Conversation, who: Account, *, now: datetime
) -> tuple[Council, authz.Viewer]:
    """`council_at` and `viewer_for` there, read in one statement."""
    found = uow.directory.council_and_person(where, who, now=now)
    if found is None:
        raise UserError("error.no_council")
    council, person, held = found
    return council, held_by(person, who, held)


def viewer_by_person(
    uow: UnitOfWork, council: Council, person_id: int, *, now: datetime
) -> authz.Viewer:
    """The person as the council sees them, found by who they are rather than by an account
    (the member page knows the person it signed in)."""
    person = uow.people.get(person_id)
    if person is None or person.erased_at is not None:
        return authz.Viewer(None, None, frozenset(), forening_id=None, name="")
    return viewers_by_person(uow, [(council, person)], now=now)[(council.id, person.id)]


def asker(
    uow: UnitOfWork,
    council: Council,
    *,
    who: Account | None,
    person_id: int | None,
    now: datetime,
) -> authz.Viewer:
    """Who asks: by the account an adapter gave (`who`), or as the person (`person_id`)."""
    if person_id is not None:
        return viewer_by_person(uow, council, person_id, now=now)
    if who is None:
        raise ValueError("give the caller's account or person")
    return viewer_for(uow, council, who, now=now)


def viewers_by_person(
    uow: UnitOfWork, asked: Collection[tuple[Council, Person]], *, now: datetime
) -> dict[tuple[int, int], authz.Viewer]:
    """`viewer_by_person` for many (council, person) pairs of people not erased, from one
    query, by (council id, person id)."""
    held = uow.memberships.roles_in({(c.id, p.id) for c, p in asked}, now=now)
    return {(c.id, p.id): _held(p, p.chat_address, held.get((c.id, p.id), [])) for c, p in asked}


def _held(person: Person, chat: Account | None, held: list[Membership]) -> authz.Viewer:
    return authz.Viewer(
        chat,
        person.id,
        frozenset(m.role for m in held),
        forening_id=next((m.forening_id for m in held if m.forening_id is not None), None),
        name=person.display_name,
    )


def viewers_of(uow: UnitOfWork, council: Council, *, now: datetime) -> list[authz.Viewer]:
    """Every active member of the council as a Viewer, from one query."""
    return _viewers(uow.memberships.active(council.id, now=now))


def viewers_by_council(
    uow: UnitOfWork, council_ids: list[int], *, now: datetime
) -> dict[int, list[authz.Viewer]]:
    """`viewers_of` for several councils from one query; a council without members has []."""
    rows: dict[int, list[MemberRow]] = {council_id: [] for council_id in council_ids}
    for row in uow.memberships.active_in(council_ids, now=now):
        rows[row.membership.council_id].append(row)
    return {council_id: _viewers(held) for council_id, held in rows.items()}


def _viewers(rows: list[MemberRow]) -> list[authz.Viewer]:
    """One viewer a person (one with no chat account has "" as theirs)."""
    roles: dict[int, set[Role]] = {}
    people: dict[int, Person] = {}
    forenings: dict[int, int] = {}
    for row in rows:
        pid = row.person.id
        roles.setdefault(pid, set()).add(row.membership.role)
        people[pid] = row.person
        if row.membership.forening_id is not None:
            forenings.setdefault(pid, row.membership.forening_id)
    return [
        authz.Viewer(
            people[pid].chat_address,
            pid,
            frozenset(held),
            forening_id=forenings.get(pid),
            name=people[pid].display_name,
        )
        for pid, held in roles.items()
    ]


def require(
    uow: UnitOfWork,
    council: Council,
    viewer: authz.Viewer,
    action: authz.Action,
    *,
    now: datetime,
) -> None:
    if authz.allowed(action, viewer):
        return
    officers = uow.memberships.holders(council.id, OFFICER_ROLES, now=now)
    authz.require(
        action, viewer, officers=[Mention(p.display_name, p.chat_address) for p in officers]
    )


def authorized(
    uow: UnitOfWork, who: Account, where: Conversation, action: authz.Action, *, now: datetime
) -> tuple[Council, authz.Viewer]:
    """The council of the conversation and the caller, after checking the caller may act."""
    council = council_at(uow, where)
    from_workspace(council, where.workspace)
    viewer = viewer_for(uow, council, who, now=now)
    require(uow, council, viewer, action, now=now)
    return council, viewer


def authorized_person(
    uow: UnitOfWork, person_id: int, council_id: int, action: authz.Action, *, now: datetime
) -> tuple[Council, authz.Viewer]:
    """A council asked for by id (on the member page) and the person asking, after checking
    they may act; there is no such council (`web.not_found`) for anyone else."""
    council = uow.councils.get(council_id)
    if council is None:
        raise UserError("web.not_found")
    viewer = viewer_by_person(uow, council, person_id, now=now)
    require(uow, council, viewer, action, now=now)
    return council, viewer


class ChatOrPage(TypedDict, total=False):
    """Asked in the council's conversation by an account (`who`, `where`: a chat), or about
    the council `council_id` by the person signed in to the member page (`person_id`)."""

    who: Account
    where: Conversation
    council_id: int
    person_id: int


def authorized_either(
    uow: UnitOfWork, asked: ChatOrPage, action: authz.Action, *, now: datetime
) -> tuple[Council, authz.Viewer]:
    """`authorized` for a chat's request, `authorized_person` for the member page's."""
    if "who" in asked and "where" in asked:
        return authorized(uow, asked["who"], asked["where"], action, now=now)
    if "person_id" in asked and "council_id" in asked:
        return authorized_person(uow, asked["person_id"], asked["council_id"], action, now=now)
    raise UserError("error.no_council")
