"""A message owed to one person about something that happened (e.g. their point moved).

Services return notices instead of sending them, so the change commits first and the
adapter delivers each one in the recipient's council language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    user_id: str
    key: str
    params: dict[str, object]
    lang: str
