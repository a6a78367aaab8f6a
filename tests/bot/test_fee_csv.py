"""The payroll CSV file of the claims: what Excel in Swedish needs, and names that are never
formulas."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.core.vocabulary import MeetingKind
from bot.fees.claiming import ClaimMeeting, ClaimRow, ClaimsReport
from bot.fees.claims import ClaimAmounts, Expense, Stated
from bot.fees.claims_csv import claims_csv
from bot.fees.parsing import month_period
from bot.fees.rules import DayFee

STHLM = ZoneInfo("Europe/Stockholm")
START = datetime(2027, 3, 11, 13, 0, tzinfo=STHLM)
END = datetime(2027, 3, 11, 16, 30, tzinfo=STHLM)


def report(
    name: str, forening: str, note: str = "buss", lang: str = "sv", receipt: int | None = None
) -> ClaimsReport:
    # 3,5 h: a half day; 30 000 / 165 = 181,82 kr/h, 3,5 h of that rate 636,37; travel 95.
    amounts = ClaimAmounts(210, DayFee.HALF, 60_000, 210, 18_182, 63_637, 9_500, 0)
    row = ClaimRow(
        name=name,
        forening=forening,
        day=date(2027, 3, 11),
        meetings=(ClaimMeeting(7, MeetingKind.STORMOTE, START, END, False),),
        stated=Stated(salary_deduction=True, travel=9_500, expenses=(Expense(0, note, receipt),)),
        amounts=amounts,
        approved_by=None,
        approved_at=None,
        person_id=1,
    )
    return ClaimsReport("Rådet", lang, STHLM, month_period(2027, 3, STHLM), [row], [])


def rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_decimal_commas_and_semicolons() -> None:
    header, line = rows(claims_csv(report("Anna; Andersson", "RSMH")))
    assert header[0] == "Datum" and len(header) == len(line)
    assert line[1] == "Anna; Andersson"  # quoted, not split
    assert line[3:12] == [
        "Stormöte 13:00–16:30", "3,50", "halvdag", "600,00", "3,50", "181,82", "636,37", "95,00",
        "0,00",
    ]  # fmt: skip
    assert line[13] == ""  # no receipt
    assert line[14] == "1331,37"
    _, english = rows(claims_csv(replace(report("Anna", "RSMH"), lang="en")))
    assert english[4] == "3.50" and english[5] == "half day"


def test_a_name_is_never_a_formula() -> None:
    _, line = rows(claims_csv(report('=HYPERLINK("http://x")', "+RSMH", note="-1+1")))
    assert line[1] == '\'=HYPERLINK("http://x")' and line[2] == "'+RSMH"
    assert line[12] == "'-1+1"


def test_a_receipt_is_named_by_where_the_member_page_shows_it() -> None:
    header, line = rows(claims_csv(report("Anna", "RSMH", receipt=17), page_url="https://b.se/"))
    assert header[13] == "Kvitto"
    assert line[13] == "https://b.se/m/kvitto/17"
