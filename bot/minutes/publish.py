"""Publishing locked minutes: action items, the due date, email, and återkoppling.

The åtgärd lines become action items that stay on the uppföljning point of the next
agendas until closed. Every submitted point gets its outcome through the agenda's own
status changes (handled with the decision, moved, a reasoned no), whose notices tell the
submitter; the adapter adds the link to the minutes once they are posted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import ActionItem, Council, Meeting
from bot.agenda import AgendaService, Change
from bot.core import message as neutral
from bot.core.audience import Audience
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.notices import Notice, keys, owe
from bot.core.outbox import Link, Message, queue
from bot.core.ports import Mailer, UnitOfWork
from bot.core.ports.messenger import EMAIL, File
from bot.core.texts import Ref
from bot.core.vocabulary import ActionStatus, MeetingKind, MinutesStatus, NoteKind, PointStatus
from bot.kallelse.content import Recipient, audience
from bot.meetings.asked import Caller, MeetingAsked
from bot.meetings.service import cycle_dates
from bot.minutes import access, snapshot
from bot.minutes.access import Located, label
from bot.minutes.archive import DOCX_MIME, ArchiveFile, archive_files
from bot.minutes.capture import facts_for
from bot.minutes.facts import point_facts
from bot.minutes.files import files_message
from bot.minutes.message import published
from bot.minutes.outcomes import Outcome, outcome
from bot.minutes.record import LOCKED, PUBLISHED, Record
from bot.minutes.render import Layout

log = logging.getLogger(__name__)
UNLOCKED = frozenset({MinutesStatus.DRAFT, MinutesStatus.JUSTERING})
UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True)
class Publication:
    council_id: int
    meeting_id: int
    version: int
    layout: Layout
    lang: str
    conversation: str | None  # a stormöte is posted in the council's conversation
    readers: tuple[int, ...]  # a förmöte goes to each association member instead (person ids)
    publisher: int | None  # who published (person id): a förmöte's archive files go to them
    first: bool  # False: a corrected version after an amendment
    justered: bool  # False: published without justering, as the council chose
    late_days: int  # past the minutes' due date when first published
    actions: int  # action items made from the åtgärd lines
    notices: tuple[Notice, ...]  # återkoppling to the submitters, linking to the minutes
    emails: tuple[str, ...] = ()  # the outbox keys of the minutes queued by email
    posted: tuple[str, ...] = ()  # the outbox keys of the minutes (and files) in the chat

    @property
    def emailed(self) -> int:
        return len(self.emails)

    @property
    def keys(self) -> tuple[str, ...]:
        """Everything the publication queued."""
        return (*self.posted, *self.emails, *keys(self.notices))


def minutes_key(publication: Publication, reader: int | None = None) -> str:
    """The outbox key of the minutes as posted: in the council's conversation, or for a
    förmöte in each reader's own DM (`reader`, a person id)."""
    key = f"protokoll:m{publication.meeting_id}:v{publication.version}"
    return f"post:{key}" if publication.conversation is not None else f"dm:{key}:p{reader}"


def _linked(publication: Publication, notice: Notice) -> Notice:
    minutes = minutes_key(publication, notice.person_id)
    return replace(notice, link=Link(minutes, "protokoll.feedback.link", notice.lang))


@dataclass(frozen=True)
class _Published:
    publication: Publication
    points: list[tuple[int, Outcome]]  # the points to settle
    recipients: tuple[Recipient, ...]
    audience: Audience  # who may read the meeting's points


