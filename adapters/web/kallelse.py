"""The kallelse's parts as the member page shows them (bot.kallelse.content holds them)."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from bot.core.texts.render import HTML, html, said
from bot.kallelse.content import DocumentInfo, Item, Kallelse, Named, Value


def fact(value: Value, lang: str) -> Markup:
    """A fact's value: a person by name, a document or a meeting link as a link, words as
    they read."""
    if isinstance(value, Named):
        return Markup(escape(value.name))
    if isinstance(value, DocumentInfo):
        return Markup(f'<a href="{escape(value.url)}">{escape(value.title)}</a>')
    return Markup(said(HTML, value, lang))


def agenda_of(kallelse: Kallelse) -> list[tuple[Item, list[Item]]]:
    """The numbered items, each with the lines under it (action items, övriga frågor)."""
    grouped: list[tuple[Item, list[Item]]] = []
    for item in kallelse.agenda:
        if item.number is None and grouped:
            grouped[-1][1].append(item)
        else:
            grouped.append((item, []))
    return grouped


def agenda_item(item: Item, lang: str) -> Markup:
    """An agenda line: its title, who raised it, its file."""
    text = said(HTML, item.title, lang)
    if item.by:
        text += f" – {said(HTML, item.by, lang)}"
    if item.attachment is not None:
        label = html(item.attachment.label, lang)
        text += f' (<a href="{escape(item.attachment.link)}">{label}</a>)'
    return Markup(text)
