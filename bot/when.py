"""The time contract (`bot.when.parse_when`, `bot.when.WhenError`, `bot.when.When`: see
docs/architecture.md): its parser lives with the rest of the core, in bot.core.when."""

from bot.core.when import When, WhenError, parse_when

__all__ = ["When", "WhenError", "parse_when"]