class PublishService:
    def __init__(
        self,
        uow: UowFactory,
        agenda: AgendaService,
        mailer: Mailer | None,
        *,
        page: str | None = None,
    ) -> None:
        """`page`: the member page's URL, where the files are linked for a chat that takes
        no files (None: not served)."""
        self._uow = uow
        self._agenda = agenda
        self._mailer = mailer
        self._page = page

    def publish(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Publication:
        """Publish, settle every point with the outcome the minutes give it, and queue the
        minutes (in the council's conversation, a förmöte's to each association member; by
        email to those with an address) and återkoppling to the submitters, in one commit."""
        with self._uow() as uow:
            at = access.in_channel(uow, now=now, action=Action.WRITE_MINUTES, **asked)
            uow.minutes.claim(at.meeting.id)
            at = access.reload(uow, at)
            if not at.council.minutes_justering and at.record.status in UNLOCKED:
                at = self._lock_without_justering(uow, at, now)
            done = self._record(uow, at, now)
            notices = (
                self._settle(
                    uow,
                    done,
                    Caller(who=asked["who"], where=asked["where"]),
                    at.council,
                    at.viewer.person_id,
                    now,
                )
                if done.publication.first
                else ()
            )
            files = archive_files(done.publication.layout)
            emails = self._emails(done, at, files)
            chat = _posts(done, at, files, self._page)
            publication = replace(
                done.publication,
                notices=notices,
                emails=tuple(e.key for e in emails),
                posted=tuple(m.key for m in chat),
            )
            queue(uow, [*chat, *emails], now)
            # Each outcome to its submitter, with a link to the minutes (after them).
            owe(uow, [_linked(publication, notice) for notice in notices], now)
            uow.commit()
        return publication

    def _lock_without_justering(self, uow: UnitOfWork, at: Located, now: datetime) -> Located:
        """The council publishes without justering: the text as it stands is the version
        published, with nobody as justerare, and it says so."""
        record = at.record
        if not record.started:
            raise UserError("protokoll.nothing_yet")
        facts = replace(facts_for(uow, at, now), justerare=())
        sent = record.status == MinutesStatus.JUSTERING  # that version is the text
        version = record.version if sent else record.version + 1
        uow.events.append(
            LOCKED,
            at=now,
            council_id=at.council.id,
            meeting_id=at.meeting.id,
            actor_id=at.viewer.person_id,
            data={"version": version, "justering": False, "facts": facts.to_json()},
        )
        row = at.row(uow, now)
        row.status, row.version = MinutesStatus.LOCKED, version
        snapshot.keep(uow, at, now)
        return access.reload(uow, at)

    def _record(self, uow: UnitOfWork, at: Located, now: datetime) -> _Published:
        record, meeting = at.record, at.meeting
        first = record.status == MinutesStatus.LOCKED
        republish = (
            record.status == MinutesStatus.PUBLISHED
            and (record.published_version or 0) < record.version
        )
        if not (first or republish):
            if record.status == MinutesStatus.PUBLISHED:
                raise UserError("protokoll.publish.already")
            raise UserError("protokoll.publish.not_locked")
        assert record.facts is not None  # a locked version was sent with its facts
        made = self._actions(uow, at, now)
        uow.events.append(
            PUBLISHED,
            at=now,
            council_id=at.council.id,
            meeting_id=meeting.id,
            actor_id=at.viewer.person_id,
            data={"version": record.version, "actions": made},
        )
        row = at.row(uow, now)
        row.status, row.published_at = MinutesStatus.PUBLISHED, now
        meeting.minutes_sent_at = meeting.minutes_sent_at or now
        record.status = MinutesStatus.PUBLISHED
        record.published.append((record.version, now))
        formote = meeting.kind == MeetingKind.FORMOTE
        recipients = audience(uow, at.council, meeting, now)
        current = point_facts(
            uow,
            at.council,
            meeting,
            [i.point_id for i in record.outline if i.point_id is not None],
        )
        points = [
            (
                item.point_id,
                outcome(
                    current[item.point_id], record.entries_of(item.number), at.council.language
                ),
            )
            for item in record.outline
            if item.point_id is not None and item.point_id in current
        ]
        return _Published(
            Publication(
                council_id=at.council.id,
                meeting_id=meeting.id,
                version=record.version,
                layout=snapshot.approved(at),
                lang=at.lang,
                conversation=None if formote else at.council.conversation,
                readers=tuple(r.person_id for r in recipients) if formote else (),
                publisher=at.viewer.person_id,
                first=first,
                justered=record.justered,
                late_days=_late_days(at.council, meeting, now) if first else 0,
                actions=len(made),
                notices=(),
            ),
            points,
            recipients,
            Audience.of_meeting(meeting.kind),
        )

    def _actions(self, uow: UnitOfWork, at: Located, now: datetime) -> dict[str, int]:
        """New action items for new åtgärd lines; open ones follow a corrected line."""
        record: Record = at.record
        made: dict[str, int] = {}
        for entry in record.entries:
            if entry.kind != NoteKind.ACTION:
                continue
            item_id = record.action_ids.get(entry.id)
            existing = (
                uow.actions.get(
                    at.council.id, item_id, audience=Audience.of_meeting(at.meeting.kind)
                )
                if item_id
                else None
            )
            if existing is not None:
                if existing.status == ActionStatus.OPEN:
                    existing.text, existing.owner_id = entry.text, entry.owner_id
                    existing.due_on = entry.due
                continue
            point = record.item(entry.item)
            item = uow.actions.add(
                ActionItem(
                    council_id=at.council.id,
                    meeting_id=at.meeting.id,
                    point_id=point.point_id if point else None,
                    owner_id=entry.owner_id,
                    text=entry.text,
                    due_on=entry.due,
                    created_at=now,
                )
            )
            made[entry.id] = item.id
        return made

    def _settle(
        self,
        uow: UnitOfWork,
        done: _Published,
        common: Caller,
        council: Council,
        publisher: int | None,
        now: datetime,
    ) -> tuple[Notice, ...]:
        """Each point's outcome through the agenda's status changes, in the publication's
        transaction; a point decided before the minutes gets its outcome told again, with
        the minutes to read."""
        notices: list[Notice] = []
        agenda = self._agenda.within(uow)
        for point_id, fate in done.points:
            if fate.settled_before:
                notices += _told_again(uow, point_id, fate, council, publisher, done.audience)
                continue
            try:
                with uow.savepoint():
                    change = _change(agenda, point_id, fate, common, now)
            except UserError as err:
                # One point that cannot change must not keep the others' outcomes back.
                log.warning("återkoppling for point %d refused: %s", point_id, err.key)
                continue
            notices += change.notices
        return tuple(notices)

    def _emails(
        self, done: _Published, at: Located, files: tuple[ArchiveFile, ...]
    ) -> list[Message]:
        """The minutes by email to each reader with an address, the document attached, for
        the outbox (checked when its turn comes like the rest: a förmöte's never reach
        someone now with the unit)."""
        if self._mailer is None:
            return []
        docx = tuple(f for f in files if f.mimetype == DOCX_MIME)
        saying = _said(done, at, docx)
        version = done.publication.version
        return [
            Message(
                reader.person_id,
                said=saying,
                key=f"mail:protokoll:m{at.meeting.id}:v{version}:{reader.handle}",
                kind="protokoll",
                council_id=at.council.id,
                subject=f"m{at.meeting.id}",
                via=EMAIL,
            )
            for reader in done.recipients
            if reader.email
        ]


def _said(done: _Published, at: Located, files: tuple[ArchiveFile, ...]) -> neutral.Message:
    return published(done.publication.layout, files, council=at.council.name, meeting=label(at))


def _posts(
    done: _Published, at: Located, files: tuple[ArchiveFile, ...], page: str | None
) -> list[Message]:
    """The minutes in the chat: in the council's conversation, or a förmöte's to each
    association member who reads the chat (the rest have them by email); then the archive
    files, in the thread of the conversation's post, or for a förmöte in the publisher's own
    chat (the thread of their own copy when they have one). Where the page is served, the
    files' message also links to them there, for a chat that takes no files (Teams)."""
    publication = done.publication
    saying = _said(done, at, ())
    about = {"kind": "protokoll", "subject": f"m{publication.meeting_id}"}
    linked: dict[str, Any] = (
        {"said": files_message(page, publication.meeting_id, publication.layout)} if page else {}
    )
    shared = tuple(File(f.filename, f.content) for f in files)
    archive = f"protokoll:files:m{publication.meeting_id}:v{publication.version}"
    council_id = publication.council_id
    if publication.conversation is not None:
        post = minutes_key(publication)
        return [
            Message.in_council(council_id, said=saying, key=post, **about),
            Message.in_council(
                council_id, files=shared, thread=post, key=f"post:{archive}", **about, **linked
            ),
        ]
    in_chat = {r.person_id for r in done.recipients if not r.mailed}
    readers = [r for r in publication.readers if r in in_chat]
    messages = [
        Message(r, said=saying, key=minutes_key(publication, r), council_id=council_id, **about)
        for r in readers
    ]
    publisher = publication.publisher
    if publisher is None:
        return messages
    own = minutes_key(publication, publisher) if publisher in readers else None
    return [
        *messages,
        Message(
            publisher,
            files=shared,
            thread=own,
            key=f"dm:{archive}:p{publisher}",
            council_id=council_id,
            **about,
            **linked,
        ),
    ]


def _late_days(council: Council, meeting: Meeting, now: datetime) -> int:
    today = now.astimezone(ZoneInfo(council.timezone)).date()
    return max(0, (today - cycle_dates(council, meeting.starts_at).minutes_due).days)


def _change(
    agenda: AgendaService, point_id: int, fate: Outcome, common: Caller, now: datetime
) -> Change:
    if fate.status == PointStatus.REJECTED:
        return agenda.reject(point_id=point_id, reason=fate.text or "", now=now, **common)
    if fate.status == PointStatus.MOVED:
        return agenda.move(point_id=point_id, to_meeting_id=None, now=now, **common)
    return agenda.handle(point_id=point_id, outcome=fate.text or "", now=now, **common)


def _told_again(
    uow: UnitOfWork,
    point_id: int,
    fate: Outcome,
    council: Council,
    publisher: int | None,
    readers: Audience,
) -> list[Notice]:
    point = uow.points.get(council.id, point_id, audience=readers)
    person = uow.people.get(point.submitter_id) if point and point.submitter_id else None
    if point is None or person is None or person.id == publisher:
        return []
    return [
        Notice(
            person.id,
            "protokoll.feedback.settled",
            {
                "title": point.title,
                "council": council.name,
                "status": Ref(f"status.{fate.status.value}"),
                "outcome": fate.text or "–",
            },
            council.language,
            council.id,
            f"p{point.id}",
        )
    ]
