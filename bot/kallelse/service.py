"""The kallelse (summons): preview, send exactly once, documents, the council's texts.

Sending first claims the meeting (meetings.kallelse_sent_at, one UPDATE), so a second
press, a retry or another process never sends a second kallelse. What it says is composed
in bot.kallelse.content each time it is shown.

Email is opt-in: a person's address is stored only when they (or an officer, for a member
who does not read the chat) set it with `/kallelse e-post`; nothing is taken from chat profiles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import (
    Council,
    Document,
    GlossaryTerm,
    Meeting,
    MeetingGuest,
    OutboxMessage,
    Person,
)
from bot.attendance.roll import members_at
from bot.commands.grammar import is_email, web_link
from bot.core import message as neutral
from bot.core.authz import Action, Viewer, audience_of
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.outbox import Message, queue
from bot.core.ports import Mailer, UnitOfWork, messenger
from bot.core.viewers import authorized, from_workspace, require, viewer_for
from bot.core.vocabulary import Answer, MeetingKind, MeetingStatus, OutboxStatus
from bot.kallelse import message as compose_message
from bot.kallelse.content import (
    PEOPLE_FIELDS,
    RECOMMENDED,
    URL,
    DocumentInfo,
    Field,
    Kallelse,
    Recipient,
    Term,
    audience,
    breaks_outside,
    compose,
)
from bot.meetings.asked import Caller, MeetingAsked
from bot.meetings.service import (
    MeetingInfo,
    cycle_dates,
    meeting_info,
    next_of_kind,
    upcoming_by_number,
    visible_to,
)

UowFactory = Callable[[], UnitOfWork]
MAX_TEXT = 1000
MAX_TITLE = 300
MAX_URL = 1000
MAX_MEANING = 300
ABBREVIATION = re.compile(r"[^\W_](?:[\w./&+-]{0,30}[^\W_])?")


@dataclass(frozen=True)
class Preview:
    kallelse: Kallelse
    last_day: date
    late: bool
    sent_at: datetime | None  # local
    in_channel: bool  # a förmöte goes only to the associations, by DM
    recipients: int
    emails: int
    email_enabled: bool
    missing: tuple[Field, ...]
    breaks_outside: tuple[str, ...]  # clock times in the breaks text outside the meeting


@dataclass(frozen=True)
class Sent:
    kallelse: Kallelse
    conversation: str | None  # where it is posted; None for a förmöte
    recipients: tuple[Recipient, ...]
    late: bool
    dms: tuple[str, ...] = ()  # the outbox keys of each member's copy
    emails: tuple[str, ...] = ()  # the outbox keys of the emails queued with it

    @property
    def emailed(self) -> int:
        return len(self.emails) + _letters(self.recipients)

    @property
    def keys(self) -> tuple[str, ...]:
        """Everything the kallelse queued: the channel's post, the copies, the emails."""
        post = (post_key(self.kallelse.meeting.id),) if self.conversation is not None else ()
        return (*post, *self.dms, *self.emails)


@dataclass(frozen=True)
class MemberCopy:
    """The kallelse as one member has it, with their own answer."""

    kallelse: Kallelse
    answers: bool
    answer: Answer | None
    read: bool

    @property
    def message(self) -> neutral.Message:
        return compose_message.member_copy(
            self.kallelse, answers=self.answers, answer=self.answer, read=self.read
        )


@dataclass(frozen=True)
class DocumentAdded:
    kallelse: Kallelse
    document: DocumentInfo
    # Set when the kallelse has gone out: who to tell, and the channel post's thread.
    recipients: tuple[Recipient, ...]
    conversation: str | None
    thread_ts: str | None
    emails: tuple[str, ...] = ()  # the outbox keys of the emails queued with it
    keys: tuple[str, ...] = ()  # the outbox keys of everything queued with it

    @property
    def emailed(self) -> int:
        return len(self.emails) + _letters(self.recipients)

    @property
    def sent(self) -> bool:
        return bool(self.recipients)


@dataclass(frozen=True)
class TextSet:
    field: Field
    meeting_id: int | None  # None: the council's default for meetings of the kind
    kind: MeetingKind
    lang: str


class NeedsConfirmation(UserError):
    """Later than the council's minimum notice: sending needs "skicka ändå"."""


