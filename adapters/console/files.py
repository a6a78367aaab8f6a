"""Files the bot shares (a CSV of fees, the minutes as DOCX, a JSON export), as the terminal
shows them and ``:fil N`` saves them.

A file is numbered by the order the bot uploaded it in the workspace, so its number stays the
same whoever is at the terminal and after a restart. A person gets only files shared where
they can read them: a channel, or their own DM with the bot, as in Slack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.core.texts.render import console
from devtools.localslack.server import LocalSlack


class NotYours(LookupError):
    """No file with that number that this person can see."""


class Files:
    def __init__(self, slack: LocalSlack, lang: str) -> None:
        self._slack = slack
        self._lang = lang

    def describe(self, file: dict[str, Any]) -> str:
        """ "arvode-2026-11.csv (CSV, 1,2 kB) – spara med `:fil 1`" """
        return console(
            "sandbox.file.line",
            self._lang,
            name=file.get("name", ""),
            kind=str(file.get("filetype", "")).upper(),
            size=self._size(int(file.get("size") or 0)),
            number=self._number(str(file.get("id"))),
        )

    def visible(self, user_id: str) -> list[dict[str, Any]]:
        """The files this person can open, oldest first."""
        dm = self._slack.dm_channel(user_id)
        return [
            f
            for f in self._slack.files.values()
            if any(c == dm or self._slack.channel_type(c) != "im" for c in f["channels"])
        ]

    def save(self, user_id: str, number: int, directory: Path) -> tuple[dict[str, Any], Path]:
        """Write file ``number`` into ``directory`` under its own name, never over another
        file ("protokoll (2).docx" then), as a browser saves a download."""
        every = list(self._slack.files.values())
        file = every[number - 1] if 1 <= number <= len(every) else None
        if file is None or file["id"] not in {f["id"] for f in self.visible(user_id)}:
            raise NotYours(number)
        target = _free_path(directory, Path(str(file["name"])).name)
        target.write_bytes(file["content"] or b"")
        return file, target

    def _number(self, file_id: str) -> int:
        return list(self._slack.files).index(file_id) + 1

    def _size(self, size: int) -> str:
        if size < 1000:
            return console("sandbox.file.bytes", self._lang, count=size)
        kilobytes = f"{size / 1000:.1f}"
        if self._lang == "sv":
            kilobytes = kilobytes.replace(".", ",")
        return console("sandbox.file.kb", self._lang, size=kilobytes)


def _free_path(directory: Path, name: str) -> Path:
    target = directory / name
    stem, suffix = Path(name).stem, Path(name).suffix
    copy = 2
    while target.exists():
        target = directory / f"{stem} ({copy}){suffix}"
        copy += 1
    return target
