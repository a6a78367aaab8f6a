"""Members with no chat account, reached by email (issue 19): an officer adds one by address,
the person confirms it once through the member page, and only then gets anything else.
Against a real SMTP server (aiosmtpd) and the member page over HTTP (Flask's client)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage, Person
from adapters.web.app import create_app, secret_from
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from tests.databases import SqliteTemplate
from tests.e2e.attendance_steps import plan, send_kallelse
from tests.e2e.cast import RAD, SARA, council_with_members, say
from tests.e2e.smtp_inbox import Inbox, stack_with_mail

PUBLIC = "https://brukarbot.example.org"
EVA = "eva@example.org"
ADD_EVA = 'ledamot e-post <mailto:eva@example.org|eva@example.org> ledamot "RSMH Väst" Eva Ek'
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
CONFIRM_LINK = re.compile(re.escape(PUBLIC) + r"/m/bekrafta/[\w-]+")
PAGE_LINK = re.compile(re.escape(PUBLIC) + r"/m/in/[\w-]+")


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock, inbox: Inbox
) -> Iterator[LocalStack]:
    """The local stack sending email to `inbox`, with the member page served at PUBLIC."""
    database = _sqlite_template.fresh(tmp_path / "mail.db")
    yield from stack_with_mail(database, clock, inbox, {"PUBLIC_URL": PUBLIC})


def page(stack: LocalStack) -> Flask:
    return create_app(stack.services, secret=secret_from("test"))


def browser(app: Flask) -> FlaskClient:
    client = app.test_client()
    client.environ_base.update(
        {"wsgi.url_scheme": "https", "HTTP_HOST": PUBLIC.removeprefix("https://")}
    )
    return client


def text_of(message: EmailMessage, content_type: str = "text/plain") -> str:
    [part] = [p for p in message.walk() if p.get_content_type() == content_type]
    assert isinstance(part, EmailMessage)
    return str(part.get_content()).replace("\r\n", "\n")


@dataclass(frozen=True)
class Seen:
    id: int
    email_verified_at: datetime | None
    accounts: int


def eva(stack: LocalStack) -> Seen:
    with stack.services.uow() as uow:
        person = uow.session.scalars(select(Person).where(Person.email == EVA)).one()
        return Seen(person.id, person.email_verified_at, len(person.accounts))


def rows_to(stack: LocalStack, person_id: int) -> list[OutboxMessage]:
    with stack.services.uow() as uow:
        rows = uow.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.person_id == person_id)
            .order_by(OutboxMessage.id)
        ).all()
        for row in rows:
            uow.session.expunge(row)
        return list(rows)


def confirm(stack: LocalStack, link: str) -> FlaskClient:
    """Open the link as a person does and press its button: signed in to the page."""
    client = browser(page(stack))
    opened = client.get(link.removeprefix(PUBLIC))
    assert opened.status_code == 200
    [token] = CSRF.findall(opened.get_data(as_text=True))
    pressed = client.post(link.removeprefix(PUBLIC), data={"csrf": token})
    assert pressed.status_code == 303 and pressed.headers["Location"].endswith("/m/")
    return client


def add_eva(stack: LocalStack, inbox: Inbox) -> str:
    """Eva added by address; the link of the one email she got."""
    council_with_members(stack)
    answer = say(stack, SARA, RAD, "/brukarrad", ADD_EVA)
    assert answer.startswith("Klart: Eva Ek är nu ledamot för RSMH Väst i *Brukarrådet")
    assert EVA in answer and "bekräfta" in answer
    [mail] = inbox.to(EVA)
    [link] = CONFIRM_LINK.findall(text_of(mail))
    return link


def test_an_added_member_gets_one_email_to_confirm_the_address_and_nothing_else_before(
    stack: LocalStack, inbox: Inbox
) -> None:
    link = add_eva(stack, inbox)
    [mail] = inbox.to(EVA)
    assert mail["Subject"] == "Bekräfta din e-postadress för brukarrådet Brukarrådet Psykiatri Väst"
    assert mail["To"].addresses[0].display_name == "Eva Ek"
    assert mail["From"].addresses[0].addr_spec == "radet@example.org"
    assert mail["Message-ID"] and mail["Date"]
    text = text_of(mail)
    assert "ledamot för RSMH Väst i brukarrådet Brukarrådet Psykiatri Väst" in text
    assert "Sara Sekreterare" in text  # whom to ask
    assert not PAGE_LINK.search(text)  # not signed in by anything before she confirms
    html = text_of(mail, "text/html")
    assert '<html lang="sv">' in html and "<title>Bekräfta din e-postadress" in html
    assert f'<a href="{link}">' in html
    person = eva(stack)
    assert person.email_verified_at is None and person.accounts == 0
    [confirmation] = rows_to(stack, person.id)
    assert (confirmation.status, confirmation.via) == (OutboxStatus.SENT, "email")

    # Before she confirms: a kallelse (and its calendar invitation), reminders, none reach her.
    plan(stack)
    send_kallelse(stack, SARA)
    stack.tick(stack.clock.now())
    assert len(inbox.to(EVA)) == 1
    later = rows_to(stack, person.id)[1:]
    assert later and {(r.status, r.last_error) for r in later} == {
        (OutboxStatus.DROPPED, "no_chat_account")  # the kallelse written for the chat
    }

    # A mail scanner opens the link: nothing changes.
    scanner = browser(page(stack))
    for _ in range(2):
        opened = scanner.get(link.removeprefix(PUBLIC))
        assert opened.status_code == 200 and "Bekräfta adressen" in opened.get_data(as_text=True)
    assert eva(stack).email_verified_at is None
    assert scanner.post(link.removeprefix(PUBLIC)).status_code == 400  # no CSRF: refused
    assert eva(stack).email_verified_at is None

    client = confirm(stack, link)
    assert eva(stack).email_verified_at == stack.clock.now()
    home = client.get("/m/").get_data(as_text=True)
    assert "Din e-postadress är bekräftad" in home and "Brukarrådet Psykiatri Väst" in home
    again = browser(page(stack)).get(link.removeprefix(PUBLIC))
    assert again.status_code == 410 and "redan använts" in again.get_data(as_text=True)


def test_adding_by_address_says_what_would_work(stack: LocalStack, inbox: Inbox) -> None:
    council_with_members(stack)
    assert "inom citattecken före namnet" in say(
        stack, SARA, RAD, "/brukarrad", "ledamot e-post eva@example.org ledamot RSMH Väst Eva Ek"
    )
    assert "ser inte ut som en e-postadress" in say(
        stack, SARA, RAD, "/brukarrad", 'ledamot e-post eva.example.org ledamot "RSMH" Eva'
    )
    assert inbox.received == []


def test_without_the_member_page_nobody_is_added_by_address(
    mail_stack: LocalStack, inbox: Inbox
) -> None:
    """The address is confirmed on the member page: with none served, the officer reads why
    and nothing is stored or sent."""
    council_with_members(mail_stack)
    assert "Medlemssidan, där adressen bekräftas, är inte påslagen" in say(
        mail_stack, SARA, RAD, "/brukarrad", ADD_EVA
    )
    with mail_stack.services.uow() as uow:
        assert uow.session.scalars(select(Person).where(Person.email == EVA)).all() == []
    assert inbox.received == []
