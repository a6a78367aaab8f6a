"""Mail that came in, taken in and acted on: a member's point or answer to a kallelse, with
the same receipt a chat member gets (by email, through the outbox); a photo of a receipt
attached to the answer to a claim's offer is kept with that claim (bot.fees.receipting).

Each message is first stored in the inbox (adapters/runtime/inbox.py) under a key made from its
Message-ID, and only then marked read on the server (adapters/mail/imap.py): fetched again
after a crash between the two, it is the same entry and has no second effect. Its work runs
through the inbox like a chat request's, so a failure is tried again and what it changed is
marked done in the same transaction.

Only a known, verified sender is anyone (bot.members.mailbox): one written to their own reply
address, or whose address the receiving server vouches for. Anyone else gets one polite
answer a day at most, and nothing they wrote is kept. Automatic answers, bounces and our own
mail coming back are never answered; a bounce for a member's address is noted for the officers.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr

from adapters.mail.imap import Mailbox, mailbox_from
from adapters.mail.incoming import Kind, Mail, read_mail, reply_token
from adapters.mail.letter import letter
from adapters.mail.oauth import tokens_for
from adapters.mail.smtp import SmtpMailer, mailer_from
from adapters.runtime.inbox import Claim
from adapters.runtime.services import Services
from bot.agenda.points import Submitted
from bot.attendance.receipts import answer_receipt, point_receipt
from bot.attendance.service import Answered
from bot.commands import narvaro
from bot.commands.grammar import fold
from bot.commands.help import HELP_WORDS
from bot.commands.phrasing import answer_words
from bot.core.errors import UserError
from bot.core.message import Message as Said
from bot.core.message import Paragraph, Words
from bot.core.outbox import Compose, Message, message_id, nothing
from bot.core.ports.messenger import EMAIL, MailTo
from bot.core.texts.render import plain
from bot.core.vocabulary import Answer
from bot.fees.receipting import NO_OFFER, Where, taken_words
from bot.fees.receipts import Upload
from bot.members.mailbox import Writer

log = logging.getLogger(__name__)

LISTENER = "mail"
REFUSED = "mail.refused"  # the key of a polite answer sent to someone unknown
POINT_PREFIXES = ("punkt:", "punkt -", "punkt–", "point:")


def mail_key(raw: bytes) -> str:
    """The inbox key of a message: its Message-ID (the same mail fetched again is the same
    entry), or its bytes' digest when it has none."""
    found = read_header(raw, b"message-id")
    return "mail:" + hashlib.sha256(found or raw).hexdigest()


def read_header(raw: bytes, name: bytes) -> bytes | None:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    for line in head.splitlines():
        field, colon, value = line.partition(b":")
        if colon and field.strip().lower() == name:
            return value.strip()
    return None


@dataclass(frozen=True)
class Answering:
    """A member's mail being answered: who wrote, what, the answer's outbox key (made from
    the mail's) and their personal link to the member page to end it with."""

    writer: Writer
    mail: Mail
    key: str
    page_link: str | None


