"""Succession: a seat a representative leaves stays open until someone is appointed, and the
förening appoints them (issue 22).

"Föreningarna utser sina egna representanter" (seeds/000 L58); when someone leaves or changes
their task "bör de efterträdas av andra representanter från verksamheten eller organisationen
som de kom ifrån" (seeds/001 L1171); an association depends on its few active members, and
one leaving can put it all at risk (seeds/002 L2768). So when a representative leaves
(removed by an officer, left the council's conversation, account closed) the seat is recorded
as vacant and the chair, the secretary and the förening's contact are told, then reminded by
the sweep (bot.reminders.vacancies) until a new representative of that förening is appointed
or the person comes back. Each förening has a contact who outlives any one representative
(`/brukarrad kontakt`); an appointee is confirmed by that contact (`/brukarrad bekräfta`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Forening, Membership, Person, Vacancy
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.notices import ChannelNotice, Notice, logged_and_told
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref, join_list
from bot.core.viewers import authorized, council_at
from bot.core.vocabulary import OFFICER_ROLES, Role
from bot.core.when_format import format_date

UowFactory = Callable[[], UnitOfWork]
REMOVED, LEFT_CHANNEL, DEACTIVATED = "removed", "left_channel", "deactivated"
UNIT = None  # a seat of the unit's: no förening


def seats_of(held: Iterable[Membership]) -> set[int | None]:
    """The seats these roles fill: each förening spoken for, and the unit's (None); an
    officer who speaks for nobody fills none."""
    return {
        m.forening_id if m.forening_id is not None else UNIT
        for m in held
        if m.forening_id is not None or m.role == Role.VERKSAMHET
    }


def subject(vacancy: Vacancy) -> str:
    """The outbox subject of a message about the vacancy (bot.reminders.wanted)."""
    return f"v{vacancy.id}"


def seat_phrase(forening: Forening | None) -> Ref:
    if forening is None:
        return Ref("seat.of_unit")
    return Ref("seat.of_forening", params={"forening": forening.name})


def appoint_phrase(forening: Forening | None) -> Ref:
    """How the new representative is added, as the officer types it."""
    if forening is None:
        return Ref("seat.appoint.unit")
    return Ref("seat.appoint.forening", params={"forening": forening.name})


def open_vacancies(
    uow: UnitOfWork,
    council: Council,
    person: Person,
    seats: set[int | None],
    reason: str,
    now: datetime,
    *,
    told_already: frozenset[int] = frozenset(),
) -> list[Notice]:
    """Record each of the person's `seats` as vacant (once: a seat they left the conversation
    from is vacant already) and tell the chair, the secretary and the förening's contact;
    `told_already`: people who know (who made the change)."""
    open_now = {(v.left_by_id, v.forening_id) for v in uow.vacancies.open_in(council.id)}
    foreningar = uow.foreningar.by_ids([s for s in seats if s is not None])
    officers = [
        p
        for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now)
        if p.id != person.id and p.id not in told_already
    ]
    notices: list[Notice] = []
    for seat in sorted(seats, key=lambda s: -1 if s is None else s):
        if (person.id, seat) in open_now:
            continue
        vacancy = uow.vacancies.add(
            Vacancy(
                council_id=council.id,
                forening_id=seat,
                left_by_id=person.id,
                reason=reason,
                opened_at=now,
            )
        )
        forening = foreningar.get(seat) if seat is not None else None
        params = {
            "name": person.display_name,
            "council": council.name,
            "seat": seat_phrase(forening),
            "forening": forening.name if forening is not None else "",
            "why": Ref(f"seat.why.{reason}"),
            "appoint": appoint_phrase(forening),
            "officers": join_list([o.display_name for o in officers], council.language)
            or Ref("seat.no_officers"),
        }
        told = [o.id for o in officers]
        contact = forening.contact_person_id if forening is not None else None
        if contact is not None and contact != person.id and contact not in told_already:
            told = [*told, contact] if contact not in told else told
        notices += [
            Notice(
                pid,
                "seat.vacant.contact" if pid == contact else f"seat.{reason}",
                params,
                council.language,
                council.id,
                subject=subject(vacancy),
            )
            for pid in told
        ]
    return notices


def officer_gaps(uow: UnitOfWork, council: Council, person: Person, now: datetime) -> list[Role]:
    """The officer roles the person holds that nobody else in the council holds."""
    return [
        role
        for role in (Role.ORDFORANDE, Role.SEKRETERARE)
        if any(m.role == role for m in uow.memberships.roles_of(council.id, person.id, now=now))
        and not [
            p
            for p in uow.memberships.holders(council.id, frozenset({role}), now=now)
            if p.id != person.id
        ]
    ]


def officers_gone(
    uow: UnitOfWork, council: Council, person: Person, now: datetime
) -> list[Notice | ChannelNotice]:
    """A warning when the person who left was the council's only chair or secretary: to the
    other officer, or to the whole council's conversation when there is none."""
    gaps = officer_gaps(uow, council, person, now)
    if not gaps:
        return []
    params = {
        "name": person.display_name,
        "council": council.name,
        "roles": [Ref(f"role.{r.value}") for r in gaps],
        "role": gaps[0].value,
    }
    others = [
        p for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now) if p.id != person.id
    ]
    if others:
        return [
            Notice(p.id, "seat.officer_gone", params, council.language, council.id) for p in others
        ]
    return [ChannelNotice(None, "seat.no_officer_left", params, council.language, council.id)]


