"""Email in (issue 19): a member sends a point or answers a kallelse by email, read from a
real IMAP server (Dovecot) and answered through a real SMTP server (aiosmtpd), with the same
receipt a chat member gets. Only known, verified senders are anyone; automatic answers,
bounces and our own mail are never answered; a message fetched again after a crash has no
second effect."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.mail.imap import read_once, start_watching
from adapters.mail.receive import LISTENER, Reading, mail_key, reading, replay_by_listener
from adapters.slack.blocks.attendance import substitute_asks
from adapters.slack.handlers.ack_first import replay
from adapters.storage.models import AgendaPoint, Attendance, InboxEntry, OutboxMessage
from bot.__main__ import main
from bot.core.clock import ManualClock
from bot.members.links import KEPT_AFTER_EXPIRY, REPLY_LIFETIME, token_hash
from tests.conftest import STOCKHOLM
from tests.databases import SqliteTemplate
from tests.e2e.attendance_steps import dms, person_id, plan, send_kallelse
from tests.e2e.cast import LINA, OLLE, RAD, SARA, council_with_members, say
from tests.e2e.imap_server import Dovecot, running_dovecot
from tests.e2e.mailbox import AUTHSERV, OWN, VOUCHED, stack_reading
from tests.e2e.smtp_inbox import Inbox
from tests.e2e.test_email_members import (
    AFTER,
    CONFIRM_LINK,
    DURING,
    EVA,
    PAGE_LINK,
    add_eva,
    confirm,
    eva,
    text_of,
)
from tests.e2e.test_email_members import MEETING as DECEMBER


@pytest.fixture
def stack(mailbox_stack: LocalStack) -> LocalStack:
    return mailbox_stack


def mail_in(stack: LocalStack) -> Reading:
    found = reading(stack.services, compose_answer=substitute_asks)
    assert found is not None
    return found


def read(stack: LocalStack) -> int:
    """What the worker does when mail comes: read the mailbox, then send what is owed."""
    found = mail_in(stack)
    count = read_once(found.mailbox, found.intake.take)
    stack.tick(stack.clock.now())
    return count


def written(sender: str, to: str, subject: str, body: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="example.net")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


def message_id_of(raw: bytes) -> str:
    return str(message_from_bytes(raw)["Message-ID"])


def summoned_eva(stack: LocalStack, inbox: Inbox) -> str:
    """Eva confirmed, the kallelse sent: her personal reply address, from its Reply-To."""
    confirm(stack, add_eva(stack, inbox))
    plan(stack)
    send_kallelse(stack, SARA)
    stack.tick(stack.clock.now())
    [kallelse] = [m for m in inbox.to(EVA) if "Kallelse" in m["Subject"]]
    reply_to = kallelse["Reply-To"].addresses[0].addr_spec
    assert reply_to.startswith("radet+") and reply_to.endswith("@example.org")
    return reply_to


def points(stack: LocalStack) -> list[AgendaPoint]:
    with stack.services.uow() as uow:
        found = list(uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id)))
        uow.session.expunge_all()
        return found


def answers(stack: LocalStack) -> list[Attendance]:
    with stack.services.uow() as uow:
        found = list(uow.session.scalars(select(Attendance).where(Attendance.answer.is_not(None))))
        uow.session.expunge_all()
        return found


def kept_payloads(stack: LocalStack) -> list[str]:
    """What the inbox still holds of what people wrote (a done entry keeps only its key)."""
    with stack.services.uow() as uow:
        return [p for p in uow.session.scalars(select(InboxEntry.payload)) if p]


def test_a_point_by_email_is_taken_and_receipted_by_email(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    reply_to = summoned_eva(stack, inbox)
    before = len(inbox.to(EVA))
    sent = written(
        f"Eva Ek <{EVA}>",
        reply_to,
        "Hörslinga i stora salen",
        "Det behövs en hörslinga, jag hör dåligt där.\n\n-- \nEva Ek\nRSMH Väst\n",
    )
    dovecot.deliver(sent)
    assert read(stack) == 1
    [point] = points(stack)
    assert point.title == "Hörslinga i stora salen"
    assert point.description == "Det behövs en hörslinga, jag hör dåligt där."
    assert point.submitter_id == eva(stack).id
    [receipt] = inbox.to(EVA)[before:]
    assert text_of(receipt).startswith(
        "Tack! Din punkt Hörslinga i stora salen står på dagordningen för"
    )
    assert receipt["Reply-To"].addresses[0].addr_spec.startswith("radet+")
    [link] = PAGE_LINK.findall(text_of(receipt))  # her own link to the member page
    assert f'<a href="{link}">' in text_of(receipt, "text/html")
    # A reply to hers: her mail program shows it under what she wrote; a program's answer
    # (RFC 3834), so her own out-of-office does not answer it.
    assert receipt["Subject"] == "Re: Hörslinga i stora salen"
    assert receipt["In-Reply-To"] == receipt["References"] == message_id_of(sent)
    assert receipt["Auto-Submitted"] == "auto-replied"
    assert dovecot.unread() == 0
    assert kept_payloads(stack) == []


def test_a_member_asking_for_help_by_email_is_told_how_email_works(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    reply_to = summoned_eva(stack, inbox)
    before = len(inbox.to(EVA))
    dovecot.deliver(written(EVA, reply_to, "Hjälp?", ""))
    read(stack)
    [told] = inbox.to(EVA)[before:]
    assert told["Subject"] == "Re: Hjälp?"
    assert "skriv ett nytt mejl till radet@example.org" in text_of(told)
    assert PAGE_LINK.search(text_of(told))
    assert points(stack) == [] and answers(stack) == []


def test_a_reply_kommer_inte_sjuk_is_an_apology_with_its_reason_receipted_by_email(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    reply_to = summoned_eva(stack, inbox)
    before = len(inbox.to(EVA))
    dovecot.deliver(
        written(
            EVA,
            reply_to,
            "Sv: Kallelse till stormöte",
            "Kommer inte – sjuk\n\nSkickat från min iPhone\n\n"
            "Den mån 30 nov. 2026 kl. 10:00 skrev Brukarrådet Psykiatri Väst <\n"
            f"{reply_to}>:\n> Välkommen till stormöte torsdag 11 mars\n> kommer\n",
        )
    )
    read(stack)
    [answer] = answers(stack)
    assert answer.person_id == eva(stack).id
    assert (answer.answer, answer.answer_reason) == ("kommer inte", "sjuk")
    [receipt, *_] = inbox.to(EVA)[before:]
    assert text_of(receipt).startswith(
        "Tack för att du säger till. Du är anmäld som frånvarande från"
    )
    assert PAGE_LINK.search(text_of(receipt))
    assert points(stack) == []


def test_another_reply_changes_the_answer_and_words_that_would_not_work_are_explained(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    reply_to = summoned_eva(stack, inbox)
    dovecot.deliver(written(EVA, reply_to, "Re: Kallelse", "Ja, jag kommer gärna!\n"))
    read(stack)
    [answer] = answers(stack)
    assert (answer.answer, answer.answer_reason) == ("kommer", None)
    before = len(inbox.to(EVA))
    dovecot.deliver(written(EVA, reply_to, "Re: Kallelse", "Kommer inte nr 999\n"))
    read(stack)
    [told] = inbox.to(EVA)[before:]
    assert "kommande möte med kallelse" in text_of(told)
    assert [a.answer for a in answers(stack)] == ["kommer"]


def test_a_spoofed_sender_gets_one_polite_answer_and_nothing_is_stored(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    summoned_eva(stack, inbox)
    forged = [
        # Eva's address, but not to her reply address and with no server's word for it
        written(EVA, OWN, "Punkt: Sänk arvodet", "Sänk allas arvode."),
        # a made-up reply token
        written(EVA, "radet+" + "0" * 40 + "@example.org", "Kommer inte", "Kommer inte"),
        # an Authentication-Results header of the sender's own making
        written(
            EVA,
            OWN,
            "Punkt: Sänk arvodet",
            "Sänk allas arvode.",
            Authentication_Results="mx.evil.example; dmarc=pass header.from=example.org",
        ),
    ]
    for raw in forged:
        dovecot.deliver(raw)
    dovecot.deliver(written("okand@example.com", OWN, "Hej", "Vill vara med."))
    dovecot.deliver(written("okand@example.com", OWN, "Hej igen", "Vill fortfarande vara med."))
    before = {address: len(inbox.to(address)) for address in (EVA, "okand@example.com")}
    read(stack)
    assert points(stack) == [] and answers(stack) == []
    assert kept_payloads(stack) == []
    for address, count in before.items():
        [answer] = inbox.to(address)[count:]  # one each, however many they sent today
        assert answer["Auto-Submitted"] == "auto-replied"
        assert "har inte sparats" in text_of(answer)
    assert dovecot.unread() == 0


def test_a_sender_the_receiving_server_vouches_for_is_taken(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    summoned_eva(stack, inbox)
    dovecot.deliver(
        written(
            EVA,
            OWN,
            "Punkt: Parkering vid entrén",
            "Det är svårt att parkera.",
            Authentication_Results=f"{AUTHSERV}; spf=pass smtp.mailfrom=eva@example.org; "
            "dmarc=pass header.from=example.org",
        )
    )
    read(stack)
    assert [p.title for p in points(stack)] == ["Parkering vid entrén"]


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"X_Autoreply": "yes"},
        {"Precedence": "bulk"},
        {"Subject": "Automatiskt svar: Kallelse till stormöte"},
        {"Subject": "Autosvar: Kallelse"},
        {"Subject": "Out of Office: Kallelse"},
    ],
)
def test_an_automatic_answer_is_never_answered_nor_taken(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot, headers: dict[str, str]
) -> None:
    reply_to = summoned_eva(stack, inbox)
    subject = headers.pop("Subject", "Sv: Kallelse")
    for sender, to in ((EVA, reply_to), ("okand@example.com", OWN)):
        dovecot.deliver(written(sender, to, subject, "Jag är ledig till 1 april.", **headers))
    sent = len(inbox.received)
    read(stack)
    assert len(inbox.received) == sent
    assert points(stack) == [] and answers(stack) == []
    assert dovecot.unread() == 0


def bounce(address: str) -> bytes:
    """A delivery status report (RFC 3464): mail to `address` failed for good."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
        f"To: {OWN}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: {make_msgid(domain='mx.example.org')}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {address}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--b--\r\n"
    ).encode()


