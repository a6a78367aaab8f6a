"""Texts for fees: the council's rules and terms, a person's own data and claims, the
secretary's summary of the claims and the files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from slack_sdk.models.blocks import (
    CheckboxesElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from adapters.reports import fees_words
from adapters.reports.blankett import blankett_html
from adapters.reports.blankett import period_name as period_label
from adapters.slack.handlers.replies import Reply, escape, section
from adapters.slack.message import SECTION_LIMIT, mrkdwn, rendered
from adapters.slack.mrkdwn import t
from bot.core.message import Words
from bot.core.texts import Ref, join_list
from bot.core.when import format_date
from bot.fees.blankett import Blankett
from bot.fees.claiming import ClaimsReport, Confirmed, Offered, OwnClaims
from bot.fees.claims import ALL_PARTS, Part, Terms
from bot.fees.claims_csv import claims_csv
from bot.fees.decisions import FeeTerms
from bot.fees.offers import meeting_words
from bot.fees.parsing import Period
from bot.fees.pay import ALWAYS, hourly_cap
from bot.fees.rules import FeeSettings
from bot.fees.service import CertificateSeen, CouncilFees, ProfileView
from bot.meetings.labels import hours, hours_value, kronor


def rules_text(settings: FeeSettings, lang: str) -> str:
    cap = (
        t(
            "arvode.settings.cap",
            lang,
            cap=kronor(settings.income_cap, lang),
            hourly=kronor(
                Decimal(hourly_cap(settings.income_cap, settings.month_hours)) / 100, lang
            ),
        )
        if settings.income_cap is not None
        else t("arvode.settings.no_cap", lang)
    )
    return t(
        "arvode.settings.rules",
        lang,
        level=int(settings.level),
        level_text=t(f"arvode.level.{int(settings.level)}", lang),
        half=kronor(settings.half_day, lang),
        full=kronor(settings.full_day, lang),
        over=Ref("count.hours", hours_value(settings.full_day_over)),
        month_hours=settings.month_hours,
        max_day=Ref("count.hours", hours_value(settings.max_day)),
        cap=cap,
    )


def council_fees_text(fees: CouncilFees, *, changed: bool) -> str:
    lang = fees.lang
    title = t(
        "arvode.settings.changed" if changed else "arvode.settings.title",
        lang,
        council=escape(fees.council_name),
    )
    return f"{title}\n{rules_text(fees.settings, lang)}"


def terms_text(view: FeeTerms, *, changed: bool) -> str:
    """The council's terms: its default, each kind's own, the meeting just set, the payer."""
    lang = view.lang
    council = escape(view.council_name)
    lines = [t("arvode.terms.changed" if changed else "arvode.terms.title", lang, council=council)]
    if view.meeting is not None:
        number, own = view.meeting
        if own is None:
            lines.append(t("arvode.terms.meeting_default", lang, number=number))
        else:
            lines.append(t("arvode.terms.meeting", lang, number=number, terms=_terms(own, lang)))
    lines.append(t("arvode.terms.default", lang, terms=_terms(view.default, lang)))
    for kind, terms in sorted(view.kinds.items()):
        kind_name = t(f"kind.plural.{kind.value}", lang)
        lines.append(t("arvode.terms.kind", lang, kind=kind_name, terms=_terms(terms, lang)))
    if view.payer:
        lines.append(t("arvode.terms.payer", lang, payer=escape(view.payer)))
    else:
        lines.append(t("arvode.terms.no_payer", lang))
    lines.append(t("arvode.terms.hint", lang))
    return "\n".join(lines)


def _terms(terms: Terms, lang: str) -> str:
    """ "nivå 2 (…) · endast resor · beslut HSN 2026-00123" """
    level = int(terms.level)
    said = [t("arvode.terms.level", lang, level=level, level_text=t(f"arvode.level.{level}", lang))]
    if terms.parts != ALL_PARTS:
        paid = [t(f"arvode.part.{p.value}", lang) for p in Part if p in terms.parts]
        said.append(t("arvode.terms.only_parts", lang, parts=join_list(paid, lang)))
    if terms.decision:
        said.append(t("arvode.terms.decision", lang, decision=escape(terms.decision)))
    else:
        said.append(t("arvode.terms.no_decision", lang))
    return " · ".join(said)


def _kronor(amount: Decimal | int, lang: str) -> str:
    return t("arvode.profile.kronor", lang, amount=kronor(amount, lang))


def profile_text(
    profile: ProfileView,
    lang: str,
    *,
    now: datetime | None,
    saved: bool,
    pay_stated: bool = False,
) -> str:
    """Their pay data: the pay valid `now`, or (None) every pay they have stated."""
    said = fees_words.profile(profile, lang, now=now, saved=saved, pay_stated=pay_stated)
    return "\n".join(map(mrkdwn, said))


def certificate_text(seen: CertificateSeen) -> str:
    lang = seen.lang
    since = (
        t("arvode.pay.since", lang, date=format_date(seen.valid_from, lang))
        if seen.valid_from > ALWAYS
        else ""
    )
    return t("arvode.certificate.seen", lang, person=seen.person, since=since)


def own_claims_reply(own: OwnClaims) -> Reply:
    """One's own claims of the period in the council (adapters/reports/fees_words.py)."""
    text = rendered(fees_words.own_claims(own)).text
    return Reply(text=text, blocks=(section(text),))


