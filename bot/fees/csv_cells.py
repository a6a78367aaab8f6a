"""Cells of a fee CSV file that Excel in Swedish opens as it is: UTF-8 with a byte order mark,
semicolons between fields and decimal commas (sv; the English file uses points)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from bot.core.texts.render import plain

DELIMITER = ";"
# A cell starting with one of these is a formula to Excel; names come from people.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def number_cell(value: Decimal, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "sv" else text


def text_cell(value: str) -> str:
    """People's words as text, never as a formula (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


class Cells:
    """A report's cells, each distinct value formatted once: a year's claims repeat the same
    few words, amounts, hours and clock times over thousands of rows."""

    def __init__(self, lang: str, zone: ZoneInfo) -> None:
        self.word = cache(lambda key: plain(key, lang))
        self.number = cache(lambda value: number_cell(value, lang))
        self.hours = cache(lambda minutes: number_cell(Decimal(minutes) / 60, lang))
        self.clock = cache(lambda instant: instant.astimezone(zone).strftime("%H:%M"))