class MailIntake:
    def __init__(
        self,
        services: Services,
        mailer: SmtpMailer,
        *,
        compose_answer: Compose[Answered] = nothing,
    ) -> None:
        """`compose_answer` words what an answer owes others (the questions to ersättare),
        as the channel that reaches them writes them."""
        self._services = services
        self._mailer = mailer
        self._own = parseaddr(mailer.sender)[1].lower()
        self._compose_answer = compose_answer

    def take(self, raw: bytes) -> bool:
        """Store the message and act on it; False if it was taken in before (a fetch after
        a crash), so the caller only marks it read. Raises if it could not be stored: then
        it stays unread on the server and is fetched again."""
        inbox = self._services.inbox
        claim = inbox.take_in(mail_key(raw), LISTENER, raw.decode("latin-1"))
        if claim is None:
            return False
        inbox.run(claim, lambda: self._act(raw), name=LISTENER)
        return True

    def replay(self, claim: Claim, listener: str, payload: str) -> None:
        """The inbox's drain, for an entry of ours (a message whose work failed before)."""
        work = (
            (lambda: None)
            if listener == REFUSED
            else (lambda: self._act(payload.encode("latin-1")))
        )
        self._services.inbox.run(claim, work, name=listener)

    def _act(self, raw: bytes) -> None:
        now = self._services.clock.now()
        mail = read_mail(raw, own=self._own, authserv_id=self._services.settings.mail_authserv_id)
        if mail.kind is Kind.BOUNCE:
            marked = self._services.mailbox.bounced(mail.bounced, now=now)
            log.info("mail: a bounce (%d member address(es) noted)", marked)
            return
        if mail.kind is not Kind.PERSON or mail.sender is None:
            log.info("mail: %s, not answered", mail.kind)
            return
        writer = self._services.mailbox.writer(
            token=reply_token(mail.recipients, self._own),
            address=mail.sender,
            authenticated=mail.authenticated,
            now=now,
        )
        if writer is None:
            self._refuse(mail, now)
            return
        # Every answer ends with their own link to the member page, as every letter does.
        page = self._services.member_links.letter_link(writer.person_id, now=now)
        answering = Answering(writer, mail, f"mail:receipt:{mail_key(raw)}", page)
        try:
            self._from_member(answering, now)
        except UserError as err:
            words = Words(err.key, dict(err.params), writer.lang)
            self._services.mailbox.tell(self._reply(answering, [words], None, now), now=now)

    def _from_member(self, answering: Answering, now: datetime) -> None:
        mail, writer = answering.mail, answering.writer
        first = mail.text.split("\n", 1)[0].strip() if mail.text else ""
        if mail.attachments and mail.replied_to and self._receipt(answering, now):
            return
        if fold(first or mail.subject).strip(" ?!.") in HELP_WORDS:
            words = Words("mail.in.help", {"address": self._own}, writer.lang)
            self._services.mailbox.tell(self._reply(answering, [words], None, now), now=now)
        elif answer_words(first) is not None or (not first and answer_words(mail.subject)):
            self._answer(answering, first or mail.subject, now)
        else:
            self._point(answering, now)

    def _reply(
        self, answering: Answering, words: list[Words], council_id: int | None, now: datetime
    ) -> Message:
        """The answer to a member's mail as a reply to it (its subject, threaded under it by
        their mail program), marked as a program's answer so their own out-of-office stays
        quiet (RFC 3834)."""
        mail, writer, key = answering.mail, answering.writer, answering.key
        said = Said(tuple(Paragraph(w) for w in words))
        assert mail.sender is not None
        to = MailTo(mail.sender, "", answering.page_link)
        email = letter(said, to, sender=self._mailer.sender, key=key, at=now)
        if mail.subject:
            del email["Subject"]
            email["Subject"] = f"Re: {mail.subject}"
        if mail.message_id:
            email["In-Reply-To"] = mail.message_id
            email["References"] = mail.message_id
        email["Auto-Submitted"] = "auto-replied"
        subject = str(email["Subject"])
        return Message(
            writer.person_id, subject, key=key, council_id=council_id, via=EMAIL, email=email
        )

    def _receipt(self, answering: Answering, now: datetime) -> bool:
        """A receipt attached to the answer to a claim's offer (its first file; the words are
        the expense, "Parkering 45 kr"); False when the mail answers no offer."""
        mail, writer = answering.mail, answering.writer
        name, data = mail.attachments[0]
        try:
            self._services.receipts.give(
                person_id=writer.person_id,
                where=Where(replied_to=mail.replied_to),
                upload=Upload(name or "kvitto", data, f"{answering.key}:kvitto"),
                text=mail.text or mail.subject,
                now=now,
                compose=lambda taken: [
                    self._reply(answering, [taken_words(taken)], taken.council_id, now)
                ],
            )
        except UserError as err:
            if err.key == NO_OFFER:
                return False
            raise
        return True

    def _answer(self, answering: Answering, said: str, now: datetime) -> None:
        """ "kommer", "kommer inte – sjuk", "kan inte komma, skickar ersättare": the words
        /narvaro takes (bot.commands.narvaro), for the meeting they were summoned to."""
        writer = answering.writer
        request = _answering(said)
        meeting_id = self._services.mailbox.meeting_to_answer(
            person_id=writer.person_id,
            formote=request.meeting.formote,
            meeting_id=request.meeting.number,
            now=now,
        )
        attendance = self._services.attendance
        asked = attendance.question_to(person_id=writer.person_id, meeting_id=meeting_id)
        if asked is not None:  # an ersättare's yes or no to going in someone's place
            answered = attendance.substitute_answer(
                request_id=asked,
                accept=request.answer == Answer.COMING,
                person_id=writer.person_id,
                now=now,
            )
            key = f"narvaro.substitute.{answered.outcome.value}"
            words = Words(key, dict(answered.params), answered.lang)
            self._services.mailbox.tell(self._reply(answering, [words], None, now), now=now)
            return

        def compose(answered: Answered) -> list[Message]:
            receipt = [Words(k, p, answered.lang) for k, p in answer_receipt(answered)]
            return [
                *self._compose_answer(answered),
                self._reply(answering, receipt, None, now),
            ]

        self._services.attendance.answer(
            person_id=writer.person_id,
            meeting_id=meeting_id,
            answer=request.answer,
            reason=(request.reason or "").strip(" ,.:;") or None,
            compose=compose,
            now=now,
        )

    def _point(self, answering: Answering, now: datetime) -> None:
        """The subject is the point's title and the text its description (a mail with no
        subject: its first line is the title)."""
        mail, writer = answering.mail, answering.writer
        title, description = mail.subject, mail.text
        for prefix in POINT_PREFIXES:
            if title.lower().startswith(prefix):
                title = title[len(prefix) :].strip()
        if not title:
            title, _, description = mail.text.partition("\n")
        council_id = self._services.mailbox.council_for(
            person_id=writer.person_id, said=f"{mail.subject}\n{mail.text}", now=now
        )

        def compose(submitted: Submitted) -> list[Message]:
            words_key, params = point_receipt(submitted)
            receipt = [Words(words_key, params, submitted.lang)]
            return [self._reply(answering, receipt, council_id, now)]

        self._services.agenda.submit(
            person_id=writer.person_id,
            council_id=council_id,
            title=title.strip(),
            description=description.strip() or None,
            source_key=answering.key,
            compose=compose,
            now=now,
        )

    def _refuse(self, mail: Mail, now: datetime) -> None:
        """One polite answer to an unknown sender a day, at most (never to automatic mail:
        read_mail has told those apart), and nothing of theirs kept: the inbox holds only a
        digest of the address under the day, and forgets it a day after."""
        assert mail.sender is not None
        digest = hashlib.sha256(mail.sender.encode("utf-8")).hexdigest()
        inbox = self._services.inbox
        claim = inbox.take_in(f"{REFUSED}:{digest}:{now.date().isoformat()}", REFUSED, "")
        if claim is None:
            log.info("mail: an unknown sender, answered already today")
            return
        inbox.run(claim, lambda: self._send_refusal(mail, now), name=REFUSED)

    def _send_refusal(self, mail: Mail, now: datetime) -> None:
        lang = self._services.settings.language
        answer = EmailMessage()
        answer["From"] = self._mailer.sender
        answer["To"] = formataddr(("", mail.sender or ""))
        answer["Subject"] = (
            f"Re: {mail.subject}" if mail.subject else plain("mail.in.refused.subject", lang)
        )
        answer["Date"] = format_datetime(now)
        answer["Message-ID"] = message_id(f"{REFUSED}:{mail.message_id}")
        answer["Auto-Submitted"] = "auto-replied"  # RFC 3834: answered by a program
        if mail.message_id:
            answer["In-Reply-To"] = mail.message_id
        answer.set_content(plain("mail.in.refused", lang) + "\n")
        smtp = self._mailer.connect()
        try:
            smtp.send_message(answer)
        finally:
            smtp.quit()


