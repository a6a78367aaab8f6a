"""The kallelse by email, against a real SMTP server the test starts (aiosmtpd): a readable
text and HTML body, and an iCalendar invitation that moves with the meeting and is withdrawn
when it is cancelled."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage
from tests.conftest import NOW
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say
from tests.e2e.smtp_inbox import USER, Inbox

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def stack(mail_stack: LocalStack) -> LocalStack:
    return mail_stack


def _send_kallelse(stack: LocalStack) -> int:
    answer = say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16 i Stora salen")
    meeting_id = int(answer.split("(nr ")[1].split(")")[0])
    say(stack, ANNA, RAD, "/punkt", "Väntetider till läkare")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    assert preview.reply_ts and "får den också med e-post" in str(preview.answer)
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    return meeting_id


def _part(message: EmailMessage, content_type: str) -> EmailMessage:
    found = [p for p in message.walk() if p.get_content_type() == content_type]
    assert found, f"no {content_type} part"
    part = found[0]
    assert isinstance(part, EmailMessage)
    return part


def _text(message: EmailMessage, content_type: str = "text/plain") -> str:
    """A body part as text, with the line ends SMTP turned into CRLF made plain again."""
    return str(_part(message, content_type).get_content()).replace("\r\n", "\n")


def _calendar(message: EmailMessage) -> Calendar:
    part = _part(message, "text/calendar")
    calendar = Calendar.from_ical(part.get_content())
    assert part.get_param("method") == str(calendar["METHOD"])
    attached = _part(message, "application/ics")
    assert attached.get_filename() == "kallelse.ics"
    assert Calendar.from_ical(attached.get_content()).to_ical() == calendar.to_ical()
    return calendar


def test_members_with_an_address_get_the_kallelse_and_a_calendar_invitation(
    stack: LocalStack, inbox: Inbox
) -> None:
    council_with_members(stack)
    assert "Klart" in say(
        stack, ANNA, RAD, "/kallelse", "e-post <mailto:anna@example.org|anna@example.org>"
    )
    assert "Klart" in say(stack, SARA, RAD, "/kallelse", f"e-post <@{LINA}> lina@example.org")
    meeting_id = _send_kallelse(stack)

    assert sorted(rcpt[0] for rcpt, _ in inbox.received) == [
        "anna@example.org",
        "lina@example.org",
    ]
    assert inbox.logins == [USER]  # one connection for the whole kallelse
    [message] = inbox.to("anna@example.org")
    assert message["Subject"] == (
        "Kallelse: stormöte torsdag 3 december 2026 kl. 13.00–16.00 – Brukarrådet Psykiatri Väst"
    )
    [sender] = message["From"].addresses  # the council, at the bot's address
    assert (sender.display_name, sender.addr_spec) == (
        "Brukarrådet Psykiatri Väst",
        "radet@example.org",
    )
    text = _text(message)
    assert text.startswith("Hej Anna!\n\nKallelse till stormöte – Brukarrådet Psykiatri Väst")
    assert "5. Väntetider till läkare – Anna Andersson, RSMH Väst" in text
    html = _text(message, "text/html")
    assert "<li>Väntetider till läkare – <em>Anna Andersson, RSMH Väst</em>" in html

    calendar = _calendar(message)
    assert str(calendar["METHOD"]) == "REQUEST"
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Stockholm"
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"meeting-{meeting_id}.{stack.slack.team_id.lower()}@brukarbot"
    assert int(event["SEQUENCE"]) == 0
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 12, 3, 13, 0, tzinfo=STOCKHOLM)
    assert getattr(start.tzinfo, "key", None) == "Europe/Stockholm"
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTEND") == datetime(2026, 12, 3, 16, 0, tzinfo=STOCKHOLM)
    assert str(event["LOCATION"]) == "Stora salen"
    assert "Väntetider till läkare" in str(event["DESCRIPTION"])
    assert str(event["ATTENDEE"]) == "mailto:anna@example.org"
    assert str(event["ORGANIZER"]) == "mailto:radet@example.org"


def test_a_moved_meeting_updates_and_a_cancelled_one_withdraws_the_invitation(
    stack: LocalStack, inbox: Inbox
) -> None:
    council_with_members(stack)
    say(stack, ANNA, RAD, "/kallelse", "e-post anna@example.org")
    meeting_id = _send_kallelse(stack)
    [sent] = inbox.to("anna@example.org")
    uid = str(_calendar(sent).walk("VEVENT")[0]["UID"])

    say(stack, SARA, RAD, "/mote", f"flytta {meeting_id} fredag 4 december kl 9-12")
    moved = inbox.to("anna@example.org")[-1]
    assert moved["Subject"].startswith("Ny tid: stormöte fredag 4 december 2026")
    assert "Mötet har fått en ny tid" in _text(moved)
    calendar = _calendar(moved)
    [event] = calendar.walk("VEVENT")
    assert (str(calendar["METHOD"]), str(event["UID"]), int(event["SEQUENCE"])) == (
        "REQUEST",
        uid,
        1,
    )
    assert event.decoded("DTSTART") == datetime(2026, 12, 4, 9, 0, tzinfo=STOCKHOLM)

    say(stack, SARA, RAD, "/mote", f"ställ in {meeting_id}")
    cancelled = inbox.to("anna@example.org")[-1]
    assert cancelled["Subject"].startswith("Inställt: stormöte fredag 4 december 2026")
    assert "är inställt" in _text(cancelled)
    calendar = _calendar(cancelled)
    [event] = calendar.walk("VEVENT")
    assert (str(calendar["METHOD"]), str(event["UID"]), int(event["SEQUENCE"])) == (
        "CANCEL",
        uid,
        2,
    )
    assert str(event["STATUS"]) == "CANCELLED"
    assert len(inbox.to("anna@example.org")) == 3


def test_a_document_added_later_is_emailed_and_without_an_address_nothing_is(
    stack: LocalStack, inbox: Inbox
) -> None:
    council_with_members(stack)
    say(stack, ANNA, RAD, "/kallelse", "e-post anna@example.org")
    _send_kallelse(stack)
    answer = say(
        stack, SARA, RAD, "/kallelse", "underlag https://example.org/budget.pdf Budget 2027"
    )
    assert "med e-post till 1" in answer
    note = inbox.to("anna@example.org")[-1]
    assert note["Subject"].startswith("Nytt underlag: stormöte")
    body = note.get_body(("plain",))
    assert body is not None
    assert "Budget 2027 (https://example.org/budget.pdf)" in body.get_content()
    say(stack, ANNA, RAD, "/kallelse", "e-post ta bort")
    say(stack, SARA, RAD, "/kallelse", "underlag https://example.org/mer.pdf Mer")
    assert len(inbox.to("anna@example.org")) == 2


def _two_addresses(stack: LocalStack) -> None:
    """The cast, with Anna's and Lina's addresses."""
    council_with_members(stack)
    say(stack, ANNA, RAD, "/kallelse", "e-post <mailto:anna@example.org|anna@example.org>")
    say(stack, SARA, RAD, "/kallelse", f"e-post <@{LINA}> lina@example.org")


def test_an_email_the_mail_server_turns_away_is_sent_later_once_and_shows_in_status(
    stack: LocalStack, inbox: Inbox
) -> None:
    _two_addresses(stack)
    inbox.busy = 1  # the first kallelse email waits
    _send_kallelse(stack)
    assert len(inbox.received) == 1
    status = say(stack, SARA, RAD, "/kallelse", "status")
    assert status.count("(e-post skickad)") == 1 and status.count("(e-post väntar)") == 1
    stack.tick(NOW + timedelta(minutes=5))
    assert sorted(rcpt[0] for rcpt, _ in inbox.received) == [
        "anna@example.org",
        "lina@example.org",
    ]
    status = say(stack, SARA, RAD, "/kallelse", "status")
    assert "Anna Andersson (e-post skickad)" in status
    assert "Lina Lind (e-post skickad)" in status
    assert stack.driver.app_home_opened(SARA).ok
    assert "E-post skickad till 2." in json.dumps(stack.slack.home_views[SARA], ensure_ascii=False)
    # Each row names the channel it went on.
    with stack.services.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "kallelse"))
        via = {row.idempotency_key.split(":")[0]: row.via for row in rows}
    assert via == {"mail": "email", "dm": "slack", "post": "slack"}


def test_a_cancellation_the_mail_server_turns_away_is_sent_later_once_and_not_to_the_removed(
    stack: LocalStack, inbox: Inbox
) -> None:
    _two_addresses(stack)
    meeting_id = _send_kallelse(stack)
    inbox.busy = 2  # both cancellations wait
    say(stack, SARA, RAD, "/mote", f"ställ in {meeting_id}")
    say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>")
    stack.tick(NOW + timedelta(minutes=5))
    [cancelled] = [m for m in inbox.to("anna@example.org") if "Inställt" in m["Subject"]]
    assert str(_calendar(cancelled)["METHOD"]) == "CANCEL"
    assert not [m for m in inbox.to("lina@example.org") if "Inställt" in m["Subject"]]
