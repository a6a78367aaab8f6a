"""A council's claims as a CSV file for the payroll system: one row a member's day, as they
confirmed it (Excel in Swedish opens it as it is: bot.fees.csv_cells)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from bot.fees.claiming import ClaimMeeting, ClaimRow, ClaimsReport
from bot.fees.claims import ClaimAmounts
from bot.fees.csv_cells import DELIMITER, Cells, text_cell
from bot.fees.receipts import receipt_link, receipts_of


def claims_csv(report: ClaimsReport, *, page_url: str | None = None) -> bytes:
    """`page_url`: the member page's public address, where each receipt is shown (a secretary
    signed in sees the claims' receipts there)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER)
    cells = Cells(report.lang, report.zone)
    # A day's claims share their meetings and most their figures: each formatted once.
    meetings = cache(lambda shown: ", ".join(_meeting(m, cells) for m in shown))
    amounts = cache(lambda a: _amounts(a, cells))
    writer.writerow(cells.word("arvode.claims.csv.header").split("|"))
    for row in report.rows:
        writer.writerow(_row(row, cells, meetings, amounts, page_url))
    return out.getvalue().encode("utf-8-sig")


def _row(
    row: ClaimRow,
    cells: Cells,
    meetings: Callable[[tuple[ClaimMeeting, ...]], str],
    amounts: Callable[[ClaimAmounts], _Amounts],
    page_url: str | None,
) -> list[str]:
    a = amounts(row.amounts)
    return [
        row.day.isoformat(),
        text_cell(row.name),
        text_cell(row.forening or ""),
        meetings(row.meetings),
        *a.before_notes,
        text_cell("; ".join(e.note for e in row.stated.expenses if e.note)),
        " ".join(receipt_link(r, page_url) for r in receipts_of(row.stated.expenses)),
        a.total,
        cells.word("arvode.claims.approved" if row.approved_at else "arvode.claims.confirmed"),
        text_cell(row.approved_by or ""),
        row.approved_at.date().isoformat() if row.approved_at else "",
        a.notes,
    ]


class _Amounts(NamedTuple):
    """A claim's figures as cells: those before the expenses' notes, the total, the notes."""

    before_notes: tuple[str, ...]
    total: str
    notes: str


def _amounts(a: ClaimAmounts, cells: Cells) -> _Amounts:
    def money(ore: int) -> str:
        return cells.number(Decimal(ore) / 100)

    return _Amounts(
        (
            cells.hours(a.meeting_minutes),
            cells.word(f"arvode.day_fee.{a.day_fee.name.lower()}"),
            money(a.day_fee_amount),
            cells.hours(a.income_minutes),
            money(a.income_rate),
            money(a.income_amount),
            money(a.travel),
            money(a.expenses),
        ),
        money(a.total),
        ", ".join(sorted(cells.word(note.value) for note in a.notes)),
    )


def _meeting(meeting: ClaimMeeting, cells: Cells) -> str:
    """ "Förmöte 10:00–12:00": the kind and the times, never what it was about (in the
    council's zone, as the claim keeps them)."""
    span = meeting.start.strftime("%H:%M")
    if meeting.end is not None:
        span += "–" + meeting.end.strftime("%H:%M")
    kind = cells.word(f"kind.{meeting.kind.value}")
    remote = " " + cells.word("arvode.csv.remote") if meeting.remote else ""
    return f"{kind} {span}{remote}"
