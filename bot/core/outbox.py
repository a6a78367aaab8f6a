"""The messages a change owes people, queued in the outbox inside the change's own transaction.

A change and the messages that tell of it commit together or not at all: a kallelse marked
sent always has its DMs waiting, and DMs never tell of a change that was rolled back. A
message says what it says in the neutral form (`said`: bot.core.message), rendered by the
messenger it goes by when it is sent, or as a chat's adapter composed it (`text`,
`blocks`); the service queues them before its commit, and the sender (bot.reminders.sender)
delivers them, at once and again at the scheduler's passes until they arrive.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any, TypeVar

from adapters.storage.models import OutboxMessage
from bot.core import message as neutral
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.ports.messenger import File
from bot.core.vocabulary import OutboxStatus

KIND = "meddelande"
# A note for one person's eyes, shown where they just acted (a chat's ephemeral message).
EPHEMERAL = "ephemeral"
COUNCIL = "council"  # payload["conversation"]: the council's own channel
THERE = "there"  # payload: the one conversation an answer is posted in (Message.there)
PLACE = "place"  # payload: which of the council's conversations (its id), when it has several
# payload: its buttons are answers a letter gives by one-tap links (bot.members.answers)
ANSWERED_BY_LINK = "answered_by_link"
T = TypeVar("T")


def _new_key() -> str:
    return f"dm:{uuid.uuid4().hex}"


@dataclass(frozen=True)
class Link:
    """A line naming an earlier message (its key), with a link to it once it is posted."""

    key: str
    text: str  # the catalogue's key of the line, taking {link}
    lang: str


@dataclass(frozen=True)
class Message:
    # To this person (by whichever channel reaches them: bot.reminders.addresses); None: to
    # the council's own conversation.
    person_id: int | None
    text: str = ""  # as the adapter rendered it; else `said`
    blocks: Sequence[dict[str, Any]] | None = None  # Block Kit, as the adapter rendered it
    # What it says in the neutral form, rendered by the messenger it goes by when it is sent;
    # with `text` or `blocks` (as a chat composed it), what it says to whoever is reached by
    # email instead (bot.reminders.addresses).
    said: neutral.Message | None = None
    # Names the message itself (e.g. one kallelse to one person), so queuing it twice sends it
    # once; by default a new message each time.
    key: str = field(default_factory=_new_key)
    kind: str = KIND
    # What it is about, so the sender can drop it when no longer wanted or allowed (a kallelse
    # waiting while its meeting is cancelled, or its person leaves): bot.reminders.wanted.
    council_id: int | None = None
    subject: str | None = None
    # The thread to answer in: an earlier message's key (it waits until that is posted), or
    # the ts of a post already there.
    thread: str | None = None
    thread_ts: str | None = None
    link: Link | None = None
    # The channel post of this meeting's kallelse: once posted, its thread is the meeting's
    # (documents, late points and minutes lines go there).
    kallelse_of: int | None = None
    # The first message of this meeting's minutes thread: once posted, the lines are written
    # in its thread.
    minutes_of: int | None = None
    # EMAIL (bot.core.ports.messenger): by email, as a letter or as `email` composed it;
    # None: by its address, the person's account or the council's conversation.
    via: str | None = None
    email: EmailMessage | None = None
    # Files shared instead of a text, kept in the row until they are (files_of reads them).
    files: tuple[File, ...] = ()
    # Asks the person to confirm their email address: the one message that may go to an
    # address not confirmed yet (bot.reminders.wanted).
    confirming: bool = False
    # Shown to this account alone in `shown_in` (kind EPHEMERAL), in `thread_ts` if set: the
    # one who just acted there, known to the bot (`person_id`) or not yet.
    shown_to: Account | None = None
    shown_in: Conversation | None = None
    # Posted for everyone in this one conversation (a channel, or a DM, where someone just
    # wrote), in `thread_ts` if set: an answer where the question was, not in every
    # conversation of the council.
    posted_in: Conversation | None = None

    @classmethod
    def ephemeral(
        cls, who: Account, where: Conversation, text: str, person_id: int | None, **rest: Any
    ) -> Message:
        """A note for the eyes of `who` alone where they just acted (the chat's channel, its
        thread), retried and sent once like any message, by the outbox."""
        return cls(person_id, text, kind=EPHEMERAL, shown_to=who, shown_in=where, **rest)

    @classmethod
    def there(cls, where: Conversation, text: str = "", **rest: Any) -> Message:
        """An answer posted in the conversation where someone just wrote (their DM with the
        bot, or the channel's thread), retried and sent once like any message, by the outbox."""
        return cls(None, text, posted_in=where, **rest)

    @classmethod
    def in_council(cls, council_id: int, text: str = "", **rest: Any) -> Message:
        """A post in the council's conversation (found when it is sent, not fixed now)."""
        return cls(None, text, council_id=council_id, **rest)


# The adapter's part of a change: from the service's result (read inside its transaction),
# the messages it owes.
Compose = Callable[[T], Iterable[Message]]


def nothing(_result: object) -> Iterable[Message]:
    return ()


def queue(uow: UnitOfWork, messages: Iterable[Message], now: datetime) -> None:
    """Add the messages to the unit of work's transaction (the caller commits). A post in a
    council reached in several conversations (a channel on each of two chat platforms) is
    one row for each (`in_each_place`)."""
    rows = [
        {
            "idempotency_key": key,
            "kind": message.kind,
            "council_id": message.council_id,
            "person_id": message.person_id,
            "payload": payload,
            "due_at": now,
            "status": OutboxStatus.PENDING,
            "attempts": 0,
        }
        for message in messages
        for key, payload in in_each_place(uow, message, _payload(message))
    ]
    if rows:
        uow.outbox.add_new(rows)


def in_each_place(
    uow: UnitOfWork, message: Message, payload: dict[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """The rows (key, payload) of a message: one, unless it is a post in a council reached
    in more than one conversation. Then each conversation has its own (its `place`), the
    first under the message's key, each other's key and the earlier posts it threads under
    or links to marked with the place; only the first is the meeting's kallelse post or
    minutes thread, and the id of a post already there (`thread_ts`) is the first's alone."""
    if message.person_id is not None or message.council_id is None:
        return [(message.key, payload)]
    council = uow.councils.get(message.council_id)
    places = list(council.conversations) if council is not None else []
    if len(places) < 2:
        return [(message.key, payload)]
    first, *others = places
    rows = [(message.key, {**payload, PLACE: first.id})]
    own = ("kallelse_of", "minutes_of", "thread_ts")
    for place in others:
        there = {k: v for k, v in payload.items() if k not in own}
        there[PLACE] = place.id
        if "thread" in payload:
            there["thread"] = placed(payload["thread"], place.id)
        if "link" in payload:
            there["link"] = {**payload["link"], "key": placed(payload["link"]["key"], place.id)}
        rows.append((placed(message.key, place.id), there))
    return rows


def placed(key: str, place: int) -> str:
    """The key of a council post's row in the council's conversation `place` (not its first)."""
    return f"{key}@c{place}"


def _payload(message: Message) -> dict[str, Any]:
    return {
        **({"conversation": COUNCIL} if _to_council(message) else {}),
        "text": message.text,
        **(saying(message.said) if message.said else {}),
        **({"subject": message.subject} if message.subject else {}),
        **({"blocks": list(message.blocks)} if message.blocks else {}),
        **({"thread": message.thread} if message.thread else {}),
        **({"thread_ts": message.thread_ts} if message.thread_ts else {}),
        **({"link": asdict(message.link)} if message.link else {}),
        **({"kallelse_of": message.kallelse_of} if message.kallelse_of else {}),
        **({"minutes_of": message.minutes_of} if message.minutes_of else {}),
        **({"via": message.via} if message.via else {}),
        **({"email": _with_id(message.email, message.key)} if message.email else {}),
        **({"files": [_stored(f) for f in message.files]} if message.files else {}),
        **({"confirming": True} if message.confirming else {}),
        **(_ephemeral(message.shown_to, message.shown_in) if message.shown_in else {}),
        **({THERE: _place(message.posted_in)} if message.posted_in else {}),
    }


def _to_council(message: Message) -> bool:
    return message.person_id is None and not message.shown_in and not message.posted_in


def _place(where: Conversation) -> dict[str, str]:
    return {"platform": where.platform, "workspace": where.workspace, "id": where.external_id}


def _ephemeral(who: Account | None, where: Conversation) -> dict[str, Any]:
    if who is None:
        raise ValueError("an ephemeral message is shown to someone")
    return {"ephemeral": {**_place(where), "user": who.external_id}}


def shown_in(payload: dict[str, Any]) -> Conversation | None:
    """Where a row's ephemeral message is shown; None for any other."""
    return _conversation(payload.get("ephemeral"))


def posted_in(payload: dict[str, Any]) -> Conversation | None:
    """The one conversation a row's answer is posted in (Message.there); None for any other."""
    return _conversation(payload.get(THERE))


def _conversation(place: dict[str, Any] | None) -> Conversation | None:
    return Conversation(place["platform"], place["workspace"], place["id"]) if place else None


def _stored(file: File) -> dict[str, str]:
    return {"name": file.name, "content": base64.b64encode(file.content).decode("ascii")}


def saying(said: neutral.Message) -> dict[str, Any]:
    """A row's payload holding what it says in the neutral form (sent as `said_in` reads it)."""
    return {"said": said.to_json()}


def said_in(payload: dict[str, Any]) -> neutral.Message | None:
    """What a row says in the neutral form; a row queued before the form existed holds one
    paragraph's catalogue words."""
    if "said" in payload:
        return neutral.Message.from_json(payload["said"])
    if "words" in payload:
        return neutral.Message.of(neutral.Words.from_json(payload["words"]))
    return None


def files_of(payload: dict[str, Any]) -> tuple[File, ...]:
    return tuple(File(f["name"], base64.b64decode(f["content"])) for f in payload.get("files", ()))


def message_id(key: str) -> str:
    """An email's Message-ID, made from its outbox key: sent again after a crash, it is the
    same message to the recipient's mail program."""
    return f"<{uuid.uuid5(uuid.NAMESPACE_URL, key).hex}@brukarbot>"


def _with_id(email: EmailMessage, key: str) -> str:
    """The email as stored, its Message-ID made from its key (message_id)."""
    del email["Message-ID"]
    email["Message-ID"] = message_id(key)
    return email.as_string()


def remember_posted(
    uow: UnitOfWork, row: OutboxMessage, conversation: str | None, ref: str | None
) -> None:
    """What a message's being posted (in this conversation, as `ref` there) means for the
    council (the sender calls this in the transaction that marks the row sent)."""
    meeting_id = row.payload.get("kallelse_of")
    if meeting_id is not None and ref is not None:
        uow.kallelse.set_channel_post(int(meeting_id), ref)
    minutes_of = row.payload.get("minutes_of")
    minutes = uow.minutes.for_meeting(int(minutes_of)) if minutes_of is not None else None
    if minutes is not None and conversation is not None:
        minutes.conversation, minutes.thread_ts = conversation, ref
