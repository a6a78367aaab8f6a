"""A neutral message (bot.core.message) as the channels that know no chat write it: plain
text and HTML, an email's two parts, and the console, the sandbox's terminal.

A letter's paragraphs are set apart by a blank line; a chat's (the console's) follow one
another line by line. An action is a button in a chat; a letter cannot press one, so it
shows an action only when the action has an address to go to, as a link. A letter says
that its calendar and its files come with it; the mail adapter attaches them.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

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
    written,
)
from bot.core.texts.render import CONSOLE, HTML, PLAIN, console, html, plain

CALENDAR = "mail.calendar"  # a letter's line saying its invitation comes with it
ATTACHED = "mail.attached"  # and one naming each file attached


def _plain(words: Text) -> str:
    return written(PLAIN, words)


def _html(words: Text) -> str:
    return written(HTML, words)


def _console(words: Words) -> str:
    return console(words.key, words.lang, **words.params)


def _mark(line: Line) -> str:
    return f"{line.number}. " if line.number is not None else "• " if line.bullet else ""


def _lines(section: Section, write: Callable[[Text], str], indent: str) -> list[str]:
    title = [write(section.title)] if section.title is not None else []
    lines = [(indent if li.under else "") + _mark(li) + write(li.text) for li in section.lines]
    return title + lines


def _actions(block: Actions | Section) -> tuple[Action, ...]:
    """What the person can do: a group's actions, or a section's own."""
    if isinstance(block, Section):
        return (block.action,) if block.action is not None else ()
    return block.actions


def as_plain(message: Message) -> str:
    return "\n\n".join(part for part in map(_plain_block, message.blocks) if part)


class _Plain(Writer[str]):
    def paragraph(self, block: Paragraph) -> str:
        return _plain(block.words)

    def heading(self, block: Heading) -> str:
        return _plain(block.words)

    def note(self, block: Note) -> str:
        return "\n".join(map(_plain, block.texts))

    def bullets(self, block: Bullets) -> str:
        return "\n".join("• " + _plain(item) for item in block.items)

    def section(self, block: Section) -> str:
        links = [f"{_plain(a.label)}: {a.url}" for a in _linked(block)]
        return "\n".join(_lines(block, _plain, "   ") + links)

    def calendar(self, block: Calendar) -> str:
        return "" if block.cancelled else plain(CALENDAR, block.lang)

    def actions(self, block: Actions) -> str:
        return "\n".join(f"{_plain(a.label)}: {a.url}" for a in _linked(block))

    def attachment(self, block: Attachment) -> str:
        return plain(ATTACHED, block.lang, name=block.name)

    def unshown(self, block: Block) -> str:
        return ""


_plain_block = _Plain().write


def as_html(message: Message) -> str:
    return "\n".join(part for part in map(_html_block, message.blocks) if part)


class _Html(Writer[str]):
    def paragraph(self, block: Paragraph) -> str:
        return f"<p>{_html(block.words)}</p>"

    def note(self, block: Note) -> str:
        return "<p>" + "<br>".join(map(_html, block.texts)) + "</p>"

    def heading(self, block: Heading) -> str:
        return f"<h2>{_html(block.words)}</h2>"

    def bullets(self, block: Bullets) -> str:
        return "<ul>" + "".join(f"<li>{_html(item)}</li>" for item in block.items) + "</ul>"

    def section(self, block: Section) -> str:
        title = f"<h3>{_html(block.title)}</h3>" if block.title is not None else ""
        return title + _html_lines(block.lines) + _html_links(block)

    def divider(self, block: Divider) -> str:
        return "<hr>"

    def calendar(self, block: Calendar) -> str:
        return "" if block.cancelled else f"<p>{html(CALENDAR, block.lang)}</p>"

    def actions(self, block: Actions) -> str:
        return _html_links(block)

    def attachment(self, block: Attachment) -> str:
        return f"<p>{html(ATTACHED, block.lang, name=block.name)}</p>"


_html_block = _Html().write


def _html_links(block: Actions | Section) -> str:
    links = [f'<a href="{escape(a.url or "")}">{_html(a.label)}</a>' for a in _linked(block)]
    return f"<p>{' · '.join(links)}</p>" if links else ""


def _html_lines(lines: tuple[Line, ...]) -> str:
    """Bare lines one paragraph; else a list (numbered when its lines are), the lines under
    one a list inside it."""
    if all(li.number is None and not li.bullet and not li.under for li in lines):
        return "<p>" + "<br>".join(_html(li.text) for li in lines) + "</p>"
    tag = "ol" if any(li.number is not None for li in lines) else "ul"
    out: list[str] = []
    inside = False
    for li in lines:
        if li.under and out:
            out.append(("" if inside else "<ul>") + f"<li>{_html(li.text)}</li>")
            inside = True
            continue
        if out:
            out.append("</ul></li>" if inside else "</li>")
        out.append(f"<li>{_html(li.text)}")
        inside = False
    if out:
        out.append("</ul></li>" if inside else "</li>")
    return f"<{tag}>" + "".join(out) + f"</{tag}>"


def as_console(message: Message) -> str:
    return "\n".join(part for part in map(_console_block, message.blocks) if part)


class _Console(Writer[str]):
    def paragraph(self, block: Paragraph) -> str:
        return _console(block.words)

    def note(self, block: Note) -> str:
        return "\n".join(written(CONSOLE, text) for text in block.texts)

    def heading(self, block: Heading) -> str:
        return f"*{_console(block.words)}*"

    def bullets(self, block: Bullets) -> str:
        return "\n".join("• " + _console(item) for item in block.items)

    def section(self, block: Section) -> str:
        lines = _lines(block, lambda text: written(CONSOLE, text), "      ")
        return "\n".join([*lines, _buttons(block)] if block.action else lines)

    def actions(self, block: Actions) -> str:
        return _buttons(block)

    def unshown(self, block: Block) -> str:
        return ""


_console_block = _Console().write


def _buttons(block: Actions | Section) -> str:
    return "  ".join(f"[{_console(action.label)}]" for action in _actions(block))


def _linked(block: Actions | Section) -> list[Action]:
    return [action for action in _actions(block) if action.url]
