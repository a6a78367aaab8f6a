"""A neutral message (bot.core.message) as Microsoft Teams shows it, when it is sent.

A message of paragraphs only is a chat message's text, as people write in Teams (the bot's
reminders and notices); anything more is an Adaptive Card 1.5, the version Teams renders
(learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference):
a heading, text blocks, a divider as the next element's separator, small print as subtle
text, and what the person can do as `Action.Execute` buttons. A button's verb is the action's
id and its data carries the verb again, the action's value and its group's id, the same the
Slack adapter reads from a button (action_id, value, block_id); a client without Universal
Actions sends that data as a message (the button's `Action.Submit` fallback), so the bot reads
both alike (adapters/teams/actions.py). A calendar
and files are a letter's: Teams shows neither here (a chat's files go in the post's thread).

Text is Teams' markdown (**strong**, _emphasis_, [label](url)), people's words escaped so they
stay words. A person with a Teams account is `<at>name</at>` with its mention entity (the card's
msteams.entities, or the activity's for text), so Teams pings them; anyone else is their name.

Teams refuses a message over about 28 KB. A message that says what stands for the rest
(`more`: the minutes) is cut to fit, its buttons kept; any other too large is CardTooLarge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from adapters.teams.ids import TEAMS
from bot.core.message import (
    Action,
    Actions,
    Attachment,
    Block,
    Bullets,
    Calendar,
    Divider,
    Heading,
    Line,
    Message,
    Note,
    Paragraph,
    Section,
    Text,
    Words,
    Writer,
    kept_end,
    written,
)
from bot.core.texts.render import Channel, Conversation, Link, Mention, marks, plain
from bot.core.written import Linked, Named, pieces, spelled

CARD = "application/vnd.microsoft.card.adaptive"
VERSION = "1.5"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
# Teams' limit on a message, card included (the Bot Connector answers 413 past it), taken as
# the activity's compact UTF-8 JSON: what the connector receives.
MAX_BYTES = 28_000
STYLES = {"primary": "positive", "danger": "destructive"}
UNDER = "\u2003\u2003"  # an indent markdown keeps (it strips ASCII spaces at a line's start)


class CardTooLarge(ValueError):
    """The message does not fit in one Teams message, and says nothing to stand for the rest."""


# -- text ----------------------------------------------------------------------------------

# People's words stay words: their * and _ escaped (every renderer of Teams, the phones'
# included, reads those escapes), a link they typed and a mention tag broken by a zero-width
# space (an escape of anything else shows as a backslash on a phone).
_EMPHASIS = re.compile(r"([*_])")
_FORMS = re.compile(r"(\])(\()|(<)(/?at\b)", re.I)
# The people named with their Teams account while one message is written: their mention tag
# and account id, for the message's mention entities.
_MENTIONED: ContextVar[dict[str, str]] = ContextVar("teams_mentioned")


def escaped(text: str) -> str:
    """People's words as Teams' markdown shows them as typed."""
    text = _EMPHASIS.sub(r"\\\1", text)
    return _FORMS.sub(lambda m: "\u200b".join(g for g in m.groups() if g), text)


def _at(name: str, user_id: str) -> str:
    """A person Teams pings: the tag in the text, its entity noted for the message."""
    tag = f"<at>{re.sub(r'[<>]', '', name) or user_id}</at>"
    _MENTIONED.get()[tag] = user_id
    return tag


def _link(url: str, label: str | None) -> str:
    target = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{escaped(label or url)}]({target})"


class _Markdown(Channel):
    """Teams' markdown: the catalogue's marks as Teams' own, a code span as its words (a card
    has none), people's words escaped."""

    def marked(self, text: str) -> str:
        return marks(text, code=escaped, strong=r"**\1**", em=r"_\1_", run=lambda run: run)

    def words(self, text: str) -> str:
        return "".join(_piece(p) if not isinstance(p, str) else escaped(p) for p in pieces(text))

    def mention(self, person: Mention) -> str:
        account = person.account
        if account is not None and account.platform == TEAMS:
            return _at(person.name, account.external_id)
        return escaped(person.name)

    def conversation(self, conversation: Conversation) -> str:
        return escaped("#" + conversation.name)

    def link(self, link: Link) -> str:
        return _link(link.url, link.label)


def _piece(piece: Named | Linked) -> str:
    """A person, conversation or link in people's words: a Teams person pinged, a link a
    link, the rest in words."""
    if isinstance(piece, Linked):
        return _link(piece.url, piece.label or None)
    if piece.kind == "person" and piece.platform == TEAMS:
        return _at(piece.name, piece.id)
    return escaped(spelled(piece))


