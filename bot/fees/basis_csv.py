"""The fee basis as a CSV file that Excel in Swedish opens as it is: UTF-8 with a byte order
mark, semicolons between fields and decimal commas (sv; the English file uses points)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from bot.core.texts.render import plain
from bot.fees.service import FeeReport, FeeRow

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
    """A report's cells, each distinct value formatted once: a year's basis (or claims)
    repeats the same few words, amounts, hours and clock times over thousands of rows."""

    def __init__(self, lang: str, zone: ZoneInfo) -> None:
        self.word = cache(lambda key: plain(key, lang))
        self.number = cache(lambda value: number_cell(value, lang))
        self.hours = cache(lambda minutes: number_cell(Decimal(minutes) / 60, lang))
        self.clock = cache(lambda instant: instant.astimezone(zone).strftime("%H:%M"))


def _row(row: FeeRow, cells: Cells) -> list[str]:
    line, p = row.line, row.line.participation
    return [
        str(row.meeting.id),
        row.meeting.when.start.date().isoformat(),
        cells.word(f"kind.{row.meeting.kind.value}"),
        text_cell(row.name),
        text_cell(row.forening or ""),
        cells.word("arvode.csv.remote" if row.remote else "arvode.csv.present"),
        cells.clock(p.start),
        cells.clock(p.end) if p.end else "",
        cells.hours(line.meeting_minutes),
        cells.hours(line.reading_minutes),
        cells.word(f"arvode.day_fee.{line.day_fee.name.lower()}"),
        cells.number(line.day_fee_amount),
        cells.hours(line.income_minutes),
        cells.number(line.income_rate),
        cells.number(line.income_amount),
        cells.number(line.travel),
        cells.number(line.total),
        ", ".join(sorted(cells.word(note.value) for note in line.notes)),
    ]


def fee_csv(report: FeeReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER)
    cells = Cells(report.lang, report.zone)
    writer.writerow(cells.word("arvode.csv.header").split("|"))
    for row in report.rows:
        writer.writerow(_row(row, cells))
    return out.getvalue().encode("utf-8-sig")
