"""Teams' name as a platform: its accounts', its conversations' and its messenger's."""

from __future__ import annotations

TEAMS = "teams"
