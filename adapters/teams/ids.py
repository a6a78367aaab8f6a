"""Reading who and where from Teams' activities, as the domain takes them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.identity import Account, Conversation

# Teams' name as a platform: its accounts', its conversations' and its messenger's.
TEAMS = "teams"


def tenant_of(activity: Mapping[str, Any]) -> str:
    """The tenant an activity comes from (the workspace of its people and conversations)."""
    data = activity.get("channelData") or {}
    return str(
        (data.get("tenant") or {}).get("id")
        or (activity.get("conversation") or {}).get("tenantId")
        or ""
    )


def caller_of(activity: Mapping[str, Any]) -> Account:
    """Who acts: the Teams user (their id as the Bot Connector names them to this bot)."""
    return Account(TEAMS, tenant_of(activity), str((activity.get("from") or {}).get("id") or ""))


def where_of(activity: Mapping[str, Any]) -> Conversation:
    """Where: the channel (a reply's thread is its channel's: `;messageid=…` off) or chat."""
    conversation_id = str((activity.get("conversation") or {}).get("id") or "")
    return Conversation(TEAMS, tenant_of(activity), conversation_id.split(";", 1)[0])


def personal(activity: Mapping[str, Any]) -> bool:
    """A personal chat with the bot: private, and no @mention needed."""
    return (activity.get("conversation") or {}).get("conversationType") == "personal"