def vacant_seats(uow: UnitOfWork, council: Council) -> list[Ref]:
    """The council's open seats as `/brukarrad visa` lists them, the oldest first."""
    found = uow.vacancies.open_in(council.id)
    foreningar = uow.foreningar.by_ids({v.forening_id for v in found if v.forening_id})
    left = uow.people.by_ids({v.left_by_id for v in found})
    zone = ZoneInfo(council.timezone)
    return [
        Ref(
            "brukarrad.show.vacant",
            params={
                "seat": seat_phrase(foreningar.get(v.forening_id) if v.forening_id else None),
                "name": left[v.left_by_id].display_name if v.left_by_id in left else "",
                "since": format_date(v.opened_at.astimezone(zone).date(), council.language),
            },
        )
        for v in found
    ]


def fill_vacancy(
    uow: UnitOfWork, council: Council, forening_id: int | None, person: Person, now: datetime
) -> Vacancy | None:
    """A new representative of the förening (or the unit) takes its oldest open seat."""
    for vacancy in uow.vacancies.open_in(council.id):
        if vacancy.forening_id == forening_id:
            vacancy.filled_at, vacancy.filled_by_id = now, person.id
            return vacancy
    return None


def came_back(
    uow: UnitOfWork, council: Council, person: Person, reason: str, now: datetime
) -> None:
    """Back in the conversation, or their account open again: the seats they left are theirs."""
    for vacancy in uow.vacancies.open_in(council.id):
        if vacancy.left_by_id == person.id and vacancy.reason == reason:
            vacancy.filled_at, vacancy.filled_by_id = now, person.id


def ask_confirmation(
    uow: UnitOfWork,
    council: Council,
    membership: Membership,
    forening: Forening,
    appointee: Person,
    actor_id: int,
    actor_name: str,
    now: datetime,
) -> list[Notice]:
    """The förening's contact is asked to confirm the appointment, unless they made it or
    are the appointee (or the förening has no contact yet)."""
    contact = forening.contact_person_id
    if contact is None or contact in (actor_id, appointee.id):
        return []
    membership.confirm_asked_at = now
    return [
        Notice(
            contact,
            "seat.confirm.ask",
            {
                "name": appointee.display_name,
                "role": Ref(f"role.{membership.role.value}"),
                "forening": forening.name,
                "council": council.name,
                "actor": actor_name,
            },
            council.language,
            council.id,
            subject=f"f{forening.id}",
        )
    ]


@dataclass(frozen=True)
class ContactLine:
    forening: str
    contact: str | None  # their name; None: none yet


@dataclass(frozen=True)
class Confirmed:
    name: str
    roles: list[Role]
    forening: str
    council: str
    notices: list[Notice]


