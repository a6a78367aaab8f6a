"""Telling a new förening from a typo or a short form of one the workspace already has."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

from bot.commands.grammar import fold

CLOSE_ENOUGH = 0.8  # "Attenton" ~ "Attention" (0.94); "RSMH Väst" vs "RSMH Syd" (0.71) is not


def _words(name: str) -> list[str]:
    return fold(name).split()


def close_forening(typed: str, known: Iterable[str]) -> str | None:
    """The known name `typed` most likely means, when it is not that name: a short form
    ("RSMH" for "RSMH Väst") or a near spelling ("Attenton"). None when nothing is close,
    or when it is exactly a known name (case, accents and spacing aside)."""
    words = _words(typed)
    best: tuple[float, str] | None = None
    for name in known:
        theirs = _words(name)
        if theirs == words:
            return None
        score = SequenceMatcher(None, " ".join(words), " ".join(theirs)).ratio()
        if words and theirs[: len(words)] == words:
            score = 1.0  # the start of the name: what people shorten it to
        if score >= CLOSE_ENOUGH and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None
