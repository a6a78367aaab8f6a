"""No platform in the domain, in three checks.

The grammar is the domain's: no module that reads what people type knows the chat platform
(its imports, its ids, its markup such as `<@…>`); each adapter reads its own markup
(adapters.slack.markup for Slack) before or while the grammar reads the words. Those modules
(every command's grammar, the words they share, the minutes lines', the catalogue and its
neutral rendering) are held to none at all.

No domain module renders for Slack or writes its markup: they say things in catalogue words
and neutral messages (bot.core.message) that each adapter renders.

Nothing in bot/ (everything outside adapters/ and devtools/) imports Slack or the Slack
adapter, names Slack or its team_id/channel_id, or writes its markup, beyond
tests/platform_baseline.txt: counted per module, the counts may only go down."""

from __future__ import annotations

import ast
import pkgutil
import re
from collections import Counter
from pathlib import Path

import pytest

import bot.commands
import bot.commands.grammar
import bot.commands.phrasing
import bot.core.authz
import bot.core.message
import bot.core.texts.catalogue
import bot.core.texts.letters
import bot.core.texts.render
import bot.core.viewers
import bot.core.written
import bot.councils.service
import bot.fees.parsing
import bot.kallelse.message
import bot.kallelse.service
import bot.minutes.capture
import bot.minutes.choose
import bot.minutes.lines
import bot.reminders.grammar
import bot.reminders.kinds
import bot.reminders.messages

COMMANDS = sorted(Path(bot.commands.__path__[0]).glob("*.py"))
WORDS = (bot.commands.grammar, bot.commands.phrasing, bot.fees.parsing, bot.reminders.grammar)
MINUTES = (bot.minutes.lines, bot.minutes.choose)
MESSAGES = (
    bot.core.texts.catalogue,
    bot.core.texts.render,
    bot.core.written,
    bot.core.message,
    bot.core.texts.letters,
    bot.kallelse.message,
    bot.reminders.kinds,
)
SHARED = [Path(module.__file__ or "") for module in (*WORDS, *MINUTES, *MESSAGES)]
NEUTRAL = [*COMMANDS, *SHARED]
# Still Slack ids inside, but no Slack markup: a person is a reference.
REFERENCES = (
    bot.core.authz,
    bot.core.viewers,
    bot.councils.service,
    bot.kallelse.service,
    bot.minutes.capture,
)
MARKUP_FREE = [Path(m.__file__ or "") for m in (*REFERENCES, bot.reminders.messages)]
PLATFORM_PACKAGES = ("slack_sdk", "slack_bolt")
PLATFORM_MARKUP = ("<@", "<#", "&lt;", "&gt;")
PLATFORM_WORDS = (*PLATFORM_MARKUP, "team_id", "channel_id", "slack")


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
    assert [m for m in imported if m.startswith("adapters.slack")] == []  # the Slack adapter


