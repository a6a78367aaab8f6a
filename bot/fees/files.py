"""The secretary's claims of a period as a CSV file on the member page, for a chat that takes
no files from a bot (Teams): where it is, under the page's path (bot.members.links.PAGE_PATH);
the page serves it behind its sign-in to whoever may see the council's fees."""

from __future__ import annotations

from bot.fees.parsing import Period

CLAIMS_PATH = "arvode/"


def period_key(period: Period) -> str:
    """ "2026-12", or the year alone: the period as the command reads it too."""
    return str(period.year) if period.month is None else f"{period.year}-{period.month:02}"


def claims_path(council_id: int, period: Period) -> str:
    return f"{CLAIMS_PATH}{council_id}/{period_key(period)}.csv"
