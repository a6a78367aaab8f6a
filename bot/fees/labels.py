"""How a person's pay is named in a message: the amount, since when, and its certificate."""

from __future__ import annotations

from decimal import Decimal

from bot.core.texts import Ref
from bot.core.when import format_date
from bot.fees.pay import ALWAYS, Pay
from bot.meetings.labels import kronor


def history_refs(history: tuple[Pay, ...], lang: str) -> list[Ref]:
    """Every pay stated, as stored (what /minadata shows): the latest first."""
    return [pay_ref(p, lang) for p in reversed(history)] or [pay_ref(None, lang)]


def pay_ref(pay: Pay | None, lang: str) -> Ref:
    """ "28 000 kr i månaden från måndag 7 december 2026 (intyg sett …)", or "inte angiven"."""
    if pay is None or (pay.monthly is None and pay.hourly is None):
        return Ref("arvode.profile.not_given")
    if pay.hourly is not None:
        key, amount = "arvode.pay.hourly", pay.hourly
    else:
        key, amount = "arvode.pay.monthly", pay.monthly or 0
    certificate = (
        Ref("arvode.pay.certificate_seen", params={"date": format_date(pay.certificate_on, lang)})
        if pay.certificate_on
        else Ref("arvode.pay.certificate_missing")
    )
    since = (
        ""
        if pay.valid_from <= ALWAYS
        else Ref("arvode.pay.since", params={"date": format_date(pay.valid_from, lang)})
    )
    return Ref(
        key,
        params={
            "amount": kronor(Decimal(amount) / 100, lang),
            "since": since,
            "certificate": certificate,
        },
    )