@dataclass(frozen=True)
class DmFile:
    content: bytes
    name: str
    title: str


def blankett_file(made: Blankett, page_url: str | None = None) -> DmFile:
    """The blankett as a web page to print, named for the member and the period."""
    period = period_label(made.period, made.lang)
    name = t(
        "arvode.blankett.filename",
        made.lang,
        name=made.name.replace(" ", "-"),
        period=period.replace(" ", "-"),
    )
    return DmFile(blankett_html(made, page_url=page_url).encode("utf-8"), name, period)


def claims_file(report: ClaimsReport, page_url: str | None = None) -> DmFile:
    return _csv_file(
        claims_csv(report, page_url=page_url),
        report.lang,
        report.period,
        report.council_name,
        ("arvode.claims.csv.filename", "arvode.claims.file_title"),
    )


def _csv_file(
    content: bytes, lang: str, period: Period, council: str, keys: tuple[str, str]
) -> DmFile:
    """A CSV for the secretary's DM: its file name and title (catalogue keys) name the
    council and the period."""
    shown = period_label(period, lang)
    name, title = keys
    return DmFile(
        content,
        t(name, lang, period=shown.replace(" ", "-")),
        t(title, lang, council=council, period=shown),
    )


def claims_reply(
    report: ClaimsReport, *, file_sent: bool | None, page_url: str | None = None
) -> Reply:
    """The secretary's summary of the period's claims (adapters/reports/fees_words.py): one
    line a member's day, as many as a message shows (a year's claims are many: the rest are
    counted, and all are in the file), then the total and who has not confirmed."""
    lang = report.lang
    file = None
    if file_sent is not None:
        file = Words("arvode.report.file" if file_sent else "arvode.report.file_failed", {}, lang)
    head = [mrkdwn(w) for w in fees_words.claims_head(report)]
    tail = [mrkdwn(w) for w in fees_words.claims_tail(report, file)]
    room = SECTION_LIMIT - len("\n".join(head + tail)) - MORE_ROOM
    text = "\n".join([*head, *_claim_lines(report, room, page_url), *tail])
    return Reply(text=text, blocks=(section(text),))


# Room kept for the line that counts the claims not shown.
MORE_ROOM = 120


