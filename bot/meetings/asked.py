"""Which meeting a request is about, asked by whom and from where.

A service method takes these as keyword arguments (`**asked: Unpack[MeetingAsked]`) and
hands them on whole to what finds the meeting (bot.meetings.finder, bot.minutes.access), so
they are spelt out once and callers still pass them by name. Where they end in a function
that names them as its own parameters (`locate`, `locate_by_id`, `allowed`), a misspelt
keyword still fails with a TypeError; a type checker catches it anywhere. Who and where are
an adapter's account and conversation (bot.core.identity).
"""

from __future__ import annotations

from typing import TypedDict

from bot.core.identity import Account, Conversation


class Asker(TypedDict):
    """Who asks."""

    who: Account


class Caller(Asker):
    """Who asks, and in which conversation."""

    where: Conversation


class ChannelAsked(Caller, total=False):
    """A command in the council channel: a meeting by number, or by default the one the
    service looks for (the next, the one under way, …)."""

    meeting_id: int | None


class MeetingAsked(ChannelAsked, total=False):
    """As `ChannelAsked`; `formote` looks for the förmöte instead of the stormöte."""

    formote: bool


class ButtonAsked(Asker):
    """A button or form that carries the meeting's id (asked from the account's workspace)."""

    meeting_id: int


class ButtonOrMemberAsked(ButtonAsked, total=False):
    """A button's meeting id, asked by an account (`ButtonAsked`), or a member page form's,
    asked by the person signed in: then `person_id` and `meeting_id` only."""

    person_id: int


class ButtonOrChannelAsked(TypedDict, total=False):
    """Either a button's meeting id (no conversation) or a command in the council's
    conversation (which may ask for the förmöte), as bot.meetings.finder.locate takes them;
    asked by an account (`who`), or by a person the adapter knows as such (`person_id`: the
    member page, with a meeting id)."""

    who: Account
    person_id: int
    meeting_id: int | None
    where: Conversation | None
    formote: bool
