"""Reading who and where from Slack's payloads without trusting every field to be there."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.identity import Account, Conversation

# Slack's name as a platform: its accounts', its conversations' and its messenger's.
SLACK = "slack"


def team_id(body: Mapping[str, Any]) -> str:
    """The workspace a request comes from. Slack sends `"team": null` in some payloads (an
    org-wide app on Enterprise Grid, a shortcut in a channel shared between workspaces); the
    user's own workspace is the one then."""
    team = body.get("team") or {}
    user = body.get("user") or {}
    return str(team.get("id") or user.get("team_id") or body.get("team_id") or "")


def account(team: str, user: str) -> Account:
    """Who asks, as the domain takes it: a Slack user of a workspace."""
    return Account(SLACK, team, user)


def conversation(team: str, channel: str) -> Conversation:
    """Where, as the domain takes it: a Slack channel, asked from a workspace."""
    return Conversation(SLACK, team, channel)


def direct(channel: str) -> bool:
    """A direct message (Slack's DM channel ids start with D): a private conversation."""
    return channel.startswith("D")


def channel_of(command: Mapping[str, Any]) -> Conversation:
    """The channel a slash command was typed in."""
    return conversation(str(command["team_id"]), str(command["channel_id"]))


def caller_of(command: Mapping[str, Any]) -> Account:
    """The user who typed a slash command."""
    return account(str(command["team_id"]), str(command["user_id"]))
