"""The kallelse's parts as the member page shows them (bot.kallelse.content holds them)."""

from __future__ import annotations

from markupsafe import Markup

from adapters.mail.kallelse import html_item, html_value
from bot.kallelse.content import Item, Kallelse, Value


def fact(value: Value, lang: str) -> Markup:
    """A fact's value: a person by name, a document or a meeting link as a link."""
    return Markup(html_value(value, lang))


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
    return Markup(html_item(item, lang))
