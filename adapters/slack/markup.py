"""What people wrote in Slack, as stored (bot/core/written.py), read for the core's grammar
(bot.commands, minutes lines), which knows no platform: a person with a Slack account is
a `PersonRef` by their Slack user id, a link a link.

Slack's own markup never gets this far: adapters/slack/text.py made the text the stored
form on the way in."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from adapters.slack.ids import SLACK
from bot.commands.people import PersonRef
from bot.core.written import TOKEN, Linked, Named, piece, pieces, readable, renamed, written


def slack(named: Named) -> bool:
    """Named by their Slack account (or channel)."""
    return named.platform == SLACK


def slack_person(found: re.Match[str] | None) -> Named | None:
    """The person a token names, when they were named by their Slack account."""
    named = piece(found) if found else None
    if isinstance(named, Named) and named.kind == "person" and slack(named):
        return named
    return None


def mentions(text: str) -> list[Named]:
    """Each person with a Slack account the text names, in order."""
    return [p for m in TOKEN.finditer(text) if (p := slack_person(m))]


WEB = ("http://", "https://")


def _as_addresses(text: str, schemes: tuple[str, ...]) -> str:
    """Each link whose address begins with one of `schemes` as its address (an email
    address without its `mailto:`)."""
    return written(
        p.url.removeprefix("mailto:") if isinstance(p, Linked) and p.url.startswith(schemes) else p
        for p in pieces(text)
    )


def plain_links(text: str) -> str:
    """Each web link as its address."""
    return _as_addresses(text, WEB)


def plain_addresses(text: str) -> str:
    """Each email address Slack made a link written out plainly."""
    return _as_addresses(text, ("mailto:",))


@dataclass(frozen=True)
class MinutesWords:
    """How a minutes line written in Slack reads (bot.minutes.lines.LineReader): each person
    it mentions by `name` (their user id and the name written with them), asked only for the
    people the line mentions."""

    name: Callable[[str, str | None], str]

    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        for found in TOKEN.finditer(text):
            if mentioned := slack_person(found):
                person = PersonRef(mentioned.id, self.name(mentioned.id, mentioned.name or None))
                return text[: found.start()], person, text[found.end() :]
        return None

    def words(self, text: str) -> str:
        names = {p.id: self.name(p.id, p.name or None) for p in mentions(text)}
        return readable(renamed(text, lambda p: names.get(p.id, p.name) if slack(p) else p.name))