def test_a_bounce_is_never_answered_and_the_officers_see_the_address_fails(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    summoned_eva(stack, inbox)
    dovecot.deliver(bounce(EVA))
    sent = len(inbox.received)
    read(stack)
    assert len(inbox.received) == sent
    log = say(stack, OLLE, RAD, "/brukarrad", "logg")  # the chair reads it
    assert "fick tillbaka e-post till Eva Ek" in log


def test_our_own_mail_coming_back_is_never_answered(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    summoned_eva(stack, inbox)
    for _, ours in list(inbox.received):
        dovecot.deliver(bytes(ours))  # a forward or a list sending our mail back to us
    sent = len(inbox.received)
    read(stack)
    assert len(inbox.received) == sent
    assert points(stack) == [] and answers(stack) == []


def test_a_message_fetched_again_after_a_crash_has_no_second_effect(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    reply_to = summoned_eva(stack, inbox)
    first = written(EVA, reply_to, "Fika efter mötet", "Kan vi ha fika?")
    second = written(EVA, reply_to, "Punkt: Tolk vid besök", "")
    dovecot.deliver(first)
    dovecot.deliver(second)
    found = mail_in(stack)
    # The process dies after storing each message, before marking it read on the server: the
    # first had its effect, the second had not even begun.
    assert found.intake.take(first)
    assert stack.services.inbox.take_in(mail_key(second), LISTENER, second.decode("latin-1"))
    before = len(inbox.to(EVA))
    assert read(stack) == 2  # fetched again
    assert [p.title for p in points(stack)] == ["Fika efter mötet"]
    # The next process takes the second over once the dead one's claim has run out.
    later = stack.clock.now() + timedelta(minutes=2)
    chat = replay(stack.app)
    stack.services.inbox.drain(replay_by_listener(found.intake, chat), now=later)
    stack.tick(later)
    assert [p.title for p in points(stack)] == ["Fika efter mötet", "Tolk vid besök"]
    receipts = [m for m in inbox.to(EVA)[before:] if "Tack! Din punkt" in text_of(m)]
    assert len(receipts) == 2
    assert dovecot.unread() == 0 and kept_payloads(stack) == []


def _watched(
    stack: LocalStack, dovecot: Dovecot, poll: timedelta, renew: timedelta = timedelta(hours=1)
) -> list[str]:
    """The worker's watcher on the mailbox while two mails come, one after the other: the
    titles of the points they made, in the order taken."""
    found = mail_in(stack)
    taken = threading.Event()

    def take(raw: bytes) -> object:
        done = found.intake.take(raw)
        taken.set()
        return done

    stop = start_watching(found.mailbox, take, poll=poll, renew=renew)
    try:
        for title in ("Fika efter mötet", "Tolk vid besök"):
            taken.clear()
            dovecot.deliver(written(EVA, OWN, title, "", Authentication_Results=VOUCHED))
            assert taken.wait(30), f"{title} was not read"
    finally:
        stop()
    return [p.title for p in points(stack)]


def test_the_worker_reads_mail_as_it_comes_in_idle(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    summoned_eva(stack, inbox)
    # In IDLE the server says when mail comes (polling would wait an hour here); IDLE begun
    # again every two seconds finds one that landed just as it began, unannounced.
    assert _watched(stack, dovecot, poll=timedelta(hours=1), renew=timedelta(seconds=2)) == [
        "Fika efter mötet",
        "Tolk vid besök",
    ]


@pytest.fixture
def without_idle() -> Iterator[Dovecot]:
    yield from running_dovecot(idle=False)


def test_without_idle_the_worker_looks_again_and_again(
    tmp_path: Path,
    _sqlite_template: SqliteTemplate,
    clock: ManualClock,
    inbox: Inbox,
    without_idle: Dovecot,
) -> None:
    database = _sqlite_template.fresh(tmp_path / "polled.db")
    for stack in stack_reading(database, clock, inbox, without_idle):
        summoned_eva(stack, inbox)
        titles = _watched(stack, without_idle, poll=timedelta(milliseconds=200))
        assert titles == ["Fika efter mötet", "Tolk vid besök"]


def test_a_tick_reads_the_mailbox_and_sends_the_receipts(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply_to = summoned_eva(stack, inbox)
    dovecot.deliver(written(EVA, reply_to, "Re: Kallelse", "kommer"))
    settings = stack.services.settings
    assert settings.smtp_url and settings.mail_from and settings.imap_url
    for name, value in {
        "DATABASE_URL": settings.database_url,
        "SLACK_BOT_TOKEN": stack.slack.bot_token,
        "SLACK_API_URL": stack.slack.api_url,
        "SMTP_URL": settings.smtp_url,
        "MAIL_FROM": settings.mail_from,
        "IMAP_URL": settings.imap_url,
    }.items():
        monkeypatch.setenv(name, value)
    before = len(inbox.to(EVA))
    assert main(["tick", "--now", stack.clock.now().isoformat()]) == 0
    [answer] = answers(stack)
    assert answer.answer == "kommer"
    [receipt] = inbox.to(EVA)[before:]
    assert text_of(receipt).startswith("Tack! Du är anmäld till")


def test_a_point_and_an_answer_by_email_go_through_the_meeting_to_the_outcome_by_email(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot, clock: ManualClock
) -> None:
    """Issue 19's cycle with email both ways: Eva (email only) writes a point to the council's
    address, it is on the kallelse she gets, she answers it by replying while a chat member
    answers in the chat, the meeting decides on her point, and the published minutes tell
    her the outcome by email."""
    confirm(stack, add_eva(stack, inbox))
    plan(stack, DECEMBER)
    dovecot.deliver(
        written(EVA, OWN, "Tolk vid besök", "Vi behöver tolk.", Authentication_Results=VOUCHED)
    )
    read(stack)
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    stack.tick(clock.now())
    [kallelse] = [m for m in inbox.to(EVA) if m["Subject"].startswith("Kallelse: stormöte")]
    assert "Tolk vid besök" in text_of(kallelse)
    reply_to = kallelse["Reply-To"].addresses[0].addr_spec
    dovecot.deliver(written(EVA, reply_to, f"Sv: {kallelse['Subject']}", "Kommer!\n\n> Kallelse"))
    say(stack, LINA, RAD, "/narvaro", "kommer inte sjuk")
    read(stack)
    assert sorted((a.answer, a.answer_reason) for a in answers(stack)) == [
        ("kommer", None),
        ("kommer inte", "sjuk"),
    ]

    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    say(stack, SARA, RAD, "/protokoll", "punkt 5")
    say(stack, SARA, RAD, "/protokoll", "beslut: Verksamheten ordnar tolk vid besök.")
    clock.set(AFTER)
    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    assert "publicerat" in say(stack, SARA, RAD, "/protokoll", "publicera")
    stack.tick(AFTER)
    [outcome] = [m for m in inbox.to(EVA) if m["Subject"].startswith("Din punkt")]
    assert "Tolk vid besök" in text_of(outcome)
    assert "Verksamheten ordnar tolk vid besök." in text_of(outcome)


NEW_EVA = "eva.ek@example.net"


def test_a_hard_bounce_stops_mail_to_the_address_until_a_new_one_is_confirmed(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot, clock: ManualClock
) -> None:
    """Mail to Eva's address comes back: nothing more is sent to it, each officer is told
    once (however many reports come), `/brukarrad visa` and her member page say so; the new
    address an officer gives is confirmed by its link, and then mail reaches her again."""
    page = confirm(stack, add_eva(stack, inbox))
    eva_id = eva(stack).id
    plan(stack, DECEMBER)
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    stack.tick(clock.now())
    for _ in range(2):  # two letters came back
        dovecot.deliver(bounce(EVA))
    read(stack)
    for officer in (SARA, OLLE):
        told = [m["text"] for m in dms(stack, officer) if "kommer tillbaka" in m["text"]]
        assert len(told) == 1 and EVA in told[0] and "Eva Ek" in told[0]
    assert "• Eva Ek – ledamot _(e-post till adressen kommer tillbaka)_" in say(
        stack, SARA, RAD, "/brukarrad", "visa"
    )
    assert f"Mejl till {EVA} kommer tillbaka" in page.get("/m/").get_data(as_text=True)

    sent = len(inbox.to(EVA))
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # "are you coming?" is due
    assert len(inbox.to(EVA)) == sent
    with stack.services.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.person_id == eva_id))
        assert "address_failing" in {row.last_error for row in rows}
    dovecot.deliver(bounce(EVA))  # a late report: nobody is told again
    read(stack)
    assert sum("kommer tillbaka" in m["text"] for m in dms(stack, SARA)) == 1

    say(stack, SARA, RAD, "/brukarrad", f'ledamot e-post {NEW_EVA} ledamot "RSMH Väst" Eva Ek')
    [asked] = inbox.to(NEW_EVA)
    [link] = CONFIRM_LINK.findall(text_of(asked))
    assert "kommer tillbaka" in say(stack, SARA, RAD, "/brukarrad", "visa")  # not confirmed yet
    confirm(stack, link)
    assert "kommer tillbaka" not in say(stack, SARA, RAD, "/brukarrad", "visa")
    assert "kommer tillbaka" not in page.get("/m/").get_data(as_text=True)
    with stack.services.uow() as uow:
        readdressed = uow.people.with_email(NEW_EVA)
        assert readdressed is not None and readdressed.id == eva_id  # the same member
    stack.tick(datetime(2026, 12, 3, 9, 0, tzinfo=STOCKHOLM))  # the meeting is today
    assert len(inbox.to(NEW_EVA)) > 1 and len(inbox.to(EVA)) == sent


EMIL = "emil@example.org"


def test_an_ersattare_by_email_says_yes_to_going_by_replying_to_the_question(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    """Lina cannot come; Emil, her förening's ersättare with no chat account, is asked by
    email and replies "Ja, jag kan gå": he goes in her place, she is told, he gets the
    receipt a chat ersättare reads after pressing the button."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", f'ledamot e-post {EMIL} ersättare "Attention" Emil Berg')
    confirm(stack, CONFIRM_LINK.findall(text_of(inbox.to(EMIL)[0]))[0])
    meeting_id = plan(stack, DECEMBER)
    send_kallelse(stack, SARA)
    say(stack, LINA, RAD, "/narvaro", "kommer inte sjuk")
    stack.tick(stack.clock.now())
    [ask] = [m for m in inbox.to(EMIL) if "Kan du gå i stället?" in text_of(m)]
    reply_to = ask["Reply-To"].addresses[0].addr_spec
    before = len(inbox.to(EMIL))
    dovecot.deliver(written(EMIL, reply_to, f"Sv: {ask['Subject']}", "Ja, jag kan gå!\n\n> Hej!"))
    read(stack)
    [receipt] = inbox.to(EMIL)[before:]
    assert text_of(receipt).startswith("Tack! Du går i stället för Lina Lind på")
    assert receipt["Subject"] == f"Re: {ask['Subject']}"
    lina = [m["text"] for m in dms(stack, LINA)]
    assert sum("Emil Berg går i ditt ställe" in text for text in lina) == 1
    register = {row.person_id: row for row in answers_and_places(stack, meeting_id)}
    with stack.services.uow() as uow:
        emil = uow.people.with_email(EMIL)
        assert emil is not None
    assert register[emil.id].replaces_person_id == person_id(stack, LINA)


def answers_and_places(stack: LocalStack, meeting_id: int) -> list[Attendance]:
    with stack.services.uow() as uow:
        found = list(
            uow.session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
        )
        uow.session.expunge_all()
        return found


def test_the_tick_forgets_mail_taken_in_and_the_reply_addresses_that_expired(
    stack: LocalStack, inbox: Inbox, dovecot: Dovecot
) -> None:
    """What the mailbox brought is kept (as its key only) a day against a second fetch, then
    forgotten by the tick; a reply address that has expired is forgotten a month after."""
    reply_to = summoned_eva(stack, inbox)
    dovecot.deliver(written(EVA, reply_to, "Re: Kallelse", "kommer"))
    read(stack)
    with stack.services.uow() as uow:
        assert uow.session.scalars(select(InboxEntry).where(InboxEntry.listener == LISTENER)).all()
    stack.tick(stack.clock.now() + timedelta(days=1, minutes=1))
    with stack.services.uow() as uow:
        assert not uow.session.scalars(select(InboxEntry)).all()
    token = reply_to.split("+", 1)[1].split("@", 1)[0]
    later = stack.clock.now() + REPLY_LIFETIME + KEPT_AFTER_EXPIRY + timedelta(minutes=1)
    assert stack.tick(later).links_pruned > 0
    with stack.services.uow() as uow:
        assert uow.member_links.by_hash(token_hash(token)) is None
