"""Writing the minutes: lines during the meeting, the secretary's edits after it.

Every line and edit is appended to the event log. Once the justerare have approved, an
edit becomes an amendment that waits for the second officer (bot.minutes.justering).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import Person
from bot.agenda import agenda_view
from bot.commands.people import PersonRef
from bot.core.authz import Action, audience_of, is_second_officer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.message import Message, Words
from bot.core.outbox import Message as Queued
from bot.core.outbox import queue
from bot.core.ports import MemberRow, UnitOfWork
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.viewers import viewer_by_person, viewer_for, viewers_of
from bot.core.vocabulary import MeetingKind, MinutesStatus, NoteKind
from bot.meetings.asked import ButtonAsked, Caller, MeetingAsked
from bot.meetings.service import visible_to
from bot.minutes import access, snapshot
from bot.minutes import message as compose_message
from bot.minutes.access import Located, label
from bot.minutes.choose import choose_justerare
from bot.minutes.facts import Facts, gather
from bot.minutes.lines import Chosen, Goto, LineReader, Note, agenda_items, parse_line
from bot.minutes.record import (
    AMENDMENT_REQUESTED,
    EDITED,
    NOTED,
    STARTED,
    TOPIC,
    Edit,
    Entry,
    Item,
)
from bot.minutes.render import Layout, Section, layout

UowFactory = Callable[[], UnitOfWork]
MAX_ENTRY = 2000


@dataclass(frozen=True)
class Started:
    meeting_id: int
    kind: MeetingKind
    lang: str
    items: tuple[Item, ...]
    council_id: int
    person_id: int | None  # who started (a förmöte's thread is in their DM)
    thread: tuple[str, str] | None  # (conversation, ref) lines are already written in
    keys: tuple[str, ...] = ()  # what it queued: the thread's first message

    @property
    def in_dm(self) -> bool:
        """A förmöte's thread is in the writer's DM: the council channel has the unit."""
        return self.kind == MeetingKind.FORMOTE


@dataclass(frozen=True)
class Captured:
    lang: str
    item: Item | None  # the current item after the line
    note: Note | None  # None: the line moved to another item, or chose the justerare
    justerare: tuple[str, ...] = ()  # the names of those chosen to approve


@dataclass(frozen=True)
class FormEntry:
    id: str
    kind: NoteKind
    text: str
    owner_user_id: str | None
    due: date | None


@dataclass(frozen=True)
class EditForm:
    meeting_id: int
    item: Item
    entries: tuple[FormEntry, ...]
    locked: bool  # a save asks the second officer
    lang: str


@dataclass(frozen=True)
class EntryInput:
    """One line as the edit form returns it: an existing line (its kind stays) or a new one."""

    entry_id: str | None
    kind: NoteKind | None  # a new line's kind
    text: str  # empty removes the line
    owner_user_id: str | None = None
    due: date | None = None


@dataclass(frozen=True)
class AmendmentAsked:
    id: int
    council_id: int
    meeting_id: int
    item: Item
    section: Section  # the item as it would read
    confirmers: tuple[int, ...]  # those who can confirm (person ids)
    requested_by: Mention
    lang: str


@dataclass(frozen=True)
class Edited:
    lang: str
    changed: int
    amendment: AmendmentAsked | None = None
    keys: tuple[str, ...] = ()  # what it queued: the question to each second officer


@dataclass(frozen=True)
class Draft:
    meeting_id: int
    layout: Layout
    meeting: Ref  # its name in a sentence

    @property
    def message(self) -> Message:
        """The draft to show its writer, each item with the action to edit it."""
        return compose_message.draft(self.layout, self.meeting_id, self.meeting)

    def without_files(self, hint: Words) -> Message:
        """The draft as a chat that sends its writer no files shows it: `hint` says where
        the document is instead."""
        return compose_message.draft(self.layout, self.meeting_id, self.meeting, hint)


# A member with no chat account as an action's owner is named by their person.
BY_PERSON = "person:"


def _handle(person: Person) -> str:
    """How the lines' owners name a member: by their chat account, else by their person."""
    return person.chat_account or f"{BY_PERSON}{person.id}"


class _Names(Mapping[str, str]):
    """The council's members' names by their account (`_handle`), read when a line first asks
    (an action's owner): most lines name nobody, and need no query for them."""

    def __init__(self, load: Callable[[], Sequence[MemberRow]]) -> None:
        self._load = load
        self._names: dict[str, str] | None = None

    def _read(self) -> dict[str, str]:
        if self._names is None:
            rows = self._load()
            self._names = {_handle(row.person): row.person.display_name for row in rows}
        return self._names

    def __getitem__(self, account: str) -> str:
        return self._read()[account]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def facts_for(uow: UnitOfWork, at: Located, now: datetime) -> Facts:
    """What a draft states is read fresh; a version with the justerare keeps its copy."""
    record = at.record
    if record.status != MinutesStatus.DRAFT and record.facts is not None:
        return record.facts
    point_ids = [i.point_id for i in record.outline if i.point_id is not None]
    return gather(
        uow,
        at.council,
        at.meeting,
        point_ids=point_ids,
        writers=record.writers,
        chosen=record.chosen,
        now=now,
    )


