"""Members with no chat account, reached by email (issue 19): an officer adds one by address,
the person confirms it once through the member page, and only then gets anything else.
Against a real SMTP server (aiosmtpd) and the member page over HTTP (Flask's client)."""

from __future__ import annotations

import json
import re
from collections import Counter
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
from adapters.storage.models import AgendaPoint, OutboxMessage, Person
from adapters.web.app import create_app, secret_from
from bot.core.clock import ManualClock
from bot.core.message import Heading, Paragraph
from bot.core.outbox import message_id, said_in
from bot.core.vocabulary import OutboxStatus
from bot.councils.onboarding import KIND as ONBOARDING
from tests.conftest import STOCKHOLM
from tests.databases import SqliteTemplate
from tests.e2e.attendance_steps import dms, plan, send_kallelse
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say
from tests.e2e.smtp_inbox import PUBLIC, Inbox, stack_with_mail

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


# A new council's representative's first weeks (bot.councils.onboarding), each once.
FIRST_WEEKS = {
    f"{ONBOARDING} onboarding.{step}": 1 for step in ("purpose", "expected", "meetings", "contact")
}


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
    rows = rows_to(stack, person.id)
    [confirmation] = [r for r in rows if r.kind != ONBOARDING]
    assert (confirmation.status, confirmation.via) == (OutboxStatus.SENT, "email")
    # Her first weeks' messages wait for their days (dropped then, unless she has confirmed).
    assert {r.status for r in rows if r.kind == ONBOARDING} == {OutboxStatus.PENDING}

    # Before she confirms: a kallelse (and its calendar invitation), reminders, none reach her.
    plan(stack)
    send_kallelse(stack, SARA)
    stack.tick(stack.clock.now())
    assert len(inbox.to(EVA)) == 1
    later = [r for r in rows_to(stack, person.id) if r.kind != ONBOARDING][1:]
    assert later and {(r.status, r.last_error) for r in later} == {
        (OutboxStatus.DROPPED, "address_unconfirmed")  # the kallelse: not before she confirms
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


def test_a_member_added_by_address_is_sent_the_councils_agreement_with_the_confirmation(
    stack: LocalStack, inbox: Inbox
) -> None:
    council_with_members(stack)
    doc = "https://intranat.example.se/form-och-funktion.pdf"
    say(stack, SARA, RAD, "/brukarrad", f"form <{doc}>")
    say(stack, SARA, RAD, "/brukarrad", ADD_EVA)
    [mail] = inbox.to(EVA)
    assert f"Så arbetar rådet – dokumentet Form och funktion: {doc}" in text_of(mail)
    assert f'<a href="{doc}">' in text_of(mail, "text/html")


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


# -- everything a chat member gets, by email ------------------------------------------------

EMIL = "emil@example.org"
MEETING = "stormöte torsdag 3 december kl 13-16 i Stora salen"
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)
MEETING_FIELD = re.compile(r'name="meeting" value="(\d+)"')


def what_came(stack: LocalStack, inbox: Inbox, address: str) -> Counter[str]:
    """Each email the address got, as the outbox row it was sent from: its kind, and for a
    message said in catalogue words its first key. Every one names its row (Message-ID)."""
    with stack.services.uow() as uow:
        rows = {
            message_id(row.idempotency_key): row
            for row in uow.session.scalars(select(OutboxMessage)).all()
        }
        got: Counter[str] = Counter()
        for message in inbox.to(address):
            row = rows[message["Message-ID"]]
            assert (row.status, row.via) == (OutboxStatus.SENT, "email")
            said = said_in(row.payload)
            first = said.blocks[0] if said else None
            words = first.words.key if isinstance(first, Paragraph | Heading) else ""
            got[f"{row.kind} {words}".strip()] += 1
        return got


def signed_in_home(client: FlaskClient) -> tuple[str, str]:
    page_ = client.get("/m/")
    assert page_.status_code == 200
    text = page_.get_data(as_text=True)
    [token, *_] = CSRF.findall(text)
    return text, token


