"""`hjälp`: every command answers it with its usage and examples."""

from __future__ import annotations

from dataclasses import dataclass

# Folded (bot.commands.grammar.fold), Swedish and English.
HELP_WORDS = frozenset({"hjalp", "help"})


@dataclass(frozen=True)
class Help:
    """The person asked how the command works."""
