"""A minutes line as an adapter with no markup writes it (bot.minutes.lines.LineReader):
it names nobody the adapter's way, and its words are as typed."""

from __future__ import annotations

from bot.minutes.lines import PersonRef


class PlainLines:
    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        return None

    def words(self, text: str) -> str:
        return text