def _answering(said: str) -> narvaro.Answering:
    """What /narvaro makes of the words (a dash before the reason read as a space); a yes
    with more words after it ("Ja, jag kommer gärna!") is a yes."""
    try:
        request = narvaro.parse(said.replace("–", " ").replace(" - ", " "))
    except UserError:
        answered = answer_words(said)
        if answered is None or answered[0] != Answer.COMING:
            raise
        return narvaro.Answering(Answer.COMING, None, narvaro.Which())
    assert isinstance(request, narvaro.Answering)  # it starts with an answer's words
    return request


def replay_by_listener(
    intake: MailIntake | None, other: Callable[[Claim, str, str], None]
) -> Callable[[Claim, str, str], None]:
    """The inbox's replay: a mail entry to `intake`, any other to `other` (the chat app)."""

    def replay(claim: Claim, listener: str, payload: str) -> None:
        if intake is not None and listener in (LISTENER, REFUSED):
            intake.replay(claim, listener, payload)
        else:
            other(claim, listener, payload)

    return replay


@dataclass(frozen=True)
class Reading:
    """This deployment's mailbox and what takes its mail in."""

    mailbox: Mailbox
    intake: MailIntake


def reading(services: Services, compose_answer: Compose[Answered] = nothing) -> Reading | None:
    """The mailbox to read and its intake, when IMAP_URL (and SMTP_URL, for the answers) is
    set."""
    mailer = mailer_from(services.settings)
    mailbox = mailbox_from(services.settings.imap_url, tokens_for(services.settings))
    if mailer is None or mailbox is None:
        return None
    return Reading(mailbox, MailIntake(services, mailer, compose_answer=compose_answer))
