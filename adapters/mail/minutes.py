"""Published minutes by email: the text in the body (plain, and HTML with real headings and
lists), the archive document attached."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from adapters.mail.letter import html_document
from bot.core.texts import Ref
from bot.core.texts.render import HTML, html, plain
from bot.kallelse.content import Recipient
from bot.minutes.archive import ArchiveFile
from bot.minutes.render import Layout, Text, markdown, say


def minutes_mail(
    doc: Layout,
    files: tuple[ArchiveFile, ...],
    recipient: Recipient,
    sender: str,
    *,
    council: str,
    meeting: Ref,
    now: datetime,
) -> EmailMessage:
    assert recipient.email is not None
    message = EmailMessage()
    message["From"] = formataddr((council, sender))
    message["To"] = formataddr((recipient.name, recipient.email))
    subject = plain("protokoll.mail.subject", doc.lang, council=council, meeting=meeting)
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="brukarbot")
    greeting = plain("protokoll.mail.greeting", doc.lang, name=recipient.name)
    message.set_content(
        f"{greeting}\n\n{markdown(doc)}\n{plain('protokoll.mail.footer', doc.lang)}"
    )
    message.add_alternative(
        html_document(doc.lang, subject, _html_body(doc, recipient.name)), subtype="html"
    )
    for file in files:
        main, sub = file.mimetype.split("/", 1)
        message.add_attachment(file.content, maintype=main, subtype=sub, filename=file.filename)
    return message


def _html_body(doc: Layout, name: str) -> str:
    greeting = html("protokoll.mail.greeting", doc.lang, name=name).replace("\n\n", "</p><p>")
    footer = html("protokoll.mail.footer", doc.lang)
    return f"<p>{greeting}</p>\n{minutes_html(doc)}\n<p>{footer}</p>"


def minutes_html(doc: Layout, top: int = 1) -> str:
    """The minutes in HTML (also the member page's), its title a heading of level `top`,
    its sections one level below, sub-items two."""

    def text(phrase: Text) -> str:
        return say(phrase, doc.lang, HTML)

    body = [f"<h{top}>{text(doc.title)}</h{top}>"]
    body += [f"<p>{text(phrase)}</p>" for phrase in doc.meta]
    for section in doc.sections:
        tag = f"h{top + 2 if section.sub else top + 1}"
        body.append(f"<{tag}>{text(section.heading)}</{tag}>")
        if section.lines:
            body.append(
                "<ul>" + "".join(f"<li>{text(line)}</li>" for line in section.lines) + "</ul>"
            )
    return "\n".join(body)
