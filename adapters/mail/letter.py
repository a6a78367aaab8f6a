"""A neutral message (bot.core.message) as an email to one person: plain text with an HTML
alternative that reads well on its own (its language, a title, real headings and lists, links
in words), opening with the person's first name when the message greets (the kallelse, the
minutes), ending with the person's own link to the member page, where the buttons a letter
cannot show are (a kallelse's answers, a justering): each goes there. A message that names
its sender (the council) is from that name at the bot's address.

A calendar in the message is an invitation, laid out as Google Calendar sends them: text/calendar
as one more alternative, and the same once more as an attachment (ICS_FILE) for clients that
only look there; the message's files are attached.

The subject is the message's summary, else its first line (past a greeting), so a reminder
reads as one in the list of mail.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from html import escape
from urllib.parse import urlencode

from adapters.mail.ics import Address, MeetingEvent, Method, invitation
from bot.core.message import (
    Actions,
    Attachment,
    Block,
    Calendar,
    Message,
    Paragraph,
    Section,
    Words,
)
from bot.core.outbox import message_id
from bot.core.ports.messenger import MailTo
from bot.core.texts.letters import as_html, as_plain
from bot.core.texts.render import Link, plain

ICS_FILE = "kallelse.ics"
GREETING = "mail.greeting"  # "Hej Anna!"
SUBJECT_LENGTH = 78
SENTENCES = re.compile(r"(?<=[.!?])\s+")


def _subject(text: str) -> str:
    """The first line, without a greeting of its own ("Hej!", "Hej Anna!"), cut to fit."""
    first = text.strip().split("\n", 1)[0].strip()
    sentences = SENTENCES.split(first, 1)
    if len(sentences) > 1 and sentences[0].endswith("!") and len(sentences[0].split()) <= 2:
        first = sentences[1]
    if len(first) <= SUBJECT_LENGTH:
        return first
    return first[: SUBJECT_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,.:;–-") + "…"


def _language(said: Message) -> str:
    for block in said.blocks:
        words = getattr(block, "words", None)
        if isinstance(words, Words):
            return words.lang
    return "sv"


def letter(
    said: Message, to: MailTo, *, sender: str, key: str, at: datetime | None
) -> EmailMessage:
    """The email that says `said` to `to`, from `sender` (by the message's sender's name when
    it has one: the council); its Message-ID made from the outbox `key`
    (bot.core.outbox.message_id)."""
    lang = _language(said)
    summary = said.summary
    subject = (
        plain(summary.key, summary.lang, **summary.params) if summary else _subject(as_plain(said))
    )
    said = _addressed(said, to, lang)
    message = EmailMessage()
    message["From"] = formataddr((said.sender, parseaddr(sender)[1])) if said.sender else sender
    message["To"] = formataddr((to.name, to.address))
    message["Subject"] = subject
    if at is not None:
        message["Date"] = format_datetime(at)
    message["Message-ID"] = message_id(key)
    message.set_content(as_plain(said) + "\n")
    message.add_alternative(html_document(lang, subject, as_html(said)), subtype="html")
    for calendar in said.parts(Calendar):
        _invite(message, calendar, to, sender, at or calendar.start)
    for file in said.parts(Attachment):
        main, sub = file.mimetype.split("/", 1)
        message.add_attachment(file.content, maintype=main, subtype=sub, filename=file.name)
    return message


def _addressed(said: Message, to: MailTo, lang: str) -> Message:
    """The message as a letter to `to`: opening with their first name when it greets, ending
    with their page link, each button with nowhere to go going to that page, where they can
    do the same."""
    blocks = list(said.blocks)
    first = to.name.split()[:1]
    if said.greets and first:
        blocks.insert(0, Paragraph(Words(GREETING, {"name": first[0]}, lang)))
    if to.answer_link is not None:
        blocks = [_answering(block, to.answer_link) for block in blocks]
    if to.page_link is not None:
        page = to.page_link
        blocks = [_to_page(block, page) for block in blocks]
        blocks.append(Paragraph(Words("mail.page_link", {"link": Link(page)}, lang)))
    return replace(said, blocks=tuple(blocks))


def _answering(block: Block, base: str) -> Block:
    """Each button of a group its own one-tap answer link: the person's link, and what the
    button answers (bot.members.answers)."""
    if not isinstance(block, Actions):
        return block
    return replace(
        block,
        actions=tuple(
            replace(a, url=a.url or f"{base}?{urlencode({'knapp': a.id, 'svar': a.value})}")
            for a in block.actions
        ),
    )


def _to_page(block: Block, page: str) -> Block:
    """A button with nowhere to go goes to the page, a group's or a section's."""
    if isinstance(block, Actions):
        return replace(block, actions=tuple(replace(a, url=a.url or page) for a in block.actions))
    if isinstance(block, Section) and block.action is not None:
        return replace(block, action=replace(block.action, url=block.action.url or page))
    return block


def _invite(
    message: EmailMessage, calendar: Calendar, to: MailTo, sender: str, at: datetime
) -> None:
    method = Method.CANCEL if calendar.cancelled else Method.REQUEST
    event = MeetingEvent(
        uid=calendar.uid,
        sequence=calendar.sequence,
        start=calendar.start,
        end=calendar.end,
        summary=calendar.summary,
        description=calendar.description,
        location=calendar.location,
        url=calendar.url,
    )
    ics = invitation(
        event,
        method,
        organizer=Address(sender, calendar.organizer),
        attendee=Address(to.address, to.name),
        now=at,
    ).decode("utf-8")
    message.add_alternative(ics, subtype="calendar", params={"method": method.value})
    message.add_attachment(
        ics.encode("utf-8"), maintype="application", subtype="ics", filename=ICS_FILE
    )


def html_document(lang: str, title: str, body: str) -> str:
    """An email's HTML part: its language and title declared, text large enough to read."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title></head>"
        '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5">\n'
        f"{body}\n</body></html>\n"
    )