class CaptureService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # -- during the meeting ------------------------------------------------------------------

    def start(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Started:
        """Freeze the agenda the lines are written against (once) and say where to write;
        the thread's first message is queued with it (once posted in a new thread, the
        sender remembers that thread: bot.core.outbox.remember_posted)."""
        with self._uow() as uow:
            at = access.in_channel(uow, now=now, action=Action.WRITE_MINUTES, **asked)
            self._ensure_started(uow, at, now)
            row = at.row(uow, now)
            thread = None
            if row.thread_ts and row.conversation:
                thread = (row.conversation, row.thread_ts)
            elif at.meeting.kallelse_ts and at.meeting.kind != MeetingKind.FORMOTE:
                thread = (at.council.conversation, at.meeting.kallelse_ts)
            result = Started(
                meeting_id=at.meeting.id,
                kind=at.meeting.kind,
                lang=at.lang,
                items=tuple(at.record.outline),
                council_id=at.council.id,
                person_id=at.viewer.person_id,
                thread=thread,
            )
            opening = _thread_start(result)
            queue(uow, opening, now)
            uow.commit()
            return replace(result, keys=tuple(m.key for m in opening))

    def _ensure_started(self, uow: UnitOfWork, at: Located, now: datetime) -> None:
        if at.record.started:
            return
        view = agenda_view(uow, at.council, at.meeting, can_manage=True)
        items = agenda_items(view)
        if not items:
            raise UserError("protokoll.empty_agenda")
        at.row(uow, now)
        self._append(uow, at, STARTED, now, {"outline": [i.to_json() for i in items]})
        at.record.outline = items

    def _append(
        self, uow: UnitOfWork, at: Located, kind: str, now: datetime, data: dict[str, object]
    ) -> int:
        event = uow.events.append(
            kind,
            at=now,
            council_id=at.council.id,
            meeting_id=at.meeting.id,
            actor_id=at.viewer.person_id,
            data=data,
        )
        return event.id

    def line(
        self,
        *,
        text: str,
        read: LineReader,
        now: datetime,
        thread_ts: str | None = None,
        formote: bool = False,
        **caller: Unpack[Caller],
    ) -> Captured:
        """One line: from /protokoll (the meeting now, or with `formote` the latest förmöte)
        or a message in the minutes' thread. `read` reads the people and links in it the
        way the adapter it came from wrote them."""
        with self._uow() as uow:
            # The log's head only: a line is appended without replaying the lines before it.
            if thread_ts is not None:
                found = access.writing_in_thread(
                    uow, thread_ts=thread_ts, action=Action.WRITE_MINUTES, now=now, **caller
                )
                if found is None:
                    raise UserError("protokoll.not_a_minutes_thread")
                at = found
            else:
                at = access.writing(
                    uow, now=now, action=Action.WRITE_MINUTES, formote=formote, **caller
                )
            zone = ZoneInfo(at.council.timezone)
            members = _Names(lambda: uow.memberships.active(at.council.id, now=now))
            parsed = parse_line(text, now=now, zone=zone, read=read, members=members)
            if parsed is None:
                raise UserError("protokoll.line.unknown")
            if at.record.locked:
                raise UserError("protokoll.locked")
            self._ensure_started(uow, at, now)
            if isinstance(parsed, Chosen):
                result = self._choose(uow, at, parsed, now)
            elif isinstance(parsed, Goto):
                item = self._goto(uow, at, parsed, now)
                result = Captured(at.lang, item, None)
            else:
                item = self._note(uow, at, parsed, now, caller["who"])
                result = Captured(at.lang, item, parsed)
            uow.commit()
            return result

    def choose(self, *, chosen: Chosen, now: datetime, **asked: Unpack[MeetingAsked]) -> Captured:
        """`/protokoll justerare @anna`: the meeting's justerare, also after the meeting."""
        with self._uow() as uow:
            at = access.in_channel(uow, now=now, action=Action.WRITE_MINUTES, **asked)
            result = self._choose(uow, at, chosen, now)
            uow.commit()
            return result

    def _choose(
        self,
        uow: UnitOfWork,
        at: Located,
        parsed: Chosen,
        now: datetime,
    ) -> Captured:
        self._ensure_started(uow, at, now)
        if at.head:  # choosing reads the whole record
            at = access.reload(uow, at)
        names = choose_justerare(uow, at, parsed, now)
        self._reopen(at)
        current = at.record.item(at.record.current) if at.record.current else None
        return Captured(at.lang, current, None, names)

    def _goto(self, uow: UnitOfWork, at: Located, goto: Goto, now: datetime) -> Item:
        record = at.record
        item = record.next_item() if goto.number is None else record.item(goto.number)
        if item is None:
            if goto.number is None:
                raise UserError("protokoll.line.no_next", last=record.last_number)
            raise UserError("protokoll.line.no_item", number=goto.number, last=record.last_number)
        self._append(uow, at, TOPIC, now, {"item": item.number})
        return item

    def _note(self, uow: UnitOfWork, at: Located, note: Note, now: datetime, who: Account) -> Item:
        item = at.record.item(at.record.current) if at.record.current else None
        if item is None:
            raise UserError("protokoll.line.no_current")
        owner_id, owner = self._owner(uow, at, note.owner, now, who)
        entry = Entry("", item.number, note.kind, note.text, owner_id, owner, note.due)
        self._append(uow, at, NOTED, now, entry.to_json())
        self._reopen(at)
        return item

    def _owner(
        self, uow: UnitOfWork, at: Located, owner: PersonRef | None, now: datetime, who: Account
    ) -> tuple[int | None, str | None]:
        """The owner of an action: their person, and their name as it is now; named by
        their account (on the caller's platform) or as a person."""
        if owner is None:
            return None, None
        named = owner.account
        by_person = named.removeprefix(BY_PERSON) if named.startswith(BY_PERSON) else None
        account = who.named(named).within(at.council.workspace)
        viewer = (
            viewer_by_person(uow, at.council, int(by_person), now=now)
            if by_person is not None
            else viewer_for(uow, at.council, account, now=now)
        )
        if not audience_of(viewer).sees(at.meeting.kind):
            raise UserError("protokoll.line.formote_owner", who=[viewer.mention])
        person = (
            uow.people.get(int(by_person))
            if by_person is not None
            else uow.people.ensure(account, owner.label or named, now=now)
        )
        assert person is not None
        return person.id, person.display_name

    def _reopen(self, at: Located) -> None:
        """A change while the justerare have the minutes: they must get the new version."""
        if at.minutes is not None and at.minutes.status == MinutesStatus.JUSTERING:
            at.minutes.status = MinutesStatus.DRAFT

    # -- after the meeting ---------------------------------------------------------------------

    def draft(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Draft:
        with self._uow() as uow:
            at = access.in_channel(uow, now=now, action=Action.WRITE_MINUTES, **asked)
            if not at.record.started:
                raise UserError("protokoll.nothing_yet")
            if at.record.locked:  # the version approved, as it was approved
                return Draft(at.meeting.id, snapshot.approved(at), label(at))
            return Draft(at.meeting.id, layout(at.record, facts_for(uow, at, now)), label(at))

    def form(
        self,
        *,
        who: Account,
        item: str,
        now: datetime,
        meeting_id: int | None = None,
        where: Conversation | None = None,
        formote: bool = False,
    ) -> EditForm:
        """The edit form of one item: by the meeting a button carries, or from the council's
        conversation."""
        with self._uow() as uow:
            if meeting_id is not None:
                at = access.by_id(
                    uow, who=who, meeting_id=meeting_id, action=Action.WRITE_MINUTES, now=now
                )
            else:
                if where is None:
                    raise UserError("error.no_council")
                at = access.in_channel(
                    uow,
                    who=who,
                    where=where,
                    now=now,
                    action=Action.WRITE_MINUTES,
                    formote=formote,
                )
            found = at.record.item(item)
            if found is None:
                raise UserError("protokoll.line.no_item", number=item, last=at.record.last_number)
            entries = []
            for entry in at.record.entries_of(item):
                owner = uow.people.get(entry.owner_id) if entry.owner_id else None
                entries.append(
                    FormEntry(
                        entry.id,
                        entry.kind,
                        entry.text,
                        owner.chat_account if owner else None,
                        entry.due,
                    )
                )
            return EditForm(at.meeting.id, found, tuple(entries), at.record.locked, at.lang)

    def edit(
        self,
        *,
        item: str,
        inputs: Sequence[EntryInput],
        names: Mapping[str, str],
        now: datetime,
        **asked: Unpack[ButtonAsked],
    ) -> Edited:
        """Apply the form; on locked minutes, ask the second officer instead (the question
        queued with the request)."""
        with self._uow() as uow:
            at = access.by_id(uow, now=now, action=Action.WRITE_MINUTES, **asked)
            found = at.record.item(item)
            if found is None:
                raise UserError("protokoll.line.no_item", number=item, last=at.record.last_number)
            edits = self._edits(uow, at, found, inputs, names, now, asked["who"])
            if not edits:
                return Edited(at.lang, 0)
            data = {"item": item, "edits": [e.to_json() for e in edits]}
            if not at.record.locked:
                self._append(uow, at, EDITED, now, data)
                self._reopen(at)
                uow.commit()
                return Edited(at.lang, len(edits))
            amendment_id = self._append(uow, at, AMENDMENT_REQUESTED, now, data)
            amendment = self._amendment(uow, at, found, edits, amendment_id, now, asked["who"])
            asks = _amendment_asks(amendment)
            queue(uow, asks, now)
            uow.commit()
            return Edited(at.lang, len(edits), amendment, tuple(m.key for m in asks))

    def _edits(
        self,
        uow: UnitOfWork,
        at: Located,
        item: Item,
        inputs: Sequence[EntryInput],
        names: Mapping[str, str],
        now: datetime,
        who: Account,
    ) -> list[Edit]:
        edits = []
        for given in inputs:
            text = given.text.strip()
            if len(text) > MAX_ENTRY:
                raise UserError("error.too_long", length=len(text), limit=MAX_ENTRY)
            old = at.record.entry(given.entry_id) if given.entry_id else None
            if given.entry_id is not None and (old is None or old.item != item.number):
                continue  # a line removed meanwhile
            if not text:
                if old is not None:
                    edits.append(Edit(old.id, None))
                continue
            kind = old.kind if old is not None else given.kind
            if kind is None:
                continue  # a new line without a kind
            if kind == NoteKind.ACTION and given.owner_user_id is None:
                raise UserError("protokoll.line.action_owner")
            account = given.owner_user_id  # the form's person picker gives an account
            picked = PersonRef(account, names.get(account)) if account else None
            owner_id, owner = self._owner(uow, at, picked, now, who)
            new = Entry("", item.number, kind, text, owner_id, owner, given.due)
            if old is None:
                edits.append(Edit(None, new))
            elif (old.kind, old.text, old.owner_id, old.due) != (
                new.kind,
                new.text,
                new.owner_id,
                new.due,
            ):
                edits.append(Edit(old.id, new))
        return edits

    def _amendment(
        self,
        uow: UnitOfWork,
        at: Located,
        item: Item,
        edits: list[Edit],
        amendment_id: int,
        now: datetime,
        who: Account,
    ) -> AmendmentAsked:
        record = at.record
        facts = facts_for(uow, at, now)
        record.apply(edits, amendment_id)
        section = next(s for s in layout(record, facts).sections if s.item == item.number)
        requester = at.viewer
        assert requester.person_id is not None  # an officer
        confirmers = tuple(
            v.person_id
            for v in viewers_of(uow, at.council, now=now)
            if v.person_id is not None
            and is_second_officer(requester.person_id, requester.roles, v)
            and visible_to(v, at.meeting)
        )
        return AmendmentAsked(
            id=amendment_id,
            council_id=at.council.id,
            meeting_id=at.meeting.id,
            item=item,
            section=section,
            confirmers=confirmers,
            requested_by=Mention(_name(uow, requester.person_id), who),
            lang=at.lang,
        )


def _name(uow: UnitOfWork, person_id: int) -> str:
    person = uow.people.get(person_id)
    return person.display_name if person else "?"


def intro_key(meeting_id: int) -> str:
    return f"post:minutes:intro:m{meeting_id}"


def _thread_start(started: Started) -> list[Queued]:
    """Lines go in the kallelse's thread when there is one, else in a thread the bot starts
    with this message: in the council's conversation, or for a förmöte in the starter's
    direct messages (the unit must not read it). A restart posts in the thread already
    there."""
    said = compose_message.thread_start(started.items, started.lang)
    meeting_id = started.meeting_id
    about: dict[str, Any] = {"kind": "protokoll", "subject": f"m{meeting_id}"}
    opens = {"key": intro_key(meeting_id), "minutes_of": meeting_id, **about}
    if not started.in_dm:
        where = {"thread_ts": started.thread[1], **about} if started.thread else opens
        return [Queued.in_council(started.council_id, said=said, **where)]
    if started.person_id is None:  # nobody's direct messages to start it in
        return []
    # A restart answers the bot's first message to the starter, which opened the thread.
    where = {"thread": intro_key(meeting_id), **about} if started.thread else opens
    return [Queued(started.person_id, said=said, council_id=started.council_id, **where)]


def _amendment_asks(asked: AmendmentAsked) -> list[Queued]:
    """The question to each officer who may confirm a change to approved minutes."""
    said = compose_message.amendment_question(
        asked.id, asked.meeting_id, asked.item, asked.section, asked.requested_by, asked.lang
    )
    return [
        Queued(
            person,
            said=said,
            key=f"dm:amendment:{asked.id}:p{person}",
            council_id=asked.council_id,
            subject=f"m{asked.meeting_id}",
        )
        for person in asked.confirmers
    ]
