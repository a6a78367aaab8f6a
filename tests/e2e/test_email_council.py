"""Issue 19's acceptance: one council with two members in Slack and two reached only by email
goes through a whole cycle, and nobody is second class. Points by chat, by email and on the
member page; the kallelse; answers in Slack, by replying and on the page; the reminders; an
ersättare asked and going; the minutes approved on the page by a justerare with no chat
account, published, with action items and the outcome of every point told to whoever sent it.
Against the local Slack, a real SMTP server (aiosmtpd) and a real IMAP server (Dovecot)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Attendance
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import dms, person_id, plan, send_kallelse
from tests.e2e.cast import ANNA, LINA, RAD, SARA, say, shown
from tests.e2e.imap_server import Dovecot
from tests.e2e.mailbox import OWN, VOUCHED
from tests.e2e.smtp_inbox import Inbox
from tests.e2e.test_email_in import read, written
from tests.e2e.test_email_members import (
    AFTER,
    CONFIRM_LINK,
    CSRF,
    DURING,
    FIRST_WEEKS,
    MEETING,
    PAGE_LINK,
    PUBLIC,
    browser,
    confirm,
    page,
    signed_in_home,
    text_of,
    what_came,
)

EVA, EMIL = "eva@example.org", "emil@example.org"


@pytest.fixture
def stack(mailbox_stack: LocalStack) -> LocalStack:
    return mailbox_stack


def signed_in_by_letter(stack: LocalStack, inbox: Inbox, address: str) -> FlaskClient:
    """The member opens the personal link of the last letter they got and signs in."""
    [link, *_] = PAGE_LINK.findall(text_of(inbox.to(address)[-1]))
    client = browser(page(stack))
    [token] = CSRF.findall(client.get(link.removeprefix(PUBLIC)).get_data(as_text=True))
    assert client.post(link.removeprefix(PUBLIC), data={"csrf": token}).status_code == 303
    return client


def kinds(came: Counter[str]) -> Counter[str]:
    """What came, the kallelse, justering and minutes by their kind alone (however their
    words are composed)."""
    found: Counter[str] = Counter()
    for name, count in came.items():
        kind = name.split(" ", 1)[0]
        found[kind if kind in ("kallelse", "justering", "protokoll") else name] += count
    return found


def posted(stack: LocalStack, user: str) -> list[str]:
    """What the person read in their DM with the bot."""
    return [shown(m) for m in dms(stack, user)]


def test_two_members_in_slack_and_two_by_email_go_through_a_whole_cycle(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot, clock: ManualClock
) -> None:
    # The council: Sara (secretary) adds Anna and Lina in Slack, Eva and Emil by address.
    say(stack, SARA, RAD, "/brukarrad", "skapa Brukarrådet Psykiatri Väst")
    for member in (f"<@{ANNA}|anna> ledamot RSMH Väst", f"<@{LINA}|lina> ledamot Attention"):
        assert "Klart" in say(stack, SARA, RAD, "/brukarrad", f"ledamot {member}")
    for added in (
        f'{EVA} ledamot "RSMH Väst" Eva Ek',
        f'{EMIL} ersättare "Attention" Emil Berg',
    ):
        say(stack, SARA, RAD, "/brukarrad", f"ledamot e-post {added}")
    for address in (EVA, EMIL):  # each confirms the address by the link of the one letter
        [asked] = inbox.to(address)
        confirm(stack, CONFIRM_LINK.findall(text_of(asked))[0])
    say(stack, SARA, RAD, "/brukarrad", f'ledamot e-post {EVA} justerare "RSMH Väst" Eva Ek')
    plan(stack, MEETING)

    # Points: Anna in the chat, Eva by email to the council's address.
    assert "torsdag 3 december" in say(stack, ANNA, RAD, "/punkt", "Parkering vid entrén")
    dovecot.deliver(
        written(EVA, OWN, "Tolk vid besök", "Vi behöver tolk.", Authentication_Results=VOUCHED)
    )
    read(stack)
    stack.tick(datetime(2026, 11, 23, 9, 0, tzinfo=STOCKHOLM))  # the agenda deadline is near

    # The kallelse; answers in Slack (Lina cannot come: Emil, her ersättare, is asked) and
    # by replying to the kallelse (Eva).
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    stack.tick(clock.now())
    say(stack, ANNA, RAD, "/narvaro", "kommer")
    say(stack, LINA, RAD, "/narvaro", "kommer inte sjuk")
    stack.tick(clock.now())
    [kallelse] = [m for m in inbox.to(EVA) if m["Subject"].startswith("Kallelse: stormöte")]
    assert "Tolk vid besök" in text_of(kallelse) and "Parkering vid entrén" in text_of(kallelse)
    reply_to = kallelse["Reply-To"].addresses[0].addr_spec
    dovecot.deliver(written(EVA, reply_to, f"Sv: {kallelse['Subject']}", "Kommer!\n\n> Kallelse"))
    read(stack)

    # Emil answers the question on the member page, by the link in the letter that asked it.
    [ask] = [m for m in inbox.to(EMIL) if "kan inte komma" in text_of(m)]
    assert "Lina Lind" in text_of(ask)
    emil = signed_in_by_letter(stack, inbox, EMIL)
    home, token = signed_in_home(emil)
    [request] = re.findall(r'name="request" value="(\d+)"', home)
    going = emil.post("/m/ersattare", data={"csrf": token, "request": request, "accept": "ja"})
    assert going.status_code == 303
    assert "Du går i stället för Lina Lind" in emil.get("/m/").get_data(as_text=True)
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # "are you coming?" is due

    # The meeting: a decision on each point, an action item each for Eva and Anna.
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    for number, decision in (
        (5, "Två platser reserveras."),  # Anna's point
        (6, "Verksamheten ordnar tolk vid besök."),  # Eva's
    ):
        say(stack, SARA, RAD, "/protokoll", f"punkt {number}")
        say(stack, SARA, RAD, "/protokoll", f"beslut: {decision}")
    say(stack, SARA, RAD, "/protokoll", "åtgärd: Eva Ek Fråga tolkservicen senast 20 december")
    say(
        stack, SARA, RAD, "/protokoll", f"åtgärd: <@{ANNA}|anna> Mät parkeringen senast 20 december"
    )

    # Justering: Eva reads the version and approves it on the member page; publication.
    clock.set(AFTER)
    assert "version 1 är skickad till" in say(stack, SARA, RAD, "/protokoll", "justera")
    stack.tick(AFTER)
    eva = signed_in_by_letter(stack, inbox, EVA)
    home, token = signed_in_home(eva)
    [meeting_id] = re.findall(r'<article class="justering" id="j(\d+)"', home)
    approved = eva.post("/m/justera", data={"csrf": token, "meeting": meeting_id, "version": "1"})
    assert approved.status_code == 303
    assert "publicerat" in say(stack, SARA, RAD, "/protokoll", "publicera")
    for day in (17, 17, 20):  # the action items are due; a pass repeated sends nothing again
        stack.tick(datetime(2026, 12, day, 9, 0, tzinfo=STOCKHOLM))

    # What was stored of what they wrote and answered.
    with stack.services.uow() as uow:
        points = {p.title: p.submitter_id for p in uow.session.scalars(select(AgendaPoint))}
        rows = uow.session.scalars(
            select(Attendance).where(Attendance.meeting_id == int(meeting_id))
        )
        register = {r.person_id: (r.answer, r.replaces_person_id) for r in rows}
        eva_id = uow.people.with_email(EVA).id
        emil_id = uow.people.with_email(EMIL).id
    assert points["Tolk vid besök"] == eva_id
    assert points["Parkering vid entrén"] == person_id(stack, ANNA)
    assert register[eva_id][0] == "kommer" and register[person_id(stack, ANNA)][0] == "kommer"
    assert register[person_id(stack, LINA)][0] == "kommer inte"
    assert register[emil_id][1] == person_id(stack, LINA)  # Emil goes in Lina's place

    # By email, each message once, in words and accessible HTML, each letter with a personal link.
    assert kinds(what_came(stack, inbox, EVA)) == Counter(
        {
            "meddelande members.confirm.heading": 1,
            "meddelande members.email.welcome_heading": 1,  # justerare too, once confirmed
            **FIRST_WEEKS,  # a new representative's first weeks, by email too
            "meddelande": 2,  # the receipts of her point and her answer, as replies to them
            "punkt reminder.punkt": 1,
            "kallelse": 1,
            "justering": 1,
            "protokoll": 1,
            "meddelande punkt.notice.handled": 1,  # what became of her point
            "åtgärd reminder.atgard": 2,  # three and zero days before it is due
        }
    )
    assert kinds(what_came(stack, inbox, EMIL)) == Counter(
        {
            "meddelande members.confirm.heading": 1,
            **FIRST_WEEKS,  # a new ersättare's too
            "punkt reminder.punkt": 1,
            "kallelse": 1,
            "meddelande narvaro.substitute.ask": 1,
            "protokoll": 1,
        }
    )
    for address in (EVA, EMIL):
        for message in inbox.to(address):
            assert text_of(message) and '<html lang="sv">' in text_of(message, "text/html")
            # The confirmation signs in by itself; the kallelse and the minutes too end with
            # the link (one neutral message, the chat's and the letter's).
            if not message["Subject"].startswith("Bekräfta "):
                assert PAGE_LINK.search(text_of(message)), message["Subject"]

    [outcome] = [m for m in inbox.to(EVA) if m["Subject"].startswith("Din punkt")]
    assert "Verksamheten ordnar tolk vid besök." in text_of(outcome)

    # In Slack, the same steps for Anna and Lina (the minutes are posted in the channel).
    anna, lina = posted(stack, ANNA), posted(stack, LINA)
    for said in (anna, lina):
        assert sum(t.startswith("Hej! Har du något du vill ta upp") for t in said) == 1
        assert sum(t.startswith("Kallelse: stormöte") for t in said) == 1
    assert sum("Din punkt *Parkering vid entrén*" in t and "Två platser" in t for t in anna) == 1
    assert sum("Åtgärden ”Mät parkeringen”" in t for t in anna) == 2
    assert sum("Emil Berg går i ditt ställe" in t for t in lina) == 1
    channel = json.dumps(stack.slack.messages(RAD), ensure_ascii=False)
    assert "Verksamheten ordnar tolk vid besök." in channel and "Eva Ek" in channel
