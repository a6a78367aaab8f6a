"""A neutral message (bot.core.message) as Slack shows it, when it is sent.

A message of paragraphs only is a chat message's text, one paragraph a line, as Slack shows
what people write (and as the bot's reminders and notices have always read). A message with
a heading, a list or actions is Block Kit: a header, sections and buttons, with the whole in
words as the `text` that notifications and screen readers use. Each piece is cut to Slack's
limits (docs.slack.dev/reference/block-kit), so Slack never refuses a message for its length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adapters.slack.mrkdwn import encoded, slack
from bot.core.message import Action, Block, Bullets, Heading, Message, Paragraph, Words
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


def mrkdwn(words: Words) -> str:
    """Catalogue words in Slack's mrkdwn, people's own words in them made inert."""
    return slack(words.key, words.lang, **words.params)


def _plain(words: Words) -> str:
    """No marks, a person by their name: Slack shows no mention in a plain_text object."""
    return plain(words.key, words.lang, **words.params)


def _plain_text(words: Words, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": fit(_plain(words), limit)}


def rendered(message: Message) -> SlackMessage:
    lines = [_line(block) for block in message.blocks]
    text = fit("\n".join(line for line in lines if line), TEXT_LIMIT)
    if all(isinstance(block, Paragraph) for block in message.blocks):
        return SlackMessage(text)
    blocks = [part for block in message.blocks for part in _blocks(block)]
    return SlackMessage(text, blocks[:MAX_BLOCKS])


def _line(block: Block) -> str:
    """The block in the message's text: everything but its buttons."""
    if isinstance(block, Paragraph):
        return mrkdwn(block.words)
    if isinstance(block, Heading):
        return f"*{encoded(_plain(block.words))}*"
    if isinstance(block, Bullets):
        return "\n".join(_bullets(block))
    return ""


def _bullets(block: Bullets) -> list[str]:
    return ["• " + mrkdwn(item) for item in block.items]


def mrkdwn_section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": fit(text, SECTION_LIMIT)}}


def _blocks(block: Block) -> list[dict[str, Any]]:
    if isinstance(block, Paragraph):
        return [mrkdwn_section(mrkdwn(block.words))]
    if isinstance(block, Heading):
        return [{"type": "header", "text": _plain_text(block.words, HEADER)}]
    if isinstance(block, Bullets):
        return [mrkdwn_section(chunk) for chunk in chunks(_bullets(block))]
    buttons = [_button(action) for action in block.actions]
    return [
        {"type": "actions", "elements": buttons[i : i + BUTTONS]}
        for i in range(0, len(buttons), BUTTONS)
    ]


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