def test_an_email_member_gets_everything_a_chat_member_gets_once_each(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    eva_link = add_eva(stack, inbox)
    assert "redan bekräftad" not in say(
        stack, SARA, RAD, "/brukarrad", f'ledamot e-post {EMIL} ersättare "Attention" Emil Berg'
    )
    [emil_link] = CONFIRM_LINK.findall(text_of(inbox.to(EMIL)[0]))
    eva_page = confirm(stack, eva_link)
    confirm(stack, emil_link)
    # Eva adjusts the minutes too: confirmed already, she is welcomed (no confirmation again).
    assert "redan bekräftad" in say(
        stack, SARA, RAD, "/brukarrad", 'ledamot e-post eva@example.org justerare "RSMH Väst" Eva'
    )
    plan(stack, MEETING)

    # Eva sends a point on the member page.
    home, token = signed_in_home(eva_page)
    council_id = re.search(r'name="council" value="(\d+)"', home)
    assert council_id is not None
    sent = eva_page.post(
        "/m/punkt",
        data={"csrf": token, "council": council_id.group(1), "title": "Tolk vid besök"},
    )
    assert sent.status_code == 303

    stack.tick(datetime(2026, 11, 23, 9, 0, tzinfo=STOCKHOLM))  # the agenda deadline is near
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    say(stack, LINA, RAD, "/narvaro", "kommer inte sjuk")  # Emil is asked to go instead
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # answer the kallelse
    home, token = signed_in_home(eva_page)
    [meeting_id, *_] = MEETING_FIELD.findall(home)
    answered = eva_page.post(
        "/m/svar", data={"csrf": token, "meeting": meeting_id, "answer": "kommer"}
    )
    assert answered.status_code == 303

    # The meeting: a decision on Eva's point, an action for her; justering; publication.
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    say(stack, SARA, RAD, "/protokoll", "punkt 5")
    say(stack, SARA, RAD, "/protokoll", "beslut: Verksamheten ordnar tolk vid besök.")
    say(stack, SARA, RAD, "/protokoll", "åtgärd: Eva Ek Fråga tolkservicen senast 20 december")
    clock.set(AFTER)
    assert "version 1 är skickad till" in say(stack, SARA, RAD, "/protokoll", "justera")
    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    assert "publicerat" in say(stack, SARA, RAD, "/protokoll", "publicera")
    for day in (17, 17, 20):  # the action item is due; a pass repeated sends nothing again
        stack.tick(datetime(2026, 12, day, 9, 0, tzinfo=STOCKHOLM))

    # In the chat, a member with no account there is named, not mentioned.
    posted = [json.dumps(m, ensure_ascii=False) for m in stack.slack.messages(RAD)]
    posted.append(say(stack, SARA, RAD, "/brukarrad", "visa"))
    assert any("Tolk vid besök – _Eva Ek, RSMH Väst_" in text for text in posted)
    overview = posted[-1]
    assert "• Emil Berg – ersättare" in overview and "• Eva Ek – justerare och ledamot" in overview
    assert not any(re.search(r"<@(None)?>", text) for text in posted)

    kallelse = [m for m in inbox.to(EVA) if m["Subject"].startswith("Kallelse: stormöte")]
    assert [p.get_filename() for p in kallelse[0].iter_attachments()] == ["kallelse.ics"]
    assert what_came(stack, inbox, EVA) == Counter(
        {
            "meddelande members.confirm.heading": 1,
            "meddelande members.email.welcome_heading": 1,
            **FIRST_WEEKS,  # a new representative's, by email like the rest
            "punkt reminder.punkt": 1,
            "kallelse kallelse.heading": 1,
            "svar reminder.svar": 1,
            "justering protokoll.justera.ask": 1,
            "protokoll": 1,
            "meddelande punkt.notice.handled": 1,
            "åtgärd reminder.atgard": 2,  # three and zero days before it is due
        }
    )
    assert what_came(stack, inbox, EMIL) == Counter(
        {
            "meddelande members.confirm.heading": 1,
            **FIRST_WEEKS,  # a new ersättare's too
            "punkt reminder.punkt": 1,
            "kallelse kallelse.heading": 1,
            "meddelande narvaro.substitute.ask": 1,
            "protokoll": 1,
        }
    )
    for message in inbox.to(EVA) + inbox.to(EMIL):  # each in words and in accessible HTML
        assert text_of(message) and '<html lang="sv">' in text_of(message, "text/html")
    # Everything the outbox said ends with her own link to the member page, the kallelse and
    # the minutes too (the confirmation signs in by itself).
    letters = [m for m in inbox.to(EVA) if not m["Subject"].startswith("Bekräfta ")]
    assert len(letters) == 9 + len(FIRST_WEEKS)
    assert all(PAGE_LINK.search(text_of(m)) for m in letters)
    subjects = [m["Subject"] for m in letters]
    assert any("Har du något du vill ta upp på nästa möte" in s for s in subjects)


def test_an_email_member_answers_and_sends_a_point_by_the_link_in_a_letter(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    """The personal link a letter ends with signs in once; on the page the member says they
    cannot come and sends a point, each a POST carrying the session's CSRF token."""
    confirm(stack, add_eva(stack, inbox))
    plan(stack, MEETING)
    send_kallelse(stack, SARA)
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # answer the kallelse
    [reminder] = [m for m in inbox.to(EVA) if m["Subject"].startswith("Kommer du på mötet")]
    [link] = PAGE_LINK.findall(text_of(reminder))
    assert f'href="{link}"' in text_of(reminder, "text/html")

    client = browser(page(stack))
    opened = client.get(link.removeprefix(PUBLIC))
    [token] = CSRF.findall(opened.get_data(as_text=True))
    assert client.post(link.removeprefix(PUBLIC), data={"csrf": token}).status_code == 303
    home, token = signed_in_home(client)
    [meeting_id, *_] = MEETING_FIELD.findall(home)
    council_id = re.findall(r'name="council" value="(\d+)"', home)[0]
    forged = {"meeting": meeting_id, "answer": "kommer_inte", "reason": "Sjuk"}
    assert client.post("/m/svar", data=forged).status_code == 400  # no CSRF token
    assert client.post("/m/svar", data=forged | {"csrf": "fel"}).status_code == 400
    with stack.services.uow() as uow:
        assert uow.attendance.get(int(meeting_id), eva(stack).id) is None

    answered = client.post("/m/svar", data=forged | {"csrf": token})
    assert answered.status_code == 303
    point = {"csrf": token, "council": council_id, "title": "Hörslinga i stora salen"}
    assert client.post("/m/punkt", data=point).status_code == 303
    after = client.get("/m/").get_data(as_text=True)
    assert "Hörslinga i stora salen" in after
    with stack.services.uow() as uow:
        row = uow.attendance.get(int(meeting_id), eva(stack).id)
        assert row is not None and (row.answer, row.answer_reason) == ("kommer inte", "Sjuk")
        [sent] = uow.session.scalars(
            select(AgendaPoint).where(AgendaPoint.submitter_id == eva(stack).id)
        ).all()
        assert sent.title == "Hörslinga i stora salen"
    # The link signed in once: opened again, it says so.
    assert client.get(link.removeprefix(PUBLIC)).status_code == 410


def test_an_email_justerare_reads_and_approves_the_minutes_on_the_member_page(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    client = confirm(stack, add_eva(stack, inbox))
    say(stack, SARA, RAD, "/brukarrad", 'ledamot e-post eva@example.org justerare "RSMH Väst" Eva')
    plan(stack, MEETING)
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "punkt 1")
    say(stack, SARA, RAD, "/protokoll", "beslut: Rådet välkomnar Eva Ek.")
    clock.set(AFTER)
    assert "version 1 är skickad till" in say(stack, SARA, RAD, "/protokoll", "justera")

    home, token = signed_in_home(client)
    assert "Protokoll att justera" in home and "Rådet välkomnar Eva Ek." in home
    [meeting_id] = re.findall(r'<article class="justering" id="j(\d+)"', home)
    asked = {"meeting": meeting_id, "version": "1"}
    assert client.post("/m/justera", data=asked).status_code == 400  # no CSRF token
    assert "ändrats sedan" not in say(stack, SARA, RAD, "/protokoll", "status")

    change = asked | {"csrf": token, "text": "Skriv att Eva Ek hälsades välkommen."}
    assert client.post("/m/justera", data=change).status_code == 303
    stack.tick(AFTER)  # the secretary is told at the next pass
    told = [m["text"] for m in stack.slack.messages(stack.slack.dm_channel(SARA))]
    assert any("Skriv att Eva Ek hälsades välkommen." in text for text in told)

    approved = client.post("/m/justera", data=asked | {"csrf": token})
    assert approved.status_code == 303
    after = client.get("/m/").get_data(as_text=True)
    assert "Du har justerat protokollet" in after and "Protokoll att justera" not in after
    assert "publicerat" in say(stack, SARA, RAD, "/protokoll", "publicera")  # justerat: locked
    assert client.post("/m/justera", data=asked | {"csrf": token}).status_code == 303
    assert "redan" in client.get("/m/").get_data(as_text=True)  # a second press changes nothing


# -- a chat member who prefers email ---------------------------------------------------------

ANNA_MAIL = "anna@example.org"


def test_a_chat_member_who_prefers_email_gets_everything_by_email(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    """Anna, in the chat, asks for everything by email: once she has confirmed the address
    the kallelse and the reminders come by email and nothing by DM; on the member page (or
    with `/minadata e-post av`) she goes back to the chat."""
    council_with_members(stack)
    plan(stack, MEETING)
    asked = say(stack, ANNA, RAD, "/minadata", f"e-post <mailto:{ANNA_MAIL}|{ANNA_MAIL}>")
    assert f"Jag har skickat ett mejl till {ANNA_MAIL}" in asked
    [mail] = inbox.to(ANNA_MAIL)
    assert mail["Subject"] == "Bekräfta din e-postadress för brukarrådet"
    [link] = CONFIRM_LINK.findall(text_of(mail))
    stack.tick(datetime(2026, 11, 23, 9, 0, tzinfo=STOCKHOLM))  # not confirmed: by DM still
    assert any("nästa möte" in m["text"] for m in dms(stack, ANNA))
    assert len(inbox.to(ANNA_MAIL)) == 1

    client = confirm(stack, link)
    direct = len(dms(stack, ANNA))
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # answer the kallelse
    subjects = [m["Subject"] for m in inbox.to(ANNA_MAIL)]
    assert sum(s.startswith("Kallelse: stormöte") for s in subjects) == 1
    assert sum(s.startswith("Kommer du på mötet") for s in subjects) == 1
    assert len(dms(stack, ANNA)) == direct  # nothing by DM meanwhile
    home, token = signed_in_home(client)
    assert f"Din e-postadress: {ANNA_MAIL}." in home and 'id="epost-prefer"' in home

    # On the member page she unticks it: the chat again.
    assert client.post("/m/epost/val", data={"csrf": token}).status_code == 303
    assert "här i chatten igen" in client.get("/m/").get_data(as_text=True)
    sent = len(inbox.to(ANNA_MAIL))
    stack.tick(datetime(2026, 12, 3, 9, 0, tzinfo=STOCKHOLM))  # the meeting is today
    assert len(dms(stack, ANNA)) > direct and len(inbox.to(ANNA_MAIL)) == sent
    assert "allt från rådet med e-post" in say(stack, ANNA, RAD, "/minadata", "e-post på")
    assert "här i chatten igen" in say(stack, ANNA, RAD, "/minadata", "e-post av")


def test_asking_for_email_says_what_would_work(stack: LocalStack, inbox: Inbox) -> None:
    confirm(stack, add_eva(stack, inbox))
    assert "ingen bekräftad e-postadress" in say(stack, ANNA, RAD, "/minadata", "e-post på")
    assert "ser inte ut som en e-postadress" in say(stack, ANNA, RAD, "/minadata", "e-post anna")
    assert "`/minadata e-post av`" in say(stack, ANNA, RAD, "/minadata", "e-post")
    assert "`/minadata e-post namn@example.org`" in say(stack, ANNA, RAD, "/minadata", "adress")
    taken = say(stack, ANNA, RAD, "/minadata", f"e-post {EVA}")
    assert f"Adressen {EVA} hör redan till någon annan" in taken
    assert len(inbox.to(EVA)) == 1


def test_a_member_changes_their_address_on_the_member_page(stack: LocalStack, inbox: Inbox) -> None:
    client = confirm(stack, add_eva(stack, inbox))
    home, token = signed_in_home(client)
    assert f"Din e-postadress: {EVA}." in home and 'id="epost-prefer"' not in home
    new = "eva.ek@example.net"
    assert client.post("/m/epost", data={"address": new}).status_code == 400  # no CSRF
    assert client.post("/m/epost", data={"csrf": token, "address": new}).status_code == 303
    after = client.get("/m/").get_data(as_text=True)
    assert f"Vi har skickat ett mejl till {new}" in after and "inte bekräftad än" in after
    stack.tick(stack.clock.now())  # the scheduler's next pass sends it
    [mail] = inbox.to(new)
    confirm(stack, CONFIRM_LINK.findall(text_of(mail))[0])
    with stack.services.uow() as uow:
        person = uow.people.with_email(new)
        assert person is not None and person.email_verified_at is not None


# -- officers add a member on the member page ------------------------------------------------


def signed_in_from_chat(stack: LocalStack, user: str) -> FlaskClient:
    """The person asks for their link in the chat (`/minadata sida`) and signs in with it."""
    say(stack, user, RAD, "/minadata", "sida")
    [link] = PAGE_LINK.findall(json.dumps(dms(stack, user)[-1]))
    client = browser(page(stack))
    [token] = CSRF.findall(client.get(link.removeprefix(PUBLIC)).get_data(as_text=True))
    assert client.post(link.removeprefix(PUBLIC), data={"csrf": token}).status_code == 303
    return client


def test_an_officer_adds_a_member_by_address_on_the_member_page(
    stack: LocalStack, inbox: Inbox
) -> None:
    council_with_members(stack)
    anna = signed_in_from_chat(stack, ANNA)
    home, token = signed_in_home(anna)
    assert "Lägg till en ledamot med e-post" not in home  # not an officer
    [council_id] = set(re.findall(r'name="council" value="(\d+)"', home))
    form = {"council": council_id, "name": "Eva Ek", "address": EVA, "role": "ledamot"}
    anna.post("/m/ledamot", data=form | {"csrf": token, "forening": "RSMH Väst"})
    with stack.services.uow() as uow:
        assert uow.people.with_email(EVA) is None

    sara = signed_in_from_chat(stack, SARA)
    home, token = signed_in_home(sara)
    assert "Lägg till en ledamot med e-post" in home and "<option>RSMH Väst</option>" in home
    assert sara.post("/m/ledamot", data=form).status_code == 400  # no CSRF token
    bad = sara.post("/m/ledamot", data=form | {"csrf": token, "address": "eva.example.org"})
    assert bad.status_code == 303
    assert "ser inte ut som en e-postadress" in sara.get("/m/").get_data(as_text=True)
    added = sara.post("/m/ledamot", data=form | {"csrf": token, "forening": "RSMH Väst"})
    assert added.status_code == 303
    told = sara.get("/m/").get_data(as_text=True)
    assert "Klart: Eva Ek är nu ledamot" in told and "inget annat skickas dit" in told
    stack.tick(stack.clock.now())
    [mail] = inbox.to(EVA)  # the confirmation, and nothing else before she confirms
    assert "ledamot för RSMH Väst i brukarrådet Brukarrådet Psykiatri Väst" in text_of(mail)
    plan(stack, MEETING)
    send_kallelse(stack, SARA)
    stack.tick(stack.clock.now())
    assert len(inbox.to(EVA)) == 1
    confirm(stack, CONFIRM_LINK.findall(text_of(mail))[0])
    assert "• Eva Ek – ledamot" in say(stack, SARA, RAD, "/brukarrad", "visa")
