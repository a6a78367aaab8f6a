"""Slack's markup in what people type, read for the core's grammar (bot.commands, minutes
lines), which knows no platform: a person is a mention, a link a link token.

Slack writes a mention as `<@U123>` or `<@U123|name>`, a link as `<https://…>` or
`<https://…|label>` and an email address as `<mailto:…|…>` (their insides still in Slack's
encoding: bot/core/written.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.commands.people import PersonRef
from bot.core.written import Known, readable, unescape

MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
LINK = re.compile(r"<(https?://[^>|]+)(?:\|([^>]*))?>")
MAILTO = re.compile(r"<mailto:([^>|]+)(?:\|[^>]*)?>")


def plain_links(text: str) -> str:
    """Each link token as its address (as typed: `&amp;` inside one is `&`)."""
    return LINK.sub(lambda m: unescape(m.group(1)), text)


def read_link(text: str) -> tuple[str, str | None, str] | None:
    """A link the words begin with: its address, its label, and the words after it."""
    found = LINK.match(text)
    if found is None:
        return None
    label = found.group(2)
    return unescape(found.group(1)), label and unescape(label), text[found.end() :]


def plain_addresses(text: str) -> str:
    """Each email address Slack made a link (`<mailto:…|…>`) written out plainly."""
    return MAILTO.sub(lambda m: m.group(1), text)


@dataclass(frozen=True)
class MinutesWords:
    """How a minutes line written in Slack reads (bot.minutes.lines.LineReader): each person
    it mentions by `name` (their user id and the mention's label: their name), asked only
    for the people the line mentions."""

    name: Callable[[str, str | None], str]

    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        match = MENTION.search(text)
        if match is None:
            return None
        person = PersonRef(match.group(1), self.name(match.group(1), match.group(2)))
        return text[: match.start()], person, text[match.end() :]

    def words(self, text: str) -> str:
        names = {m.group(1): self.name(m.group(1), m.group(2)) for m in MENTION.finditer(text)}
        return readable(text, Known(names))
