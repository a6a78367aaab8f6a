"""Published minutes by email: the text in the body, the archive document attached."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from bot.core.texts import Ref
from bot.core.texts.render import plain
from bot.kallelse.content import Recipient
from bot.minutes.archive import ArchiveFile
from bot.minutes.render import Layout, markdown


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
    message["Subject"] = plain("protokoll.mail.subject", doc.lang, council=council, meeting=meeting)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="brukarbot")
    greeting = plain("protokoll.mail.greeting", doc.lang, name=recipient.name)
    message.set_content(
        f"{greeting}\n\n{markdown(doc)}\n{plain('protokoll.mail.footer', doc.lang)}"
    )
    for file in files:
        main, sub = file.mimetype.split("/", 1)
        message.add_attachment(file.content, maintype=main, subtype=sub, filename=file.filename)
    return message
