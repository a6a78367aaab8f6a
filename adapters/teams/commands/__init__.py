"""The commands written to the bot in Teams (`@Brukarbot mote torsdag kl 13`, or in a personal
chat `mote torsdag kl 13`): the same words as Slack's slash commands, read by the same
parsers (bot.commands), one module per command; each answers in the neutral form
(bot.core.message), which Teams shows as text or a card (adapters.teams.card)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from adapters.runtime.services import Services
from adapters.teams.ids import personal
from bot.core.identity import Account, Conversation
from bot.core.message import Message, Words
from bot.core.texts.render import Value


@dataclass
class Asked:
    """One command: who wrote it where, when, in which language; `queued` collects the keys
    of what the change queued for others, sent once it has committed."""

    services: Services
    activity: dict[str, Any]
    who: Account
    where: Conversation
    lang: str
    now: datetime
    queued: list[str] = field(default_factory=list)

    @property
    def caller(self) -> dict[str, Any]:
        return {"who": self.who, "where": self.where, "now": self.now}


@dataclass(frozen=True)
class Privately:
    """An answer for the writer's eyes only (their pay, their claims, their data): written
    in a channel, it goes to their personal chat with the bot, and the channel is told so."""

    said: Message


def privately(asked: Asked, said: Message) -> Message | Privately:
    """`said` as the answer: as it is in the writer's personal chat, privately elsewhere."""
    return said if personal(asked.activity) else Privately(said)


def said(lang: str, *lines: tuple[str, dict[str, Value]]) -> Message:
    """An answer of catalogue lines, a paragraph each."""
    return Message.of(*(Words(key, params, lang) for key, params in lines))


def joined(lang: str, *pieces: Value) -> Words:
    """Catalogue texts written to follow one another (" Den gick ut senare …") as one."""
    slots = dict(zip("abcd", pieces, strict=False))
    return Words("message.joined", {name: slots.get(name, "") for name in "abcd"}, lang)


def one(key: str, lang: str, **params: Value) -> Message:
    return said(lang, (key, params))