@pytest.mark.parametrize("path", NEUTRAL, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_grammar_module_names_no_platform_id_or_markup(path: Path) -> None:
    text = path.read_text(encoding="utf-8").casefold()
    assert [word for word in PLATFORM_WORDS if word in text] == []


@pytest.mark.parametrize("path", MARKUP_FREE, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_module_passing_people_as_references_writes_no_platform_markup(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [markup for markup in PLATFORM_MARKUP if markup in text] == []


# -- the domain speaks no chat's markup ------------------------------------------------------

BOT = Path(bot.__path__[0])
# The modules of bot/ that are the Slack adapter or speak to it (or are development tools),
# by name: everything else is domain, and writes its messages in the neutral form
# (bot.core.message, catalogue words) for each adapter to render.
ADAPTERS = {
    "__main__.py",  # the CLI: builds the Slack app
}
SLACK_RENDERING = {
    "adapters.slack.mrkdwn": None,
    "bot.core.texts": {"t"},
}
SLACK_MARKUP = ("<@", "<#", "<!here", "<!channel", "&lt;", "&gt;", "mrkdwn")


def _place(path: Path) -> str:
    return path.relative_to(BOT).as_posix()


def _adapter(path: Path) -> bool:
    place = _place(path)
    return place in ADAPTERS or place.split("/")[0] in ADAPTERS


DOMAIN = sorted(p for p in BOT.rglob("*.py") if not _adapter(p))


def _speaks_slack(path: Path) -> list[str]:
    """What in the module is Slack's: an import of a Slack renderer or package, or a string
    (other than a docstring) holding Slack's markup."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in PLATFORM_PACKAGES]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in PLATFORM_PACKAGES:
                found.append(node.module)
            elif node.module in SLACK_RENDERING:
                names = SLACK_RENDERING[node.module]
                found += [
                    f"{node.module}.{a.name}"
                    for a in node.names
                    if names is None or a.name in names
                ]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            found += [markup for markup in SLACK_MARKUP if markup in node.value]
    return found


@pytest.mark.parametrize("path", DOMAIN, ids=_place)
def test_a_domain_module_neither_renders_for_slack_nor_writes_its_markup(path: Path) -> None:
    assert _speaks_slack(path) == []


def test_the_slack_renderers_are_seen_speaking_slack() -> None:
    """The check finds what it looks for: the Slack renderer and the outbox's sender."""
    assert "slack_sdk" in _speaks_slack(BOT.parent / "adapters/slack/delivery.py")
    message = _speaks_slack(BOT.parent / "adapters/slack/message.py")
    assert {"adapters.slack.mrkdwn.slack", "adapters.slack.mrkdwn.encoded"} <= set(message)
    replies = _speaks_slack(BOT.parent / "adapters/slack/handlers/replies.py")
    assert "adapters.slack.mrkdwn.mrkdwn" in replies  # people's words for Slack
    assert set(_speaks_slack(BOT.parent / "adapters/slack/mrkdwn.py")) == {
        "<@",
        "<#",
        "&lt;",
        "&gt;",
    }


# -- nothing outside adapters/ and devtools/ speaks Slack, beyond a baseline that shrinks ----

# The whole product outside adapters/ and devtools/ (bot/: the domain, the CLI and its
# wiring); tests and benches are no product. What still speaks Slack there (imports it or
# the Slack adapter, names it or its team_id/channel_id, writes its markup) is listed in
# platform_baseline.txt, one line per module and kind with its count: a count may only go
# down, and its line must go down with it.
BASELINE = Path(__file__).with_name("platform_baseline.txt")
SLACK_MODULES = ("slack_sdk", "slack_bolt", "adapters.slack")
# Slack's ids and name, and its markup: mentions, channel links, special mentions, its
# entity escapes and mrkdwn itself.
SLACK_TEXT = {
    "team_id": re.compile(r"team_id", re.I),
    "channel_id": re.compile(r"channel_id", re.I),
    "slack": re.compile(r"slack", re.I),
    "<@": re.compile(r"<@"),
    "<#": re.compile(r"<#"),
    "<!": re.compile(r"<!(?:channel|here|everyone|subteam|date)"),
    "&lt;/&gt;": re.compile(r"&lt;|&gt;"),
    "mrkdwn": re.compile(r"mrkdwn", re.I),
}


def platform_uses(path: Path) -> Counter[str]:
    """How often one module imports Slack (or the Slack adapter) and names it in its text."""
    uses: Counter[str] = Counter()
    for module in _imported(path):
        uses.update(f"import {r}" for r in SLACK_MODULES if f"{module}.".startswith(f"{r}."))
    text = path.read_text(encoding="utf-8")
    for kind, pattern in SLACK_TEXT.items():
        uses[kind] += len(pattern.findall(text))
    return +uses


def current() -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for path in sorted(BOT.rglob("*.py")):
        name = path.relative_to(BOT.parent).as_posix()
        found |= {(name, kind): n for kind, n in platform_uses(path).items()}
    return found


def baseline() -> dict[tuple[str, str], int]:
    listed: dict[tuple[str, str], int] = {}
    for line in BASELINE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, kind, count = line.split("\t")
            listed[(name, kind)] = int(count)
    return listed


def test_platform_uses_are_counted() -> None:
    uses = platform_uses(BOT.parent / "adapters" / "slack" / "mrkdwn.py")
    assert uses["slack"] > 0 and uses["<@"] > 0 and uses["<#"] > 0 and uses["&lt;/&gt;"] > 0
    assert platform_uses(BOT.parent / "adapters" / "slack" / "text.py")["<!"] > 0
    assert platform_uses(BOT / "commands" / "punkt.py") == Counter()


def test_outside_the_adapters_nothing_speaks_slack_beyond_the_baseline() -> None:
    allowed = baseline()
    new = [
        f"{name}\t{kind}\t{count} (baseline {allowed.get((name, kind), 0)})"
        for (name, kind), count in current().items()
        if count > allowed.get((name, kind), 0)
    ]
    assert new == [], "new Slack in the domain: make it neutral or move it to adapters/slack"


def test_the_baseline_lists_only_what_is_still_there() -> None:
    found = current()
    stale = [
        f"{n}\t{k}\t{c} -> {found.get((n, k), 0)}"
        for (n, k), c in baseline().items()
        if found.get((n, k), 0) < c
    ]
    assert stale == [], "less Slack than platform_baseline.txt says: lower (or drop) these lines"


def test_bot_holds_contexts_not_loose_modules() -> None:
    """The CLI and the time contract are the only modules at the top of bot/; everything else
    lives in a context or in core/ (docs/architecture.md); the wiring is adapters/runtime/."""
    assert sorted(p.name for p in BOT.glob("*.py")) == ["__init__.py", "__main__.py", "when.py"]


# -- the domain reaches the world through its ports, not through an adapter ------------------

# The adapters a domain module may import: storage, whose models and unit of work the
# services hold (bot.core.ports). The CLI's hand-over (__main__.py) is the entry point.
DOMAIN_MAY_IMPORT = ("adapters.storage",)
ENTRY = {"__main__.py"}


@pytest.mark.parametrize(
    "path", [p for p in sorted(BOT.rglob("*.py")) if _place(p) not in ENTRY], ids=_place
)
def test_a_domain_module_imports_no_adapter_but_storage(path: Path) -> None:
    """A message is composed in the domain, neutral, and rendered by its adapter when sent:
    the kallelse and the minutes by email no less than in the chat."""
    adapters = [m for m in _imported(path) if m == "adapters" or m.startswith("adapters.")]
    assert [
        m for m in adapters if not any(f"{m}.".startswith(f"{a}.") for a in DOMAIN_MAY_IMPORT)
    ] == []
