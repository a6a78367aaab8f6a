"""The neutral message: what the domain says to a person, before any channel has written it.

A message is a few blocks of catalogue words (`Words`: a key, its parameters, the language):
- `Paragraph`, `Heading`, `Bullets` (a list, one item a line);
- `Section`: an optional title over lines, each numbered ("1."), bulleted or bare, perhaps
  under the line before (an agenda with its sub-items, a kallelse's facts, the minutes),
  perhaps with an action on what it says (an item of a draft to edit);
- `Note`: small print (a footer), `Divider`: a rule between parts;
- `Actions`: what the person can do, each with the id and value the adapter that answers it
  reads (a chat's button id and value), and the group's own id;
- `Calendar`: a meeting for the person's calendar (an email's invitation and its .ics);
- `Attachment`: a file that goes with the message (an email's attachment).
A message may have a `summary`, the line a notification, a screen reader or a subject shows,
a `sender`, who says it by name (the council: a letter's From name; a chat posts as its bot),
and `greets`: a letter opens by the person's name ("Hej Anna!"), which a chat, where the
person is already spoken to, leaves out.
Emphasis is the catalogue's own marks, and a person, a conversation or a link is a reference
among the parameters (bot.core.texts.render), so nothing here is any channel's markup. Words
already written in a language (the minutes as approved) are `Written`: the catalogue's text
and people's words apart, each written as the channel writes them (`written`).

Each adapter renders a message its own way when it is sent: a chat in its markup and blocks
(the chat adapter's message.py), email as plain text and HTML with the calendar and files
attached (adapters.mail.letter), the sandbox's console (bot.core.texts.letters); a channel
shows only the parts it can (a chat no calendar, a letter no button without an address).

A message is stored in the outbox as JSON (`to_json`, `from_json`), under a version number,
so rows queued by an older release are read as they were written.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, Literal, TypeVar
from zoneinfo import ZoneInfo

from bot.core.identity import Account
from bot.core.texts import Ref
from bot.core.texts.render import Channel, Conversation, Link, Mention, render

VERSION = 2
TEXT = "message.text"  # a line of people's words, or a link, as it is
READABLE = frozenset({1, 2})  # 1: before sections, notes, calendars and files


@dataclass(frozen=True)
class Words:
    """A text from the catalogue, rendered when it is sent by the channel it goes by (its
    people's words made inert the way that channel needs)."""

    key: str
    params: Mapping[str, Any]
    lang: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "params": _encoded(dict(self.params)), "lang": self.lang}

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> Words:
        return cls(stored["key"], _decoded(stored["params"]), stored["lang"])


@dataclass(frozen=True)
class Written:
    """Words already written in a language (minutes as approved): the catalogue's text and
    people's words apart, the odd parts people's words, so each channel makes only those inert."""

    parts: tuple[str, ...]


Text = Words | Written


def written(channel: Channel, text: Text) -> str:
    """The text as `channel` writes it."""
    if isinstance(text, Written):
        return "".join(
            channel.words(p) if i % 2 else channel.marked(p) for i, p in enumerate(text.parts)
        )
    return render(channel, text.key, text.lang, **text.params)


def _text_json(text: Text) -> dict[str, Any]:
    return {"parts": list(text.parts)} if isinstance(text, Written) else text.to_json()


def _text(stored: dict[str, Any]) -> Text:
    return Written(tuple(stored["parts"])) if "parts" in stored else Words.from_json(stored)


@dataclass(frozen=True)
class Paragraph:
    words: Words


@dataclass(frozen=True)
class Heading:
    words: Words


@dataclass(frozen=True)
class Bullets:
    """A list, one item a line."""

    items: tuple[Words, ...]


Style = Literal["primary", "danger"]


@dataclass(frozen=True)
class Action:
    """Something the person can do: `id` names it to the adapter that answers it, `value` is
    what it acts on. A channel that cannot press buttons (email) shows it only when it has a
    `url` to go to."""

    id: str
    label: Words
    value: str
    style: Style | None = None
    url: str | None = None


@dataclass(frozen=True)
class Actions:
    actions: tuple[Action, ...]
    id: str | None = None  # the group's, for the adapter (a chat's block id)


@dataclass(frozen=True)
class Line:
    text: Text
    number: int | str | None = None  # shown as "1."
    bullet: bool = False  # shown as "•"
    under: bool = False  # indented under the line before


@dataclass(frozen=True)
class Section:
    title: Text | None
    lines: tuple[Line, ...]
    # What the person can do with what it says (a chat's button beside it: edit this item).
    action: Action | None = None


@dataclass(frozen=True)
class Note:
    """Small print, one or a few short texts side by side: a footer, a document's date."""

    texts: tuple[Text, ...]


@dataclass(frozen=True)
class Divider:
    pass