@dataclass(frozen=True)
class Invited:
    name: str
    kallelse: Kallelse
    keys: tuple[str, ...]  # their copy, when the kallelse had gone out: sent at once


def post_key(meeting_id: int) -> str:
    """The outbox key of a meeting's kallelse in the council's conversation: once posted, its
    thread is the meeting's (documents, late points and minutes lines go there)."""
    return f"post:kallelse:m{meeting_id}"


def dm_key(meeting_id: int, handle: str) -> str:
    """The outbox key of one member's copy of a meeting's kallelse: sent once, and found again
    for `/kallelse status` (`handle`: Recipient.handle)."""
    return f"dm:kallelse:m{meeting_id}:{handle}"


def mail_key(meeting_id: int, handle: str) -> str:
    """The outbox key of the kallelse emailed to one member."""
    return f"mail:kallelse:m{meeting_id}:{handle}"


class Delivered(StrEnum):
    DELIVERED = "delivered"
    WAITING = "waiting"
    FAILED = "failed"
    NOT_SENT = "not_sent_to"


@dataclass(frozen=True)
class DeliveryLine:
    name: str
    state: Delivered
    error: str | None  # why it failed (the messenger's code, or why the sender dropped it)
    email: Delivered | None = None  # the copy by email; None: none was sent


@dataclass(frozen=True)
class DeliveryStatus:
    """Where each member's copy of a kallelse stands, for the officers."""

    meeting: MeetingInfo
    sent: bool
    lines: tuple[DeliveryLine, ...]
    lang: str


def _state(row: OutboxMessage | None) -> Delivered:
    if row is None:
        return Delivered.NOT_SENT
    if row.status == OutboxStatus.SENT:
        return Delivered.DELIVERED
    if row.status in (OutboxStatus.FAILED, OutboxStatus.DROPPED):
        return Delivered.FAILED
    return Delivered.WAITING


def delivery_status(
    uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
) -> DeliveryStatus:
    """Where each member's copy of the meeting's kallelse stands (the caller checked the
    reader is an officer)."""
    people = audience(uow, council, meeting, now)
    rows = uow.outbox.by_keys(
        [key(meeting.id, p.handle) for p in people for key in (dm_key, mail_key)]
    )
    lines = []
    for person in people:
        row = rows.get(dm_key(meeting.id, person.handle))
        state = _state(row)
        error = row.last_error if row is not None and state != Delivered.WAITING else None
        email = rows.get(mail_key(meeting.id, person.handle))
        lines.append(
            DeliveryLine(person.name, state, error, _state(email) if email is not None else None)
        )
    return DeliveryStatus(
        meeting_info(council, meeting),
        meeting.kallelse_sent_at is not None,
        tuple(lines),
        council.language,
    )


def _letters(people: Iterable[Recipient]) -> int:
    """How many are reached by email instead of the chat (bot.reminders.addresses)."""
    return sum(1 for p in people if p.mailed and p.email)


def _in_chat(people: Iterable[Recipient]) -> list[Recipient]:
    """Who reads their copy in the chat: one by email is one more, that they asked for. The
    chat's own copy reaches the others as a letter already (bot.reminders.addresses)."""
    return [p for p in people if not p.mailed]


def posted(meeting: Meeting) -> bool:
    """Whether the kallelse is posted in the council's conversation besides each copy: not a
    förmöte's (the unit must not read it), nor a working group's (its roster's alone)."""
    return meeting.kind != MeetingKind.FORMOTE and meeting.working_group_id is None


def is_late(council: Council, meeting: Meeting, now: datetime) -> bool:
    today = now.astimezone(ZoneInfo(council.timezone)).date()
    return today > cycle_dates(council, meeting.starts_at).kallelse_last_day


# -- the service -------------------------------------------------------------------------


