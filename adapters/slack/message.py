"""A neutral message (bot.core.message) as Slack shows it, when it is sent.

A message of paragraphs only (and lines with no title, an agenda under them) is a chat
message's text, one paragraph a line, as Slack shows what people write (and as the bot's
reminders and notices have always read). A message with a heading, a list, a titled section
or actions is Block Kit: a header, sections (a section's action a button beside it),
context, dividers and buttons, with its summary (else the whole in words) as the `text`
that notifications and screen readers use. A calendar and files are a letter's: Slack shows
neither. Each piece is cut to Slack's limits (docs.slack.dev/reference/block-kit), so Slack
never refuses a message for its length; the buttons at the end are kept whatever the length
before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adapters.slack.mrkdwn import SLACK, encoded, slack
from bot.core.message import (
    Action,
    Actions,
    Block,
    Bullets,
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
from bot.core.texts.render import plain

TEXT_LIMIT = 40_000  # a message's text (chat.postMessage's msg_too_long)
MAX_BLOCKS = 50
SECTION_LIMIT = 3000
HEADER = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
ACTION_ID = 255
BUTTON_URL = 3000
BUTTONS = 25  # elements in one actions block


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[dict[str, Any]] | None = None


def fit(text: str, limit: int) -> str:
    """The text, cut to `limit` characters with "…" showing that it was."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mrkdwn(words: Text) -> str:
    """Catalogue words in Slack's mrkdwn, people's own words in them made inert."""
    if isinstance(words, Words):
        return slack(words.key, words.lang, **words.params)
    return written(SLACK, words)


def _plain(words: Words) -> str:
    """No marks, a person by their name: Slack shows no mention in a plain_text object."""
    return plain(words.key, words.lang, **words.params)


def _plain_text(words: Words, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": fit(_plain(words), limit), "emoji": True}


def rendered(message: Message) -> SlackMessage:
    shown = [block for block in message.blocks if _shown(block)]
    if all(map(_as_text, shown)):
        return SlackMessage(fit("\n".join(map(_line, shown)), TEXT_LIMIT))
    if message.summary is not None:
        text = mrkdwn(message.summary)
    else:
        text = "\n".join(line for line in map(_line, message.blocks) if line)
    parts = [[*_blocks(block)] for block in message.blocks]
    return SlackMessage(fit(text, TEXT_LIMIT), _fitted(message, parts))


def _as_text(block: Block) -> bool:
    """Whether the block reads as a chat message's text: a paragraph, or lines with no title
    and nothing to press (an agenda under a paragraph)."""
    if isinstance(block, Section):
        return block.title is None and block.action is None
    return isinstance(block, Paragraph)


def _shown(block: Block) -> bool:
    """Whether Slack shows the block at all (a calendar and files are a letter's)."""
    return isinstance(block, Paragraph | Heading | Bullets | Section | Note | Divider | Actions)


def _fitted(message: Message, parts: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """At most MAX_BLOCKS: the buttons at the end (with the divider and the section just
    before them, a kallelse's own answer) kept whatever the length before them, and what is
    cut said by the message's `more`."""
    blocks = message.blocks

    def flat_of(chosen: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
        return [part for made in chosen for part in made]

    if len(flat_of(parts)) <= MAX_BLOCKS:
        return flat_of(parts)
    start, end = kept_end(blocks)
    tail = flat_of(parts[start:end])
    more = [mrkdwn_section(mrkdwn(message.more))] if message.more is not None else []
    head = flat_of(parts[:start])[: max(0, MAX_BLOCKS - len(tail) - len(more))]
    return (head + more + tail + flat_of(parts[end:]))[:MAX_BLOCKS]


class _TextLine(Writer[str]):
    """The block in the message's text: everything but its buttons."""

    def paragraph(self, block: Paragraph) -> str:
        return mrkdwn(block.words)

    def note(self, block: Note) -> str:
        return " · ".join(map(mrkdwn, block.texts))

    def heading(self, block: Heading) -> str:
        return f"*{encoded(_plain(block.words))}*"

    def bullets(self, block: Bullets) -> str:
        return "\n".join(_bullets(block))

    def section(self, block: Section) -> str:
        return "\n".join(_section_lines(block))

    def unshown(self, block: Block) -> str:
        return ""


_line = _TextLine().write


def _section_lines(block: Section) -> list[str]:
    title = [f"*{mrkdwn(block.title)}*"] if block.title is not None else []
    return title + [_section_line(line) for line in block.lines]


def _section_line(line: Line) -> str:
    mark = f"{line.number}. " if line.number is not None else "• " if line.bullet else ""
    return ("      " if line.under else "") + mark + mrkdwn(line.text)


def _bullets(block: Bullets) -> list[str]:
    return ["• " + mrkdwn(item) for item in block.items]


def mrkdwn_section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn_text(text)}


class _BlockKit(Writer[list[dict[str, Any]]]):
    """The block as Block Kit: a calendar and files are a letter's, shown as nothing."""

    def paragraph(self, block: Paragraph) -> list[dict[str, Any]]:
        return [mrkdwn_section(mrkdwn(block.words))]

    def heading(self, block: Heading) -> list[dict[str, Any]]:
        return [{"type": "header", "text": _plain_text(block.words, HEADER)}]

    def bullets(self, block: Bullets) -> list[dict[str, Any]]:
        return [mrkdwn_section(chunk) for chunk in chunks(_bullets(block))]

    def section(self, block: Section) -> list[dict[str, Any]]:
        made = [mrkdwn_section(chunk) for chunk in chunks(_section_lines(block))]
        if block.action is not None and made:  # beside its first part
            made[0] = {**made[0], "accessory": _button(block.action)}
        return made

    def note(self, block: Note) -> list[dict[str, Any]]:
        return [{"type": "context", "elements": [_mrkdwn_text(mrkdwn(t)) for t in block.texts]}]

    def divider(self, block: Divider) -> list[dict[str, Any]]:
        return [{"type": "divider"}]

    def actions(self, block: Actions) -> list[dict[str, Any]]:
        buttons = [_button(action) for action in block.actions]
        named = {"block_id": block.id} if block.id else {}
        return [
            {"type": "actions", **named, "elements": buttons[i : i + BUTTONS]}
            for i in range(0, len(buttons), BUTTONS)
        ]

    def unshown(self, block: Block) -> list[dict[str, Any]]:
        return []


_blocks = _BlockKit().write


def _mrkdwn_text(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": fit(text, SECTION_LIMIT)}


def chunks(lines: Sequence[str]) -> list[str]:
    """Lines joined into texts that each fit a section."""
    joined: list[str] = []
    for line in lines:
        if joined and len(joined[-1]) + 1 + len(line) <= SECTION_LIMIT:
            joined[-1] += "\n" + line
        else:
            joined.append(line)
    return joined


def _button(action: Action) -> dict[str, Any]:
    if len(action.value) > BUTTON_VALUE or len(action.id) > ACTION_ID:
        # Cut, they would act on something else: the domain keeps them short (ids, numbers).
        raise ValueError(f"action {action.id[:40]!r}: its id or value is longer than Slack takes")
    button: dict[str, Any] = {
        "type": "button",
        "action_id": action.id,
        "text": _plain_text(action.label, BUTTON_TEXT),
        "value": action.value,
    }
    if action.style is not None:
        button["style"] = action.style
    if action.url is not None and len(action.url) <= BUTTON_URL:
        button["url"] = action.url
    return button
