"""`/minadata`: what the bot stores about the caller (`visa` or nothing), a copy of it
(`export`), erasing it (`radera`), or a personal link to the member page (`sida`; `sida
stäng` revokes every link and signs out everywhere)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands.grammar import check_length, fold, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError

COMMAND = "/minadata"
MAX_TEXT = 100  # one word is all it takes


@dataclass(frozen=True)
class Inventory:
    """What is stored about the caller, in words."""


@dataclass(frozen=True)
class Export:
    """A copy of it as a file."""


@dataclass(frozen=True)
class Erase:
    """Erase it, once the caller has confirmed."""


@dataclass(frozen=True)
class Page:
    """A personal link to the member page, by DM."""


@dataclass(frozen=True)
class ClosePage:
    """Revoke every link to the member page, and so every session they opened."""


MinadataRequest = Help | Inventory | Export | Erase | Page | ClosePage


def parse(text: str) -> MinadataRequest:
    """What `/minadata <text>` asks for; UserError("minadata.usage") for anything else."""
    typed, rest = split_word(check_length(text, MAX_TEXT))
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if word == "sida":
        return _page(rest)
    if rest or word not in ("", "visa", "export", "exportera", "radera"):
        raise UserError("minadata.usage")
    if word in ("export", "exportera"):
        return Export()
    return Erase() if word == "radera" else Inventory()


def _page(rest: str) -> Page | ClosePage:
    """`sida`, or `sida stäng` (also `av`)."""
    typed, after = split_word(rest)
    word = fold(in_swedish(COMMAND, typed))
    if not typed:
        return Page()
    if after or word not in ("stang", "av"):
        raise UserError("minadata.usage")
    return ClosePage()