_MARKDOWN = _Markdown()


def _md(text: Text) -> str:
    return written(_MARKDOWN, text)


def _plain(words: Words) -> str:
    return plain(words.key, words.lang, **words.params)


@contextmanager
def _mentions() -> Iterator[dict[str, str]]:
    noted: dict[str, str] = {}
    token = _MENTIONED.set(noted)
    try:
        yield noted
    finally:
        _MENTIONED.reset(token)


def _entities(noted: dict[str, str], shown: str) -> list[dict[str, Any]]:
    """The mention entities of the tags the message shows (a part cut to fit shows none)."""
    return [
        {
            "type": "mention",
            "text": tag,
            "mentioned": {"id": user_id, "name": tag.removeprefix("<at>").removesuffix("</at>")},
        }
        for tag, user_id in noted.items()
        if tag in shown
    ]


# -- the card ------------------------------------------------------------------------------


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _mark(line: Line) -> str:
    # "3. " alone in its text block: Teams' renderers keep the number (a list starting there).
    mark = f"{line.number}. " if line.number is not None else "• " if line.bullet else ""
    return (UNDER if line.under else "") + mark


def _lines(texts: list[str]) -> list[dict[str, Any]]:
    """One text block a line, close together: markdown would join or renumber them."""
    return [_text(t, **({"spacing": "None"} if i else {})) for i, t in enumerate(texts)]


class _Elements(Writer[list[dict[str, Any]]]):
    """A block's card elements: a divider is the next element's separator (_parts), a
    calendar and files a letter's."""

    def paragraph(self, block: Paragraph) -> list[dict[str, Any]]:
        return [_text(_md(block.words))]

    def heading(self, block: Heading) -> list[dict[str, Any]]:
        return [_text(_md(block.words), size="Large", weight="Bolder", style="heading")]

    def bullets(self, block: Bullets) -> list[dict[str, Any]]:
        return _lines(["• " + _md(item) for item in block.items])

    def section(self, block: Section) -> list[dict[str, Any]]:
        title = [_text(_md(block.title), weight="Bolder")] if block.title is not None else []
        lines = _lines([_mark(line) + _md(line.text) for line in block.lines])
        if title and lines:
            lines[0]["spacing"] = "Small"
        return title + lines

    def note(self, block: Note) -> list[dict[str, Any]]:
        return [_text(" · ".join(map(_md, block.texts)), isSubtle=True, size="Small")]

    def actions(self, block: Actions) -> list[dict[str, Any]]:
        return [{"type": "ActionSet", "actions": [_action(a, block.id) for a in block.actions]}]

    def unshown(self, block: Block) -> list[dict[str, Any]]:
        return []


_elements = _Elements().write


def _action(action: Action, group: str | None) -> dict[str, Any]:
    title = _plain(action.label)
    style = {"style": STYLES[action.style]} if action.style is not None else {}
    if action.url is not None:
        return {"type": "Action.OpenUrl", "title": title, "url": action.url, **style}
    data = {"verb": action.id, "value": action.value, **({"group": group} if group else {})}
    # A client without Universal Actions sends the same data as a message (Action.Submit).
    fallback = {"type": "Action.Submit", "title": title, "data": data, **style}
    return {
        "type": "Action.Execute",
        "title": title,
        "verb": action.id,
        "data": data,
        **style,
        "fallback": fallback,
    }


def _parts(blocks: tuple[Block, ...]) -> list[list[dict[str, Any]]]:
    """Each block's elements, a divider drawn as the line above the element after it."""
    parts: list[list[dict[str, Any]]] = []
    rule = False
    for block in blocks:
        made = _elements(block)
        if made and rule:
            made[0] = {**made[0], "separator": True}
        rule = isinstance(block, Divider) or (rule and not made)
        parts.append(made)
    return parts


