"""A council's claims as a CSV file for the payroll system: one row a member's day, as they
confirmed it (Excel in Swedish opens it as it is, as bot.fees.basis_csv writes the basis)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from bot.core.texts.render import plain
from bot.fees.basis_csv import DELIMITER, number_cell, text_cell
from bot.fees.claiming import ClaimMeeting, ClaimRow, ClaimsReport


def claims_csv(report: ClaimsReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER)
    writer.writerow(plain("arvode.claims.csv.header", report.lang).split("|"))
    for row in report.rows:
        writer.writerow(_row(row, report.lang))
    return out.getvalue().encode("utf-8-sig")


def _row(row: ClaimRow, lang: str) -> list[str]:
    a = row.amounts

    def money(ore: int) -> str:
        return number_cell(Decimal(ore) / 100, lang)

    def hours(minutes: int) -> str:
        return number_cell(Decimal(minutes) / 60, lang)

    return [
        row.day.isoformat(),
        text_cell(row.name),
        text_cell(row.forening or ""),
        ", ".join(_meeting(m, lang) for m in row.meetings),
        hours(a.meeting_minutes),
        plain(f"arvode.day_fee.{a.day_fee.name.lower()}", lang),
        money(a.day_fee_amount),
        hours(a.income_minutes),
        money(a.income_rate),
        money(a.income_amount),
        money(a.travel),
        money(a.expenses),
        text_cell("; ".join(e.note for e in row.stated.expenses if e.note)),
        money(a.total),
        plain("arvode.claims.approved" if row.approved_at else "arvode.claims.confirmed", lang),
        text_cell(row.approved_by or ""),
        row.approved_at.date().isoformat() if row.approved_at else "",
        ", ".join(sorted(plain(note.value, lang) for note in a.notes)),
    ]


def _meeting(meeting: ClaimMeeting, lang: str) -> str:
    """ "Förmöte 10:00–12:00": the kind and the times, never what it was about."""
    span = meeting.start.strftime("%H:%M")
    if meeting.end is not None:
        span += "–" + meeting.end.strftime("%H:%M")
    kind = plain(f"kind.{meeting.kind.value}", lang)
    remote = " " + plain("arvode.csv.remote", lang) if meeting.remote else ""
    return f"{kind} {span}{remote}"
