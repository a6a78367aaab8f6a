"""What passes through the Messenger port (bot.core.ports): a claimed message, addressed, and
what became of it.

The sender (bot.reminders.sender) claims an outbox row, checks it is still wanted, and hands
it to the messenger the row names (`payload["via"]`, Slack when it names none); the row then
records the channel it was delivered on. A messenger that can look for its own earlier
attempt (Slack finds the key in message metadata) does so when `retrying`, so a crash never
sends twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.core.message import Message, Words

SLACK = "slack"
EMAIL = "email"


class DeliveryError(Exception):
    """The channel refused or could not be reached; `code` is its error (never message text).
    `revoked`: the app's token no longer works in the workspace (bot.privacy.workspaces)."""

    def __init__(self, code: str, *, permanent: bool, revoked: bool = False) -> None:
        super().__init__(code)
        self.code = code
        self.permanent = permanent or revoked
        self.revoked = revoked


@dataclass(frozen=True)
class Posted:
    """A message already delivered, where it is."""

    channel_id: str
    ts: str


@dataclass(frozen=True)
class File:
    """A file sent with a message (the minutes' archive files), by its name."""

    name: str
    content: bytes


@dataclass(frozen=True)
class MailTo:
    """A person reached by email: their address (confirmed, or being confirmed), their name,
    and a personal link to the member page to end the message with (None: no page served,
    or the message is the confirmation)."""

    address: str
    name: str
    page_link: str | None = None


@dataclass(frozen=True)
class Outbound:
    """One claimed message, addressed."""

    key: str
    text: str  # as composed; empty when it is `said`
    said: Message | None = None  # the neutral form, rendered by the messenger for its channel
    blocks: list[dict[str, Any]] | None = None
    user_id: str | None = None  # a person (their DM), by their account on this channel
    mail_to: MailTo | None = None  # a person by email: `said` written as a letter to them
    channel_id: str | None = None  # else a conversation
    thread: Posted | None = None
    link: Posted | None = None  # an earlier message to link to, in the line `linked`
    linked: Words | None = None  # a line taking the link as {link}
    email: EmailMessage | None = None  # by email: the message as composed
    # By email: the token of the person's own reply address (bot.members.links.reply_token).
    reply_token: str | None = None
    files: tuple[File, ...] = ()  # files to share (instead of a text)
    retrying: bool = False  # an earlier attempt may have delivered it
    may_send: bool = True  # False: too late to send, only an earlier delivery counts
    at: datetime | None = None  # when it is sent (an email's Date)


@dataclass(frozen=True)
class Delivered:
    conversation: str | None  # where it went (a Slack channel; None for email)
    ref: str | None  # the channel's id of the message (Slack's ts)
    reconciled: bool = False  # found delivered by an earlier attempt