class KallelseService:
    def __init__(self, uow: UowFactory, *, mailer: Mailer | None) -> None:
        self._uow = uow
        self._mailer = mailer

    def _meeting(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        meeting_id: int | None,
        formote: bool,
        now: datetime,
    ) -> Meeting:
        """The meeting asked for: by number, else the next stormöte (or förmöte)."""
        if meeting_id is not None:
            return upcoming_by_number(
                uow, council, viewer, meeting_id, now=now, not_found="mote.not_found"
            )
        meeting = next_of_kind(uow, council, viewer, formote=formote, now=now)
        if meeting is None:
            raise UserError("kallelse.no_formote" if formote else "kallelse.no_meeting")
        return meeting

    def _located(
        self,
        uow: UnitOfWork,
        *,
        now: datetime,
        meeting_id: int | None = None,
        formote: bool = False,
        **caller: Unpack[Caller],
    ) -> tuple[Council, Viewer, Meeting]:
        """The conversation's council, the caller (who may send the kallelse) and the meeting
        asked for (`_meeting`)."""
        council, viewer = authorized(
            uow, caller["who"], caller["where"], Action.SEND_KALLELSE, now=now
        )
        return council, viewer, self._meeting(uow, council, viewer, meeting_id, formote, now)

    def _emails(
        self,
        people: Iterable[Recipient],
        saying: Callable[[Recipient], neutral.Message],
        key: Callable[[Recipient], str],
        council_id: int,
        meeting_id: int | None,
    ) -> list[Message]:
        """For the outbox: a copy by email to each person with an address, when the bot has
        a mail server (checked like the chat's messages when its turn comes; about the
        meeting, when one is named)."""
        if self._mailer is None:
            return []
        return [
            Message(
                person.person_id,
                said=saying(person),
                key=key(person),
                kind="kallelse",
                council_id=council_id,
                subject=f"m{meeting_id}" if meeting_id is not None else None,
                via=messenger.EMAIL,
            )
            for person in people
            if person.email
        ]

    # -- preview and send ------------------------------------------------------------------

    def preview(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Preview:
        with self._uow() as uow:
            council, _, meeting = self._located(uow, now=now, **asked)
            kallelse = compose(uow, council, meeting, now)
            people = audience(uow, council, meeting, now)
            zone = ZoneInfo(council.timezone)
            missing = tuple(f for f in RECOMMENDED if getattr(kallelse, f.value) is None)
            return Preview(
                kallelse=kallelse,
                last_day=cycle_dates(council, meeting.starts_at).kallelse_last_day,
                late=is_late(council, meeting, now),
                sent_at=meeting.kallelse_sent_at.astimezone(zone)
                if meeting.kallelse_sent_at
                else None,
                in_channel=posted(meeting),
                recipients=len(people),
                emails=sum(1 for p in people if p.email),
                email_enabled=self._mailer is not None,
                missing=missing,
                breaks_outside=breaks_outside(kallelse),
            )

    def delivery(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> DeliveryStatus:
        """Per member: has their copy arrived, is it waiting, or why did it fail."""
        with self._uow() as uow:
            council, _, meeting = self._located(uow, now=now, **asked)
            return delivery_status(uow, council, meeting, now)

    def send(
        self, *, meeting_id: int, anyway: bool, now: datetime, **caller: Unpack[Caller]
    ) -> Sent:
        """Claim the meeting and queue the kallelse in the same commit: the post in the
        council's conversation (not a förmöte's: the unit must not read it), each member's
        copy with their answers, and the copies by email."""
        with self._uow() as uow:
            council, viewer, meeting = self._located(uow, now=now, meeting_id=meeting_id, **caller)
            last_day = cycle_dates(council, meeting.starts_at).kallelse_last_day
            late = is_late(council, meeting, now)
            if late and not anyway and meeting.kallelse_sent_at is None:
                raise NeedsConfirmation("kallelse.late_needs_confirm")
            if not uow.kallelse.claim_sending(meeting.id, now):
                raise UserError("kallelse.already_sent", id=meeting.id)
            common = {"at": now, "council_id": council.id, "meeting_id": meeting.id}
            people = audience(uow, council, meeting, now)
            uow.events.append(
                "kallelse.sent",
                actor_id=viewer.person_id,
                data={"recipients": len(people), "late": late},
                **common,
            )
            if late:
                uow.events.append(
                    "kallelse.sent_late",
                    actor_id=viewer.person_id,
                    data={"last_day": last_day.isoformat()},
                    **common,
                )
            kallelse = compose(uow, council, meeting, now)
            copies = {
                p.person_id: compose_message.member_copy(kallelse, answers=p.answers)
                for p in people
            }
            emails = self._emails(
                _in_chat(people),
                lambda p: copies[p.person_id],
                lambda p: mail_key(meeting.id, p.handle),
                council.id,
                meeting.id,
            )
            in_channel = posted(meeting)
            about = {"kind": "kallelse", "subject": f"m{meeting.id}"}
            posts = (
                [
                    Message.in_council(
                        council.id,
                        said=compose_message.channel_post(kallelse),
                        key=post_key(meeting.id),
                        kallelse_of=meeting.id,
                        **about,
                    )
                ]
                if in_channel
                else []
            )
            dms = [
                Message(
                    p.person_id,
                    said=copies[p.person_id],
                    key=dm_key(meeting.id, p.handle),
                    council_id=council.id,
                    **about,
                )
                for p in people
            ]
            sent = Sent(
                kallelse=kallelse,
                conversation=council.conversation if in_channel else None,
                recipients=people,
                late=late,
                dms=tuple(m.key for m in dms),
                emails=tuple(e.key for e in emails),
            )
            queue(uow, [*posts, *dms, *emails], now)
            uow.commit()
        return sent

    def invite(
        self, *, guest: Account, name: str, now: datetime, **asked: Unpack[MeetingAsked]
    ) -> Invited:
        """A guest for one stormöte (or working group's meeting): named in its kallelse and
        sent it, at once when it has gone out already; nothing else (bot.reminders.wanted).
        Not a förmöte's: it is the associations' own."""
        with self._uow() as uow:
            council, viewer, meeting = self._located(uow, now=now, **asked)
            if meeting.kind == MeetingKind.FORMOTE:
                raise UserError("kallelse.guest.formote")
            person = uow.people.ensure(guest.within(council.workspace), name, now=now)
            if uow.memberships.roles_of(council.id, person.id, now=now):
                raise UserError("kallelse.guest.member", name=person.display_name)
            if (meeting.id, person.id) in uow.kallelse.guests_of([meeting.id]):
                raise UserError("kallelse.guest.already", name=person.display_name)
            uow.kallelse.add_guest(
                MeetingGuest(
                    meeting_id=meeting.id,
                    person_id=person.id,
                    invited_by=viewer.person_id,
                    invited_at=now,
                )
            )
            uow.events.append(
                "kallelse.guest_invited",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=viewer.person_id,
                data={"person_id": person.id},
            )
            kallelse = compose(uow, council, meeting, now)
            sent: list[Message] = []
            if meeting.kallelse_sent_at is not None:
                [reached] = [
                    p for p in audience(uow, council, meeting, now) if p.person_id == person.id
                ]
                sent = [
                    Message(
                        person.id,
                        said=compose_message.member_copy(kallelse, answers=False),
                        key=dm_key(meeting.id, reached.handle),
                        council_id=council.id,
                        kind="kallelse",
                        subject=f"m{meeting.id}",
                    )
                ]
                queue(uow, sent, now)
            uow.commit()
            return Invited(person.display_name, kallelse, tuple(m.key for m in sent))

    def member_copy(self, *, who: Account, meeting_id: int, now: datetime) -> MemberCopy:
        """The kallelse as it stands now, with the member's own answer (the DM's redraw)."""
        with self._uow() as uow:
            found = uow.attendance.meeting(meeting_id)
            if found is None:
                raise UserError("mote.not_found", id=meeting_id)
            meeting, council = found
            from_workspace(council, who.workspace)
            viewer = viewer_for(uow, council, who, now=now)
            if not viewer.is_member or not visible_to(viewer, meeting):
                raise UserError("mote.not_found", id=meeting_id)
            assert viewer.person_id is not None  # a member
            row = uow.attendance.get(meeting.id, viewer.person_id)
            seat = members_at(uow, council, now)[viewer.person_id]
            return MemberCopy(
                kallelse=compose(uow, council, meeting, now),
                answers=seat.holds_seat
                or meeting.working_group_id is not None
                or bool(row and row.replaces_person_id),
                answer=Answer(row.answer) if row and row.answer else None,
                read=bool(row and row.read_documents_at),
            )

    def calendar_changed(
        self, uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
    ) -> list[str]:
        """In the transaction of /mote flytta or ställ in: an updated invitation, or its
        cancellation, queued to everyone emailed the kallelse; their outbox keys."""
        if meeting.kallelse_sent_at is None:
            return []
        kallelse = compose(uow, council, meeting, now)
        people = audience(uow, council, meeting, now)
        cancelled = meeting.status == MeetingStatus.CANCELLED
        emails = self._emails(
            people,
            (
                lambda p: (
                    compose_message.cancelled(kallelse)
                    if cancelled
                    else compose_message.moved(kallelse, answers=p.answers)
                )
            ),
            # Each change is its own message (the invitation's SEQUENCE goes up with it).
            lambda p: f"mail:kallelse:m{meeting.id}:s{meeting.sequence}:{p.handle}",
            council.id,
            # A cancellation is about a cancelled meeting: only who it goes to is checked.
            None if cancelled else meeting.id,
        )
        queue(uow, emails, now)
        return [e.key for e in emails]

    # -- documents -------------------------------------------------------------------------

    def add_document(
        self, *, url: str, title: str | None, now: datetime, **asked: Unpack[MeetingAsked]
    ) -> DocumentAdded:
        """Add a document; once the kallelse has gone out, queue the note telling of it in
        the same commit: in the kallelse's thread (not a förmöte's), to every member, and by
        email to those who asked for it."""
        url = web_link(url)
        if not URL.fullmatch(url) or len(url) > MAX_URL:
            raise UserError("kallelse.document.usage")
        title = " ".join((title or "").split()) or url
        if len(title) > MAX_TITLE:
            raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
        with self._uow() as uow:
            council, viewer, meeting = self._located(uow, now=now, **asked)
            document = uow.kallelse.add_document(
                Document(
                    meeting_id=meeting.id,
                    title=title,
                    url=url,
                    added_by_id=viewer.person_id,
                    added_at=now,
                )
            )
            uow.events.append(
                "kallelse.document_added",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id,
                actor_id=viewer.person_id,
                data={"document_id": document.id},
            )
            sent = meeting.kallelse_sent_at is not None
            people = audience(uow, council, meeting, now) if sent else ()
            kallelse = compose(uow, council, meeting, now)
            info = DocumentInfo(title, url)
            note = compose_message.document_added(kallelse, info)
            in_channel = sent and posted(meeting)
            emails = self._emails(
                _in_chat(people),
                lambda p: note,
                lambda p: f"mail:underlag:{document.id}:{p.handle}",
                council.id,
                meeting.id,
            )
            about = {"council_id": council.id, "subject": f"m{meeting.id}"}
            thread = (
                {"thread_ts": meeting.kallelse_ts}
                if meeting.kallelse_ts
                else {"thread": post_key(meeting.id)}
            )
            notes = [Message(None, said=note, **thread, **about)] if in_channel else []
            notes += [Message(p.person_id, said=note, **about) for p in people]
            added = DocumentAdded(
                kallelse=kallelse,
                document=info,
                recipients=tuple(people),
                conversation=council.conversation if in_channel else None,
                thread_ts=meeting.kallelse_ts if in_channel else None,
                emails=tuple(e.key for e in emails),
                keys=tuple(m.key for m in [*notes, *emails]),
            )
            if added.sent:
                queue(uow, [*notes, *emails], now)
            uow.commit()
        return added

    # -- the council's texts -----------------------------------------------------------------

    def set_text(
        self,
        *,
        field: Field,
        value: str | None,
        now: datetime,
        meeting_id: int | None = None,
        kind: MeetingKind = MeetingKind.STORMOTE,
        **caller: Unpack[Caller],
    ) -> TextSet:
        """Set (or with None clear) one text: for the meeting when one is named, else the
        council's default for its meetings of `kind` (the förmöte's only by the associations,
        who alone see it). Leader and contact take an account's id, as the conversation's
        platform names it."""
        if value is not None and len(value) > MAX_TEXT:
            raise UserError("error.too_long", length=len(value), limit=MAX_TEXT)
        with self._uow() as uow:
            where = caller["where"]
            council, viewer = authorized(uow, caller["who"], where, Action.SEND_KALLELSE, now=now)
            meeting = None
            if meeting_id is not None:
                meeting = self._meeting(uow, council, viewer, meeting_id, False, now)
                kind = meeting.kind
            elif kind == MeetingKind.FORMOTE:
                require(uow, council, viewer, Action.SEE_FORMOTE, now=now)
            # Cleared for one meeting: "" says "none here", where None would mean the default.
            stored: object = "" if value is None and meeting else value
            column = field.value
            if field in PEOPLE_FIELDS:
                column = f"{field.value}_id"
                member = where.account(value) if value else None
                stored = self._member_id(uow, council, member, now, kind) if member else None
            row = uow.kallelse.ensure_texts(
                council_id=council.id, meeting_id=meeting.id if meeting else None, kind=kind
            )
            setattr(row, column, stored)
            uow.events.append(
                "kallelse.text_set",
                at=now,
                council_id=council.id,
                meeting_id=meeting.id if meeting else None,
                actor_id=viewer.person_id,
                data={"field": field.value, "cleared": value is None, "meeting_kind": kind.value},
            )
            uow.commit()
            return TextSet(field, meeting.id if meeting else None, kind, council.language)

    def _member_id(
        self,
        uow: UnitOfWork,
        council: Council,
        who: Account,
        now: datetime,
        kind: MeetingKind = MeetingKind.STORMOTE,
    ) -> int:
        """A member of the council (who may see meetings of the kind: a förmöte's leader
        or contact is one of the associations')."""
        viewer = viewer_for(uow, council, who, now=now)
        if viewer.person_id is None or not viewer.is_member:
            raise UserError("kallelse.not_member", who=[viewer.mention])
        if not audience_of(viewer).sees(kind):
            raise UserError("kallelse.not_for_formote", who=[viewer.mention])
        return viewer.person_id

    # -- glossary ----------------------------------------------------------------------------

    def glossary(self, *, who: Account, where: Conversation, now: datetime) -> list[Term]:
        with self._uow() as uow:
            council, _ = authorized(uow, who, where, Action.SEND_KALLELSE, now=now)
            return [Term(g.abbreviation, g.meaning) for g in uow.kallelse.glossary(council.id)]

    def set_term(
        self,
        *,
        who: Account,
        where: Conversation,
        abbreviation: str,
        meaning: str | None,
        now: datetime,
    ) -> Term:
        """Explain an abbreviation (or with None forget it); the same letters in another
        case are the same abbreviation, written as typed last."""
        if not ABBREVIATION.fullmatch(abbreviation):
            raise UserError("kallelse.term.usage")
        meaning = " ".join((meaning or "").split()) or None
        if meaning is not None and len(meaning) > MAX_MEANING:
            raise UserError("error.too_long", length=len(meaning), limit=MAX_MEANING)
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.SEND_KALLELSE, now=now)
            existing = next(
                (
                    g
                    for g in uow.kallelse.glossary(council.id)
                    if g.abbreviation.casefold() == abbreviation.casefold()
                ),
                None,
            )
            if meaning is None:
                if existing is None:
                    raise UserError("kallelse.term.unknown", abbreviation=abbreviation)
                gone = Term(existing.abbreviation, existing.meaning)
                uow.kallelse.delete_term(existing)
                uow.events.append(
                    "kallelse.term_removed",
                    at=now,
                    council_id=council.id,
                    actor_id=viewer.person_id,
                    data={"abbreviation": gone.abbreviation},
                )
                uow.commit()
                return gone
            if existing is None:
                uow.kallelse.add_term(
                    GlossaryTerm(council_id=council.id, abbreviation=abbreviation, meaning=meaning)
                )
            else:
                existing.abbreviation, existing.meaning = abbreviation, meaning
            uow.events.append(
                "kallelse.term_set",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"abbreviation": abbreviation},
            )
            uow.commit()
            return Term(abbreviation, meaning)

    # -- email addresses ---------------------------------------------------------------------

    def set_email(
        self,
        *,
        who: Account,
        where: Conversation,
        email: str | None,
        now: datetime,
        for_account: str | None = None,
    ) -> str:
        """Set (None: erase) one's own address, or as an officer a member's (`for_account`, as
        the conversation's platform names them); returns whose account. The address is never
        logged or written to the event log."""
        if email is not None and not is_email(email):
            raise UserError("kallelse.email.usage")
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.ATTEND, now=now)
            target = for_account or who.external_id
            if target != who.external_id:
                require(uow, council, viewer, Action.MANAGE_MEMBERS, now=now)
            member = where.account(target)
            person: Person | None = uow.people.get(self._member_id(uow, council, member, now))
            assert person is not None
            if email != person.email:  # a new address is as typed until its owner confirms it
                person.email, person.email_verified_at = email, None
            uow.events.append(
                "person.email_set",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"person_id": person.id, "cleared": email is None},
            )
            uow.commit()
            return target
