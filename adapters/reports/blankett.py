"""The blankett as a printable HTML page (bot.fees.blankett): the member page shows it, the
secretary gets it as a file. One page: who, which council and payer, a row a day with the
meetings' times and hours, what was stated and paid, who approved it and when; printed or saved
as PDF by the browser's own print (the print style drops nothing but the hint)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape

from bot.core.texts import Ref
from bot.core.texts.render import Value, html
from bot.core.when import EN_MONTHS, SV_MONTHS, format_clock, format_date
from bot.fees.blankett import Blankett
from bot.fees.claiming import ClaimMeeting, ClaimRow
from bot.fees.parsing import Period
from bot.fees.receipts import receipt_link, receipts_of
from bot.meetings.labels import hours, kronor

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #444; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.money, th.money { text-align: right; white-space: nowrap; }
tfoot td { font-weight: bold; }
@media print { .hint { display: none; } body { margin: 0; } }
"""
COLUMNS = ("day", "meetings", "leave", "day_fee", "income", "travel", "expenses", "total")
MONEY = frozenset({"day_fee", "income", "travel", "expenses", "total"})


def period_name(period: Period, lang: str) -> str:
    """ "december 2026", or the year alone."""
    if period.month is None:
        return str(period.year)
    months = SV_MONTHS if lang == "sv" else EN_MONTHS
    return f"{months[period.month - 1]} {period.year}"


def _say(lang: str, key: str, **params: Value) -> Markup:
    return Markup(html(key, lang, **params))


def _ore(amount: int, lang: str) -> str:
    return kronor(Decimal(amount) / 100, lang)


def _at(instant: datetime, lang: str) -> str:
    return f"{format_date(instant.date(), lang)} {format_clock(instant, lang)}"


def blankett_html(b: Blankett, *, page_url: str | None = None) -> str:
    """`page_url`: the member page's public address, for the receipts' links in a file that
    leaves the page (none: the page's own paths)."""
    lang = b.lang

    def say(key: str, **params: Value) -> Markup:
        return _say(lang, key, **params)

    period = period_name(b.period, lang)
    title = say("blankett.title", name=b.name, period=period)
    facts = [say("blankett.council", council=b.council_name)]
    facts.append(say("blankett.payer", payer=b.payer or b.council_name))
    if b.forening:
        facts.append(say("blankett.forening", forening=b.forening))
    head = "".join(
        f'<th scope="col"{" class=money" if c in MONEY else ""}>{say(f"blankett.col.{c}")}</th>'
        for c in (*COLUMNS, "approved")
    )
    rows = "".join(_row(r, lang, b.zone, page_url) for r in b.rows)
    if not b.rows:
        rows = (
            f'<tr><td colspan="{len(COLUMNS) + 1}">{say("blankett.none", period=period)}</td></tr>'
        )
    total = (
        f'<tfoot><tr><td colspan="{len(COLUMNS) - 1}">{say("blankett.total")}</td>'
        f'<td class="money">{_ore(b.total, lang)}</td><td></td></tr></tfoot>'
    )
    made = _at(b.made_at.astimezone(b.zone), lang)
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{STYLE}</style></head><body>"
        f"<h1>{title}</h1>"
        + "".join(f"<p>{f}</p>" for f in facts)
        + f'<p class="hint">{say("blankett.print_hint")}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>{total}</table>"
        f"<p>{say('blankett.made', when=made)}</p></body></html>\n"
    )


def _row(r: ClaimRow, lang: str, zone: ZoneInfo, page_url: str | None) -> str:
    a, s = r.amounts, r.stated

    def say(key: str, **params: Value) -> Markup:
        return _say(lang, key, **params)

    def ore(amount: int) -> str:
        return _ore(amount, lang)

    meetings = "<br>".join(str(_meeting(m, lang)) for m in r.meetings)
    leave = (
        say("blankett.leave", hours=hours(a.income_minutes, lang))
        if s.salary_deduction
        else say("blankett.no_deduction")
    )
    notes = "".join(f"<br>{escape(e.note)}" for e in s.expenses if e.note)
    notes += "".join(
        f'<br><a href="{escape(receipt_link(receipt, page_url))}">{say("blankett.receipt")}</a>'
        for receipt in receipts_of(s.expenses)
    )
    approved = (
        say(
            "blankett.approved",
            name=r.approved_by or "",
            when=_at(r.approved_at.astimezone(zone), lang),
        )
        if r.approved_at is not None
        else say("blankett.waiting")
    )
    day_fee = say(f"arvode.day_fee.{a.day_fee.name.lower()}")
    cells = [
        format_date(r.day, lang),
        meetings,
        leave,
        f"{day_fee}<br>{ore(a.day_fee_amount)}",
        ore(a.income_amount),
        ore(a.travel),
        f"{ore(a.expenses)}{notes}",
        ore(a.total),
    ]
    tds = "".join(
        f"<td{' class=money' if c in MONEY else ''}>{cell}</td>"
        for c, cell in zip(COLUMNS, cells, strict=True)
    )
    return f"<tr>{tds}<td>{approved}</td></tr>"


def _meeting(m: ClaimMeeting, lang: str) -> Markup:
    """Its kind, times and hours: nothing of what it was about."""

    def say(key: str, **params: Value) -> Markup:
        return _say(lang, key, **params)

    kind = Ref(f"kind.{m.kind.value}")
    if m.end is None:
        said = say("web.claims.meeting_open", kind=kind, start=format_clock(m.start, lang))
    else:
        minutes = int((m.end - m.start).total_seconds()) // 60
        said = say(
            "blankett.meeting",
            kind=kind,
            start=format_clock(m.start, lang),
            end=format_clock(m.end, lang),
            hours=hours(minutes, lang),
        )
    return say("web.claims.remote", meeting=said) if m.remote else said
