"""Personal links to the member page: kept hashed, sent through the outbox, opened without a
change, used once, expiring, revocable, and gone with the person's data."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account
from adapters.storage.models import MemberLink, OutboxMessage
from bot.core.errors import UserError
from bot.core.message import Paragraph
from bot.core.outbox import said_in
from bot.core.texts.render import Link
from bot.members.links import (
    KEPT_AFTER_EXPIRY,
    LINK_LIFETIME,
    REPLY_LIFETIME,
    SESSION_LIFETIME,
    MemberLinkService,
    reply_token,
    token_hash,
)
from bot.privacy.erase import Reason, erase_person
from bot.reminders import tick
from tests.bot.test_substitutes import ANNA, NILS, council
from tests.conftest import NOW

PUBLIC = "https://brukarbot.example.org"


def links(services: Services) -> MemberLinkService:
    return MemberLinkService(services.uow, public_url=PUBLIC, language="sv")


def token_of(url: str) -> str:
    assert url.startswith(f"{PUBLIC}/m/in/")
    return url.rsplit("/", 1)[1]


def test_a_link_is_sent_through_the_outbox_and_kept_only_as_its_hash(
    services: Services,
) -> None:
    council(services)
    issued = links(services).send_link(who=account("T", ANNA.external_id), now=NOW)
    token = token_of(issued.url)
    with services.uow() as uow:
        [row] = uow.session.scalars(select(MemberLink)).all()
        assert (row.token_hash, row.purpose, row.person_id) == (
            token_hash(token),
            "sign_in",
            issued.person_id,
        )
        assert token not in row.token_hash and row.expires_at == NOW + LINK_LIFETIME
        dm = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key == issued.key)
        ).one()
        assert dm.person_id == issued.person_id
        said = said_in(dm.payload)
        assert said is not None
        [paragraph] = said.blocks
        assert isinstance(paragraph, Paragraph)
        assert paragraph.words.key == "minadata.page.link"
        assert paragraph.words.params["link"] == Link(issued.url)


def test_opening_changes_nothing_and_signing_in_uses_the_link_up(services: Services) -> None:
    council(services)
    service = links(services)
    token = token_of(service.send_link(who=account("T", ANNA.external_id), now=NOW).url)
    for _ in range(3):  # a mail scanner, a preview, the person
        opened = service.open(token, now=NOW)
    session = service.sign_in(token, now=NOW)
    assert (session.link_id, session.person_id) == (opened.link_id, opened.person_id)
    assert service.session(session.link_id, session.person_id, now=NOW) == session
    for use in (service.open, service.sign_in):  # replayed
        with pytest.raises(UserError) as refused:
            use(token, now=NOW)
        assert refused.value.key == "web.link.used"
    with pytest.raises(UserError) as unknown:
        service.open(token + "x", now=NOW)
    assert unknown.value.key == "web.link.unknown"


def test_a_link_expires_and_a_session_ends(services: Services) -> None:
    council(services)
    service = links(services)
    late = token_of(service.send_link(who=account("T", ANNA.external_id), now=NOW).url)
    with pytest.raises(UserError) as expired:
        service.sign_in(late, now=NOW + LINK_LIFETIME)
    assert expired.value.key == "web.link.expired"
    token = token_of(service.send_link(who=account("T", ANNA.external_id), now=NOW).url)
    session = service.sign_in(token, now=NOW)
    ends = NOW + SESSION_LIFETIME
    assert service.session(session.link_id, session.person_id, now=ends - timedelta(seconds=1))
    assert service.session(session.link_id, session.person_id, now=ends) is None
    assert service.session(session.link_id, session.person_id + 1, now=NOW) is None
    service.sign_out(session.link_id, now=NOW)
    assert service.session(session.link_id, session.person_id, now=NOW) is None


def test_revoking_closes_every_link_and_session_of_the_person(services: Services) -> None:
    council(services)
    service = links(services)
    used = service.sign_in(
        token_of(service.send_link(who=account("T", ANNA.external_id), now=NOW).url), now=NOW
    )
    waiting = token_of(service.send_link(who=account("T", ANNA.external_id), now=NOW).url)
    assert service.revoke_all(who=account("T", ANNA.external_id), now=NOW) == 2
    assert service.session(used.link_id, used.person_id, now=NOW) is None
    with pytest.raises(UserError) as refused:
        service.open(waiting, now=NOW)
    assert refused.value.key == "web.link.revoked"


def test_only_members_get_links_and_only_where_the_page_is_served(services: Services) -> None:
    council(services)
    with pytest.raises(UserError) as stranger:
        links(services).send_link(who=account("T", NILS.external_id + "X"), now=NOW)
    assert stranger.value.key == "minadata.page.not_member"
    with pytest.raises(UserError) as unserved:
        services.member_links.send_link(who=account("T", ANNA.external_id), now=NOW)
    assert unserved.value.key == "minadata.page.not_served"


def test_erasing_a_person_deletes_their_links(services: Services) -> None:
    council(services)
    service = links(services)
    token = token_of(service.send_link(who=account("T", ANNA.external_id), now=NOW).url)
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA.external_id))
        assert anna is not None
        erase_person(uow, anna, now=NOW, reason=Reason.REQUEST)
        uow.commit()
    with services.uow() as uow:
        assert uow.session.scalars(select(MemberLink)).all() == []
    with pytest.raises(UserError):
        service.open(token, now=NOW)


def test_the_tick_forgets_links_no_one_can_use_any_more(services: Services) -> None:
    """Reply addresses, confirmations and sign-in links that expired a while ago go; a link
    that expired lately (it still says so when opened) and an open session stay."""
    council(services)
    service = links(services)
    old = service.send_link(who=account("T", ANNA.external_id), now=NOW)
    later = NOW + LINK_LIFETIME + KEPT_AFTER_EXPIRY + timedelta(minutes=1)
    with services.uow() as uow:
        reply_token(uow, old.person_id, now=NOW - REPLY_LIFETIME)  # expired as long ago
        uow.commit()
    opened = service.send_link(who=account("T", ANNA.external_id), now=later - LINK_LIFETIME)
    signed = service.sign_in(token_of(opened.url), now=later - LINK_LIFETIME)
    recent = service.send_link(who=account("T", ANNA.external_id), now=later - LINK_LIFETIME)

    report = tick(services.uow, [], later, worker_id="test")

    assert report.links_pruned == 2  # the first sign-in link and the reply address
    with services.uow() as uow:
        kept = {row.id for row in uow.session.scalars(select(MemberLink))}
    assert kept == {signed.link_id, recent.link_id}
    assert service.session(signed.link_id, old.person_id, now=later) is not None
    with pytest.raises(UserError) as refused:
        service.open(token_of(recent.url), now=later)
    assert refused.value.key == "web.link.expired"
