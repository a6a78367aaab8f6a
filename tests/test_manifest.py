"""Every slash command the bot answers is in the Slack app manifest and the README."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import handlers.commands

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> set[str]:
    found = set()
    for module in pkgutil.iter_modules(handlers.commands.__path__):
        loaded = importlib.import_module(f"handlers.commands.{module.name}")
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