@dataclass(frozen=True)
class Calendar:
    """A meeting for the person's calendar: one uid for the meeting's life and its sequence
    (bumped by each move and the cancellation), so a calendar updates or removes the event
    it already has. `start` is in the council's zone; `organizer` names who invites."""

    uid: str
    sequence: int
    start: datetime
    end: datetime | None
    summary: str
    description: str
    location: str | None
    url: str | None
    organizer: str
    lang: str  # of the letter's line saying it comes with it
    cancelled: bool = False


@dataclass(frozen=True)
class Attachment:
    """A file that goes with the message."""

    name: str
    mimetype: str
    content: bytes
    lang: str  # of the letter's line naming it


Block = Paragraph | Heading | Bullets | Actions | Section | Note | Divider | Calendar | Attachment


@dataclass(frozen=True)
class Message:
    blocks: tuple[Block, ...]
    summary: Words | None = None  # a notification's line, an email's subject
    # Said in its place where a channel cannot show the whole (the minutes past a chat's limit).
    more: Words | None = None
    sender: str | None = None  # who says it, by name: the council
    greets: bool = False  # a letter opens by the person's name

    @classmethod
    def of(cls, *paragraphs: Words) -> Message:
        """A message of paragraphs only."""
        return cls(tuple(Paragraph(words) for words in paragraphs))

    def to_json(self) -> dict[str, Any]:
        return {
            "v": VERSION,
            "blocks": [_block_json(block) for block in self.blocks],
            **({"summary": self.summary.to_json()} if self.summary else {}),
            **({"more": self.more.to_json()} if self.more else {}),
            **({"sender": self.sender} if self.sender else {}),
            **({"greets": True} if self.greets else {}),
        }

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> Message:
        if stored.get("v") not in READABLE:
            raise ValueError(f"a message of version {stored.get('v')!r}")
        summary, more = (
            Words.from_json(stored[name]) if name in stored else None
            for name in ("summary", "more")
        )
        return cls(
            tuple(_block(block) for block in stored["blocks"]),
            summary,
            more,
            stored.get("sender"),
            bool(stored.get("greets")),
        )

    def parts(self, kind: type[B]) -> list[B]:
        """Its blocks of one kind (a letter's calendar and files)."""
        return [block for block in self.blocks if isinstance(block, kind)]


B = TypeVar("B")
R = TypeVar("R")


class Writer(Generic[R]):
    """How a channel writes each kind of block: a method a kind, and `write` choosing the one
    for the block, so every renderer (a chat's, email's, the console's, the stored JSON) shares
    one dispatch. A kind the writer does not show goes to `unshown`."""

    def write(self, block: Block) -> R:
        match block:
            case Paragraph():
                return self.paragraph(block)
            case Heading():
                return self.heading(block)
            case Bullets():
                return self.bullets(block)
            case Section():
                return self.section(block)
            case Note():
                return self.note(block)
            case Divider():
                return self.divider(block)
            case Actions():
                return self.actions(block)
            case Calendar():
                return self.calendar(block)
            case Attachment():
                return self.attachment(block)

    def unshown(self, block: Block) -> R:
        raise NotImplementedError(f"{type(self).__name__} does not write {type(block).__name__}")

    def paragraph(self, block: Paragraph) -> R:
        return self.unshown(block)

    def heading(self, block: Heading) -> R:
        return self.unshown(block)

    def bullets(self, block: Bullets) -> R:
        return self.unshown(block)

    def section(self, block: Section) -> R:
        return self.unshown(block)

    def note(self, block: Note) -> R:
        return self.unshown(block)

    def divider(self, block: Divider) -> R:
        return self.unshown(block)

    def actions(self, block: Actions) -> R:
        return self.unshown(block)

    def calendar(self, block: Calendar) -> R:
        return self.unshown(block)

    def attachment(self, block: Attachment) -> R:
        return self.unshown(block)


def kept_end(blocks: tuple[Block, ...]) -> tuple[int, int]:
    """Where the part of a message a channel keeps, however much it cuts before, begins and
    ends: its last actions, with the divider and the section just before them (a kallelse's
    own answer); (n, n) for a message of n blocks with no actions."""
    ends = [i + 1 for i, block in enumerate(blocks) if isinstance(block, Actions)]
    if not ends:
        return len(blocks), len(blocks)
    end = ends[-1]
    return (end - 3 if end >= 3 and isinstance(blocks[end - 3], Divider) else end - 1), end


