"""`/atgard`: the council's open action items (`lista`, `visa` or nothing), and closing one
(`klar <nr> [kommentar]`, the number also as `#12`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands.grammar import check_length, fold, is_number, record_id, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError

COMMAND = "/atgard"


@dataclass(frozen=True)
class OpenItems:
    """The council's open action items."""


@dataclass(frozen=True)
class CloseItem:
    """Item `item_id` is done; `comment` as written (the adapter puts its markup in words)."""

    item_id: int
    comment: str


AtgardRequest = Help | OpenItems | CloseItem


def parse(text: str) -> AtgardRequest:
    """What `/atgard <text>` asks for; UserError("atgard.usage") for anything else."""
    word, rest = split_word(check_length(text))
    folded = fold(in_swedish(COMMAND, word))
    if folded in HELP_WORDS:
        return Help()
    if folded in ("", "lista", "visa"):
        return OpenItems()
    if folded != "klar":
        raise UserError("atgard.usage")
    number, comment = split_word(rest)
    number = number.removeprefix("#")
    if not is_number(number):
        raise UserError("atgard.usage")
    return CloseItem(record_id(number, not_found="atgard.not_found"), comment)