class SuccessionService:
    """Each förening's contact, set by an officer and seen by anyone in the council; and the
    contact's confirmation of a new representative."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def contacts(self, *, where: Conversation, now: datetime) -> tuple[str, list[ContactLine]]:
        """The council's name and the contact of each förening with someone in it."""
        with self._uow() as uow:
            council = council_at(uow, where)
            ids = {
                row.forening.id
                for row in uow.memberships.active(council.id, now=now)
                if row.forening is not None
            }
            foreningar = sorted(
                uow.foreningar.by_ids(ids).values(), key=lambda f: f.name.casefold()
            )
            people = uow.people.by_ids(
                [f.contact_person_id for f in foreningar if f.contact_person_id is not None]
            )
            return council.name, [
                ContactLine(
                    f.name,
                    people[f.contact_person_id].display_name
                    if f.contact_person_id in people
                    else None,
                )
                for f in foreningar
            ]

    def set_contact(
        self,
        *,
        who: Account,
        where: Conversation,
        contact: Account,
        name: str,
        forening: str,
        now: datetime,
    ) -> tuple[str, list[Notice]]:
        """The förening's contact from now on (told so); the förening's name as known."""
        # Here, not at the top: a tick imports this module for its vacancy reminders and
        # needs no command grammar.
        from bot.commands.grammar import fold

        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.MANAGE_MEMBERS, now=now)
            known = uow.foreningar.in_team(council.workspace)
            found = next((f for f in known if fold(f.name).split() == fold(forening).split()), None)
            if found is None:
                raise UserError(
                    "brukarrad.contact.unknown_forening",
                    forening=" ".join(forening.split()),
                    known=join_list(sorted((f.name for f in known), key=str.casefold)) or "–",
                )
            person = uow.people.ensure(contact.within(council.workspace), name, now=now)
            found.contact_person_id = person.id
            notices = logged_and_told(
                uow,
                council,
                "forening.contact_set",
                actor_id=actor.person_id,
                data={"forening_id": found.id, "person_id": person.id},
                told=[(person.id, "seat.contact.told")],
                params={"forening": found.name, "council": council.name, "actor": actor.name},
                now=now,
                subject=f"f{found.id}",
            )
            uow.commit()
            return found.name, notices

    def confirm(self, *, who: Account, appointee: Account, now: datetime) -> Confirmed:
        """The contact confirms the förening's new representative, in whichever council the
        appointment waits (asked anywhere: a contact need not be in the council's channel)."""
        with self._uow() as uow:
            asker = uow.directory.person(who)
            person = uow.directory.person(appointee)
            waiting = _waiting(uow, asker, person, now)
            if asker is None or person is None or not waiting:
                raise UserError("brukarrad.confirm.none")
            council, forening = waiting[0][0], waiting[0][1]
            ended = [m for c, f, m in waiting if c.id == council.id and f.id == forening.id]
            for membership in ended:
                membership.confirm_asked_at = None
            officers = uow.memberships.holders(council.id, OFFICER_ROLES, now=now)
            notices = logged_and_told(
                uow,
                council,
                "member.confirmed",
                actor_id=asker.id,
                data={"person_id": person.id, "forening_id": forening.id},
                told=[(p.id, "seat.confirm.told") for p in officers if p.id != asker.id],
                params={
                    "name": person.display_name,
                    "forening": forening.name,
                    "council": council.name,
                    "contact": asker.display_name,
                },
                now=now,
            )
            uow.commit()
            return Confirmed(
                person.display_name, [m.role for m in ended], forening.name, council.name, notices
            )


def _waiting(
    uow: UnitOfWork, asker: Person | None, person: Person | None, now: datetime
) -> list[tuple[Council, Forening, Membership]]:
    """The person's appointments awaiting the confirmation of the förening `asker` is the
    contact of."""
    if asker is None or person is None:
        return []
    found = []
    for council in uow.councils.by_ids(uow.memberships.council_ids_of(person.id, now=now)):
        for membership in uow.memberships.roles_of(council.id, person.id, now=now):
            if membership.confirm_asked_at is None or membership.forening_id is None:
                continue
            forening = uow.foreningar.get(membership.forening_id)
            if forening is not None and forening.contact_person_id == asker.id:
                found.append((council, forening, membership))
    return found
