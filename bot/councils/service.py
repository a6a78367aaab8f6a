"""Councils and their members: create a council for a conversation, add and end roles,
describe it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar, Unpack
from zoneinfo import ZoneInfo

from sqlalchemy.exc import OperationalError

from adapters.storage import models
from adapters.storage.models import Council, Forening, Membership, Person
from bot.agenda import default_standing_points
from bot.commands.grammar import is_email
from bot.core.authz import Action, Viewer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation, NamedAccount
from bot.core.notices import Notice, owe
from bot.core.outbox import Compose, nothing, queue
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.viewers import ChatOrPage, authorized, authorized_either, council_at
from bot.core.vocabulary import ASSOCIATION_ROLES, OFFICER_ROLES, Role
from bot.councils import conversations
from bot.councils.composition import Seat, composition_notes
from bot.councils.forening_names import close_forening
from bot.councils.language import language_for
from bot.councils.onboarding import queue_onboarding
from bot.councils.succession import (
    REMOVED,
    ask_confirmation,
    fill_vacancy,
    officer_gaps,
    open_vacancies,
    seats_of,
    vacant_seats,
)

log = logging.getLogger(__name__)


UowFactory = Callable[[], UnitOfWork]
W = TypeVar("W")
NEEDS_FORENING = frozenset({Role.LEDAMOT, Role.ERSATTARE, Role.JUSTERARE})
# The calendar rules a council may change, by the word people type, and their upper bound.
SETTINGS = {
    "punkter": "agenda_deadline_days",
    "kallelse": "min_notice_days",
    "protokoll": "minutes_due_days",
}
MAX_SETTING_DAYS = 90
# `/brukarrad inställningar justering på|av`, folded: whether minutes are justerade.
JUSTERING_WORDS = {"pa": True, "on": True, "ja": True, "av": False, "off": False, "nej": False}


def change_setting(
    uow: UnitOfWork,
    who: Account,
    where: Conversation,
    kind: str,
    data: Mapping[str, object],
    now: datetime,
) -> Council:
    """The council an officer changes a setting of, with the change in its audit log; the
    caller sets it and commits."""
    council, actor = authorized(uow, who, where, Action.CHANGE_SETTINGS, now=now)
    uow.events.append(
        kind, at=now, council_id=council.id, actor_id=actor.person_id, data=dict(data)
    )
    return council


@dataclass(frozen=True)
class Locale:
    lang: str
    zone: ZoneInfo


@dataclass(frozen=True)
class CouncilRef:
    id: int
    name: str
    conversation: str | None  # where it is reached (None: in no conversation)
    language: str

    @classmethod
    def of(cls, council: Council) -> CouncilRef:
        return cls(council.id, council.name, council.conversation, council.language)


@dataclass(frozen=True)
class Given:
    """A role as an officer gives it: with the förening named (a new one, `new_forening`)."""

    role: Role
    forening: str | None = None
    new_forening: bool = False


@dataclass(frozen=True)
class MemberChange:
    council: CouncilRef
    person_id: int
    member: Mention | str  # by name when they have no chat account
    role: Role
    forening: str | None
    changed: bool
    contact: Mention  # whom the member asks about the council
    # The council's written agreement ("Form och funktion", bot.councils.agreement): its link.
    agreement: str | None = None
    asked: tuple[Notice, ...] = ()  # the förening's contact, asked to confirm (sent at once)


@dataclass(frozen=True)
class Removal:
    council: CouncilRef
    ended: list[Role]
    without: list[Role]  # the officer roles nobody holds now (removed `anyway`)
    notices: list[Notice]  # the vacant seats, told


@dataclass(frozen=True)
class MemberLine:
    account: Account | None  # None: reached by email only
    name: str
    roles: tuple[Role, ...]
    # Why the seat may be vacant (bot.councils.seats): "left_channel" or "deactivated".
    gone: str | None = None
    email_failing: bool = False  # mail to their address comes back (bot.members.mailbox)
    awaiting: bool = False  # their förening's contact has not confirmed them yet


@dataclass
class MemberGroup:
    label: str | Ref
    members: list[MemberLine] = field(default_factory=list)


@dataclass(frozen=True)
class Overview:
    council: CouncilRef
    agenda_deadline_days: int
    min_notice_days: int
    minutes_due_days: int
    groups: list[MemberGroup]
    notes: list[Ref]  # what to think about in its composition (bot.councils.composition)
    vacant: list[Ref] = field(default_factory=list)  # seats open (bot.councils.succession)


class CouncilService:
    def __init__(self, uow: UowFactory, *, timezone: str, language: str) -> None:
        self._uow = uow
        self._timezone = timezone
        self._language = language

    def locale(self, where: Conversation) -> Locale:
        """The conversation's council's language and zone, or the bot's defaults outside a
        council (and while the database does not answer: the answer saying so needs a
        language)."""
        try:
            with self._uow() as uow:
                council = uow.directory.council(where)
        except OperationalError:
            log.warning("no database for the language of %s; using the default", where)
            council = None
        if council is None:
            return Locale(self._language, ZoneInfo(self._timezone))
        return Locale(council.language, ZoneInfo(council.timezone))

    def language_of(self, who: Account, *, now: datetime) -> str:
        """The language to write to a person in a DM: their own when they chose one, else
        their councils' when they all share one, else the bot's (also while the database does
        not answer)."""
        try:
            with self._uow() as uow:
                person = uow.directory.person(who)
                if person is None:
                    return self._language
                return language_for(uow, person, default=self._language, now=now)
        except OperationalError:
            log.warning("no database for the language of a DM; using the default")
            return self._language

    def create(
        self, *, where: Conversation, private: bool, name: str, creator: NamedAccount, now: datetime
    ) -> CouncilRef:
        """A council reached in `where`, its creator its secretary; not in a `private`
        conversation (a direct message): a council is its members'."""
        name = " ".join(name.split())
        if not name:
            raise UserError("brukarrad.create.need_name")
        if private:
            raise UserError("brukarrad.create.not_in_dm")
        with self._uow() as uow:
            existing = uow.directory.council(where)
            if existing is not None:
                raise UserError("brukarrad.create.exists", name=existing.name)
            bound = models.Conversation(
                platform=where.platform, workspace=where.workspace, external_id=where.external_id
            )
            council = uow.councils.add(
                Council(
                    workspace=where.workspace,
                    conversations=[bound],
                    name=name,
                    timezone=self._timezone,
                    language=self._language,
                    created_at=now,
                )
            )
            person = uow.people.ensure(where.account(creator.external_id), creator.name, now=now)
            uow.memberships.add(
                Membership(
                    council_id=council.id,
                    person_id=person.id,
                    role=Role.SEKRETERARE,
                    active_from=now,
                )
            )
            for standing in default_standing_points(council.id, council.language):
                uow.standing.add(standing)
            uow.events.append("council.created", at=now, council_id=council.id, actor_id=person.id)
            ref = CouncilRef.of(council)
            uow.commit()
            return ref

    def binding_code(self, *, who: Account, where: Conversation, now: datetime) -> str:
        """A code binding another conversation to this one's council (an officer's):
        bot.councils.conversations."""
        return conversations.binding_code(self._uow, who=who, where=where, now=now)

    def send_binding_code(
        self, *, who: Account, where: Conversation, now: datetime, told: str
    ) -> str:
        """A binding code sent to the officer alone (`told`: the message's catalogue key);
        the outbox key of the message: bot.councils.conversations."""
        return conversations.send_binding_code(self._uow, who=who, where=where, now=now, told=told)

    def bind(
        self, *, code: str, who: Account, where: Conversation, private: bool, now: datetime
    ) -> str:
        """`where` bound to the council of `code`; the council's name."""
        return conversations.bind(
            self._uow, code=code, who=who, where=where, private=private, now=now
        )

    def add_member(
        self,
        *,
        who: Account,
        where: Conversation,
        member: NamedAccount,
        role: Role,
        forening: str | None,
        now: datetime,
        new_forening: bool = False,
        compose: Compose[MemberChange] = nothing,
    ) -> MemberChange:
        """Give the person the role (and förening); a new member's welcome, as `compose`
        words it, is queued with the change."""
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.MANAGE_MEMBERS, now=now)
            # Recorded in the council's workspace, whichever workspace the secretary is in.
            account = where.account(member.external_id).within(council.workspace_on(where.platform))
            person = uow.people.ensure(account, member.name, now=now)
            result = self._give_role(
                uow,
                council,
                actor,
                person,
                Mention(member.name, account),
                Given(role, forening, new_forening),
                now,
            )
            if result.changed:
                queue(uow, compose(result), now)
            uow.commit()
            return result

    def add_by_email(
        self,
        *,
        address: str,
        name: str,
        given: Given,
        now: datetime,
        welcome: Callable[[UnitOfWork, Person, MemberChange, datetime], W],
        **asked: Unpack[ChatOrPage],
    ) -> tuple[MemberChange, W | None]:
        """Give the role to the person with this email address, a new person with no chat
        account unless someone has it already or it is the new address of a member of this
        name whose mail comes back. A new member is sent, in the change's
        transaction, what `welcome` sends (the confirmation of their address first:
        bot.members.links); what it returned comes back with the change. Asked by an officer
        in the chat or on the member page (`asked`)."""
        if not is_email(address):
            raise UserError("members.address.bad", address=address)
        if not name.strip():
            raise UserError("members.add.need_name", address=address)
        with self._uow() as uow:
            council, actor = authorized_either(uow, asked, Action.MANAGE_MEMBERS, now=now)
            person = uow.people.with_email(address)
            readdressed = False
            if person is None and (namesake := _failing(uow, council, name, now)) is not None:
                # their new address, confirmed by its link like the first
                person, readdressed = namesake, True
                person.email, person.email_verified_at = address, None
            if person is None:
                person = uow.people.add(Person(display_name=name, email=address, created_at=now))
            result = self._give_role(uow, council, actor, person, person.display_name, given, now)
            welcomed = welcome(uow, person, result, now) if result.changed or readdressed else None
            uow.commit()
            return result, welcomed

    def _give_role(
        self,
        uow: UnitOfWork,
        council: Council,
        actor: Viewer,
        person: Person,
        shown: Mention | str,
        given: Given,
        now: datetime,
    ) -> MemberChange:
        """The role, in the caller's transaction: a new membership (ending the same role
        for another förening) unless they hold it already."""
        current = uow.memberships.roles_of(council.id, person.id, now=now)
        chosen = self._forening_for(
            uow,
            council.workspace,
            given.role,
            given.forening,
            current,
            person.display_name,
            given.new_forening,
        )
        same = [m for m in current if m.role == given.role]
        changed = not any(chosen is None or m.forening_id == chosen.id for m in same)
        asked: list[Notice] = []  # the förening's contact, asked to confirm
        if changed:
            for old in same:
                old.active_to = now
            membership = uow.memberships.add(
                Membership(
                    council_id=council.id,
                    person_id=person.id,
                    role=given.role,
                    forening_id=chosen.id if chosen else None,
                    active_from=now,
                )
            )
            uow.events.append(
                "member.added",
                at=now,
                council_id=council.id,
                actor_id=actor.person_id,
                data={
                    "person_id": person.id,
                    "role": given.role.value,
                    "forening_id": membership.forening_id,
                },
            )
            new_representative = (
                not current and chosen is not None and given.role != Role.VERKSAMHET
            )
            if new_representative and council.onboarding:
                queue_onboarding(uow, council, membership, chosen, now)
            if seats_of([membership]) - seats_of(current):  # a new seat, not a second role
                fill_vacancy(uow, council, membership.forening_id, person, now)
            if chosen is not None and chosen.id not in {m.forening_id for m in current}:
                asked = ask_confirmation(
                    uow, council, membership, chosen, person, actor.person_id, actor.name, now
                )
                owe(uow, asked, now)
        shown_forening = chosen or self._existing_forening(uow, current, given.role)
        return MemberChange(
            council=CouncilRef.of(council),
            person_id=person.id,
            member=shown,
            role=given.role,
            forening=shown_forening.name if shown_forening else None,
            changed=changed,
            contact=self._contact(uow, council, actor, now),
            asked=tuple(asked),
            agreement=agreement.link if (agreement := uow.agreements.current(council.id)) else None,
        )

    def _existing_forening(
        self, uow: UnitOfWork, current: list[Membership], role: Role
    ) -> Forening | None:
        for m in current:
            if m.role == role and m.forening_id is not None:
                return uow.foreningar.get(m.forening_id)
        return None

    def _forening_for(
        self,
        uow: UnitOfWork,
        workspace: str,
        role: Role,
        given: str | None,
        current: list[Membership],
        member_name: str,
        new_forening: bool,
    ) -> Forening | None:
        """The förening a new role belongs to: the one named, or the one they already speak for.
        A name close to a known förening is refused with the suggestion (nothing is created),
        unless the secretary said it is a new one."""
        if role == Role.VERKSAMHET:
            if given:
                raise UserError("brukarrad.member.verksamhet_no_forening", name=member_name)
            return None
        if given:
            if not new_forening:
                meant = close_forening(given, (f.name for f in uow.foreningar.in_team(workspace)))
                if meant is not None:
                    raise UserError(
                        "brukarrad.member.forening_close",
                        given=" ".join(given.split()),
                        forening=meant,
                        role=role.value,
                        name=member_name,
                    )
            return uow.foreningar.ensure(workspace, given)
        known = next(
            (m.forening_id for m in current if m.role in ASSOCIATION_ROLES and m.forening_id),
            None,
        )
        if known is not None:
            return uow.foreningar.get(known)
        if role in NEEDS_FORENING:
            raise UserError("brukarrad.member.need_forening", role=role.value, name=member_name)
        return None

    def _contact(self, uow: UnitOfWork, council: Council, actor: Viewer, now: datetime) -> Mention:
        """Who to ask about the council: the secretary first, else the chair, else the one
        who made the change."""
        for role in (Role.SEKRETERARE, Role.ORDFORANDE):
            holders = uow.memberships.holders(council.id, frozenset({role}), now=now)
            if holders:
                return Mention(holders[0].display_name, holders[0].chat_address)
        return actor.mention

    def remove_member(
        self,
        *,
        who: Account,
        where: Conversation,
        member: str,
        role: Role | None,
        now: datetime,
        anyway: bool = False,
    ) -> Removal:
        """End the member's roles (`role`, or all); `member` is their account's id, as the
        conversation's platform names it. The seats they leave are vacant (bot.councils.
        succession). Never the council's last officer; its only chair or secretary only
        `anyway` (said back as a warning)."""
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.MANAGE_MEMBERS, now=now)
            actor_id = actor.person_id
            named = where.account(member).within(council.workspace)
            person = uow.directory.person(named)
            current = uow.memberships.roles_of(council.id, person.id, now=now) if person else []
            ending = [m for m in current if role is None or m.role == role]
            shown = Mention(person.display_name if person else member, named)
            if person is None or not ending:
                if role is None:
                    raise UserError("brukarrad.remove.none", user=shown, council=council.name)
                raise UserError(
                    "brukarrad.remove.none_role",
                    user=shown,
                    council=council.name,
                    role=role.value,
                )
            ended = {m.role for m in ending}
            without = [g for g in officer_gaps(uow, council, person, now) if g in ended]
            _check_handover(uow, council, person, ending, without, shown, anyway, now)
            for m in ending:
                m.active_to = now
                uow.events.append(
                    "member.removed",
                    at=now,
                    council_id=council.id,
                    actor_id=actor_id,
                    data={"person_id": person.id, "role": m.role.value},
                )
            kept = [m for m in current if m not in ending]
            notices = open_vacancies(
                uow,
                council,
                person,
                seats_of(ending) - seats_of(kept),
                REMOVED,
                now,
                told_already=frozenset({actor_id} if actor_id is not None else ()),
            )
            owe(uow, notices, now)
            ref = CouncilRef.of(council)
            uow.commit()
            return Removal(ref, [m.role for m in ending], without, notices)

    def change_settings(
        self,
        *,
        who: Account,
        where: Conversation,
        changes: dict[str, int],
        now: datetime,
    ) -> Overview:
        """Set calendar rules by their typed names (validated by parse_settings)."""
        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.settings_changed", changes, now)
            for name, days in changes.items():
                setattr(council, SETTINGS[name], days)
            uow.commit()
        return self.overview(where=where, now=now)

    def justering(self, *, where: Conversation) -> tuple[str, bool]:
        """The council's name, and whether its minutes are justerade before publishing."""
        with self._uow() as uow:
            council = council_at(uow, where)
            return council.name, council.minutes_justering

    def set_justering(self, *, who: Account, where: Conversation, on: bool, now: datetime) -> None:
        """The rules say *eventuell* justeringsperson: a council may publish without."""
        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.justering_changed", {"on": on}, now)
            council.minutes_justering = on
            uow.commit()

    def overview(self, *, where: Conversation, now: datetime) -> Overview:
        with self._uow() as uow:
            council = council_at(uow, where)
            groups: dict[str, MemberGroup] = {}
            roles: dict[int, list[Role]] = {}  # by person
            accounts: dict[int, Account | None] = {}  # None: reached by email only
            names: dict[int, str] = {}
            homes: dict[int, str] = {}
            gone: dict[int, str] = {}
            failing: set[int] = set()
            awaiting: set[int] = set()
            rows = uow.memberships.active(council.id, now=now)
            closed = uow.people.deactivated({row.person.id for row in rows})
            for row in rows:
                pid = row.person.id
                accounts[pid] = row.person.chat_address
                roles.setdefault(pid, []).append(row.membership.role)
                names[pid] = row.person.display_name
                if row.person.email_failing_at is not None:
                    failing.add(pid)
                if row.membership.confirm_asked_at is not None:
                    awaiting.add(pid)
                if pid in closed:
                    gone[pid] = "deactivated"
                elif row.membership.left_channel_at is not None:
                    gone[pid] = "left_channel"
                if row.forening is not None:
                    homes[pid] = row.forening.name
                    groups.setdefault(row.forening.name, MemberGroup(row.forening.name))
            unit = MemberGroup(Ref("brukarrad.show.group_verksamhet"))
            unattached = MemberGroup(Ref("brukarrad.show.group_none"))
            for pid, held in roles.items():
                line = MemberLine(
                    accounts[pid],
                    names[pid],
                    tuple(sorted(held, key=list(Role).index)),
                    gone.get(pid),
                    pid in failing,
                    pid in awaiting,
                )
                if pid in homes:
                    groups[homes[pid]].members.append(line)
                elif Role.VERKSAMHET in held:
                    unit.members.append(line)
                else:
                    unattached.members.append(line)
            ordered = [groups[k] for k in sorted(groups, key=str.casefold)]
            ordered += [g for g in (unit, unattached) if g.members]
            return Overview(
                council=CouncilRef.of(council),
                agenda_deadline_days=council.agenda_deadline_days,
                min_notice_days=council.min_notice_days,
                minutes_due_days=council.minutes_due_days,
                groups=ordered,
                notes=composition_notes(
                    Seat(homes.get(pid), frozenset(held), pid in gone)
                    for pid, held in roles.items()
                ),
                vacant=vacant_seats(uow, council),
            )


