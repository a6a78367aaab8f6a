"""People's words as Slack sends them (`&amp;`, `&lt;`, `&gt;`, mentions, links) are kept as
they were typed (mentions and links as neutral tokens) and shown once encoded in every place:
Slack, email, the minutes' documents (bot/core/written.py)."""

from __future__ import annotations

import io
from datetime import datetime
from email.message import EmailMessage

import pytest
from docx import Document
from icalendar import Calendar
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    KARL,
    LINA,
    NILS,
    RAD,
    SARA,
    VERA,
    council_with_members,
    pick_council,
    say,
    shown,
)
from tests.e2e.smtp_inbox import Inbox

TITLE = "Parkering & tillgänglighet <2 platser>"
IN_SLACK = "Parkering &amp; tillgänglighet &lt;2 platser&gt;"  # encoded once for mrkdwn
TWICE = ("&amp;amp;", "&amp;lt;", "&amp;gt;")
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def stack(mail_stack: LocalStack) -> LocalStack:
    return mail_stack


def _meeting(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, ANNA, RAD, "/kallelse", "e-post <mailto:anna@example.org|anna@example.org>")
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16 i Stora salen")


def _send_point(stack: LocalStack, route: str, text: str) -> None:
    """Anna sends a point by /punkt, by punkt: in the channel, or by punkt: in a DM."""
    if route == "command":
        assert "Tack!" in say(stack, ANNA, RAD, "/punkt", text)
    else:
        channel = RAD if route == "channel" else stack.slack.dm_channel(ANNA)
        delivery = stack.driver.message(ANNA, channel, f"punkt: {text}")
        answers = [c.args for c in delivery.calls if c.method == "chat.postMessage"]
        assert delivery.ok and any("Tack!" in shown(a) for a in answers), answers


def _titles(stack: LocalStack) -> list[str]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(AgendaPoint.title).order_by(AgendaPoint.id)))


def _send_kallelse(stack: LocalStack) -> None:
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    assert preview.reply_ts is not None
    pressed = stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert pressed.ok, pressed


def _kallelse_in(stack: LocalStack, channel: str) -> str:
    found = [m for m in stack.slack.messages(channel) if m["text"].startswith("Kallelse: ")]
    return shown(found[-1])


def _part(message: EmailMessage, kind: str) -> str:
    [found] = [p for p in message.walk() if p.get_content_type() == kind]
    assert isinstance(found, EmailMessage)
    return str(found.get_content()).replace("\r\n", "\n")


def _mail_parts(message: EmailMessage) -> tuple[str, str]:
    return _part(message, "text/plain"), _part(message, "text/html")


@pytest.mark.parametrize("route", ["command", "channel", "dm"])
def test_a_point_with_and_and_angle_brackets_reads_as_written_everywhere(
    stack: LocalStack, inbox: Inbox, route: str
) -> None:
    _meeting(stack)
    _send_point(stack, route, TITLE)
    assert _titles(stack) == [TITLE]  # stored as typed, not as Slack sent it

    agenda = say(stack, LINA, RAD, "/dagordning")
    _send_kallelse(stack)
    in_channel = _kallelse_in(stack, RAD)
    in_dm = _kallelse_in(stack, stack.slack.dm_channel(LINA))
    for slack_text in (agenda, in_channel, in_dm):
        assert IN_SLACK in slack_text, slack_text
        assert not any(twice in slack_text for twice in TWICE), slack_text

    [mail] = inbox.to("anna@example.org")
    text, html = _mail_parts(mail)
    assert f"{TITLE} – Anna Andersson, RSMH Väst" in text
    assert "&amp;" not in text and "&lt;" not in text
    assert IN_SLACK in html and not any(twice in html for twice in TWICE)


def test_a_dm_point_for_one_of_two_councils_is_read_back_as_typed(stack: LocalStack) -> None:
    """The council picker reads the DM again (conversations.history, escaped like events)."""
    _meeting(stack)
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}> ledamot RSMH Väst")
    karl_dm = stack.slack.dm_channel(KARL)
    assert stack.driver.message(KARL, karl_dm, f"punkt: {TITLE}: om <@{VERA}>").ok
    pick_council(stack, KARL, "Psykiatri")
    assert _titles(stack) == [TITLE]
    with stack.services.uow() as uow:
        described = uow.session.scalar(select(AgendaPoint.description))
    assert described == f"om <person:slack:{VERA}|Vera Verksamhet>"  # named, neutral
    assert f"5. *{IN_SLACK}*" in say(stack, LINA, RAD, "/dagordning")