def _flat(parts: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [element for made in parts for element in made]


def _summary(message: Message) -> str | None:
    """A notification's line: the message's summary, else its first heading or paragraph."""
    if message.summary is not None:
        return _plain(message.summary)
    first = next((b for b in message.blocks if isinstance(b, Heading | Paragraph)), None)
    return _plain(first.words) if first is not None else None


def _language(message: Message) -> str | None:
    said = [message.summary, *(getattr(b, "words", None) for b in message.blocks)]
    return next((w.lang for w in said if isinstance(w, Words)), None)


def size(activity: dict[str, Any]) -> int:
    """The activity's size as Teams counts it against MAX_BYTES."""
    return len(json.dumps(activity, ensure_ascii=False, separators=(",", ":")).encode())


def activity(message: Message) -> dict[str, Any]:
    """The message as a Bot Framework message activity: text for paragraphs only, else an
    Adaptive Card; at most MAX_BYTES (CardTooLarge otherwise)."""
    shown = [b for b in message.blocks if not isinstance(b, Calendar | Attachment)]
    if not all(isinstance(b, Paragraph) for b in shown):
        return _carrying(message, card(message))
    with _mentions() as noted:
        text = "\n\n".join(_md(b.words) for b in shown if isinstance(b, Paragraph))
        entities = _entities(noted, text)
    said = {"type": "message", "textFormat": "markdown", "text": text}
    return _checked({**said, **({"entities": entities} if entities else {})}, message)


def carried(message: Message) -> dict[str, Any]:
    """The message as an activity carrying its card, whatever it holds (a card updated in
    place stays a card)."""
    return _carrying(message, card(message))


def text(message: Message) -> str:
    """The message's paragraphs as plain text: a line Teams shows beside a card (an invoke's
    answer), where no markdown is read."""
    return "\n".join(_plain(b.words) for b in message.blocks if isinstance(b, Paragraph))


def card(message: Message) -> dict[str, Any]:
    """The message as an Adaptive Card whatever it holds (also what an Action.Execute is
    answered with, the card updated in place), cut to fit as its activity must."""
    with _mentions() as noted:
        parts = _parts(message.blocks)
        more = [_text(_md(message.more), isSubtle=True)] if message.more is not None else None
    return _fitted(message, parts, more, noted)


def _card(message: Message, body: list[dict[str, Any]], noted: dict[str, str]) -> dict[str, Any]:
    summary, lang = _summary(message), _language(message)
    entities = _entities(noted, json.dumps(body, ensure_ascii=False))
    teams: dict[str, Any] = {"width": "Full", **({"entities": entities} if entities else {})}
    return {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": VERSION,
        **({"lang": lang} if lang else {}),
        **({"fallbackText": summary} if summary else {}),
        "body": body,
        "msteams": teams,
    }


def _carrying(message: Message, content: dict[str, Any]) -> dict[str, Any]:
    """The activity that carries the card."""
    summary = _summary(message)
    return {
        "type": "message",
        **({"summary": summary} if summary else {}),
        "attachments": [{"contentType": CARD, "content": content}],
    }


def _fitted(
    message: Message,
    parts: list[list[dict[str, Any]]],
    more: list[dict[str, Any]] | None,
    noted: dict[str, str],
) -> dict[str, Any]:
    """The whole when it fits; else, with `more`, the longest beginning that fits with `more`
    and the end the message keeps (bot.core.message.kept_end), and what follows it."""

    def fits(body: list[dict[str, Any]]) -> tuple[dict[str, Any], bool]:
        made = _card(message, body, noted)
        return made, size(_carrying(message, made)) <= MAX_BYTES

    whole, fitting = fits(_flat(parts))
    if fitting or more is None:
        return _checked(whole, message)
    start, _ = kept_end(message.blocks)
    head, tail = _flat(parts[:start]), _flat(parts[start:])
    low, high = 0, len(head)  # the most elements of the head that fit, found by halves
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(head[:middle] + more + tail)[1] else (low, middle - 1)
    return _checked(fits(head[:low] + more + tail)[0], message)


def _checked(said: dict[str, Any], message: Message) -> dict[str, Any]:
    """`said` (an activity, or a card that goes in one) when Teams takes it."""
    found = size(said if said["type"] == "message" else _carrying(message, said))
    if found > MAX_BYTES:
        raise CardTooLarge(
            f"a Teams message holds at most {MAX_BYTES} bytes, this one {found} "
            f"({_summary(message) or 'no summary'}): say less, or give it `more` to be cut"
        )
    return said


def line_size(line: Line) -> int:
    """The most bytes a section's line adds to a card (its text block and the comma before
    it): the JSON as a client may send it, other letters than ASCII escaped (ä as \\u00e4).
    A long list (the agenda) is split into messages by it."""
    with _mentions():
        element = _text(_mark(line) + _md(line.text), spacing="None")
    return sent_size(element) + 2


def sent_size(said: dict[str, Any]) -> int:
    """The most bytes `said` takes as JSON, however a client writes it (see line_size)."""
    return len(json.dumps(said).encode())
