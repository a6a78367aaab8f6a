"""The command grammar is the domain's: no module of bot.commands knows the chat platform.

Scoped to the modules made neutral so far (the whole tree follows with the layout step)."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

import bot.commands

NEUTRAL = sorted(Path(bot.commands.__path__[0]).glob("*.py"))
PLATFORM_PACKAGES = ("slack_sdk", "slack_bolt")
PLATFORM_WORDS = ("<@", "team_id", "channel_id", "slack")


def test_every_command_grammar_module_is_checked() -> None:
    names = {m.name for m in pkgutil.iter_modules(bot.commands.__path__)}
    assert names <= {path.stem for path in NEUTRAL}
    assert "punkt" in names


@pytest.mark.parametrize("path", NEUTRAL, ids=lambda path: path.name)
def test_a_grammar_module_imports_no_platform(path: Path) -> None:
    imported: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    assert [m for m in imported if m.split(".")[0] in PLATFORM_PACKAGES] == []


@pytest.mark.parametrize("path", NEUTRAL, ids=lambda path: path.name)
def test_a_grammar_module_names_no_platform_id_or_markup(path: Path) -> None:
    text = path.read_text(encoding="utf-8").casefold()
    assert [word for word in PLATFORM_WORDS if word in text] == []
