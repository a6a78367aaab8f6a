"""What people write, as the bot keeps it: plain text, with the people, conversations and
links they name as neutral tokens.

Stored text is plain: `&`, `<` and `>` as the person typed them. Each adapter reads its own
platform's markup once on the way in and writes what it names as one of three tokens, each
whole in angle brackets:
- a person `<person:PLATFORM:ID|Anna Andersson>`: the account they were named by (its
  platform and id there) and their name (the adapter writes it in when it takes a point in,
  so every place can name them without asking the platform);
- a conversation `<conversation:PLATFORM:ID|brukarrad>`;
- a link `<link:https://…|rapporten>` (the label is optional).
A name or a label holds `%`, `<` and `>` as `%25`, `%3C` and `%3E`; an address is a web
(`http:`, `https:`), `mailto:` or `tel:` one, with no `|`, `<`, `>` or space: anything else
in angle brackets is what someone typed, and is shown as typed. A special mention (everyone
here, a group) never reaches anybody from the bot's mouth, so the adapter keeps it as its
words ("@here").

How each place shows them, as a secretary would expect:
- In a chat (its adapter renders them: answers, the agenda, the kallelse, the Home tab,
  reminders): a person with an account there is a mention (the chat shows the name, and the
  person can be reached from it), anyone else their name; a conversation there a link to it,
  and a link a link.
- Everywhere else (readable(): email, the minutes as DOCX and Markdown, the calendar
  invitation, a chat's plain text fields, which show no mentions): a person reads as their
  name ("Anna Andersson", no @: it is a letter, not a chat), a conversation as "#brukarrad",
  a link as "rapporten (https://…)" (the address alone when it has no other label).
- Minutes lines are written in words when they are noted (bot/minutes/lines.py): the minutes
  are the council's record of who, the same in a chat, in email and in the archive, and a
  published protocol reaches nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

TOKEN = re.compile(
    r"<(?:(?P<kind>person|conversation):(?P<platform>[a-z]+):(?P<id>[^|<>\s]+)"
    r"\|(?P<name>[^<>]*)"
    r"|link:(?P<url>(?:https?|mailto|tel):[^|<>\s]+)(?:\|(?P<label>[^<>]*))?)>"
)
_ESCAPED = re.compile("%(25|3C|3E)")
_CHARS = {"25": "%", "3C": "<", "3E": ">"}
_ESCAPES = str.maketrans({"%": "%25", "<": "%3C", ">": "%3E"})


@dataclass(frozen=True)
class Named:
    """A person or a conversation named in people's words: by the account it was named by
    (its platform and its id there), and its name ("" when the adapter knew none)."""

    kind: Literal["person", "conversation"]
    platform: str
    id: str
    name: str = ""


@dataclass(frozen=True)
class Linked:
    """A link in people's words: its address, and the label they gave it ("" for none)."""

    url: str
    label: str = ""


Piece = str | Named | Linked


def _field(text: str) -> str:
    return text.translate(_ESCAPES)


def _unfield(text: str) -> str:
    return _ESCAPED.sub(lambda m: _CHARS[m.group(1)], text)


def named_pattern(kind: Literal["person", "conversation"], platform: str) -> str:
    """The pattern of a token naming a person or a conversation by an account on `platform`."""
    return rf"<{kind}:{re.escape(platform)}:[^|<>\s]+\|[^<>]*>"


def token(piece: Named | Linked) -> str:
    """One person, conversation or link as stored."""
    if isinstance(piece, Named):
        return f"<{piece.kind}:{piece.platform}:{piece.id}|{_field(piece.name)}>"
    return f"<link:{piece.url}|{_field(piece.label)}>" if piece.label else f"<link:{piece.url}>"


def written(pieces: Iterable[Piece]) -> str:
    """Plain runs and what they name, as stored: what an adapter writes on the way in."""
    return "".join(p if isinstance(p, str) else token(p) for p in pieces)


def piece(match: re.Match[str]) -> Named | Linked:
    """What one token (a match of TOKEN) names."""
    if match["kind"]:
        kind: Literal["person", "conversation"] = match["kind"]
        return Named(kind, match["platform"], match["id"], _unfield(match["name"]))
    return Linked(match["url"], _unfield(match["label"] or ""))


def pieces(text: str) -> Iterator[Piece]:
    """The stored text as plain runs and what it names, in order."""
    at = 0
    for match in TOKEN.finditer(text):
        if match.start() > at:
            yield text[at : match.start()]
        yield piece(match)
        at = match.end()
    if at < len(text):
        yield text[at:]


def renamed(text: str, name: Callable[[Named], str]) -> str:
    """The text with each person it names named by `name` (an adapter asking its platform)."""
    return written(
        replace(p, name=name(p)) if isinstance(p, Named) and p.kind == "person" else p
        for p in pieces(text)
    )


def spelled(piece: Named | Linked) -> str:
    """One person, conversation or link as words, for a place that shows no chat markup."""
    if isinstance(piece, Named):
        name = piece.name or piece.id
        return "#" + name if piece.kind == "conversation" else name
    address = piece.url.removeprefix("mailto:")
    label = piece.label
    return f"{label} ({address})" if label and label not in (piece.url, address) else address


def readable(text: str) -> str:
    """A stored text for a place that shows no chat markup (see the module's docstring)."""
    return "".join(p if isinstance(p, str) else spelled(p) for p in pieces(text))


def leading_link(text: str) -> tuple[str, str | None, str] | None:
    """A web link the words begin with: its address, its label, and the words after it."""
    found = TOKEN.match(text)
    if found is None:
        return None
    link = piece(found)
    if not isinstance(link, Linked) or not link.url.startswith(("http://", "https://")):
        return None
    return link.url, link.label or None, text[found.end() :]