def test_the_kallelse_s_own_texts_are_decoded_once(stack: LocalStack, inbox: Inbox) -> None:
    """Typed "&amp;" stays "&amp;" (Slack sent "&amp;amp;"), and a link's address keeps its
    "&" in the place, the documents and the email."""
    council_with_members(stack)
    say(stack, ANNA, RAD, "/kallelse", "e-post <mailto:anna@example.org|anna@example.org>")
    meet = "https://meet.example/j?id=1&pw=2"
    say(stack, SARA, RAD, "/mote", f"stormöte torsdag 3 december kl 13-16 i <{meet}>")
    report = "https://example.org/r?a=1&b=2"
    for text in ("fika Kaffe & kaka – skrivs &amp; i HTML", f"underlag <{report}|R&D-rapport>"):
        assert "Klart" in say(stack, SARA, RAD, "/kallelse", text)
    _send_kallelse(stack)
    in_channel = _kallelse_in(stack, RAD)
    assert "Kaffe &amp; kaka – skrivs &amp;amp; i HTML" in in_channel
    assert f"<{report.replace('&', '&amp;')}|R&amp;D-rapport>" in in_channel
    assert meet.replace("&", "&amp;") in in_channel and "&amp;amp;pw" not in in_channel
    [mail] = inbox.to("anna@example.org")
    text, html = _mail_parts(mail)
    assert "Kaffe & kaka – skrivs &amp; i HTML" in text
    assert f"R&D-rapport ({report})" in text and meet in text
    assert f'<a href="{report.replace("&", "&amp;")}">R&amp;D-rapport</a>' in html


def test_a_message_made_a_point_by_the_shortcut_is_kept_as_typed(stack: LocalStack) -> None:
    """The shortcut's payload holds the message as Slack keeps it, escaped like events."""
    _meeting(stack)
    said = stack.driver.message(LINA, RAD, f"{TITLE} <@{VERA}>\nSe <https://example.org|här>")
    assert stack.driver.message_shortcut(ANNA, RAD, said.ts or "", "add_as_point").ok
    assert _titles(stack) == [f"{TITLE} <person:slack:{VERA}|Vera Verksamhet>"]
    with stack.services.uow() as uow:
        described = uow.session.scalar(select(AgendaPoint.description))
    assert described == (
        f"{TITLE} <person:slack:{VERA}|Vera Verksamhet>\nSe <link:https://example.org|här>"
    )
    assert f"5. *{IN_SLACK} <@{VERA}>*" in say(stack, LINA, RAD, "/dagordning")


def test_what_a_form_gets_is_not_decoded_as_slack_text(stack: LocalStack) -> None:
    """A form's values arrive as typed: "&amp;" written in the point form stays "&amp;"."""
    _meeting(stack)
    opened = stack.driver.command(ANNA, RAD, "/punkt")
    assert opened.ok
    view = stack.slack.open_view(ANNA)
    assert view is not None
    title_block = next(b["block_id"] for b in view["blocks"] if "title" in b.get("block_id", ""))
    submitted = stack.driver.view_submission(
        ANNA, view["id"], {title_block: {"value": "HTML: skriv &amp; för &"}}
    )
    assert submitted.ok and not submitted.body, submitted.body
    assert _titles(stack) == ["HTML: skriv &amp; för &"]
    assert "HTML: skriv &amp;amp; för &amp;" in say(stack, LINA, RAD, "/dagordning")


def _minutes_files(stack: LocalStack) -> tuple[str, str]:
    """The newest Markdown and DOCX of the minutes, as text."""
    files = list(stack.slack.files.values())
    markdown = [f for f in files if f["name"].endswith(".md")][-1]["content"].decode()
    docx = [f for f in files if f["name"].endswith(".docx")][-1]["content"]
    paragraphs = Document(io.BytesIO(docx)).paragraphs
    return markdown, "\n".join(p.text for p in paragraphs)


