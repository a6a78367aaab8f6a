"""Personal links to the member page, and the sessions they open.

A link is a random token given to one person; only its hash is stored, with its purpose and
expiry. Opening it only looks (mail scanners open links): signing in is a separate step that
uses it up, and from then on the link's row is the session's record, so revoking the link (or
all of a person's) ends the session. Erasing the person deletes their links
(bot.privacy.erase).

A member with no chat account is reached by email, and only once they have confirmed their
address: the one message that goes to it before is the confirmation, whose link (purpose
`verify`) confirms the address when its button is pressed and signs them in.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from adapters.storage.models import MemberLink, Person
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.message import Block, Heading, Paragraph, Words
from bot.core.message import Message as Said
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork
from bot.core.ports.messenger import EMAIL
from bot.core.texts import Ref
from bot.core.texts.render import Link
from bot.councils.language import language_for

if TYPE_CHECKING:
    from bot.councils.service import MemberChange

UowFactory = Callable[[], UnitOfWork]
# Where `serve` serves the member page, and its sign-in by link under it.
PAGE_PATH = "/m/"
SIGN_IN_PATH = "in/"
CONFIRM_PATH = "bekrafta/"
ANSWER_PATH = "svara/"  # a letter's one-tap answers (bot.members.answers)
LINK_LIFETIME = timedelta(days=7)
CONFIRM_LIFETIME = timedelta(days=14)
SESSION_LIFETIME = timedelta(days=30)
KEPT_AFTER_EXPIRY = SESSION_LIFETIME  # no shorter: a session outlives its link's expiry
# A letter's answer links keep as long as its questions are asked (bot.councils.goals).
ANSWER_LIFETIME = timedelta(days=31)
# A reply to a kallelse or a question may come weeks later.
REPLY_LIFETIME = timedelta(days=180)
TOKEN_BYTES = 32
REPLY_TOKEN_BYTES = 20  # hex in an address's local part: mail servers may fold its case


class Purpose(StrEnum):
    SIGN_IN = "sign_in"
    VERIFY = "verify"  # confirms the person's email address (and signs them in)
    REPLY = "reply"  # a letter's personal reply address (adapters/mail/receive.py)
    # A code binding another conversation to a council (bot.councils.conversations).
    CONVERSATION = "conversation"
    # A letter's answer buttons (the evaluations' questions): answers as its person, and
    # nothing else; never used up, as each question is answered once anyway.
    ANSWER = "answer"


def token_hash(token: str) -> str:
    """The stored form of a token: 256 random bits need no slow hash, only not to be kept."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue(
    uow: UnitOfWork, person_id: int, purpose: Purpose, *, lifetime: timedelta, now: datetime
) -> tuple[MemberLink, str]:
    """A new link of the person's, stored as its hash; the row and the token (once only)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    link = MemberLink(
        person_id=person_id,
        token_hash=token_hash(token),
        purpose=purpose,
        created_at=now,
        expires_at=now + lifetime,
    )
    uow.member_links.add(link)
    return link, token


def reply_token(uow: UnitOfWork, person_id: int, *, now: datetime) -> str:
    """A new token for the reply address of a letter that goes to the person now."""
    token = secrets.token_hex(REPLY_TOKEN_BYTES)
    uow.member_links.add(
        MemberLink(
            person_id=person_id,
            token_hash=token_hash(token),
            purpose=Purpose.REPLY,
            created_at=now,
            expires_at=now + REPLY_LIFETIME,
        )
    )
    return token


def replying(uow: UnitOfWork, token: str, *, now: datetime) -> int | None:
    """The person whose reply address carries `token`, while it is valid."""
    link = uow.member_links.by_hash(token_hash(token))
    if (
        link is None
        or link.purpose != Purpose.REPLY
        or link.revoked_at is not None
        or now >= link.expires_at
    ):
        return None
    return link.person_id


def prune(uow: UnitOfWork, now: datetime) -> int:
    """Forget the links no one can use any more (reply addresses, confirmations, sign-ins):
    expired a while ago, so a link opened late still says it expired rather than that it is
    unknown; a link signs in before it expires, so its session is over by then too."""
    return uow.member_links.prune(expired_before=now - KEPT_AFTER_EXPIRY)


def page_link(uow: UnitOfWork, page_url: str, person_id: int, *, now: datetime) -> str:
    """A personal sign-in link for a message that goes to the person now (an email)."""
    _, token = issue(uow, person_id, Purpose.SIGN_IN, lifetime=LINK_LIFETIME, now=now)
    return f"{page_url}{PAGE_PATH}{SIGN_IN_PATH}{token}"


def answer_link(uow: UnitOfWork, page_url: str, person_id: int, *, now: datetime) -> str:
    """The base of the one-tap answer links of a letter that goes to the person now: each
    button adds what it answers (bot.members.answers)."""
    _, token = issue(uow, person_id, Purpose.ANSWER, lifetime=ANSWER_LIFETIME, now=now)
    return f"{page_url}{PAGE_PATH}{ANSWER_PATH}{token}"


def answering(uow: UnitOfWork, token: str, *, now: datetime) -> MemberLink:
    """The answer link the token is, while it may answer; refused (UserError) if not."""
    return usable(uow, token, now, Purpose.ANSWER)


def usable(uow: UnitOfWork, token: str, now: datetime, purpose: Purpose) -> MemberLink:
    """The link the token is, of that purpose, neither revoked, used up nor expired."""
    link = uow.member_links.by_hash(token_hash(token))
    if link is None or link.purpose != purpose:
        raise UserError("web.link.unknown")
    if link.revoked_at is not None:
        raise UserError("web.link.revoked")
    if link.used_at is not None:
        raise UserError("web.link.used")
    if now >= link.expires_at:
        raise UserError("web.link.expired")
    return link


@dataclass(frozen=True)
class Issued:
    link_id: int
    person_id: int
    url: str
    expires_at: datetime
    key: str  # the outbox row of the DM that carries it


@dataclass(frozen=True)
class Opened:
    """A link that may sign its person in."""

    link_id: int
    person_id: int
    lang: str


@dataclass(frozen=True)
class Session:
    link_id: int
    person_id: int
    lang: str


@dataclass(frozen=True)
class AddressSet:
    """A person's own address as set: `confirming` the outbox key of the email asking them
    to confirm it (None: confirmed already); `prefers_email`: everything goes to it."""

    address: str
    lang: str
    confirming: str | None
    prefers_email: bool


@dataclass(frozen=True)
class Welcomed:
    """What a member added by address was sent: `key` its outbox row; `confirming` when it
    asks them to confirm the address (nothing else goes to it before)."""

    key: str
    confirming: bool


class MemberLinkService:
    def __init__(
        self, uow: UowFactory, *, public_url: str | None, language: str, mail: bool = False
    ) -> None:
        self._uow = uow
        # None: the page is not served anywhere people can reach
        self._page_url = f"{public_url}{PAGE_PATH}" if public_url else None
        self._language = language
        self._mail = mail  # the bot sends email (a mail server is set up)

    def send_link(self, *, who: Account, now: datetime) -> Issued:
        """A new sign-in link for the person of the account, sent to them through the
        outbox (by whichever channel reaches them)."""
        if self._page_url is None:
            raise UserError("minadata.page.not_served")
        with self._uow() as uow:
            person = uow.directory.person(who)
            if person is None or not uow.memberships.council_ids_of(person.id, now=now):
                raise UserError("minadata.page.not_member")
            link, token = issue(uow, person.id, Purpose.SIGN_IN, lifetime=LINK_LIFETIME, now=now)
            url = f"{self._page_url}{SIGN_IN_PATH}{token}"
            lang = language_for(uow, person, default=self._language, now=now)
            days = LINK_LIFETIME.days
            words = Words("minadata.page.link", {"link": Link(url), "days": days}, lang)
            key = f"dm:memberlink:{link.id}"
            queue(uow, [Message(person.id, said=Said.of(words), key=key)], now)
            uow.commit()
            return Issued(link.id, person.id, url, link.expires_at, key)

    def letter_link(self, person_id: int, *, now: datetime) -> str | None:
        """A personal sign-in link for an email composed for the person now (an answer to
        their own mail); None where the page is not served."""
        if self._page_url is None:
            return None
        with self._uow() as uow:
            _, token = issue(uow, person_id, Purpose.SIGN_IN, lifetime=LINK_LIFETIME, now=now)
            uow.commit()
        return f"{self._page_url}{SIGN_IN_PATH}{token}"

    def welcome_by_email(
        self, uow: UnitOfWork, person: Person, change: MemberChange, now: datetime
    ) -> Welcomed:
        """In the change's transaction (bot.councils.service.CouncilService.add_by_email):
        to a member added by address, the confirmation with its link until the address is
        confirmed, after that the welcome. Refused (UserError) where no email can go or
        the page that confirms is not served."""
        self._can_confirm()
        lang = language_for(uow, person, default=change.council.language, now=now)
        about = {
            "role": Ref(f"role.{change.role.value}"),
            "forening": Ref(
                "brukarrad.member.forening_suffix", params={"forening": change.forening}
            )
            if change.forening
            else "",
            "council": change.council.name,
            "contact": change.contact.name,
        }
        # The council's written agreement ("Form och funktion"), when it has recorded one.
        agreement = (
            (Paragraph(Words("brukarrad.member.welcome_agreement", {"link": Link(written)}, lang)),)
            if (written := change.agreement)
            else ()
        )
        if person.email_verified_at is not None:
            said = Said(
                (
                    Heading(Words("members.email.welcome_heading", about, lang)),
                    Paragraph(Words("members.email.welcome", about, lang)),
                    *agreement,
                )
            )
            message = Message(person.id, said=said, council_id=change.council.id)
            queue(uow, [message], now)
            return Welcomed(message.key, confirming=False)
        opening = (
            Heading(Words("members.confirm.heading", about, lang)),
            Paragraph(Words("members.confirm.added", about, lang)),
            *agreement,
        )
        key = self._ask_to_confirm(uow, person.id, opening, lang, change.council.id, now)
        return Welcomed(key, confirming=True)

    def set_address(
        self,
        *,
        address: str,
        now: datetime,
        who: Account | None = None,
        person_id: int | None = None,
    ) -> AddressSet:
        """The person's own address, given in a chat (`who`) or on the member page
        (`person_id`): a new one is asked to be confirmed by its link before anything goes to
        it (mail that came back to the old one is forgotten once it is). In a chat, giving it
        says they want everything by email."""
        # Here, not at the top: a tick imports this module to prune links every minute and
        # needs no command grammar (with the Swedish time words it pulls in, some 20 ms).
        from bot.commands.grammar import is_email

        if not is_email(address):
            raise UserError("members.address.bad", address=address)
        with self._uow() as uow:
            person = self._member(uow, who, person_id, now)
            other = uow.people.with_email(address)
            if other is not None and other.id != person.id:
                raise UserError("members.address.taken", address=address)
            lang = language_for(uow, person, default=self._language, now=now)
            if who is not None:
                person.prefers_email = True
            same = (person.email or "").lower() == address.lower()
            if same and person.email_verified_at is not None and person.email_failing_at is None:
                uow.commit()
                return AddressSet(address, lang, None, person.prefers_email)
            self._can_confirm()
            person.email, person.email_verified_at = address, None
            opening = (
                Heading(Words("members.confirm.address_heading", {}, lang)),
                Paragraph(Words("members.confirm.address", {}, lang)),
            )
            key = self._ask_to_confirm(uow, person.id, opening, lang, None, now)
            uow.events.append(
                "person.email_set", at=now, actor_id=person.id, data={"person_id": person.id}
            )
            uow.commit()
            return AddressSet(address, lang, key, person.prefers_email)

    def prefer_email(
        self, *, on: bool, now: datetime, who: Account | None = None, person_id: int | None = None
    ) -> AddressSet:
        """Everything by email (at their confirmed address) or by the chat again."""
        with self._uow() as uow:
            person = self._member(uow, who, person_id, now)
            lang = language_for(uow, person, default=self._language, now=now)
            if on and (person.email is None or person.email_verified_at is None):
                raise UserError("members.address.none_confirmed")
            if not person.accounts:
                raise UserError("members.address.no_chat")
            person.prefers_email = on
            uow.commit()
            return AddressSet(person.email or "", lang, None, on)

    def _member(
        self, uow: UnitOfWork, who: Account | None, person_id: int | None, now: datetime
    ) -> Person:
        person = uow.directory.person(who) if who is not None else None
        if person_id is not None:
            person = uow.people.get(person_id)
        if person is None or not uow.memberships.council_ids_of(person.id, now=now):
            raise UserError("minadata.page.not_member")
        return person

    def _can_confirm(self) -> None:
        """Refused (UserError) where no email can go or the page that confirms is not served."""
        if not self._mail:
            raise UserError("brukarrad.email.no_mail")
        if self._page_url is None:
            raise UserError("brukarrad.email.no_page")

    def _ask_to_confirm(
        self,
        uow: UnitOfWork,
        person_id: int,
        opening: tuple[Block, ...],
        lang: str,
        council_id: int | None,
        now: datetime,
    ) -> str:
        """Queue the one email that may go to an address before it is confirmed: `opening`,
        then the link that confirms it; its outbox key."""
        link, token = issue(uow, person_id, Purpose.VERIFY, lifetime=CONFIRM_LIFETIME, now=now)
        url = f"{self._page_url}{CONFIRM_PATH}{token}"
        said = Said(
            (
                *opening,
                Paragraph(
                    Words(
                        "members.confirm.link",
                        {"link": Link(url), "days": CONFIRM_LIFETIME.days},
                        lang,
                    )
                ),
                Paragraph(Words("members.confirm.not_you", {}, lang)),
            )
        )
        key = f"mail:confirm:{link.id}"
        message = Message(
            person_id, said=said, key=key, council_id=council_id, via=EMAIL, confirming=True
        )
        queue(uow, [message], now)
        return key

    def open(self, token: str, *, now: datetime, purpose: Purpose = Purpose.SIGN_IN) -> Opened:
        """The link's person, if it may sign in (or confirm) now; changes nothing (a GET, a
        scanner)."""
        with self._uow() as uow:
            link = self._usable(uow, token, now, purpose)
            return Opened(link.id, link.person_id, self._lang(uow, link.person_id, now))

    def confirm(self, token: str, *, now: datetime) -> Session:
        """Confirm the address the link was sent to, use the link up and open its session;
        refused (UserError) if it cannot."""
        with self._uow() as uow:
            link = self._usable(uow, token, now, Purpose.VERIFY)
            person = uow.people.get(link.person_id)
            assert person is not None
            person.email_verified_at = now
            person.email_failing_at = None  # a confirmed address is one that works
            link.used_at = now
            session = Session(link.id, link.person_id, self._lang(uow, link.person_id, now))
            uow.events.append(
                "person.email_confirmed", at=now, actor_id=person.id, data={"person_id": person.id}
            )
            uow.commit()
            return session

    def sign_in(self, token: str, *, now: datetime) -> Session:
        """Use the link up and open its session; refused (UserError) if it cannot."""
        with self._uow() as uow:
            link = self._usable(uow, token, now, Purpose.SIGN_IN)
            link.used_at = now
            session = Session(link.id, link.person_id, self._lang(uow, link.person_id, now))
            uow.commit()
            return session

    def session(self, link_id: int, person_id: int, *, now: datetime) -> Session | None:
        """The session a cookie names, while its link is neither revoked nor too old."""
        with self._uow() as uow:
            link = uow.member_links.get(link_id)
            if (
                link is None
                or link.person_id != person_id
                or link.used_at is None
                or link.revoked_at is not None
                or now >= link.used_at + SESSION_LIFETIME
            ):
                return None
            return Session(link.id, person_id, self._lang(uow, person_id, now))

    def sign_out(self, link_id: int, *, now: datetime) -> None:
        with self._uow() as uow:
            link = uow.member_links.get(link_id)
            if link is not None and link.revoked_at is None:
                link.revoked_at = now
                uow.commit()

    def revoke_all(self, *, who: Account, now: datetime) -> int:
        """Revoke every link of the person of the account, and so their sessions."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            if person is None:
                return 0
            count = uow.member_links.revoke_all(person.id, at=now)
            uow.commit()
            return count

    def _usable(self, uow: UnitOfWork, token: str, now: datetime, purpose: Purpose) -> MemberLink:
        return usable(uow, token, now, purpose)

    def _lang(self, uow: UnitOfWork, person_id: int, now: datetime) -> str:
        person = uow.people.get(person_id)
        if person is None:
            return self._language
        return language_for(uow, person, default=self._language, now=now)
