"""An email that came in, read as the bot needs it: who wrote it, to which of our addresses,
what kind of mail it is (a person's, an automatic answer, a bounce, our own coming back), and
the words the person wrote this time (quoted text and signatures cut off).

Pure functions of the raw message: nothing here looks anything up.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email.message import EmailMessage, Message
from email.policy import default
from email.utils import getaddresses, parseaddr
from enum import StrEnum
from html.parser import HTMLParser

OWN_MESSAGE_ID = "@brukarbot>"  # bot.core.outbox.message_id
AUTOMATIC_PRECEDENCE = frozenset({"bulk", "auto_reply", "list", "junk"})
DAEMONS = frozenset({"mailer-daemon", "postmaster"})
TOKEN = re.compile(r"[0-9a-f]{40}")
MESSAGE_ID = re.compile(r"<[^<>\s]+>")
# Subjects of out-of-office and other automatic answers, in the languages members meet.
AUTOMATIC_SUBJECT = re.compile(
    r"^\s*(autosvar|automatiskt svar|automatic reply|auto[- ]?reply|autoreply|"
    r"out of (the )?office|frånvaro|frånvarande|abwesenheit|réponse automatique)",
    re.IGNORECASE,
)
REPLY_PREFIX = re.compile(r"^\s*((re|sv|svar|vs|vb|fw|fwd|wg|aw)\s*:\s*)+", re.IGNORECASE)
# Where the quoted earlier mail begins: "Den 1 dec. 2026 kl. 10:00 skrev Anna <a@b>:",
# "1 dec. 2026 kl. 10:00 skrev Anna:", "On Tue, 1 Dec 2026, Anna wrote:" (perhaps wrapped over
# two lines): a date, the verb, a colon at the end.
QUOTE_INTRO = re.compile(
    r"^\s*((den|on|am|le)\b.*|.*\d.*)\b(skrev|wrote|schrieb|a écrit)\b.*:\s*$", re.IGNORECASE
)
OUTLOOK_SEPARATOR = re.compile(r"^\s*(-{3,}\s*(original message|ursprungligt meddelande|"
                               r"vidarebefordrat meddelande|forwarded message)\s*-{3,}|_{10,})\s*$",
                               re.IGNORECASE)  # fmt: skip
OUTLOOK_FIELD = re.compile(r"^\s*\*?(från|from|skickat|sent|till|to|ämne|subject|datum|date)\*?:",
                           re.IGNORECASE)  # fmt: skip
DEVICE_LINE = re.compile(r"^\s*(skickat från|sent from|hämta outlook|get outlook)\b", re.I)


class Kind(StrEnum):
    PERSON = "person"  # written by someone: may be answered
    AUTOMATIC = "automatic"  # an out-of-office or other automatic answer, a list's mail
    BOUNCE = "bounce"  # a delivery failure report
    LOOP = "loop"  # our own mail come back


@dataclass(frozen=True)
class Mail:
    message_id: str | None
    sender: str | None  # the From address, lower case
    recipients: tuple[str, ...]  # every address it was sent to, lower case
    subject: str  # without Re:/Sv:/VB: prefixes
    text: str  # what was written this time
    kind: Kind
    bounced: tuple[str, ...]  # a bounce's failed addresses
    authenticated: bool  # the trusted server says SPF or DMARC passed for the From domain
    # The Message-IDs it answers (In-Reply-To, then References), and the files attached to it
    # (name, bytes): a receipt sent in answer to a claim's offer (bot.fees.receipting).
    replied_to: tuple[str, ...] = ()
    attachments: tuple[tuple[str, bytes], ...] = ()


def read_mail(raw: bytes, *, own: str, authserv_id: str | None = None) -> Mail:
    """`own`: the bot's address (MAIL_FROM); `authserv_id`: whose Authentication-Results
    header to believe (none: no header is)."""
    message = email.message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    sender = _address(message.get("From", ""))
    kind = _kind(message, sender, own)
    return Mail(
        message_id=_header(message, "Message-ID") or None,
        sender=sender,
        recipients=_recipients(message),
        subject=REPLY_PREFIX.sub("", _header(message, "Subject")).strip(),
        text=new_words(_plain(message)) if kind is Kind.PERSON else "",
        kind=kind,
        bounced=_bounced(message) if kind is Kind.BOUNCE else (),
        authenticated=sender is not None
        and authserv_id is not None
        and authenticated(message.get_all("Authentication-Results") or [], authserv_id, sender),
        replied_to=_replied_to(message),
        attachments=_attachments(message) if kind is Kind.PERSON else (),
    )


def _replied_to(message: EmailMessage) -> tuple[str, ...]:
    ids = f"{_header(message, 'In-Reply-To')} {_header(message, 'References')}"
    return tuple(dict.fromkeys(MESSAGE_ID.findall(ids)))


def _attachments(message: EmailMessage) -> tuple[tuple[str, bytes], ...]:
    """The files attached (an inline picture too), as their bytes: what they are is for whoever
    takes them to decide (bot.fees.receipts reads the bytes, not the declared type)."""
    found = []
    for part in message.iter_attachments():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            found.append((str(part.get_filename() or ""), payload))
    return tuple(found)


def _header(message: Message, name: str) -> str:
    return str(message.get(name, "") or "").strip()


def _address(value: str) -> str | None:
    address = parseaddr(str(value))[1].strip().lower()
    return address if "@" in address else None


def _recipients(message: Message) -> tuple[str, ...]:
    fields = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Delivered-To")
    values = [str(v) for name in fields for v in message.get_all(name) or []]
    return tuple(dict.fromkeys(a.lower() for _, a in getaddresses(values) if "@" in a))


def _kind(message: EmailMessage, sender: str | None, own: str) -> Kind:
    own_local, _, own_domain = own.lower().partition("@")
    if _header(message, "Message-ID").endswith(OWN_MESSAGE_ID) or (
        sender is not None
        and sender.endswith(f"@{own_domain}")
        and sender.split("@")[0].split("+")[0] == own_local
    ):
        return Kind.LOOP
    report = message.get_content_type() == "multipart/report"
    if report or _header(message, "Return-Path") == "<>" or (sender or "").split("@")[0] in DAEMONS:
        return Kind.BOUNCE
    auto = _header(message, "Auto-Submitted").lower()
    if (
        (auto and auto != "no")
        or message.get("X-Autoreply") is not None
        or message.get("X-Autorespond") is not None
        or _header(message, "Precedence").lower() in AUTOMATIC_PRECEDENCE
        or AUTOMATIC_SUBJECT.match(_header(message, "Subject"))
        or sender is None
    ):
        return Kind.AUTOMATIC
    return Kind.PERSON


def _bounced(message: EmailMessage) -> tuple[str, ...]:
    """The recipients a delivery status report says failed."""
    failed = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        for fields in part.get_payload():
            if not isinstance(fields, Message):
                continue
            action = str(fields.get("Action", "")).strip().lower()
            recipient = str(fields.get("Final-Recipient") or fields.get("Original-Recipient") or "")
            if action == "failed" and ";" in recipient:
                failed.append(recipient.split(";", 1)[1].strip().lower())
    return tuple(dict.fromkeys(failed))


def authenticated(headers: list[str], authserv_id: str, sender: str) -> bool:
    """Whether the first Authentication-Results header of the trusted server (RFC 8601; any
    other may be the sender's own) says DMARC passed for the From domain, or SPF passed for an
    envelope sender of that domain."""
    domain = sender.rsplit("@", 1)[1]
    for header in headers:
        server, _, results = " ".join(str(header).split()).partition(";")
        if server.strip().split(" ")[0].lower() != authserv_id.lower():
            continue
        for result in results.split(";"):
            words = result.strip().lower().split()
            if not words:
                continue
            method = words[0]
            properties = dict(w.split("=", 1) for w in words[1:] if "=" in w)
            if method == "dmarc=pass" and properties.get("header.from") == domain:
                return True
            mailfrom = properties.get("smtp.mailfrom", "")
            if method == "spf=pass" and mailfrom.rsplit("@", 1)[-1] == domain:
                return True
        return False
    return False


def reply_token(recipients: tuple[str, ...], own: str) -> str | None:
    """The token of a personal reply address (`local+token@domain` of our own) it was sent to."""
    local, _, domain = own.lower().partition("@")
    for address in recipients:
        name, _, at = address.partition("@")
        base, plus, token = name.partition("+")
        if at == domain and base == local and plus and TOKEN.fullmatch(token):
            return token
    return None


def _plain(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = str(part.get_content())
    except (LookupError, UnicodeError):
        return ""
    if part.get_content_type() == "text/html":
        return _html_text(content)
    return content


class _Text(HTMLParser):
    BREAKS = frozenset({"br", "p", "div", "li", "tr", "blockquote", "h1", "h2", "h3"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._quoted = 0  # inside a <blockquote>: the earlier mail
        self._hidden = 0  # inside <style> or <script>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote":
            self._quoted += 1
        elif tag in ("style", "script", "head"):
            self._hidden += 1
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self._quoted = max(0, self._quoted - 1)
        elif tag in ("style", "script", "head"):
            self._hidden = max(0, self._hidden - 1)
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not (self._quoted or self._hidden):
            self.parts.append(data)


def _html_text(html: str) -> str:
    reader = _Text()
    reader.feed(html)
    return "".join(reader.parts)


def new_words(text: str) -> str:
    """What was written above the quoted mail, the signature and the device's line."""
    lines = text.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    for number, line in enumerate(lines):
        following = lines[number + 1 : number + 5]
        if (
            line.rstrip() in ("--", "-- ")
            or OUTLOOK_SEPARATOR.match(line)
            or QUOTE_INTRO.match(line)
            or (number + 1 < len(lines) and QUOTE_INTRO.match(f"{line} {lines[number + 1]}"))
            or (OUTLOOK_FIELD.match(line) and any(OUTLOOK_FIELD.match(f) for f in following))
        ):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    while kept and (not kept[-1].strip() or DEVICE_LINE.match(kept[-1])):
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)
