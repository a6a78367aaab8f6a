"""What the sandbox keeps beside its database between starts: the clock, the local Slack's
messages and files, and who is at the terminal where.

The database remembers the council, but the bot also remembers Slack's side of it (the ts of
the kallelse it answers in, the buttons it updates), and the clock only moves when told. So
the local Slack's state is written beside the database after every line, and a start on the
same database picks it up: a restart looks to the person like coming back to Slack.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

VERSION = 1


@dataclass(frozen=True)
class Saved:
    now: datetime
    user_id: str
    channel_id: str | None  # None: the person's DM with the bot
    thread_ts: str | None
    slack: dict[str, Any]


class StateFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def beside(cls, database_url: str, cwd: Path) -> StateFile | None:
        """`brukarbot.db` keeps it in `brukarbot.db.sandbox.json`; a server database in the
        working directory, named after it; a database in memory has nothing to come back to."""
        url = make_url(database_url)
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                return None
            database = Path(url.database)
            return cls(database.with_name(database.name + ".sandbox.json"))
        return cls(cwd / f"{url.database or 'brukarbot'}.sandbox.json")

    def load(self) -> Saved | None:
        """The state saved last, or None when there is none (or it is of another version)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        if data.get("version") != VERSION:
            return None
        return Saved(
            now=datetime.fromisoformat(data["now"]),
            user_id=data["user_id"],
            channel_id=data["channel_id"],
            thread_ts=data["thread_ts"],
            slack=data["slack"],
        )

    def save(self, state: Saved) -> None:
        """Written whole to a temporary file and moved into place: a crash leaves the last
        complete state, never half of one."""
        data = {
            "version": VERSION,
            "now": state.now.isoformat(),
            "user_id": state.user_id,
            "channel_id": state.channel_id,
            "thread_ts": state.thread_ts,
            "slack": state.slack,
        }
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)