def test_minutes_keep_and_and_angle_brackets_as_written(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    _meeting(stack)
    _send_point(stack, "channel", TITLE)
    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    root = stack.slack.messages(RAD)[-1]
    for line in ("punkt 5", "beslut: Skyltar & ramper <före jul>"):
        assert stack.driver.message(SARA, RAD, line, thread_ts=root["ts"]).ok
    clock.set(AFTER)
    assert "publicerat i kanalen" in say(stack, SARA, RAD, "/protokoll", "publicera")

    posted = [m for m in stack.slack.messages(RAD) if m["text"].startswith("Protokoll")][-1]
    published = shown(posted)
    assert IN_SLACK in published
    assert "Beslut: Skyltar &amp; ramper &lt;före jul&gt;" in published
    assert not any(twice in published for twice in TWICE)
    markdown, docx = _minutes_files(stack)
    assert "Beslut: Skyltar & ramper \\<före jul\\>" in markdown and "&amp;" not in markdown
    assert TITLE in docx and "Beslut: Skyltar & ramper <före jul>" in docx
    assert "&amp;" not in docx and "&lt;" not in docx
    [mail] = [m for m in inbox.to("anna@example.org") if "Protokoll" in str(m["Subject"])]
    body = str(mail.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert "Skyltar & ramper" in body and "&amp;" not in body


MENTIONS = (
    f"Fråga <@{VERA}> och <@{NILS}> om <https://example.org/r?a=1&b=2|rapporten & bilagan>"
    f" (se <#{RAD}|brukarrad>)"
)


def _dagordning_line(stack: LocalStack) -> str:
    return next(
        line for line in say(stack, LINA, RAD, "/dagordning").splitlines() if "Fråga" in line
    )


def test_mentions_and_links_in_a_point_are_slack_s_in_slack_and_words_elsewhere(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    """In Slack a mention stays a mention and a link a link; in email and the minutes'
    documents the person is named (a member, Vera, and someone the council does not know,
    Nils, named by Slack) and the link reads "label (address)"."""
    _meeting(stack)
    _send_point(stack, "channel", MENTIONS)

    link = "<https://example.org/r?a=1&amp;b=2|rapporten &amp; bilagan>"
    in_slack = f"Fråga <@{VERA}> och <@{NILS}> om {link} (se <#{RAD}|brukarrad>)"
    assert in_slack in _dagordning_line(stack)
    _send_kallelse(stack)
    assert in_slack in _kallelse_in(stack, RAD)
    assert in_slack in _kallelse_in(stack, stack.slack.dm_channel(LINA))

    in_words = (
        "Fråga Vera Verksamhet och Nils Nilsson om rapporten & bilagan "
        "(https://example.org/r?a=1&b=2) (se #brukarrad)"
    )
    [mail] = inbox.to("anna@example.org")
    text, html = _mail_parts(mail)
    assert in_words in text and "<@" not in text
    assert in_words.replace("&", "&amp;") in html and "&lt;@" not in html
    [event] = Calendar.from_ical(_part(mail, "text/calendar")).walk("VEVENT")
    assert in_words in str(event["DESCRIPTION"])

    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    clock.set(DURING)
    kallelse = next(m for m in stack.slack.messages(RAD) if m["text"].startswith("Kallelse"))
    line = f"beslut: <@{ANNA}> skickar <https://example.org/s|svaret> till <@{NILS}>"
    for written in ("punkt 5", line):  # in the kallelse's thread
        assert stack.driver.message(SARA, RAD, written, thread_ts=kallelse["ts"]).ok
    clock.set(AFTER)
    say(stack, SARA, RAD, "/protokoll", "publicera")
    decision = "Beslut: Anna Andersson skickar svaret (https://example.org/s) till Nils Nilsson"
    posted = [m for m in stack.slack.messages(RAD) if m["text"].startswith("Protokoll")][-1]
    assert in_slack in shown(posted) and decision in shown(posted)
    markdown, docx = _minutes_files(stack)
    assert in_words in docx and decision in docx
    assert "Vera Verksamhet och Nils Nilsson om rapporten & bilagan" in markdown
