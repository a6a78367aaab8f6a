"""What passes through the Messenger port (bot.core.ports): a claimed message, addressed, and
what became of it.

The sender (bot.reminders.sender) claims an outbox row, checks it is still wanted, addresses
it (a person's account or a council's conversation, bot.core.identity; or a letter) and hands
it to the messenger of that address's platform, or to email's; the row then records the
channel it was delivered on, and where and as what (the platform's own ids, which only its
messenger reads). A messenger that can look for its own earlier attempt (a chat may find the
key among its messages) does so when `retrying`, so a crash never sends twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.core.identity import Account, Conversation
    from bot.core.message import Message, Words

EMAIL = "email"  # the email messenger's name; a chat's messenger is named by its platform


class DeliveryError(Exception):
    """The channel refused or could not be reached; `code` is its error (never message text).
    `revoked`: the app's token no longer works in the workspace (bot.privacy.workspaces).
    `retry_after`: the channel took nothing and said when to come back (a 429's Retry-After),
    which the sender waits out before the message's next attempt. `elsewhere`: the channel
    cannot reach this person yet (Teams: they have not added the app), so the message goes
    to them by email instead, if they have an address; `how_to_reach`, with it: the letter
    telling them, in a language (None: the channel's own), how the channel could reach them
    (Teams: how to add the app), which the sender sends them once."""

    def __init__(
        self,
        code: str,
        *,
        permanent: bool,
        revoked: bool = False,
        retry_after: timedelta | None = None,
        elsewhere: bool = False,
        how_to_reach: Callable[[str | None], Message] | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.permanent = permanent or revoked
        self.revoked = revoked
        self.retry_after = retry_after
        self.elsewhere = elsewhere
        self.how_to_reach = how_to_reach


@dataclass(frozen=True)
class Posted:
    """A message already delivered, where it is: the conversation it went to and its id
    there, as its platform names them (for its messenger to thread under or link to)."""

    conversation: str
    ref: str


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
    # The base of the person's one-tap answer links, when the message's buttons are answers a
    # letter can give (the evaluations' questions): each button's link adds what it answers.
    answer_link: str | None = None


@dataclass(frozen=True)
class Outbound:
    """One claimed message, addressed."""

    key: str
    text: str  # as composed; empty when it is `said`
    said: Message | None = None  # the neutral form, rendered by the messenger for its channel
    blocks: list[dict[str, Any]] | None = None
    # A person, by their account (a direct message), or a council's conversation, on the
    # messenger's platform; else `mail_to` or an `email` as composed.
    to: Account | Conversation | None = None
    mail_to: MailTo | None = None  # a person by email: `said` written as a letter to them
    thread: Posted | None = None
    link: Posted | None = None  # an earlier message to link to, in the line `linked`
    linked: Words | None = None  # a line taking the link as {link}
    email: EmailMessage | None = None  # by email: the message as composed
    # By email: the token of the person's own reply address (bot.members.links.reply_token).
    reply_token: str | None = None
    files: tuple[File, ...] = ()  # files to share (instead of a text)
    # Shown to `to` alone in this conversation (a chat's ephemeral message), in `thread`.
    ephemeral_in: Conversation | None = None
    retrying: bool = False  # an earlier attempt may have delivered it
    may_send: bool = True  # False: too late to send, only an earlier delivery counts
    at: datetime | None = None  # when it is sent (an email's Date)


@dataclass(frozen=True)
class Delivered:
    conversation: str | None  # where it went, as its platform names it (None for email)
    ref: str | None  # the platform's id of the message there
    reconciled: bool = False  # found delivered by an earlier attempt
