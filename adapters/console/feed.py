"""What is new for the person at the terminal: unread messages, as Slack's client keeps them.

One person sits at the terminal whoever they are playing, so a message counts as seen once it
has been shown; a changed message (``replace_original``, ``chat.update``) is new again.
DMs and ephemeral messages are seen only by whom they are for, so switching person shows that
person's own unread ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from devtools.localslack.server import LocalSlack

Where = Literal["channel", "thread", "dm", "ephemeral"]


@dataclass(frozen=True)
class News:
    where: Where
    channel_id: str
    message: dict[str, Any]
    edited: bool


class Feed:
    def __init__(self, slack: LocalSlack) -> None:
        self._slack = slack
        self._seen: dict[tuple[str, str], str] = {}  # (channel or "", ts) -> content shown

    def news(self, user_id: str, channel_id: str) -> list[News]:
        """Unread in the channel (threads too), in the person's DM with the bot and in their
        ephemeral messages, oldest first; now read. What they wrote themselves is read."""
        dm = self._slack.dm_channel(user_id)
        found = [*self._unread_in(dm, "dm"), *self._unread_ephemerals(user_id)]
        if channel_id != dm:
            found += self._unread_in(channel_id, "channel")
        fresh = []
        for news in found:
            self._mark(news)
            if not _written_by(news.message, user_id):
                fresh.append(news)
        return sorted(fresh, key=lambda news: float(news.message["ts"]))

    def dms(self, user_id: str) -> list[News]:
        """Every message of the person's DM with the bot, read or not; now read."""
        dm = self._slack.dm_channel(user_id)
        every = list(self._conversation(dm, "dm", unread=False))
        for news in every:
            self._mark(news)
        return every

    def thread(self, channel_id: str, ts: str) -> list[News]:
        """A message and every reply in its thread, read or not; now read."""
        parent, *replies = self._slack.messages(channel_id, thread_ts=ts)
        where: Where = "dm" if self._slack.channel_type(channel_id) == "im" else "channel"
        every = [
            News(where, channel_id, parent, edited=False),
            *(News("thread", channel_id, reply, edited=False) for reply in replies),
        ]
        for news in every:
            self._mark(news)
        return every

    def number(self, channel_id: str, ts: str) -> int | None:
        """Where the message stands in its conversation, 1 for the oldest: what `:tråd` and
        `:genväg` take (thread replies have none of their own)."""
        listed = [m["ts"] for m in self._slack.messages(channel_id)]
        return listed.index(ts) + 1 if ts in listed else None

    def message_ts(self, channel_id: str, number: int) -> str | None:
        """The ts of message ``number`` in the conversation, None when there is none."""
        listed = self._slack.messages(channel_id)
        return str(listed[number - 1]["ts"]) if 1 <= number <= len(listed) else None

    def unread_elsewhere(self, user_id: str, channel_ids: Iterable[str]) -> dict[str, int]:
        """How many unread messages others wrote in each of these channels."""
        counts = {
            channel: sum(
                not _written_by(news.message, user_id)
                for news in self._unread_in(channel, "channel")
            )
            for channel in channel_ids
        }
        return {channel: count for channel, count in counts.items() if count}

    def catch_up(self, user_ids: Iterable[str], channel_ids: Iterable[str]) -> None:
        """Everything there is now counts as read: the sandbox starts with a clean screen."""
        channels = list(channel_ids)
        for user_id in user_ids:
            for channel_id in channels:
                self.news(user_id, channel_id)

    # -- reading the local Slack -----------------------------------------------------

    def _unread_in(self, channel_id: str, where: Where) -> list[News]:
        return list(self._conversation(channel_id, where, unread=True))

    def _conversation(self, channel_id: str, where: Where, *, unread: bool) -> Iterable[News]:
        for message in self._slack.messages(channel_id):
            yield from self._if_unread(message, channel_id, where, unread)
            if message.get("reply_count"):
                replies = self._slack.messages(channel_id, thread_ts=message["ts"])[1:]
                for reply in replies:
                    yield from self._if_unread(reply, channel_id, "thread", unread)

    def _unread_ephemerals(self, user_id: str) -> list[News]:
        found: list[News] = []
        for ephemeral in self._slack.ephemerals(user=user_id):
            found += self._if_unread(ephemeral, ephemeral["channel"], "ephemeral", unread=True)
        return found

    def _if_unread(
        self, message: dict[str, Any], channel_id: str, where: Where, unread: bool
    ) -> list[News]:
        shown = self._seen.get(_key(channel_id, message, where))
        if unread and shown == _content(message):
            return []
        return [News(where, channel_id, message, edited=unread and shown is not None)]

    def _mark(self, news: News) -> None:
        self._seen[_key(news.channel_id, news.message, news.where)] = _content(news.message)


def _key(channel_id: str, message: dict[str, Any], where: Where) -> tuple[str, str]:
    return ("" if where == "ephemeral" else channel_id, str(message["ts"]))


def _content(message: dict[str, Any]) -> str:
    shown = {k: message.get(k) for k in ("text", "blocks", "attachments")}
    return json.dumps(shown, sort_keys=True, ensure_ascii=False)


def _written_by(message: dict[str, Any], user_id: str) -> bool:
    return message.get("user") == user_id and "bot_id" not in message