def _claim_lines(report: ClaimsReport, room: int, page_url: str | None) -> list[str]:
    """The claims' lines that fit in `room` characters, and a line counting the rest: only
    what is shown is rendered."""
    lines: list[str] = []
    for shown, words in enumerate(fees_words.claim_lines(report, page_url)):
        line = mrkdwn(words)
        room -= len(line) + 1
        if room < 0:
            lines.append(mrkdwn(fees_words.more_claims(report, shown)))
            break
        lines.append(line)
    return lines


# -- a claim corrected in Slack (adapters/slack/handlers/claim_actions.py) ----------------

CLAIM_MODAL = "claim_correct_form"
# The form's inputs by the names the member page's form gives them (bot.fees.parsing).
CLAIM_FIELDS = ("leave", "deduction", "employer", "travel", "expense", "expense_note")
YES = "ja"


def claim_modal(shown: Offered, council_id: int) -> View:
    """The day's claim to correct: what the member alone knows, prefilled as it stands."""
    lang, day = shown.lang, shown.day
    s, a = day.stated, day.amounts
    expense = s.expenses[0] if s.expenses else None
    meetings = ", ".join(mrkdwn(meeting_words(m, lang)) for m in day.meetings)
    hint = t("fees.offer.form_intro", lang, day=format_date(day.day, lang), meetings=meetings)
    return View(
        type="modal",
        callback_id=CLAIM_MODAL,
        private_metadata=json.dumps(
            {"council": council_id, "day": day.day.isoformat(), "lang": lang}
        ),
        title=PlainTextObject(text=t("fees.offer.form_title", lang)[:24]),
        submit=PlainTextObject(text=t("web.claims.confirm", lang)),
        close=PlainTextObject(text=t("modal.cancel", lang)),
        blocks=[
            SectionBlock(text=MarkdownTextObject(text=hint)),
            _claim_input(
                "leave",
                t("web.claims.leave", lang),
                hours(s.leave_minutes, lang) if s.leave_minutes is not None else None,
                hint=t("web.claims.leave_hint", lang),
                placeholder=hours(a.meeting_minutes, lang),
            ),
            _claim_box("deduction", t("web.claims.deduction", lang), s.salary_deduction),
            _claim_box("employer", t("web.claims.employer", lang), s.employer_certificate),
            _claim_input(
                "travel",
                t("web.claims.travel", lang),
                _amount(s.travel, lang) if s.travel else None,
            ),
            _claim_input(
                "expense",
                t("web.claims.expense_amount", lang),
                _amount(expense.amount, lang) if expense else None,
            ),
            _claim_input(
                "expense_note",
                t("web.claims.expense_note", lang),
                expense.note if expense else None,
            ),
        ],
    )


def _claim_input(
    block_id: str,
    label: str,
    value: str | None,
    *,
    hint: str | None = None,
    placeholder: str | None = None,
) -> InputBlock:
    return InputBlock(
        block_id=block_id,
        label=label[:2000],
        optional=True,
        hint=hint,
        element=PlainTextInputElement(
            action_id="value",
            initial_value=value or None,
            max_length=200,
            placeholder=placeholder,
        ),
    )


def _claim_box(block_id: str, label: str, ticked: bool) -> InputBlock:
    """A yes that the member ticks (its value "ja", as the member page's box sends it)."""
    option = Option(value=YES, text=PlainTextObject(text=label[:75]))
    return InputBlock(
        block_id=block_id,
        label=label[:2000],
        optional=True,
        element=CheckboxesElement(
            action_id="value",
            options=[option],
            initial_options=[option] if ticked else None,
        ),
    )


def _amount(ore: int, lang: str) -> str:
    return kronor(Decimal(ore) / 100, lang)


def confirmed_text(confirmed: Confirmed) -> str:
    """What the member reads once their claim is confirmed (or corrected)."""
    lang = confirmed.lang
    key = "web.claims.corrected" if confirmed.corrected else "web.claims.confirmed"
    return t(
        key,
        lang,
        day=format_date(confirmed.day, lang),
        amount=kronor(Decimal(confirmed.total) / 100, lang),
    )
