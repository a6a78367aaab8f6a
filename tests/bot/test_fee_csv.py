"""The CSV file: what Excel in Swedish needs, and names that are never formulas."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.core.vocabulary import MeetingKind, MeetingStatus
from bot.core.when import When
from bot.fees.basis_csv import fee_csv
from bot.fees.parsing import month_period
from bot.fees.pay import Pay
from bot.fees.rules import FeeProfile, Participation, fee_basis
from bot.fees.service import FeeReport, FeeRow
from bot.meetings.service import CycleDates, MeetingInfo
from tests.bot.test_fees import LEVEL1

STHLM = ZoneInfo("Europe/Stockholm")
START = datetime(2027, 3, 11, 13, 0, tzinfo=STHLM)
END = datetime(2027, 3, 11, 16, 30, tzinfo=STHLM)


def report(name: str, forening: str, lang: str = "sv") -> FeeReport:
    [line] = fee_basis(
        [Participation(1, 7, 1, date(2027, 3, 11), START, END)],
        {1: LEVEL1},
        {1: FeeProfile(pay=(Pay(date(2027, 1, 1), monthly=3_000_000),), travel=95)},
    )
    day = date(2027, 3, 11)
    meeting = MeetingInfo(
        id=7,
        kind=MeetingKind.STORMOTE,
        status=MeetingStatus.PLANNED,
        when=When(start=START, end=END),
        place=None,
        dates=CycleDates(day, day, day),
        parent_id=None,
    )
    return FeeReport(
        council_name="Rådet",
        lang=lang,
        zone=STHLM,
        period=month_period(2027, 3, STHLM),
        settings=LEVEL1,
        rows=[FeeRow(name, forening, meeting, False, line)],
        unregistered=[],
        own=False,
        without_formoten=False,
    )


def rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_decimal_commas_and_semicolons() -> None:
    header, line = rows(fee_csv(report("Anna; Andersson", "RSMH")))
    assert header[0] == "Möte" and len(header) == len(line)
    # 3,5 h: a half day; 30 000 / 165 = 181,82 kr/h, 3,5 h of that rate 636,37; travel 95.
    assert line[3] == "Anna; Andersson"  # quoted, not split
    assert line[8:17] == [
        "3,50", "0,00", "halvdag", "600,00", "3,50", "181,82", "636,37", "95,00", "1331,37"
    ]  # fmt: skip
    _, english = rows(fee_csv(replace(report("Anna", "RSMH"), lang="en")))
    assert english[8] == "3.50" and english[10] == "half day"


def test_a_name_is_never_a_formula() -> None:
    _, line = rows(fee_csv(report('=HYPERLINK("http://x")', "+RSMH")))
    assert line[3] == '\'=HYPERLINK("http://x")' and line[4] == "'+RSMH"
