"""Mail from members, as the councils see it: who wrote (only a known, verified sender is
anyone), which meeting their answer is about, which council their point is for, telling them
by email, and a member's address that bounces.

The mail adapter (adapters/mail/receive.py) reads the message; this decides what it means.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from adapters.storage.models import Council, Person
from bot.commands.grammar import fold
from bot.core.errors import UserError
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewer_by_person
from bot.core.vocabulary import OFFICER_ROLES, MeetingKind
from bot.councils.language import language_for
from bot.meetings.summoned import roster_for, summoned
from bot.members.links import replying

UowFactory = Callable[[], UnitOfWork]
BOUNCED = "person.email_bounced"  # the event officers see in /brukarrad logg


@dataclass(frozen=True)
class Writer:
    """A member who wrote, known by their reply address or a verified address."""

    person_id: int
    lang: str


class MailboxService:
    def __init__(self, uow: UowFactory, *, language: str) -> None:
        self._uow = uow
        self._language = language

    def writer(
        self, *, token: str | None, address: str, authenticated: bool, now: datetime
    ) -> Writer | None:
        """The member who wrote from `address`: to their own reply address (`token`), or
        with the receiving server's word that the address is theirs (`authenticated`); the
        address must be the one they confirmed. None: nobody we may take words from."""
        with self._uow() as uow:
            person = uow.people.with_email(address)
            if person is None or person.email_verified_at is None:
                return None
            by_token = token is not None and replying(uow, token, now=now) == person.id
            if not (by_token or authenticated):
                return None
            if not uow.memberships.council_ids_of(person.id, now=now):
                return None
            return Writer(person.id, language_for(uow, person, default=self._language, now=now))

    def meeting_to_answer(
        self, *, person_id: int, formote: bool, meeting_id: int | None, now: datetime
    ) -> int:
        """The coming meeting the person's answer is about: the one named, else the first
        whose kallelse they were sent (a förmöte when they said `förmöte`)."""
        with self._uow() as uow:
            found = []
            for council in uow.councils.by_ids(uow.memberships.council_ids_of(person_id, now=now)):
                viewer = viewer_by_person(uow, council, person_id, now=now)
                found += [
                    m
                    for m in uow.meetings.upcoming(council.id, now=now)
                    if summoned(viewer, m, roster_for(uow, m))
                    and m.kallelse_sent_at is not None
                    and (meeting_id is None or m.id == meeting_id)
                    and (not formote or m.kind == MeetingKind.FORMOTE)
                ]
            if not found:
                raise UserError("mail.in.no_meeting")
            return min(found, key=lambda m: (m.starts_at, m.id)).id

    def council_for(self, *, person_id: int, said: str, now: datetime) -> int:
        """The council a point is for: the person's only one, else the one whose name the
        subject or the text says."""
        with self._uow() as uow:
            councils = uow.councils.by_ids(uow.memberships.council_ids_of(person_id, now=now))
        if len(councils) == 1:
            return councils[0].id
        named = [c for c in councils if fold(c.name) in fold(said)]
        if len(named) == 1:
            return named[0].id
        raise UserError("mail.in.which_council", councils=sorted(c.name for c in councils))

    def tell(self, message: Message, *, now: datetime) -> None:
        """An answer to a member by email (what they wrote could not be taken: what would
        work), as the mail adapter wrote it."""
        with self._uow() as uow:
            queue(uow, [message], now)
            uow.commit()

    def bounced(self, addresses: tuple[str, ...], *, now: datetime) -> int:
        """Mail to these addresses comes back: each member's address is marked failing, so
        nothing more is sent to it (bot.reminders.wanted) until they confirm an address
        again, and each council's officers are told once, in its log and by a message, so
        they can ask for another; how many members were newly marked."""
        marked = 0
        with self._uow() as uow:
            for address in addresses:
                person = uow.people.with_email(address)
                if person is None or person.email_failing_at is not None:
                    continue  # unknown, or told already
                person.email_failing_at = now
                for council in uow.councils.by_ids(
                    uow.memberships.council_ids_of(person.id, now=now)
                ):
                    uow.events.append(
                        BOUNCED, at=now, council_id=council.id, data={"person_id": person.id}
                    )
                    queue(uow, _officers_told(uow, council, person, now), now)
                marked += 1
            uow.commit()
        return marked


def _officers_told(
    uow: UnitOfWork, council: Council, person: Person, now: datetime
) -> list[Message]:
    """To each officer of the council: mail to the member's address comes back."""
    assert person.email is not None and person.email_failing_at is not None
    told = []
    for officer in uow.memberships.holders(council.id, OFFICER_ROLES, now=now):
        lang = language_for(uow, officer, default=council.language, now=now)
        words = Words(
            "members.bounce.officers",
            {"person": person.display_name, "address": person.email, "council": council.name},
            lang,
        )
        key = f"dm:bounce:{person.id}:{person.email_failing_at.isoformat()}:{officer.id}"
        told.append(Message(officer.id, said=Said.of(words), key=key, council_id=council.id))
    return told
