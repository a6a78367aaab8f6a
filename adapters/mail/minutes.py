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
    def text(phrase: Text) -> str:
        return say(phrase, doc.lang, HTML)

    greeting = html("protokoll.mail.greeting", doc.lang, name=name).replace("\n\n", "</p><p>")
    body = [f"<p>{greeting}</p>", f"<h1>{text(doc.title)}</h1>"]
    body += [f"<p>{text(phrase)}</p>" for phrase in doc.meta]
    for section in doc.sections:
        tag = "h3" if section.sub else "h2"
        body.append(f"<{tag}>{text(section.heading)}</{tag}>")
        if section.lines:
            body.append(
                "<ul>" + "".join(f"<li>{text(line)}</li>" for line in section.lines) + "</ul>"
            )
    body.append(f"<p>{html('protokoll.mail.footer', doc.lang)}</p>")
    return "\n".join(body)