def _check_handover(
    uow: UnitOfWork,
    council: Council,
    person: Person,
    ending: list[Membership],
    without: list[Role],
    shown: Mention,
    anyway: bool,
    now: datetime,
) -> None:
    """An officer leaving hands over first: the council is never left with no chair and no
    secretary (nobody could change its members), and its only chair or secretary leaves
    only when the officer says `ändå`."""
    ended = {m.role for m in ending}
    others = [
        p for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now) if p.id != person.id
    ]
    still_officer = any(
        m.role in OFFICER_ROLES and m.role not in ended
        for m in uow.memberships.roles_of(council.id, person.id, now=now)
    )
    roles = [Ref(f"role.{r.value}") for r in without]
    if ended & OFFICER_ROLES and not others and not still_officer:
        raise UserError("brukarrad.remove.last_officer", user=shown, council=council.name)
    if without and not anyway:
        raise UserError(
            "brukarrad.remove.only_officer",
            user=shown,
            council=council.name,
            roles=roles,
            role=without[0].value,
        )


def _failing(uow: UnitOfWork, council: Council, name: str, now: datetime) -> Person | None:
    """The council's member of this name whose address mail comes back (given a new one)."""
    found = {
        row.person.id: row.person
        for row in uow.memberships.active(council.id, now=now)
        if row.person.email_failing_at is not None
        and row.person.display_name.casefold() == name.casefold()
    }
    return next(iter(found.values())) if len(found) == 1 else None
