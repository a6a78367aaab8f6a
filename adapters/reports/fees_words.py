"""What `arvode` answers a person, in the neutral form (bot.core.message) every chat renders:
their pay data, their own claims of a period, and the secretary's summary of everyone's
claims (its lines one by one, so a chat shows as many as its message holds)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

from adapters.reports.blankett import period_name
from bot.core.message import Message, Words
from bot.core.texts import Ref
from bot.core.texts.render import Link, Value, plain
from bot.core.when import format_date
from bot.fees.claiming import ClaimsReport, OwnClaims
from bot.fees.labels import history_refs, pay_ref
from bot.fees.offers import meeting_words
from bot.fees.receipts import receipt_link, receipts_of
from bot.fees.service import ProfileView
from bot.meetings.labels import kronor

WAITING_SHOWN = 20  # unconfirmed days and unregistered meetings named at most


def _kronor(ore: int, lang: str) -> str:
    return kronor(Decimal(ore) / 100, lang)


def profile(
    found: ProfileView, lang: str, *, now: datetime | None, saved: bool, pay_stated: bool = False
) -> list[Words]:
    """Their pay data: the pay valid `now`, or (None) every pay they have stated."""
    told = [pay_ref(found.pay(now), lang)] if now else history_refs(found.history, lang)
    travel: Value = Ref("arvode.profile.not_given")
    if found.travel:
        travel = Ref("arvode.profile.kronor", params={"amount": kronor(found.travel, lang)})
    # Several (every pay stated) one after another, as written.
    pay: Value = told[0] if len(told) == 1 else "; ".join(plain(r, lang) for r in told)
    shown: dict[str, Value] = {
        "pay": pay,
        "shift": Ref("arvode.yes" if found.shift_worker else "arvode.no"),
        "travel": travel,
    }
    lines = [Words("arvode.profile.saved", {}, lang)] if saved else []
    if pay_stated:
        lines.append(Words("arvode.profile.pay_stated", {}, lang))
    lines += [Words("arvode.profile.show", shown, lang), Words("arvode.profile.privacy", {}, lang)]
    return lines


def own_claims(own: OwnClaims) -> Message:
    """One's own claims of the period in the council: a line a day, as confirmed or as they
    stand, with their state, then the total."""
    lang = own.lang
    period = period_name(own.period, lang)
    lines = [Words("arvode.own.title", {"council": own.council_name, "period": period}, lang)]
    for day in own.days:
        params: dict[str, Value] = {
            "day": format_date(day.day, lang),
            "meetings": Ref(
                "message.text",
                params={"text": [_ref(meeting_words(m, lang)) for m in day.meetings]},
            ),
            "amount": _kronor(day.amounts.total, lang),
            "state": Ref(f"arvode.own.state.{day.state.value}"),
        }
        lines.append(Words("arvode.own.day", params, lang))
    if own.days:
        lines.append(Words("arvode.own.total", {"amount": _kronor(own.total, lang)}, lang))
    else:
        lines.append(Words("arvode.own.empty", {"period": period}, lang))
    return Message.of(*lines)


def _ref(words: Words) -> Ref:
    return Ref(words.key, params=words.params)


def claims_head(report: ClaimsReport) -> list[Words]:
    lang = report.lang
    period = period_name(report.period, lang)
    head = [Words("arvode.claims.title", {"council": report.council_name, "period": period}, lang)]
    if report.approved_now:
        head.append(Words("arvode.claims.approved_now", {"count": report.approved_now}, lang))
    return head


def claim_lines(report: ClaimsReport, page_url: str | None) -> Iterator[Words]:
    """The claims' lines one by one (a day with a receipt links to it on the member page,
    `page_url`, where the secretary sees it before approving): a chat takes as many as its
    message holds, and only those are rendered."""
    lang = report.lang
    for row in report.rows:
        state = "arvode.claims.approved" if row.approved_at else "arvode.claims.confirmed"
        line = Ref(
            "arvode.claims.line",
            params={
                "day": format_date(row.day, lang),
                "name": row.name,
                "total": _kronor(row.amounts.total, lang),
                "state": Ref(state),
            },
        )
        receipts = receipts_of(row.stated.expenses)
        marks: Value = ""
        if receipts:
            label = plain("arvode.claims.receipt", lang)
            links: list[Value] = [
                Link(receipt_link(r, page_url), label) if page_url else label for r in receipts
            ]
            marks = Ref("dagordning.attachment", params={"link": links})
        yield Words("message.joined", {"a": line, "b": marks, "c": "", "d": ""}, lang)


def more_claims(report: ClaimsReport, shown: int) -> Words:
    return Words("arvode.claims.more", {"count": len(report.rows) - shown}, report.lang)


def _waiting(name: str, day: str) -> Ref:
    return Ref("arvode.claims.waiting_one", params={"name": name, "day": day})


def claims_tail(report: ClaimsReport, file: Words | None) -> list[Words]:
    """The total, who has not confirmed, the meetings with no register, and where the file
    is (`file`)."""
    lang = report.lang
    tail = []
    if report.rows:
        tail.append(Words("arvode.claims.total", {"amount": _kronor(report.total, lang)}, lang))
    else:
        period = period_name(report.period, lang)
        tail.append(Words("arvode.claims.none", {"period": period}, lang))
    if report.unconfirmed:
        waiting: list[Value] = [
            Ref(
                "arvode.claims.waiting_one",
                params={"name": u.name, "day": format_date(u.day, lang)},
            )
            for u in report.unconfirmed[:WAITING_SHOWN]
        ]
        if len(report.unconfirmed) > WAITING_SHOWN:
            left = len(report.unconfirmed) - WAITING_SHOWN
            waiting.append(Ref("arvode.claims.more_waiting", left))
        tail.append(Words("arvode.claims.unconfirmed", {"people": waiting}, lang))
    if report.unregistered:
        meetings: list[Value] = [
            Ref(
                "arvode.claims.meeting_nr",
                params={
                    "kind": Ref(f"kind.{m.kind.value}"),
                    "day": format_date(m.day, lang),
                    "id": m.meeting_id,
                },
            )
            for m in report.unregistered[:WAITING_SHOWN]
        ]
        tail.append(Words("arvode.claims.unregistered", {"meetings": meetings}, lang))
    if file is not None:
        tail.append(file)
    return tail
