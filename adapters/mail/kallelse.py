"""The kallelse as email: plain text and HTML that read well on their own, with a calendar
invitation (adapters.mail.ics) that updates when the meeting moves and is withdrawn when it is off.

Laid out as Google Calendar sends invitations: text, HTML and text/calendar as alternatives,
and the same calendar once more as an attachment for clients that only look there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from html import escape

from adapters.mail.ics import Address, MeetingEvent, Method
from adapters.mail.ics import invitation as calendar_invitation
from bot.core.texts import Ref
from bot.core.texts.render import HTML, PLAIN, html, plain, said
from bot.core.when import format_when
from bot.core.written import readable
from bot.kallelse.content import (
    DocumentInfo,
    Item,
    Kallelse,
    Named,
    Recipient,
    Value,
    calendar_uid,
    facts,
    heading,
    kind_word,
    meeting_phrase,
    practical,
)

ICS_FILE = "kallelse.ics"
Words = Callable[..., str]  # a catalogue message for the part being written: plain or html


# -- plain text --------------------------------------------------------------------------


def _plain(value: Value, lang: str) -> str:
    if isinstance(value, Named):
        return value.name
    if isinstance(value, DocumentInfo):
        return value.url if value.title == value.url else f"{value.title}: {value.url}"
    return said(PLAIN, value, lang)


def agenda_text(kallelse: Kallelse) -> str:
    """The agenda and the documents, as the calendar event's description."""
    lang = kallelse.lang
    lines = [plain("kallelse.agenda", lang)]
    for item in kallelse.agenda:
        text = said(PLAIN, item.title, lang)
        if item.by:
            text += f" – {said(PLAIN, item.by, lang)}"
        if item.attachment is not None:
            text += f" ({plain(item.attachment.label, lang)}: {item.attachment.link})"
        lines.append(f"{item.number}. {text}" if item.number else f"   • {text}")
    if kallelse.documents:
        lines += ["", plain("kallelse.documents", lang)]
        lines += [f"• {_plain(d, lang)}" for d in kallelse.documents]
    return "\n".join(lines)


def _greeting(recipient: Recipient, lang: str, words: Words) -> str:
    return words("kallelse.mail.greeting", lang, name=recipient.name.split()[0])


def _contact(kallelse: Kallelse) -> str | Ref:
    contact = kallelse.contact
    return contact.name if contact else Ref("kallelse.the_secretary")


def _closing(kallelse: Kallelse, recipient: Recipient, words: Words) -> list[str]:
    lang = kallelse.lang
    if recipient.answers:
        first = words("kallelse.mail.answer", lang, contact=_contact(kallelse))
    else:
        first = words("kallelse.footer.substitute", lang)
    return [first, words("kallelse.mail.calendar", lang)]


def plain_text(kallelse: Kallelse, recipient: Recipient, *, moved: bool = False) -> str:
    lang = kallelse.lang
    parts = [_greeting(recipient, lang, plain)]
    if moved:
        parts.append(plain("kallelse.mail.moved", lang))
    rows = [f"{plain(k, lang)}: {_plain(v, lang)}" for k, v in facts(kallelse)]
    parts += [plain(heading(kallelse), lang), "\n".join(rows)]
    parts.append(agenda_text(kallelse))
    if practical(kallelse):
        lines = [f"{plain(k, lang)}: {readable(v)}" for k, v in practical(kallelse)]
        parts.append("\n".join([plain("kallelse.practical", lang), *lines]))
    if kallelse.preparation:
        parts.append(f"{plain('kallelse.preparation', lang)}\n{readable(kallelse.preparation)}")
    if kallelse.glossary:
        lines = [f"{g.abbreviation} – {readable(g.meaning)}" for g in kallelse.glossary]
        parts.append("\n".join([plain("kallelse.glossary", lang), *lines]))
    parts.append("\n".join(_closing(kallelse, recipient, plain)))
    return "\n\n".join(parts) + "\n"


# -- HTML --------------------------------------------------------------------------------


def _html(written: str) -> str:
    """People's words in HTML: their mentions and links in words (bot/core/written.py)."""
    return escape(readable(written))


def html_value(value: Value, lang: str) -> str:
    """A fact's value in HTML (also the member page's): a person by name, a document or a
    meeting link as a link, words as they read."""
    if isinstance(value, Named):
        return escape(value.name)
    if isinstance(value, DocumentInfo):
        return f'<a href="{escape(value.url)}">{escape(value.title)}</a>'
    return said(HTML, value, lang)


def html_item(item: Item, lang: str) -> str:
    """An agenda line in HTML (also the member page's): its title, who raised it, its file."""
    text = said(HTML, item.title, lang)
    if item.by:
        text += f" – {said(HTML, item.by, lang)}"
    if item.attachment is not None:
        label = html(item.attachment.label, lang)
        text += f' (<a href="{escape(item.attachment.link)}">{label}</a>)'
    return text


def _html_agenda(kallelse: Kallelse) -> str:
    lang = kallelse.lang
    out: list[str] = []
    open_sub = False
    for item in kallelse.agenda:
        text = html_item(item, lang)
        if item.number is None:
            if not open_sub:
                out.append("<ul>")
            out.append(f"<li>{text}</li>")
            open_sub = True
            continue
        if out:
            out.append("</ul></li>" if open_sub else "</li>")
        out.append(f"<li>{text}")
        open_sub = False
    if out:
        out.append("</ul></li>" if open_sub else "</li>")
    return "<ol>" + "".join(out) + "</ol>"


