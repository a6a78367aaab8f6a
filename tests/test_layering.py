"""The grammar is the domain's: no module that reads what people type knows the chat
platform (its imports, its ids, its markup such as `<@…>`). Each adapter reads its own
markup (handlers.slack_markup for Slack) before or while the grammar reads the words.

Scoped to the modules made neutral so far (the whole tree follows with the layout step):
every command's grammar (bot.commands), the pieces and words they share (bot.grammar,
bot.phrasing, bot.fee_input, bot.reminders.grammar), and the minutes lines' (bot.minutes.lines,
and choosing the justerare they name)."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

import bot.commands
import bot.fee_input
import bot.grammar
import bot.minutes.choose
import bot.minutes.lines
import bot.phrasing
import bot.reminders.grammar

COMMANDS = sorted(Path(bot.commands.__path__[0]).glob("*.py"))
WORDS = (bot.grammar, bot.phrasing, bot.fee_input, bot.reminders.grammar)
MINUTES = (bot.minutes.lines, bot.minutes.choose)
SHARED = [Path(module.__file__ or "") for module in (*WORDS, *MINUTES)]
NEUTRAL = [*COMMANDS, *SHARED]
PLATFORM_PACKAGES = ("slack_sdk", "slack_bolt")
PLATFORM_WORDS = ("<@", "team_id", "channel_id", "slack")


def test_every_command_grammar_module_is_checked() -> None:
    names = {m.name for m in pkgutil.iter_modules(bot.commands.__path__)}
    assert names <= {path.stem for path in COMMANDS}
    assert {"punkt", "protokoll"} <= names
    assert all(path.is_file() for path in SHARED)


def _imported(path: Path) -> list[str]:
    imported: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    return imported


@pytest.mark.parametrize("path", NEUTRAL, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_grammar_module_imports_no_platform(path: Path) -> None:
    imported = _imported(path)
    assert [m for m in imported if m.split(".")[0] in PLATFORM_PACKAGES] == []
    assert [m for m in imported if m.split(".")[0] == "handlers"] == []  # the adapters


@pytest.mark.parametrize("path", NEUTRAL, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_grammar_module_names_no_platform_id_or_markup(path: Path) -> None:
    text = path.read_text(encoding="utf-8").casefold()
    assert [word for word in PLATFORM_WORDS if word in text] == []
