"""Which OAuth scopes a Web API call needs, and the ones the app's manifest grants.

Slack refuses a call the token has no scope for (`missing_scope`, with `needed` and
`provided`); the local Slack does the same against the scopes of `slack/manifest.yml`, so a
test fails where a real workspace would. The published spec names some scopes the old way
(`chat:write:bot`); a bot token's scope is the plain one. Reading a conversation's history
needs the scope of its kind: a public channel's, a private one's or a DM's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# The spec's legacy names -> what a bot token holds.
GRANULAR = {"chat:write:bot": "chat:write", "chat:write:user": "chat:write"}
# Per kind of conversation (Conversation.channel_type): the scope that reads it.
HISTORY = {"channel": "channels:history", "group": "groups:history", "im": "im:history"}
BY_CONVERSATION = frozenset({"conversations.history", "conversations.replies"})
MANIFEST = Path(__file__).resolve().parents[2] / "slack" / "manifest.yml"


def needed(
    method: str, spec_scopes: list[str], args: Mapping[str, Any], kinds: Mapping[str, str]
) -> frozenset[str]:
    """Any one of these scopes lets the call through; empty: it needs none. `kinds` maps a
    conversation id to its kind, for the methods whose scope depends on it."""
    if method in BY_CONVERSATION:
        kind = kinds.get(str(args.get("channel") or ""))
        if kind in HISTORY:
            return frozenset({HISTORY[kind]})
    return frozenset(GRANULAR.get(scope, scope) for scope in spec_scopes)


def manifest_scopes(path: Path = MANIFEST) -> frozenset[str] | None:
    """The bot scopes `oauth_config.scopes.bot` of the manifest; None when there is none
    (an installed package without the repository: then nothing is checked)."""
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    block = re.search(r"^  scopes:\n    bot:\n((?:      - .+\n)+)", text, re.MULTILINE)
    if block is None:
        raise ValueError(f"{path}: no oauth_config.scopes.bot list")
    return frozenset(line.strip()[2:].strip() for line in block.group(1).splitlines())
