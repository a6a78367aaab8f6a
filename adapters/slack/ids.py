"""Reading who and where from Slack's payloads without trusting every field to be there."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def team_id(body: Mapping[str, Any]) -> str:
    """The workspace a request comes from. Slack sends `"team": null` in some payloads (an
    org-wide app on Enterprise Grid, a shortcut in a channel shared between workspaces); the
    user's own workspace is the one then."""
    team = body.get("team") or {}
    user = body.get("user") or {}
    return str(team.get("id") or user.get("team_id") or body.get("team_id") or "")
