"""Every slash command the bot answers is in the Slack app manifest and the README, and the
manifest is one Slack accepts."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import adapters.slack.handlers.commands

ROOT = Path(__file__).resolve().parents[1]


def _strings(most: int, least: int = 1, **more: Any) -> dict[str, Any]:
    return {"type": "string", "minLength": least, "maxLength": most, **more}


def _closed(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(required),
        "properties": properties,
    }


def _names(most_items: int) -> dict[str, Any]:
    return {"type": "array", "items": _strings(50), "maxItems": most_items, "uniqueItems": True}


URL = _strings(3500, pattern="^https?://")
# The parts of Slack's published app manifest schema (github.com/slackapi/manifest-schema,
# schemas/manifest.schema.1.0.0.json, MIT) that apply to an app like ours: the fields Slack
# knows (nothing else is accepted), their required ones, lengths and forms.
MANIFEST_SCHEMA: dict[str, Any] = _closed(
    {
        "_metadata": _closed({"major_version": {"type": "integer"}, "minor_version": {}}),
        "display_information": _closed(
            {
                "name": _strings(35),
                "description": _strings(140),
                "long_description": _strings(4000, 175),
                "background_color": _strings(7, 4, pattern="^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$"),
            },
            required=("name",),
        ),
        "features": _closed(
            {
                "app_home": _closed(
                    {
                        "home_tab_enabled": {"type": "boolean"},
                        "messages_tab_enabled": {"type": "boolean"},
                        "messages_tab_read_only_enabled": {"type": "boolean"},
                    }
                ),
                "bot_user": _closed(
                    {"display_name": _strings(80), "always_online": {"type": "boolean"}},
                    required=("display_name",),
                ),
                "shortcuts": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 10,
                    "items": _closed(
                        {
                            "name": _strings(24),
                            "type": {"enum": ["message", "global"]},
                            "callback_id": _strings(255),
                            "description": _strings(150),
                        },
                        required=("name", "type", "callback_id", "description"),
                    ),
                },
                "slash_commands": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 50,
                    "items": _closed(
                        {
                            "command": _strings(32, 2, pattern="^/"),
                            "url": _strings(3000, pattern="^https?://"),
                            "description": _strings(2000),
                            "usage_hint": _strings(1000),
                            "should_escape": {"type": "boolean"},
                        },
                        required=("command", "description"),
                    ),
                },
            }
        ),
        "oauth_config": _closed(
            {
                "redirect_urls": {"type": "array", "items": URL},
                "scopes": _closed({"bot": _names(255), "user": _names(255)}),
            }
        ),
        "settings": _closed(
            {
                "event_subscriptions": _closed(
                    {"request_url": URL, "bot_events": _names(100), "user_events": _names(100)}
                ),
                "interactivity": _closed(
                    {"is_enabled": {"type": "boolean"}, "request_url": URL},
                    required=("is_enabled",),
                ),
                "org_deploy_enabled": {"type": "boolean"},
                "socket_mode_enabled": {"type": "boolean"},
                "token_rotation_enabled": {"type": "boolean"},
            }
        ),
    },
    required=("display_information",),
)


def _manifest() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))


def _commands() -> set[str]:
    found = set()
    for module in pkgutil.iter_modules(adapters.slack.handlers.commands.__path__):
        loaded = importlib.import_module(f"adapters.slack.handlers.commands.{module.name}")
        found.add(loaded.COMMAND)
    return found


def test_manifest_and_readme_list_every_command() -> None:
    manifest = (ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"- command: (/\w+)", manifest))
    assert _commands() <= listed
    for command in _commands():
        assert f"| `{command}` |" in readme, command


def test_the_point_shortcut_is_in_the_manifest() -> None:
    manifest = (ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8")
    assert "callback_id: add_as_point" in manifest


def test_the_manifest_is_one_slack_accepts() -> None:
    jsonschema.validate(_manifest(), MANIFEST_SCHEMA)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("features", "shortcuts", 0, "name"), "Lägg till som punkt på mötet"),  # 28 > 24
        (("features", "slash_commands", 0, "command"), "brukarrad"),  # no slash
        (("display_information", "background_color"), "grön"),
        (("settings", "interactivity", "request_url"), "slack/events"),
    ],
)
def test_the_schema_refuses_what_slack_refuses(path: tuple[Any, ...], value: Any) -> None:
    manifest = _manifest()
    holder = manifest
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(manifest, MANIFEST_SCHEMA)


def test_the_schema_refuses_fields_slack_does_not_know() -> None:
    manifest = _manifest()
    manifest["features"]["bot_user"]["nickname"] = "Bot"

    with pytest.raises(jsonschema.ValidationError, match="nickname"):
        jsonschema.validate(manifest, MANIFEST_SCHEMA)
