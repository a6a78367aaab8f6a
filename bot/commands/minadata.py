"""`/minadata`: what the bot stores about the caller (`visa` or nothing), a copy of it
(`export`), erasing it (`radera`), a personal link to the member page (`sida`; `sida
stäng` revokes every link and signs out everywhere), or everything by email (`e-post
<adress>`, `e-post på`; `e-post av`: by the chat again)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.commands.grammar import EMAIL_WORDS, MAX_EMAIL, check_length, fold, is_email, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError

COMMAND = "/minadata"
MAX_TEXT = 100  # one word is all it takes (and an email address)


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


@dataclass(frozen=True)
class ByEmail:
    """Everything by email: to this address (confirmed by its link first), or (None) the
    address confirmed already; `on` False: by the chat again."""

    on: bool
    address: str | None = None


MinadataRequest = Help | Inventory | Export | Erase | Page | ClosePage | ByEmail


def parse(text: str, read_addresses: Callable[[str], str] = str) -> MinadataRequest:
    """What `/minadata <text>` asks for; UserError("minadata.usage") for anything else.
    `read_addresses` writes an email address plainly (as the adapter's channel marks it up)."""
    typed, rest = split_word(check_length(text, MAX_TEXT + MAX_EMAIL))
    word = fold(in_swedish(COMMAND, typed))
    if word in HELP_WORDS:
        return Help()
    if word == "sida":
        return _page(rest)
    if word in EMAIL_WORDS:
        return _by_email(read_addresses(rest))
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


def _by_email(rest: str) -> ByEmail:
    """`e-post <adress>`, `e-post på` or `e-post av`."""
    typed, after = split_word(rest)
    word = fold(typed)
    if after or not typed:
        raise UserError("minadata.email.usage")
    if word in ("pa", "ja"):
        return ByEmail(True)
    if word in ("av", "nej"):
        return ByEmail(False)
    if not is_email(typed):
        raise UserError("minadata.email.bad_address", address=typed)
    return ByEmail(True, typed)
