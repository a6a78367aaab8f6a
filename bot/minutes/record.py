"""The minutes' event log replayed: the agenda they follow, their lines, where they stand.

Replaying is a pure function of the `minutes.*` events, so the same log always gives the
same minutes, and an edit or a new template never loses what was captured. Services check
each step before appending it; replay only applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Protocol

from bot.core.vocabulary import MinutesStatus, NoteKind
from bot.minutes.facts import Facts

PREFIX = "minutes."
STARTED = "minutes.started"
TOPIC = "minutes.topic"
NOTED = "minutes.noted"
EDITED = "minutes.edited"
SENT = "minutes.sent"
APPROVED = "minutes.approved"
PROPOSED = "minutes.change_proposed"
LOCKED = "minutes.locked"
AMENDMENT_REQUESTED = "minutes.amendment_requested"
AMENDMENT_CONFIRMED = "minutes.amendment_confirmed"
AMENDMENT_DECLINED = "minutes.amendment_declined"
PUBLISHED = "minutes.published"
JUSTERARE = "minutes.justerare"  # who the meeting chose to approve these minutes
# What writing a line reads of the log: the outline, the current item and whether the
# minutes are locked; so a line is appended without replaying the lines before it.
HEAD = (STARTED, TOPIC, LOCKED, PUBLISHED)


class LoggedEvent(Protocol):
    """What replay reads of an event (adapters.storage.models.Event, or one from a recorded log)."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def data(self) -> dict[str, Any]: ...
    @property
    def at(self) -> datetime: ...
    @property
    def actor_id(self) -> int | None: ...


@dataclass(frozen=True)
class FollowedAction:
    """An open action item as the uppföljning point listed it."""

    id: int
    text: str
    owner: str | None
    due: date | None


@dataclass(frozen=True)
class Item:
    """One numbered line of the agenda as it stood when the minutes began ("5", "5.1")."""

    number: str
    title: str
    point_id: int | None = None
    carried: bool = False
    actions: tuple[FollowedAction, ...] = ()

    @property
    def is_sub(self) -> bool:
        return "." in self.number

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.number,
            "title": self.title,
            "point": self.point_id,
            "carried": self.carried,
            "actions": [
                [a.id, a.text, a.owner, a.due.isoformat() if a.due else None] for a in self.actions
            ],
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Item:
        return cls(
            number=raw["n"],
            title=raw["title"],
            point_id=raw.get("point"),
            carried=bool(raw.get("carried")),
            actions=tuple(
                FollowedAction(a[0], a[1], a[2], date.fromisoformat(a[3]) if a[3] else None)
                for a in raw.get("actions") or ()
            ),
        )


@dataclass(frozen=True)
class Entry:
    """One line of the minutes under an agenda item."""

    id: str
    item: str
    kind: NoteKind
    text: str
    owner_id: int | None = None
    owner: str | None = None  # the owner's name as it was written down
    due: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "kind": self.kind.value,
            "text": self.text,
            "owner_id": self.owner_id,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
        }

    @classmethod
    def from_json(cls, entry_id: str, raw: Mapping[str, Any]) -> Entry:
        return cls(
            id=entry_id,
            item=raw["item"],
            kind=NoteKind(raw["kind"]),
            text=raw["text"],
            owner_id=raw.get("owner_id"),
            owner=raw.get("owner"),
            due=date.fromisoformat(raw["due"]) if raw.get("due") else None,
        )


@dataclass(frozen=True)
class Edit:
    """A change to the lines: `entry` None adds `new`; `new` None removes `entry`."""

    entry: str | None
    new: Entry | None

    def to_json(self) -> dict[str, Any]:
        return {"entry": self.entry, "new": self.new.to_json() if self.new else None}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Edit:
        entry = raw.get("entry")
        new = raw.get("new")
        return cls(entry, Entry.from_json(entry or "", new) if new else None)


@dataclass(frozen=True)
class Approval:
    person_id: int
    version: int
    at: datetime


@dataclass(frozen=True)
class Proposal:
    person_id: int
    version: int
    at: datetime
    text: str


@dataclass(frozen=True)
class Amendment:
    """A change asked for after the lock: it applies only when a second officer confirms."""

    id: int
    item: str
    edits: tuple[Edit, ...]
    requested_by: int
    requested_at: datetime
    confirmed_by: int | None = None
    declined_by: int | None = None
    decided_at: datetime | None = None

    @property
    def pending(self) -> bool:
        return self.confirmed_by is None and self.declined_by is None


