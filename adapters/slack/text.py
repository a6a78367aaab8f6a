"""What people type, as Slack sends it, made the bot's stored text once before any listener
reads it; and Slack's own markup read back into words (the sandbox shows what the bot wrote).

Slack writes `&`, `<` and `>` in typed text as `&amp;`, `&lt;` and `&gt;`, so that `<…>` is only
ever its own markup: its entity tokens, a person `<@U123|anna>`, a channel `<#C123|brukarrad>`,
a link `<https://…|rapporten>` and a special mention `<!here>` (their insides still in Slack's
encoding). It does so in slash-command text and in the text of messages (events, a changed
message's, a message a shortcut is run on, and what conversations.history returns), not in a
form's values (view_submission) nor in a button's value, which arrive as typed. This
middleware makes the text the bot's stored form once, in place (bot/core/written.py): the
plain runs decoded, a person, a channel or a link its neutral token, a special mention its
words (the bot never pings anybody with what someone wrote); the listeners and the domain
then only ever see that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from slack_bolt import App, BoltResponse

from adapters.slack.ids import SLACK
from bot.core.written import Linked, Named, Piece, written

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
class Entity:
    """One token: `target` is "@U123", "#C123", "!here" or the address, as Slack wrote it."""

    target: str
    label: str


def unescape(text: str) -> str:
    """Slack's `&amp;`, `&lt;`, `&gt;` as the characters (one pass: `&amp;lt;` is `&lt;`)."""
    return _SLACK_ESCAPED.sub(lambda m: _SLACK_CHARS[m.group(1)], text)


def entities(text: str) -> Iterator[str | Entity]:
    """Slack's text as its (still escaped) runs and its entity tokens, in order."""
    at = 0
    for match in ENTITY.finditer(text):
        if match.start() > at:
            yield text[at : match.start()]
        yield Entity(match["target"], match["label"] or "")
        at = match.end()
    if at < len(text):
        yield text[at:]


def spelled(entity: Entity, names: Names | None = None, *, at: str = "") -> str:
    """One token as words; `at` goes before a person's name (the sandbox shows "@Anna" as
    Slack does)."""
    target, label = unescape(entity.target), unescape(entity.label)
    if target.startswith("@"):
        return at + ((names and names.user(target[1:])) or label or target[1:])
    if target.startswith("#"):
        return "#" + ((names and names.channel(target[1:])) or label or target[1:])
    if target.startswith("!"):  # !here, !subteam^S1|@grupp, !date^…|fallback
        return label or "@" + target[1:].split("^")[0]
    address = target.removeprefix("mailto:")
    return f"{label} ({address})" if label and label not in (target, address) else address


def _piece(entity: Entity) -> Piece:
    target, label = unescape(entity.target), unescape(entity.label)
    if target.startswith("@"):
        return Named("person", SLACK, target[1:], label)
    if target.startswith("#"):
        return Named("conversation", SLACK, target[1:], label)
    if target.startswith("!"):
        return spelled(entity)
    return Linked(target, label)


def from_slack(text: str) -> str:
    """Slack's escaped text as the bot stores it (bot/core/written.py)."""
    return written(unescape(p) if isinstance(p, str) else _piece(p) for p in entities(text))


def _decode(holder: Any) -> None:
    if isinstance(holder, dict) and isinstance(holder.get("text"), str):
        holder["text"] = from_slack(holder["text"])


def register(app: App) -> None:
    @app.middleware
    def typed_text(body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse:
        if "command" in body:
            _decode(body)
        if body.get("type") == "message_action":  # a shortcut on a message: its text
            _decode(body.get("message"))
        event = body.get("event") if body.get("type") == "event_callback" else None
        if isinstance(event, dict):
            _decode(event)
            _decode(event.get("message"))  # message_changed: the message as it is now
            _decode(event.get("previous_message"))
        return next()
