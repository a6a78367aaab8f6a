"""Personal links to the member page, and the sessions they open.

A link is a random token given to one person; only its hash is stored, with its purpose and
expiry. Opening it only looks (mail scanners open links): signing in is a separate step that
uses it up, and from then on the link's row is the session's record, so revoking the link (or
all of a person's) ends the session. Erasing the person deletes their links
(bot.privacy.erase).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from adapters.storage.models import MemberLink
from bot.core.errors import UserError
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork
from bot.core.texts.render import Link
from bot.core.vocabulary import Platform
from bot.councils.service import language_for

UowFactory = Callable[[], UnitOfWork]
# Where `serve` serves the member page, and its sign-in by link under it.
PAGE_PATH = "/m/"
SIGN_IN_PATH = "in/"
LINK_LIFETIME = timedelta(days=7)
SESSION_LIFETIME = timedelta(days=30)
TOKEN_BYTES = 32


class Purpose(StrEnum):
    SIGN_IN = "sign_in"


def token_hash(token: str) -> str:
    """The stored form of a token: 256 random bits need no slow hash, only not to be kept."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


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


class MemberLinkService:
    def __init__(self, uow: UowFactory, *, public_url: str | None, language: str) -> None:
        self._uow = uow
        # None: the page is not served anywhere people can reach
        self._page_url = f"{public_url}{PAGE_PATH}" if public_url else None
        self._language = language

    def send_link(self, *, team_id: str, user_id: str, now: datetime) -> Issued:
        """A new sign-in link for the person of the account, sent to them through the
        outbox (by whichever channel reaches them)."""
        if self._page_url is None:
            raise UserError("minadata.page.not_served")
        with self._uow() as uow:
            person = uow.directory.person(Platform.SLACK, team_id, user_id)
            if person is None or not uow.memberships.council_ids_of(person.id, now=now):
                raise UserError("minadata.page.not_member")
            token = secrets.token_urlsafe(TOKEN_BYTES)
            link = MemberLink(
                person_id=person.id,
                token_hash=token_hash(token),
                purpose=Purpose.SIGN_IN,
                created_at=now,
                expires_at=now + LINK_LIFETIME,
            )
            uow.member_links.add(link)
            url = f"{self._page_url}{SIGN_IN_PATH}{token}"
            lang = language_for(uow, person, default=self._language, now=now)
            days = LINK_LIFETIME.days
            words = Words("minadata.page.link", {"link": Link(url), "days": days}, lang)
            key = f"dm:memberlink:{link.id}"
            queue(uow, [Message(person.id, said=Said.of(words), key=key)], now)
            uow.commit()
            return Issued(link.id, person.id, url, link.expires_at, key)

    def open(self, token: str, *, now: datetime) -> Opened:
        """The link's person, if it may sign in now; changes nothing (a GET, a scanner)."""
        with self._uow() as uow:
            link = self._usable(uow, token, now)
            return Opened(link.id, link.person_id, self._lang(uow, link.person_id, now))

    def sign_in(self, token: str, *, now: datetime) -> Session:
        """Use the link up and open its session; refused (UserError) if it cannot."""
        with self._uow() as uow:
            link = self._usable(uow, token, now)
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

    def revoke_all(self, *, team_id: str, user_id: str, now: datetime) -> int:
        """Revoke every link of the person of the account, and so their sessions."""
        with self._uow() as uow:
            person = uow.directory.person(Platform.SLACK, team_id, user_id)
            if person is None:
                return 0
            count = uow.member_links.revoke_all(person.id, at=now)
            uow.commit()
            return count

    def _usable(self, uow: UnitOfWork, token: str, now: datetime) -> MemberLink:
        link = uow.member_links.by_hash(token_hash(token))
        if link is None or link.purpose != Purpose.SIGN_IN:
            raise UserError("web.link.unknown")
        if link.revoked_at is not None:
            raise UserError("web.link.revoked")
        if link.used_at is not None:
            raise UserError("web.link.used")
        if now >= link.expires_at:
            raise UserError("web.link.expired")
        return link

    def _lang(self, uow: UnitOfWork, person_id: int, now: datetime) -> str:
        person = uow.people.get(person_id)
        if person is None:
            return self._language
        return language_for(uow, person, default=self._language, now=now)
