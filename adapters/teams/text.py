"""What a person wrote in Teams, as the bot reads people's words (bot.core.written): the
bot's own @mention off, a person mentioned as their account's token, a link as a link,
Teams' HTML as text; and the person a command's words begin with."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from adapters.teams.ids import TEAMS
from bot.commands.people import PersonRef
from bot.core.written import TOKEN, Linked, Named, token

MENTION = re.compile(r"<at>(?P<name>.*?)</at>", re.S)
LINK = re.compile(r'<a\b[^>]*\bhref="(?P<url>[^"]+)"[^>]*>(?P<label>.*?)</a>', re.I | re.S)
TAG = re.compile(r"<[^>]+>")
BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.I)  # Teams' HTML lines: the text's lines
PERSON = re.compile(r"<person:teams:(?P<id>[^|<>\s]+)\|(?P<name>[^<>]*)>")


def written_text(activity: Mapping[str, Any]) -> str:
    """What the person wrote, as the bot keeps people's words (bot/core/written.py): the bot's
    own @mention off, a person mentioned as their account's token, a link Teams made of an
    address as a link's, Teams' HTML as text."""
    bot = str((activity.get("recipient") or {}).get("id") or "")
    mentioned = {
        str(e.get("text")): e.get("mentioned") or {}
        for e in activity.get("entities") or ()
        if e.get("type") == "mention"
    }

    def person(found: re.Match[str]) -> str:
        who = mentioned.get(found.group(0)) or {}
        if not who.get("id") or who.get("id") == bot:
            return ""
        name = html.unescape(found.group("name"))
        return token(Named("person", TEAMS, str(who["id"]), name))

    def link(found: re.Match[str]) -> str:
        url = html.unescape(found.group("url"))
        label = html.unescape(TAG.sub("", found.group("label"))).strip()
        return token(Linked(url, "" if label == url else label))

    text = LINK.sub(link, MENTION.sub(person, str(activity.get("text") or "")))
    # Keep the tokens while Teams' own tags go; then its entities become characters.
    kept: list[str] = []
    text = TOKEN.sub(lambda m: kept.append(m.group(0)) or f"\ue000{len(kept) - 1}\ue001", text)
    text = html.unescape(TAG.sub(" ", BREAK.sub("\n", text)))
    text = re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def entities_of(message: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A message payload's mentions as an activity's mention entities."""
    return [
        {
            "type": "mention",
            "text": m.get("mentionText"),
            "mentioned": {
                "id": ((m.get("mentioned") or {}).get("user") or {}).get("id"),
                "name": ((m.get("mentioned") or {}).get("user") or {}).get("displayName"),
            },
        }
        for m in message.get("mentions") or ()
    ]


def read_mention(text: str) -> tuple[PersonRef, str] | None:
    """The person a command's words begin with, when a Teams mention (bot.commands.people)."""
    found = PERSON.match(text.strip())
    if found is None:
        return None
    return PersonRef(found.group("id"), found.group("name") or None), text.strip()[found.end() :]
