"""The local Slack refuses a call the app's token has no scope for, as Slack does, and the
manifest asks for exactly the scopes the bot's calls and event subscriptions need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from devtools.localslack.scopes import HISTORY, manifest_scopes, needed
from devtools.localslack.server import LocalSlack
from devtools.localslack.spec import load_methods

ROOT = Path(__file__).resolve().parents[2]
# slack_sdk's helpers that stand for more than one Web API method.
HELPERS = {"files_upload_v2": ("files.getUploadURLExternal", "files.completeUploadExternal")}
# What each event subscription needs; the bot reads only DMs' history itself.
EVENT_SCOPES: dict[str, tuple[str, ...]] = {
    "message.channels": ("channels:history",),
    "message.groups": ("groups:history",),
    "message.im": ("im:history",),
    "app_home_opened": (),
    "app_uninstalled": (),
    "tokens_revoked": (),
    # Joins and leaves of public and of private channels.
    "member_joined_channel": ("channels:read", "groups:read"),
    "member_left_channel": ("channels:read", "groups:read"),
    "user_change": ("users:read",),
}


def methods_called() -> set[str]:
    """Every Web API method the bot's code calls, from slack_sdk's method names."""
    pattern = re.compile(r"\.((?:chat|conversations|files|users|views)_\w+)\(")
    found: set[str] = set()
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("adapters/**/*.py")]:
        if "localslack" not in path.parts:
            for name in pattern.findall(path.read_text(encoding="utf-8")):
                found.update(HELPERS.get(name, (_camel(name),)))
    return found


def _camel(sdk_name: str) -> str:
    family, _, rest = sdk_name.partition("_")
    head, *tail = rest.split("_")
    return f"{family}.{head}{''.join(w.title() for w in tail)}"


def _manifest_events() -> set[str]:
    text = (ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8")
    block = re.search(r"bot_events:\n((?:      - .+\n)+)", text)
    assert block is not None
    return {line.strip()[2:] for line in block.group(1).splitlines()}


def test_the_manifest_asks_for_exactly_the_scopes_the_bot_needs() -> None:
    """Each call and event subscription has a scope it can go by, and no scope is asked for
    that none of them needs (a workspace admin approves each one)."""
    methods = load_methods()
    called = methods_called()
    assert {"chat.postMessage", "files.getUploadURLExternal", "users.info"} <= called
    kinds = {"D1": "im"}  # conversations.history: the bot reads its DMs only
    wants = [needed(m, methods[m]["scopes"], {"channel": "D1"}, kinds) for m in called]
    wants += [frozenset({scope}) for e in _manifest_events() for scope in EVENT_SCOPES[e]]
    wants = [w for w in wants if w] + [frozenset({"commands"})]  # commands and the shortcut
    granted = manifest_scopes() or frozenset()
    assert [sorted(w) for w in wants if not w & granted] == []
    assert {s for s in granted if not any(s in w for w in wants)} == set()


def test_private_channels_are_subscribed_like_public_ones() -> None:
    assert {"message.channels", "message.groups", "message.im"} <= _manifest_events()
    assert set(HISTORY.values()) <= (manifest_scopes() or set())


def test_a_call_without_its_scope_is_refused_with_what_it_needs() -> None:
    with LocalSlack(scopes={"chat:write"}) as slack:
        slack.add_user("U0ANNA", "anna")
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        with pytest.raises(SlackApiError) as refused:
            client.users_info(user="U0ANNA")
        assert refused.value.response["error"] == "missing_scope"
        assert refused.value.response["needed"] == "users:read"
        assert refused.value.response["provided"] == "chat:write"
        with pytest.raises(SlackApiError) as upload:
            client.files_upload_v2(filename="a.csv", content="a;b", channel="D0NOPE")
        assert upload.value.response["needed"] == "files:write"
