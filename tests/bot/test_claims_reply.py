"""The secretary's summary of a year's claims fits one Slack message: as many claims as fit,
the rest counted (all are in the file), and always the total and who has not confirmed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from adapters.slack.blocks.fees import claims_reply
from adapters.slack.message import SECTION_LIMIT
from bot.fees.claiming import ClaimRow, ClaimsReport, Unconfirmed
from bot.fees.claims import ClaimAmounts, Stated
from bot.fees.parsing import Period
from bot.fees.rules import DayFee

STHLM = ZoneInfo("Europe/Stockholm")
YEAR = Period(datetime(2027, 1, 1, tzinfo=STHLM), datetime(2028, 1, 1, tzinfo=STHLM), 2027, None)


def _report(claims: int, waiting: int) -> ClaimsReport:
    amounts = ClaimAmounts(180, DayFee.HALF, 60_000, 0, 0, 0, 12_000, 0)
    rows = [
        ClaimRow(
            f"Ledamot {n % 7}",
            "RSMH",
            date(2027, 1, 1) + timedelta(days=n % 365),
            (),
            Stated(travel=12_000),
            amounts,
            None,
            None,
            n % 7,
        )
        for n in range(claims)
    ]
    unconfirmed = [
        Unconfirmed("Olle Ordförande", date(2027, 1, 1) + timedelta(days=n)) for n in range(waiting)
    ]
    return ClaimsReport("Rådet", "sv", STHLM, YEAR, rows, unconfirmed)


def test_a_years_claims_are_summed_and_counted_within_one_message() -> None:
    reply = claims_reply(_report(2_400, 400), file_sent=True)
    [block] = reply.blocks
    shown = block.to_dict()["text"]["text"]
    assert len(shown) <= SECTION_LIMIT and not shown.endswith("…")
    assert "Summa: 1\u00a0728\u00a0000 kr" in shown  # 2 400 × 720 kr
    listed = shown.count("(bekräftad, inte godkänd än)")
    assert 10 < listed < 2_400
    left = f"{2_400 - listed:,}".replace(",", "\u00a0")
    assert f"… och {left} anmälningar till, som finns i filen." in shown
    assert "Olle Ordförande (fredag 1 januari 2027)" in shown and "380 dagar till" in shown
    assert shown.endswith("Hela underlaget finns som CSV-fil i vårt direktmeddelande.")


def test_a_few_claims_are_all_listed() -> None:
    shown = claims_reply(_report(3, 1), file_sent=None).text
    assert shown.count("(bekräftad, inte godkänd än)") == 3
    assert "till, som finns i filen" not in shown and "dagar till" not in shown