class _Json(Writer[dict[str, Any]]):
    """A block as the outbox stores it."""

    def paragraph(self, block: Paragraph) -> dict[str, Any]:
        return {"type": "paragraph", "words": block.words.to_json()}

    def heading(self, block: Heading) -> dict[str, Any]:
        return {"type": "heading", "words": block.words.to_json()}

    def note(self, block: Note) -> dict[str, Any]:
        return {"type": "note", "texts": [_text_json(text) for text in block.texts]}

    def bullets(self, block: Bullets) -> dict[str, Any]:
        return {"type": "bullets", "items": [item.to_json() for item in block.items]}

    def section(self, block: Section) -> dict[str, Any]:
        return {
            "type": "section",
            "title": _text_json(block.title) if block.title is not None else None,
            "lines": [{**asdict(line), "text": _text_json(line.text)} for line in block.lines],
            **({"action": _action_json(block.action)} if block.action else {}),
        }

    def divider(self, block: Divider) -> dict[str, Any]:
        return {"type": "divider"}

    def calendar(self, block: Calendar) -> dict[str, Any]:
        return {
            "type": "calendar",
            **{f.name: getattr(block, f.name) for f in fields(block)},
            "start": block.start.isoformat(),
            "end": block.end.isoformat() if block.end else None,
            "zone": str(block.start.tzinfo),
        }

    def attachment(self, block: Attachment) -> dict[str, Any]:
        content = base64.b64encode(block.content).decode("ascii")
        return {
            "type": "attachment",
            "name": block.name,
            "mimetype": block.mimetype,
            "content": content,
            "lang": block.lang,
        }

    def actions(self, block: Actions) -> dict[str, Any]:
        return {
            "type": "actions",
            "actions": [_action_json(action) for action in block.actions],
            **({"id": block.id} if block.id else {}),
        }


_block_json = _Json().write


def _action_json(action: Action) -> dict[str, Any]:
    return {**asdict(action), "label": action.label.to_json()}


def _action(stored: dict[str, Any]) -> Action:
    return Action(**{**stored, "label": Words.from_json(stored["label"])})


def _block(stored: dict[str, Any]) -> Block:
    kind = stored["type"]
    if kind in ("paragraph", "heading"):
        made = Paragraph if kind == "paragraph" else Heading
        return made(Words.from_json(stored["words"]))
    if kind == "note":
        return Note(tuple(_text(text) for text in stored["texts"]))
    if kind == "bullets":
        return Bullets(tuple(Words.from_json(item) for item in stored["items"]))
    if kind == "section":
        title = stored["title"]
        action = stored.get("action")
        return Section(
            _text(title) if title is not None else None,
            tuple(Line(**{**line, "text": _text(line["text"])}) for line in stored["lines"]),
            _action(action) if action else None,
        )
    if kind == "divider":
        return Divider()
    if kind == "calendar":
        zone = ZoneInfo(stored["zone"])
        end = stored["end"]
        return Calendar(
            **{
                **{k: v for k, v in stored.items() if k not in ("type", "zone")},
                "start": datetime.fromisoformat(stored["start"]).astimezone(zone),
                "end": datetime.fromisoformat(end).astimezone(zone) if end else None,
            }
        )
    if kind == "attachment":
        content = base64.b64decode(stored["content"])
        return Attachment(stored["name"], stored["mimetype"], content, stored["lang"])
    if kind == "actions":
        return Actions(tuple(_action(action) for action in stored["actions"]), stored.get("id"))
    raise ValueError(f"a message block of type {kind!r}")


# A person, a conversation or a link in a message, by the name it is stored under: each
# channel renders it its own way when the message is sent.
REFERENCES: dict[str, type[Mention | Conversation | Link]] = {
    "mention": Mention,
    "conversation": Conversation,
    "link": Link,
}
_REFERENCE_NAMES = {kind: name for name, kind in REFERENCES.items()}


def _encoded(value: Any) -> Any:
    """A parameter as JSON: a catalogue reference (bot.core.texts.Ref, with its own parameters),
    a person, a conversation or a link is marked as one."""
    if isinstance(value, Ref):
        count = value.count
        return {
            "ref": value.key,
            "count": str(count) if isinstance(count, Decimal) else count,
            **({"params": _encoded(dict(value.params))} if value.params else {}),
        }
    if isinstance(value, Mention | Conversation | Link):  # a mention's account as a dict too
        return {"reference": _REFERENCE_NAMES[type(value)], **asdict(value)}
    if isinstance(value, dict):
        return {k: _encoded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encoded(v) for v in value]
    return value


def _decoded(value: Any) -> Any:
    if isinstance(value, dict) and "ref" in value:
        count = value["count"]
        counted = Decimal(count) if isinstance(count, str) else count
        return Ref(value["ref"], counted, _decoded(value.get("params", {})))
    if isinstance(value, dict) and "reference" in value:
        fields = {k: v for k, v in value.items() if k != "reference"}
        if isinstance(fields.get("account"), dict):
            fields["account"] = Account(**fields["account"])
        return REFERENCES[value["reference"]](**fields)
    if isinstance(value, dict):
        return {k: _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value
