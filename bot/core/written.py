"""What people write, as the bot keeps it: plain text, with their mentions and links.

Stored text is plain: `&`, `<` and `>` as the person typed them. Slack sends them as `&amp;`,
`&lt;` and `&gt;`; the Slack adapter decodes that once on the way in (adapters/slack/text.py)
and every place that shows a text encodes it once for itself. The only markup kept is Slack's
entity tokens, whole and as Slack wrote them (their insides in Slack's encoding): a person
`<@U123|Anna Andersson>` (the adapter writes the person's name into the label when it takes a
point in, so every place can name them without asking Slack), a channel `<#C123|brukarrad>`,
a link `<https://…|rapporten>`, and a special mention `<!here>`.

How each place shows them, as a secretary would expect:
- In Slack (its adapter renders them: answers, the agenda, the kallelse, the Home tab, reminders): a
  mention stays a mention (Slack shows the name, and the person can be reached from it), a
  channel stays a channel and a link a link. A special mention (@here, @channel, @everyone,
  a user group) never pings anybody from the bot's mouth: it reads as its words.
- Everywhere else (readable(): email, the minutes as DOCX and Markdown, the calendar
  invitation, Slack's plain_text fields, which show no mentions): a mention reads as the
  person's name ("Anna Andersson", no @: it is a letter, not a chat), a channel as
  "#brukarrad", a link as "rapporten (https://…)" (the address alone when it has no other
  label), a special mention as its words ("@here").
- Minutes lines are written in words when they are noted (bot/minutes/lines.py): the minutes
  are the council's record of who, the same in Slack, in email and in the archive, and a
  published protocol pings nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

# Slack's entity tokens: a person, a channel, a special mention (!here, !subteam^S1, !date^…)
# or a link; an optional label after "|". Anything else in angle brackets is plain text.
ENTITY = re.compile(
    r"<(?P<target>@[UW][A-Z0-9]+|#[CG][A-Z0-9]+|![a-z]+(?:\^[^|<>]*)?"
    r"|(?:https?|mailto|tel):[^|<>\s]+)(?:\|(?P<label>[^<>]*))?>"
)
_SLACK_ESCAPED = re.compile(r"&(amp|lt|gt);")
_SLACK_CHARS = {"amp": "&", "lt": "<", "gt": ">"}


class Names(Protocol):
    """Names the reader's side knows (the sandbox asks its local Slack); None when it does
    not, and the token's own label is used."""

    def user(self, user_id: str) -> str | None: ...

    def channel(self, channel_id: str) -> str | None: ...


@dataclass(frozen=True)
class Known:
    """Names from a mapping by user id (the people a minutes line mentions, from Slack)."""

    users: Mapping[str, str]

    def user(self, user_id: str) -> str | None:
        return self.users.get(user_id)

    def channel(self, channel_id: str) -> str | None:
        return None


@dataclass(frozen=True)
class Entity:
    """One token: `target` is "@U123", "#C123", "!here" or the address; `raw` the token."""

    target: str
    label: str
    raw: str

    @property
    def is_special(self) -> bool:
        return self.target.startswith("!")


def unescape(text: str) -> str:
    """Slack's `&amp;`, `&lt;`, `&gt;` as the characters (one pass: `&amp;lt;` is `&lt;`)."""
    return _SLACK_ESCAPED.sub(lambda m: _SLACK_CHARS[m.group(1)], text)


def pieces(text: str) -> Iterator[str | Entity]:
    """The text as plain runs and entity tokens, in order."""
    at = 0
    for match in ENTITY.finditer(text):
        if match.start() > at:
            yield text[at : match.start()]
        yield Entity(match["target"], match["label"] or "", match.group(0))
        at = match.end()
    if at < len(text):
        yield text[at:]


def spelled(entity: Entity, names: Names | None = None, *, at: str = "") -> str:
    """One token as words, for a place that shows no Slack markup; `at` goes before a
    person's name (the sandbox shows "@Anna" as Slack does; documents just "Anna")."""
    target, label = unescape(entity.target), unescape(entity.label)
    if target.startswith("@"):
        return at + ((names and names.user(target[1:])) or label or target[1:])
    if target.startswith("#"):
        return "#" + ((names and names.channel(target[1:])) or label or target[1:])
    if target.startswith("!"):  # !here, !subteam^S1|@grupp, !date^…|fallback
        return label or "@" + target[1:].split("^")[0]
    address = target.removeprefix("mailto:")
    return f"{label} ({address})" if label and label not in (target, address) else address


def readable(text: str, names: Names | None = None, *, at: str = "") -> str:
    """A stored text for a place that shows no Slack markup (see the module's docstring)."""
    return "".join(p if isinstance(p, str) else spelled(p, names, at=at) for p in pieces(text))