def html_text(kallelse: Kallelse, recipient: Recipient, *, moved: bool = False) -> str:
    lang = kallelse.lang
    body = [f"<p>{_greeting(recipient, lang, html)}</p>"]
    if moved:
        body.append(f"<p><strong>{html('kallelse.mail.moved', lang)}</strong></p>")
    body.append(f"<h1>{html(heading(kallelse), lang)}</h1>")
    rows = "<br>".join(
        f"<strong>{html(k, lang)}:</strong> {html_value(v, lang)}" for k, v in facts(kallelse)
    )
    body.append(f"<p>{rows}</p>")
    body += [f"<h2>{html('kallelse.agenda', lang)}</h2>", _html_agenda(kallelse)]
    if kallelse.documents:
        items = "".join(f"<li>{html_value(d, lang)}</li>" for d in kallelse.documents)
        body += [f"<h2>{html('kallelse.documents', lang)}</h2>", f"<ul>{items}</ul>"]
    if practical(kallelse):
        rows = "<br>".join(
            f"<strong>{html(k, lang)}:</strong> {_html(v)}" for k, v in practical(kallelse)
        )
        body += [f"<h2>{html('kallelse.practical', lang)}</h2>", f"<p>{rows}</p>"]
    if kallelse.preparation:
        body += [
            f"<h2>{html('kallelse.preparation', lang)}</h2>",
            f"<p>{_html(kallelse.preparation)}</p>",
        ]
    if kallelse.glossary:
        terms = "".join(
            f"<dt>{escape(g.abbreviation)}</dt><dd>{_html(g.meaning)}</dd>"
            for g in kallelse.glossary
        )
        body += [f"<h2>{html('kallelse.glossary', lang)}</h2>", f"<dl>{terms}</dl>"]
    body += [f"<p>{line}</p>" for line in _closing(kallelse, recipient, html)]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>'
        '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5">'
        + "\n".join(body)
        + "</body></html>\n"
    )


# -- messages ----------------------------------------------------------------------------


def _message(
    kallelse: Kallelse, recipient: Recipient, sender: str, subject: str, now: datetime
) -> EmailMessage:
    assert recipient.email is not None
    message = EmailMessage()
    message["From"] = formataddr((kallelse.council_name, sender))
    message["To"] = formataddr((recipient.name, recipient.email))
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="brukarbot")
    return message


def _subject(kallelse: Kallelse, key: str) -> str:
    return plain(
        key,
        kallelse.lang,
        kind=kind_word(kallelse),
        when=format_when(kallelse.meeting.when, lang=kallelse.lang),
        council=kallelse.council_name,
    )


def _calendar(
    kallelse: Kallelse, recipient: Recipient, sender: str, method: Method, now: datetime
) -> str:
    assert recipient.email is not None
    meeting = kallelse.meeting
    event = MeetingEvent(
        uid=calendar_uid(kallelse),
        sequence=kallelse.sequence,
        start=meeting.when.start,
        end=meeting.when.end,
        summary=plain(heading(kallelse), kallelse.lang),
        description=agenda_text(kallelse),
        location=meeting.place,
        url=kallelse.link,
    )
    return calendar_invitation(
        event,
        method,
        organizer=Address(sender, kallelse.council_name),
        attendee=Address(recipient.email, recipient.name),
        now=now,
    ).decode("utf-8")


def _attach_calendar(message: EmailMessage, calendar: str, method: Method) -> None:
    params = {"method": method.value}
    message.add_alternative(calendar, subtype="calendar", params=params)
    message.add_attachment(
        calendar.encode("utf-8"), maintype="application", subtype="ics", filename=ICS_FILE
    )


def invitation(
    kallelse: Kallelse, recipient: Recipient, sender: str, *, now: datetime, moved: bool = False
) -> EmailMessage:
    """The kallelse with its invitation; `moved`: the same meeting at its new time."""
    key = "kallelse.mail.moved_subject" if moved else "kallelse.mail.subject"
    message = _message(kallelse, recipient, sender, _subject(kallelse, key), now)
    message.set_content(plain_text(kallelse, recipient, moved=moved))
    message.add_alternative(html_text(kallelse, recipient, moved=moved), subtype="html")
    calendar = _calendar(kallelse, recipient, sender, Method.REQUEST, now)
    _attach_calendar(message, calendar, Method.REQUEST)
    return message


def cancellation(
    kallelse: Kallelse, recipient: Recipient, sender: str, *, now: datetime
) -> EmailMessage:
    """The meeting is off: a short note, and the CANCEL that takes it out of the calendar."""
    lang = kallelse.lang
    message = _message(
        kallelse, recipient, sender, _subject(kallelse, "kallelse.mail.cancel_subject"), now
    )
    text = plain(
        "kallelse.mail.cancel_body",
        lang,
        meeting=meeting_phrase(kallelse),
        council=kallelse.council_name,
        contact=_contact(kallelse),
    )
    body = f"{_greeting(recipient, lang, plain)}\n\n{text}\n"
    message.set_content(body)
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.strip().split("\n\n"))
    message.add_alternative(
        f"<!DOCTYPE html>\n<html><body>{paragraphs}</body></html>\n", subtype="html"
    )
    _attach_calendar(
        message, _calendar(kallelse, recipient, sender, Method.CANCEL, now), Method.CANCEL
    )
    return message


def document_added(
    kallelse: Kallelse,
    document: DocumentInfo,
    recipient: Recipient,
    sender: str,
    *,
    now: datetime,
) -> EmailMessage:
    lang = kallelse.lang
    message = _message(
        kallelse, recipient, sender, _subject(kallelse, "kallelse.mail.document_subject"), now
    )
    text = plain(
        "kallelse.mail.document_body",
        lang,
        meeting=meeting_phrase(kallelse),
        council=kallelse.council_name,
        document=_plain(document, lang),
    )
    message.set_content(f"{_greeting(recipient, lang, plain)}\n\n{text}\n")
    return message
