"""What people type, as Slack sends it, made plain once before any listener reads it.

Slack writes `&`, `<` and `>` in typed text as `&amp;`, `&lt;` and `&gt;`, so that `<…>` is only
ever its own markup (mentions, channels, links). It does so in slash-command text and in the
text of messages (events, a changed message's, a message a shortcut is run on, and what
conversations.history returns), not in a form's values (view_submission) nor in a button's
value, which arrive as typed. This middleware decodes the text once, in place, keeping Slack's
entity tokens whole (bot/core/written.py says what the bot keeps and how each place shows it);
the listeners and the domain then only ever see plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse

from bot.core.written import pieces, unescape


def from_slack(text: str) -> str:
    """Slack's escaped text as typed; its entity tokens stay as Slack wrote them."""
    return "".join(unescape(p) if isinstance(p, str) else p.raw for p in pieces(text))


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
