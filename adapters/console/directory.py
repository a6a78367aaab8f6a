"""Who and where in the sandbox's workspace, found by what a person types.

The local Slack knows people and channels by id; at the terminal they are typed by name
("anna", "Anna A", "#brukarrad-demo"), and Slack's client turns "@anna" in a message into
``<@U0ANNA|anna>`` before the bot sees it, which ``with_mentions`` does here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.commands.grammar import fold

DM = "dm"  # what ``:kanal dm`` means: the current person's direct messages with the bot
_AT = re.compile(r"(?<![\w<])@([\w\-]+(?:\.[\w\-]+)*)")
_HASH = re.compile(r"(?<![\w<&])#([\w\-]+)")


@dataclass(frozen=True)
class Person:
    user_id: str
    handle: str  # Slack's username, what @-mentions are typed with
    name: str  # the full name Slack shows
    about_key: str  # catalogue key: who this is in the demo


@dataclass(frozen=True)
class Channel:
    channel_id: str
    name: str


@dataclass(frozen=True)
class Directory:
    people: tuple[Person, ...]
    channels: tuple[Channel, ...]
    bot: Person  # mentionable, but nobody to be at the terminal

    def find_people(self, typed: str) -> list[Person]:
        """By id, handle or the start of the name; an exact handle or id wins."""
        query = fold(typed.strip().lstrip("@"))
        exact = [p for p in self.people if query in (fold(p.user_id), fold(p.handle))]
        if exact or not query:
            return exact
        return [
            p for p in self.people if fold(p.name).startswith(query) or p.handle.startswith(query)
        ]

    def find_channels(self, typed: str) -> list[Channel]:
        query = fold(typed.strip().lstrip("#"))
        exact = [c for c in self.channels if query in (fold(c.channel_id), fold(c.name))]
        if exact or not query:
            return exact
        return [c for c in self.channels if fold(c.name).startswith(query)]

    def with_mentions(self, text: str) -> str:
        """``@anna`` and ``#kanal`` as Slack's client sends them; unknown names stay text."""

        def person(match: re.Match[str]) -> str:
            everyone = (*self.people, self.bot)
            found = [p for p in everyone if fold(p.handle) == fold(match.group(1))]
            return f"<@{found[0].user_id}|{found[0].handle}>" if found else match.group(0)

        def channel(match: re.Match[str]) -> str:
            found = [c for c in self.channels if fold(c.name) == fold(match.group(1))]
            return f"<#{found[0].channel_id}|{found[0].name}>" if found else match.group(0)

        return _HASH.sub(channel, _AT.sub(person, text))
