"""A message owed to one person about something that happened (e.g. their point moved).

Services return notices instead of sending them, and the adapter delivers each one in the
recipient's council language. Each names its council and what it is about (`subject`:
"m12" a meeting, "p7" a point, "a3" an action item), so the sender can drop it when, by the
time its turn comes, it is no longer wanted or allowed (bot.reminders.wanted).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    user_id: str
    key: str
    params: dict[str, object]
    lang: str
    council_id: int
    subject: str | None = None


@dataclass(frozen=True)
class ChannelNotice:
    """A message owed to a conversation, in a thread when `thread_ts` is set (e.g. a point
    added to the agenda, told in the thread of the kallelse everyone got)."""

    channel_id: str
    thread_ts: str | None
    key: str
    params: dict[str, object]
    lang: str
    council_id: int
    subject: str | None = None
