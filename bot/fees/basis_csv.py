"""The fee basis as a CSV file that Excel in Swedish opens as it is: UTF-8 with a byte order
mark, semicolons between fields and decimal commas (sv; the English file uses points)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from bot.core.texts.render import plain
from bot.fees.service import FeeReport, FeeRow

DELIMITER = ";"
# A cell starting with one of these is a formula to Excel; names come from people.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _number(value: Decimal, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "sv" else text


def _text(value: str) -> str:
    """People's words as text, never as a formula (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _hours(minutes: int, lang: str) -> str:
    return _number(Decimal(minutes) / 60, lang)


def _row(row: FeeRow, report: FeeReport, word: Callable[[str], str]) -> list[str]:
    lang, line, p = report.lang, row.line, row.line.participation
    return [
        str(row.meeting.id),
        row.meeting.when.start.date().isoformat(),
        word(f"kind.{row.meeting.kind.value}"),
        _text(row.name),
        _text(row.forening or ""),
        word("arvode.csv.remote" if row.remote else "arvode.csv.present"),
        p.start.astimezone(report.zone).strftime("%H:%M"),
        p.end.astimezone(report.zone).strftime("%H:%M") if p.end else "",
        _hours(line.meeting_minutes, lang),
        _hours(line.reading_minutes, lang),
        word(f"arvode.day_fee.{line.day_fee.name.lower()}"),
        _number(line.day_fee_amount, lang),
        _hours(line.income_minutes, lang),
        _number(line.income_rate, lang),
        _number(line.income_amount, lang),
        _number(line.travel, lang),
        _number(line.total, lang),
        ", ".join(sorted(word(note.value) for note in line.notes)),
    ]


def fee_csv(report: FeeReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER)
    # The same few words on every row (kinds, presence, day fees, notes): looked up once.
    word = cache(lambda key: plain(key, report.lang))
    writer.writerow(word("arvode.csv.header").split("|"))
    for row in report.rows:
        writer.writerow(_row(row, report, word))
    return out.getvalue().encode("utf-8-sig")