@dataclass
class Record:
    outline: list[Item] = field(default_factory=list)
    current: str | None = None
    entries: list[Entry] = field(default_factory=list)
    status: MinutesStatus = MinutesStatus.DRAFT
    version: int = 0
    facts: Facts | None = None  # as sent to the justerare: what a locked version states
    approvals: list[Approval] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    published: list[tuple[int, datetime]] = field(default_factory=list)  # version, when
    chosen: tuple[int, ...] = ()  # the justerare the meeting chose (none: the default)
    justered: bool = True  # False: locked without justering (the council's choice)
    action_ids: dict[str, int] = field(default_factory=dict)  # entry id -> action item id
    updated_at: datetime | None = None
    writers: list[int] = field(default_factory=list)  # who wrote lines, first come first

    @property
    def started(self) -> bool:
        return bool(self.outline)

    @property
    def locked(self) -> bool:
        return self.status in (MinutesStatus.LOCKED, MinutesStatus.PUBLISHED)

    @property
    def last_number(self) -> str:
        """The last numbered item ("punkt 1" up to this)."""
        return next((i.number for i in reversed(self.outline) if not i.is_sub), "0")

    def item(self, number: str) -> Item | None:
        return next((i for i in self.outline if i.number == number), None)

    def entries_of(self, number: str) -> list[Entry]:
        return [e for e in self.entries if e.item == number]

    def entry(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def approvals_of(self, version: int) -> list[Approval]:
        return [a for a in self.approvals if a.version == version]

    def amendment(self, amendment_id: int) -> Amendment | None:
        return next((a for a in self.amendments if a.id == amendment_id), None)

    def next_item(self) -> Item | None:
        """The item after the current one ("nästa punkt"), sub-items included."""
        numbers = [i.number for i in self.outline]
        if self.current is None:
            return self.outline[0] if self.outline else None
        index = numbers.index(self.current) + 1 if self.current in numbers else len(numbers)
        return self.outline[index] if index < len(numbers) else None

    @property
    def published_version(self) -> int | None:
        return self.published[-1][0] if self.published else None

    def apply(self, edits: Iterable[Edit], event_id: int) -> None:
        for index, edit in enumerate(edits):
            if edit.entry is None and edit.new is not None:
                self.entries.append(replace(edit.new, id=f"{event_id}.{index}"))
            elif edit.new is None:
                self.entries = [e for e in self.entries if e.id != edit.entry]
            else:
                self.entries = [
                    replace(edit.new, id=e.id, item=e.item) if e.id == edit.entry else e
                    for e in self.entries
                ]


def _reopen(record: Record) -> None:
    """A change while the justerare have it: the version they hold is no longer the text."""
    if record.status == MinutesStatus.JUSTERING:
        record.status = MinutesStatus.DRAFT


def _wrote(record: Record, event: LoggedEvent) -> None:
    _reopen(record)
    if event.actor_id is not None and event.actor_id not in record.writers:
        record.writers.append(event.actor_id)


def replay(events: Iterable[LoggedEvent]) -> Record:
    record = Record()
    for event in events:
        data = event.data
        record.updated_at = event.at
        if event.kind == STARTED:
            record.outline = [Item.from_json(raw) for raw in data["outline"]]
        elif event.kind == TOPIC:
            record.current = data["item"]
        elif event.kind == NOTED:
            record.entries.append(Entry.from_json(str(event.id), data))
            _wrote(record, event)
        elif event.kind == EDITED:
            record.apply((Edit.from_json(raw) for raw in data["edits"]), event.id)
            _wrote(record, event)
        elif event.kind == SENT:
            record.version = data["version"]
            record.status = MinutesStatus.JUSTERING
            record.facts = Facts.from_json(data["facts"])
        elif event.kind == APPROVED:
            record.approvals.append(Approval(_actor(event), data["version"], event.at))
        elif event.kind == PROPOSED:
            record.proposals.append(
                Proposal(_actor(event), data["version"], event.at, data["text"])
            )
        elif event.kind == JUSTERARE:
            record.chosen = tuple(data["people"])
            _reopen(record)
        elif event.kind == LOCKED:
            record.status = MinutesStatus.LOCKED
            if "facts" in data:  # locked without justering: the version and what it states
                record.version, record.facts = data["version"], Facts.from_json(data["facts"])
                record.justered = False
        elif event.kind == AMENDMENT_REQUESTED:
            record.amendments.append(
                Amendment(
                    id=event.id,
                    item=data["item"],
                    edits=tuple(Edit.from_json(raw) for raw in data["edits"]),
                    requested_by=_actor(event),
                    requested_at=event.at,
                )
            )
        elif event.kind in (AMENDMENT_CONFIRMED, AMENDMENT_DECLINED):
            _decide(record, event)
        elif event.kind == PUBLISHED:
            record.status = MinutesStatus.PUBLISHED
            record.published.append((data["version"], event.at))
            record.action_ids.update(data.get("actions") or {})
    return record


def _decide(record: Record, event: LoggedEvent) -> None:
    confirmed = event.kind == AMENDMENT_CONFIRMED
    for index, amendment in enumerate(record.amendments):
        if amendment.id != event.data["amendment"]:
            continue
        record.amendments[index] = replace(
            amendment,
            confirmed_by=_actor(event) if confirmed else None,
            declined_by=None if confirmed else _actor(event),
            decided_at=event.at,
        )
        if confirmed:
            record.apply(amendment.edits, amendment.id)
            record.version += 1


def _actor(event: LoggedEvent) -> int:
    if event.actor_id is None:
        raise ValueError(f"{event.kind} event {event.id} has no actor")
    return event.actor_id
