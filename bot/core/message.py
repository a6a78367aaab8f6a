"""The neutral message: what the domain says to a person, before any channel has written it.

A message is a few blocks of catalogue words (`Words`: a key, its parameters, the language):
paragraphs, a heading, a list, and actions the person can take. Emphasis is the catalogue's
own marks, and a person, a conversation or a link is a reference among the parameters
(bot.core.texts.render), so nothing here is any channel's markup. Each adapter renders a message
its own way when it is sent: a chat in its own markup and layout (its adapter's), email as
plain text and HTML, the sandbox's console (bot.core.texts.letters).

A message is stored in the outbox as JSON (`to_json`, `from_json`), under a version number,
so rows queued by an older release are read as they were written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any, Literal

from bot.core.identity import Account
from bot.core.texts import Ref
from bot.core.texts.render import Conversation, Link, Mention

VERSION = 1


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


Block = Paragraph | Heading | Bullets | Actions


@dataclass(frozen=True)
class Message:
    blocks: tuple[Block, ...]

    @classmethod
    def of(cls, *paragraphs: Words) -> Message:
        """A message of paragraphs only."""
        return cls(tuple(Paragraph(words) for words in paragraphs))

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "blocks": [_block_json(block) for block in self.blocks]}

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> Message:
        if stored.get("v") != VERSION:
            raise ValueError(f"a message of version {stored.get('v')!r}")
        return cls(tuple(_block(block) for block in stored["blocks"]))


def _block_json(block: Block) -> dict[str, Any]:
    if isinstance(block, Paragraph | Heading):
        kind = "paragraph" if isinstance(block, Paragraph) else "heading"
        return {"type": kind, "words": block.words.to_json()}
    if isinstance(block, Bullets):
        return {"type": "bullets", "items": [item.to_json() for item in block.items]}
    return {
        "type": "actions",
        "actions": [
            {**asdict(action), "label": action.label.to_json()} for action in block.actions
        ],
    }


def _block(stored: dict[str, Any]) -> Block:
    kind = stored["type"]
    if kind == "paragraph":
        return Paragraph(Words.from_json(stored["words"]))
    if kind == "heading":
        return Heading(Words.from_json(stored["words"]))
    if kind == "bullets":
        return Bullets(tuple(Words.from_json(item) for item in stored["items"]))
    if kind == "actions":
        return Actions(
            tuple(
                Action(**{**action, "label": Words.from_json(action["label"])})
                for action in stored["actions"]
            )
        )
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
