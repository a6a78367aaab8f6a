"""A neutral message (bot.core.message) as the channels that know no chat write it: plain
text and HTML, an email's two parts, and the console, the sandbox's terminal.

A letter's paragraphs are set apart by a blank line; a chat's (the console's) follow one
another line by line. An action is a button in a chat; a letter cannot press one, so it
shows an action only when the action has an address to go to, as a link.
"""

from __future__ import annotations

from html import escape

from bot.core.message import Action, Actions, Block, Bullets, Heading, Message, Paragraph, Words
from bot.core.texts.render import console, html, plain


def _plain(words: Words) -> str:
    return plain(words.key, words.lang, **words.params)


def _html(words: Words) -> str:
    return html(words.key, words.lang, **words.params)


def _console(words: Words) -> str:
    return console(words.key, words.lang, **words.params)


def as_plain(message: Message) -> str:
    return "\n\n".join(part for part in map(_plain_block, message.blocks) if part)


def _plain_block(block: Block) -> str:
    if isinstance(block, Paragraph | Heading):
        return _plain(block.words)
    if isinstance(block, Bullets):
        return "\n".join("• " + _plain(item) for item in block.items)
    return "\n".join(f"{_plain(a.label)}: {a.url}" for a in _linked(block))


def as_html(message: Message) -> str:
    return "\n".join(part for part in map(_html_block, message.blocks) if part)


def _html_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_html(block.words)}</p>"
    if isinstance(block, Heading):
        return f"<h2>{_html(block.words)}</h2>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{_html(item)}</li>" for item in block.items) + "</ul>"
    links = [f'<a href="{escape(a.url or "")}">{_html(a.label)}</a>' for a in _linked(block)]
    return f"<p>{' · '.join(links)}</p>" if links else ""


def as_console(message: Message) -> str:
    return "\n".join(part for part in map(_console_block, message.blocks) if part)


def _console_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _console(block.words)
    if isinstance(block, Heading):
        return f"*{_console(block.words)}*"
    if isinstance(block, Bullets):
        return "\n".join("• " + _console(item) for item in block.items)
    return "  ".join(f"[{_console(action.label)}]" for action in block.actions)


def _linked(block: Actions) -> list[Action]:
    return [action for action in block.actions if action.url]
