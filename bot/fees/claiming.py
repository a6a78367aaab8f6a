"""Each member's fee claims: a day's meetings of one council, prefilled from the register, which
the member confirms and may correct until the secretary approves it (bot.fees.claims holds the
guideline's rules).

A claim is the member's own: they see every day of their own, förmöten included, and nothing
of anyone else's; a council's claim never shows another council's meetings. What they confirm
is stored with the figures it gave (FeeClaim), so a later change of pay, settings or register
leaves it as it stands.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, FeeClaim, FeeReceipt, Person
from bot.attendance.roll import Memberships
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork
from bot.core.viewers import ChatOrPage, authorized, authorized_either, council_at
from bot.core.vocabulary import ATTENDED, MeetingKind, Presence
from bot.core.when import format_date
from bot.councils.language import language_for, languages_for
from bot.fees.claims import (
    Attended,
    ClaimAmounts,
    ClaimNote,
    Expense,
    Rates,
    Stated,
    claim_amounts,
    prefill,
)
from bot.fees.parsing import Period
from bot.fees.pay import hourly_cap, pay_on
from bot.fees.receipts import MAX_NAME, Caption, Upload, receipt_type
from bot.fees.rules import DayFee
from bot.fees.service import is_paid, log_export, participation, pay_of
from bot.fees.terms import meeting_terms, payer_of
from bot.meetings.labels import kronor

UowFactory = Callable[[], UnitOfWork]
MAX_LEAVE_MINUTES = 24 * 60
# How far back a member's days are shown (a December meeting is still there in January).
CLAIMABLE = timedelta(days=366)
MAX_AMOUNT = 100_000_00  # öre: a day's journey or expenses above this is a typing error


class ClaimState(StrEnum):
    OPEN = "open"  # prefilled from the register, not confirmed yet
    CONFIRMED = "confirmed"  # the member's, waiting for the secretary
    APPROVED = "approved"  # the secretary's: no longer changed


@dataclass(frozen=True)
class ClaimMeeting:
    meeting_id: int
    kind: MeetingKind
    start: datetime  # in the council's zone: from when the register has them there
    end: datetime | None
    remote: bool


@dataclass(frozen=True)
class ClaimDay:
    council_id: int
    day: date
    meetings: tuple[ClaimMeeting, ...]
    stated: Stated
    amounts: ClaimAmounts
    state: ClaimState


@dataclass(frozen=True)
class CouncilClaims:
    council_id: int
    council_name: str
    lang: str
    days: list[ClaimDay]  # the latest first


@dataclass(frozen=True)
class OwnClaims:
    """One's own days of a period in one council (`/arvode mitt`)."""

    council_name: str
    lang: str
    period: Period
    days: list[ClaimDay]  # by day

    @property
    def total(self) -> int:
        return sum(d.amounts.total for d in self.days)


@dataclass(frozen=True)
class Offered:
    lang: str  # the member's
    day: ClaimDay


@dataclass(frozen=True)
class Confirmed:
    lang: str
    day: date
    total: int  # öre
    corrected: bool  # it had been confirmed before


@dataclass(frozen=True)
class ClaimRow:
    """A confirmed claim as the secretary (the payer) sees it: who, which day, the meetings'
    times (a förmöte by its times alone), what was stated and the figures."""

    name: str
    forening: str | None
    day: date
    meetings: tuple[ClaimMeeting, ...]
    stated: Stated
    amounts: ClaimAmounts
    approved_by: str | None
    approved_at: datetime | None
    person_id: int


@dataclass(frozen=True)
class Unconfirmed:
    """A paid member's day in the register with no claim confirmed yet."""

    name: str
    day: date


@dataclass(frozen=True)
class Unregistered:
    """A meeting over with no register taken: nobody's claim can be prefilled from it."""

    meeting_id: int
    kind: MeetingKind
    day: date


@dataclass(frozen=True)
class ClaimsReport:
    council_name: str
    lang: str
    zone: ZoneInfo
    period: Period
    rows: list[ClaimRow]  # by day, then name
    unconfirmed: list[Unconfirmed]
    approved_now: int = 0  # how many this request approved
    unregistered: list[Unregistered] = field(default_factory=list)
    council_id: int = 0

    @property
    def total(self) -> int:
        return sum(r.amounts.total for r in self.rows)


class ClaimService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def council_claims(
        self, *, period: Period, now: datetime, **asked: Unpack[ChatOrPage]
    ) -> ClaimsReport:
        """Everyone's claims in the council for the period: the secretary's, who pays; asked
        in the council's conversation, or on the member page (its file)."""
        with self._uow() as uow:
            council, viewer = authorized_either(uow, asked, Action.SEE_FEES, now=now)
            report = claims_report(uow, council, period, now)
            log_export(uow, council.id, viewer.person_id, period, now)
            uow.commit()
            return report

    def approve(
        self, *, who: Account, where: Conversation, period: Period, now: datetime
    ) -> ClaimsReport:
        """Approve every claim confirmed in the period and not approved yet: from then on the
        member can no longer change it. The report shows the period as it now stands."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.SEE_FEES, now=now)
            start, end = _days_of(period, now)
            waiting = [
                c
                for c in uow.fee_profiles.claims_in(council.id, start, end)
                if c.approved_at is None
            ]
            for claim in waiting:
                claim.approved_at, claim.approved_by = now, viewer.person_id
            queue(uow, _told_approved(uow, council, waiting, now), now)
            if waiting:
                uow.events.append(
                    "fees.claims_approved",
                    at=now,
                    council_id=council.id,
                    actor_id=viewer.person_id,
                    data={"year": period.year, "month": period.month, "count": len(waiting)},
                )
            report = replace(claims_report(uow, council, period, now), approved_now=len(waiting))
            uow.commit()
            return report

    def of_person(self, *, person_id: int, now: datetime) -> dict[int, CouncilClaims]:
        """The person's claims of the last year in each council they are paid in, by council."""
        with self._uow() as uow:
            councils = councils_of(uow, person_id, now)
            days = _days(uow, person_id, councils, now)
            return {
                c.id: CouncilClaims(
                    c.id,
                    c.name,
                    c.language,
                    sorted(
                        (d for d in days if d.council_id == c.id),
                        key=lambda d: d.day,
                        reverse=True,
                    ),
                )
                for c in councils.values()
                if any(d.council_id == c.id for d in days)
            }

    def own(self, *, who: Account, where: Conversation, period: Period, now: datetime) -> OwnClaims:
        """The caller's own days of the period in the council of `where`, as the member page
        shows them (the same figures: a day fee carried by another claim of the same payer
        is counted there too)."""
        with self._uow() as uow:
            council = council_at(uow, where)
            person = _person(uow, who)
            councils = councils_of(uow, person.id, now)
            if council.id not in councils:
                raise UserError("arvode.profile.not_member")
            start, end = _days_of(period, now)
            days = [
                d
                for d in _days(uow, person.id, councils, now)
                if d.council_id == council.id and start <= d.day < end
            ]
            return OwnClaims(council.name, council.language, period, days)

    def offered(self, *, who: Account, council_id: int, day: date, now: datetime) -> Offered:
        """The day's claim as it stands (prefilled, or as confirmed) for the member to correct
        where they were offered it (a chat's form)."""
        with self._uow() as uow:
            person = _person(uow, who)
            councils = councils_of(uow, person.id, now)
            found = _day_of(uow, person.id, councils, (council_id, day), now)
            if found is None:
                raise UserError("fees.claim.no_meetings")
            lang = language_for(uow, person, default=councils[council_id].language, now=now)
            return Offered(lang, found)

    def confirm(
        self,
        *,
        council_id: int,
        day: date,
        stated: Stated | None,
        now: datetime,
        person_id: int | None = None,
        who: Account | None = None,
        receipt: Upload | None = None,
    ) -> Confirmed:
        """Store the claim as the member states it, with the figures it gives; `stated` None:
        as it stands (confirmed from its offer as prefilled). The member is the person signed
        in (`person_id`) or the account that asks (`who`). `receipt`: the photo of the
        expense's receipt (bot.fees.receipts); without one, the expense keeps the receipt it
        had."""
        if stated is not None:
            _check(stated)
        with self._uow() as uow:
            if person_id is None:
                if who is None:
                    raise ValueError("give the member's account or person")
                person_id = _person(uow, who).id
            councils = councils_of(uow, person_id, now)
            shown = _day_of(uow, person_id, councils, (council_id, day), now)
            if shown is None:
                raise UserError("fees.claim.no_meetings")
            if stated is None:
                stated = shown.stated
            stated = with_receipt(uow, shown, stated, receipt, person_id=person_id, now=now)
            confirmed = store_claim(uow, person_id, councils, (council_id, day), stated, now)
            uow.commit()
            return confirmed


def with_receipt(
    uow: UnitOfWork,
    shown: ClaimDay,
    stated: Stated,
    upload: Upload | None,
    *,
    person_id: int,
    now: datetime,
    lang: str = "sv",
) -> Stated:
    """`stated` with its expense's receipt: the one uploaded now (stored), else the one the
    day's expense had. A receipt no longer named is deleted: nothing of it is kept."""
    if shown.state == ClaimState.APPROVED:
        raise UserError("fees.claim.approved")
    before = shown.stated.expenses[0].receipt if shown.stated.expenses else None
    line = stated.expenses[0] if stated.expenses else None
    receipt = before
    if upload is not None:
        if line is None or not line.amount:
            raise UserError("fees.receipt.no_amount")
        receipt = store_receipt(
            uow, upload, person_id, shown, Caption(line.amount, line.note), now, lang=lang
        )
    if line is None or line.receipt is not None:
        kept = stated
    else:
        kept = replace(stated, expenses=(replace(line, receipt=receipt), *stated.expenses[1:]))
    named = {e.receipt for e in kept.expenses}
    pending = uow.fee_profiles.receipts_of(
        person_id, [shown.council_id], shown.day, _next(shown.day)
    )
    uow.fee_profiles.delete_receipts([r.id for r in pending if r.id not in named])
    return kept


def store_receipt(
    uow: UnitOfWork,
    upload: Upload,
    person_id: int,
    day: ClaimDay,
    said: Caption,
    now: datetime,
    *,
    lang: str = "sv",
) -> int:
    """The receipt stored for the person's claim of the day (its type read from its bytes);
    its id."""
    kind = receipt_type(upload, lang)
    stored = uow.fee_profiles.add_receipt(
        FeeReceipt(
            person_id=person_id,
            council_id=day.council_id,
            day=day.day,
            name=upload.name[:MAX_NAME] or "kvitto",
            content_type=kind,
            data=upload.data,
            amount=said.amount,
            note=said.note or None,
            source=upload.source,
            added_at=now,
        )
    )
    # The day, never the amount or the picture: the log is not the place for them.
    uow.events.append(
        "fees.receipt_added",
        at=now,
        council_id=day.council_id,
        actor_id=person_id,
        data={"day": day.day.isoformat()},
    )
    return stored.id


def store_claim(
    uow: UnitOfWork,
    person_id: int,
    councils: dict[int, Council],
    key: tuple[int, date],
    stated: Stated,
    now: datetime,
) -> Confirmed:
    """Store the person's claim of (council, day) as `stated`, with the figures it gives."""
    council_id, day = key
    found = _day_of(uow, person_id, councils, key, now, keep=stated)
    if found is None:
        raise UserError("fees.claim.no_meetings")
    if found.state == ClaimState.APPROVED:
        raise UserError("fees.claim.approved")
    stored = uow.fee_profiles.claims_of(person_id, [council_id], day, _next(day))
    claim = stored[0] if stored else None
    if claim is None:
        claim = FeeClaim(person_id=person_id, council_id=council_id, day=day)
    claim.stated = stated_json(stated)
    claim.figures = figures_json(found)
    claim.total = found.amounts.total
    claim.confirmed_at = now
    if not stored:
        uow.fee_profiles.add_claim(claim)
    # The day, never the amounts: the log is not the place for pay.
    uow.events.append(
        "fees.claim_confirmed",
        at=now,
        council_id=council_id,
        actor_id=person_id,
        data={"day": day.isoformat(), "corrected": bool(stored)},
    )
    return Confirmed(councils[council_id].language, day, found.amounts.total, bool(stored))


def days_of_person(uow: UnitOfWork, person_id: int, now: datetime) -> list[ClaimDay]:
    """Every day of the person's in the claimable year, in each council, as it stands."""
    return _days(uow, person_id, councils_of(uow, person_id, now), now)


def claim_day(
    uow: UnitOfWork, person_id: int, council_id: int, day: date, now: datetime
) -> ClaimDay | None:
    """The person's claim of the day in the council as it stands (prefilled from the register
    or as confirmed); None when they were not there or are not paid for it."""
    return _day_of(uow, person_id, councils_of(uow, person_id, now), (council_id, day), now)


def _day_of(
    uow: UnitOfWork,
    person_id: int,
    councils: dict[int, Council],
    key: tuple[int, date],
    now: datetime,
    *,
    keep: Stated | None = None,
) -> ClaimDay | None:
    """One (council, day) of `_days`."""
    found = _days(uow, person_id, councils, now, keep=keep, of=key)
    return found[0] if found else None


def _person(uow: UnitOfWork, who: Account) -> Person:
    person = uow.directory.person(who)
    if person is None:
        raise UserError("arvode.profile.not_member")
    return person


def councils_of(uow: UnitOfWork, person_id: int, now: datetime) -> dict[int, Council]:
    """The councils the person was a member of in the claimable year, by id: a member who has
    left is still paid for the meetings they attended."""
    ids = uow.memberships.council_ids_during(person_id, now - CLAIMABLE, now)
    return {c.id: c for c in uow.councils.by_ids(ids)}


def _days(
    uow: UnitOfWork,
    person_id: int,
    councils: dict[int, Council],
    now: datetime,
    *,
    keep: Stated | None = None,
    of: tuple[int, date] | None = None,
) -> list[ClaimDay]:
    """Every day of the person's of the last year, by council: as confirmed, or as prefilled; with
    `keep` and `of` (council, day), that one day alone computed as `keep` states it."""
    if not councils:
        return []
    start = now - CLAIMABLE
    rows = [
        (row, held)
        for row, held in uow.attendance.attended_in(list(councils), [person_id], start, now)
        if (held.ends_at or held.starts_at) <= now  # over: a claim comes after the meeting
    ]
    members = Memberships.during(uow, list(councils), start, now)
    meetings: dict[tuple[int, date], list[Attended]] = defaultdict(list)
    kinds: dict[int, MeetingKind] = {}
    for row, held in rows:
        council = councils[held.council_id]
        if not is_paid(members.at(council.id, held.starts_at).get(person_id)):
            continue
        p = participation(council, held, row)
        terms = meeting_terms(council, held.kind, held.fee_terms)
        meetings[(council.id, p.day)].append(
            Attended(held.id, p.start, p.end, terms, row.presence == Presence.REMOTE)
        )
        kinds[held.id] = held.kind
    pay = [pay_of(r) for r in uow.fee_profiles.pay_for([person_id]).get(person_id, [])]
    profile = uow.fee_profiles.get(person_id)
    travel = (profile.travel_per_meeting or 0) * 100 if profile else 0
    claims = {
        (c.council_id, c.day): c
        for c in uow.fee_profiles.claims_of(
            person_id, list(councils), start.date(), _next(now.date())
        )
    }
    # A receipt given for a day not confirmed yet is its expense until it is (the latest).
    pending = {
        (r.council_id, r.day): r
        for r in uow.fee_profiles.receipts_of(
            person_id, list(councils), start.date(), _next(now.date())
        )
        if (r.council_id, r.day) not in claims
    }
    first_of_day: dict[date, tuple[int, date]] = {}
    for key in sorted(meetings, key=lambda k: min(a.start for a in meetings[k])):
        first_of_day.setdefault(key[1], key)
    days = []
    for key in sorted(meetings.keys() | claims.keys()):
        if of is not None and key != of:
            continue
        council, claim = councils[key[0]], claims.get(key)
        if claim is not None and keep is None:  # as confirmed, whatever changed since
            shown, amounts = _figures_from(claim.figures)
            days.append(ClaimDay(*key, shown, stated_from(claim.stated), amounts, _state(claim)))
            continue
        attended = sorted(meetings.get(key, []), key=lambda a: a.start)
        if not attended:
            continue
        zone = ZoneInfo(council.timezone)
        shown = tuple(
            ClaimMeeting(
                a.meeting_id,
                kinds[a.meeting_id],
                a.start.astimezone(zone),
                a.end.astimezone(zone) if a.end else None,
                a.remote,
            )
            for a in attended
        )
        rates = _rates(council, travel)
        stated = keep or _with_pending(
            prefill(attended, rates, journey=first_of_day[key[1]] == key), pending.get(key)
        )
        payer = payer_of(council)
        payer_day = [
            a
            for (cid, day), held in meetings.items()
            if day == key[1] and payer_of(councils[cid]) == payer
            for a in held
        ]
        amounts = claim_amounts(attended, stated, rates, pay_on(pay, key[1]), payer_day=payer_day)
        days.append(ClaimDay(*key, shown, stated, amounts, _state(claim)))
    return days


def _with_pending(stated: Stated, receipt: FeeReceipt | None) -> Stated:
    if receipt is None:
        return stated
    line = Expense(receipt.amount or 0, receipt.note or "", receipt.id)
    return replace(stated, expenses=(line,))


def _told_approved(
    uow: UnitOfWork, council: Council, claims: list[FeeClaim], now: datetime
) -> list[Message]:
    """Each member hears their claim was approved, and for how much: nothing left unsaid.
    Their languages are read for all of them at once."""
    if not claims:
        return []
    people = uow.people.by_ids(sorted({c.person_id for c in claims}))
    languages = languages_for(uow, people.values(), default=council.language, now=now)
    told = []
    for claim in claims:
        lang = languages[claim.person_id]
        words = Words(
            "fees.claim.approved_told",
            {
                "day": format_date(claim.day, lang),
                "council": council.name,
                "amount": kronor(Decimal(claim.total) / 100, lang),
            },
            lang,
        )
        told.append(
            Message(
                claim.person_id,
                said=Said.of(words),
                key=f"dm:claim-approved:{claim.id}",
                council_id=council.id,
            )
        )
    return told


def claims_report(uow: UnitOfWork, council: Council, period: Period, now: datetime) -> ClaimsReport:
    """The council's confirmed claims of the period and the days still unconfirmed."""
    start, end = _days_of(period, now)
    claims = uow.fee_profiles.claim_records_in(council.id, start, end)
    stop = min(period.end, now)
    members = Memberships.during(uow, [council.id], period.start, stop)
    people = {row.person.id: row.person for row in members.by_council[council.id]}
    approvers = {c.approved_by for c in claims if c.approved_by is not None} - people.keys()
    names = {pid: p.display_name for pid, p in (people | uow.people.by_ids(approvers)).items()}
    # Each distinct JSON read once: a day's claims share their meetings and most their figures.
    figures = cache(lambda text: _figures_from(json.loads(text)))
    stated = cache(lambda text: stated_from(json.loads(text)))
    rows = []
    for c in claims:
        meetings, amounts = figures(c.figures)
        member = members.at(council.id, meetings[0].start).get(c.person_id) if meetings else None
        rows.append(
            ClaimRow(
                name=names.get(c.person_id, ""),
                forening=member.forening.name if member and member.forening else None,
                day=c.day,
                meetings=meetings,
                stated=stated(c.stated),
                amounts=amounts,
                approved_by=names.get(c.approved_by) if c.approved_by else None,
                approved_at=c.approved_at,
                person_id=c.person_id,
            )
        )
    rows.sort(key=lambda r: (r.day, r.name.casefold()))
    claimed = {(c.person_id, c.day) for c in claims}
    zone = ZoneInfo(council.timezone)
    # The meetings over and who was there: a few plain columns for each of a year's rows.
    held = {
        m.id: m
        for m in uow.attendance.held_between(period.start, stop, council.id)
        if (m.ends_at or m.starts_at) <= now
    }
    # Each meeting's day and members, once for everyone in its register.
    seen = cache(
        lambda meeting_id: (
            held[meeting_id].starts_at.astimezone(zone).date(),
            members.at(council.id, held[meeting_id].starts_at),
        )
    )
    unconfirmed = set()
    registered = set()
    for entry in uow.attendance.registers(list(held)):
        if entry.presence is not None:
            registered.add(entry.meeting_id)
        if entry.presence not in ATTENDED or entry.person_id not in people:
            continue
        day, there = seen(entry.meeting_id)
        if is_paid(there.get(entry.person_id)) and (entry.person_id, day) not in claimed:
            unconfirmed.add(Unconfirmed(names[entry.person_id], day))
    return ClaimsReport(
        council.name,
        council.language,
        zone,
        period,
        rows,
        sorted(unconfirmed, key=lambda u: (u.day, u.name.casefold())),
        unregistered=[
            Unregistered(m.id, m.kind, m.starts_at.astimezone(zone).date())
            for m in held.values()
            if m.id not in registered
        ],
        council_id=council.id,
    )


def _days_of(period: Period, now: datetime) -> tuple[date, date]:
    """The period's days up to today, as [start, end) dates in the period's zone."""
    zone = period.start.tzinfo
    return period.start.date(), _next(
        min(period.end - timedelta(days=1), now.astimezone(zone)).date()
    )


def _state(claim: FeeClaim | None) -> ClaimState:
    if claim is None:
        return ClaimState.OPEN
    return ClaimState.APPROVED if claim.approved_at is not None else ClaimState.CONFIRMED


def _rates(council: Council, travel_default: int) -> Rates:
    """The council's amounts in öre; its cap is a monthly fee, so its hourly cap is that / the
    month's hours."""
    cap, month_hours = council.fee_income_cap, council.fee_month_hours
    return Rates(
        half_day=council.fee_half_day * 100,
        full_day=council.fee_full_day * 100,
        full_day_over=council.fee_full_day_over_minutes,
        hourly_cap=None if cap is None else hourly_cap(cap, month_hours),
        travel_default=travel_default,
        max_day=council.fee_max_day_minutes,
        month_hours=month_hours,
    )


def _next(day: date) -> date:
    return day + timedelta(days=1)


def _check(stated: Stated) -> None:
    if stated.leave_minutes is not None and not 0 <= stated.leave_minutes <= MAX_LEAVE_MINUTES:
        raise UserError("fees.claim.bad_leave")
    amounts = [stated.travel, *(e.amount for e in stated.expenses)]
    if any(not 0 <= a <= MAX_AMOUNT for a in amounts):
        raise UserError("fees.claim.bad_amount")


def stated_json(stated: Stated) -> dict[str, Any]:
    return asdict(stated)


def stated_from(data: dict[str, Any]) -> Stated:
    expenses = tuple(Expense(**e) for e in data.get("expenses", []))
    return Stated(**{**data, "expenses": expenses})


def figures_json(day: ClaimDay) -> dict[str, Any]:
    """The figures as confirmed, and the meetings they were of (times from the register)."""
    a = day.amounts
    return {
        "meetings": [
            {
                "id": m.meeting_id,
                "kind": m.kind.value,
                "start": m.start.isoformat(),
                "end": m.end.isoformat() if m.end else None,
                "remote": m.remote,
            }
            for m in day.meetings
        ],
        "meeting_minutes": a.meeting_minutes,
        "day_fee": a.day_fee.value,
        "day_fee_amount": a.day_fee_amount,
        "income_minutes": a.income_minutes,
        "income_rate": a.income_rate,
        "income_amount": a.income_amount,
        "travel": a.travel,
        "expenses": a.expenses,
        "notes": sorted(n.value for n in a.notes),
    }


def _figures_from(data: dict[str, Any]) -> tuple[tuple[ClaimMeeting, ...], ClaimAmounts]:
    """A claim's stored figures: its meetings and its amounts."""
    return tuple(_meeting_from(m) for m in data["meetings"]), amounts_from(data)


def _meeting_from(data: dict[str, Any]) -> ClaimMeeting:
    end = data["end"]
    return ClaimMeeting(
        data["id"],
        MeetingKind(data["kind"]),
        datetime.fromisoformat(data["start"]),
        datetime.fromisoformat(end) if end else None,
        data["remote"],
    )


def amounts_from(data: dict[str, Any]) -> ClaimAmounts:
    return ClaimAmounts(
        meeting_minutes=data["meeting_minutes"],
        day_fee=DayFee(data["day_fee"]),
        day_fee_amount=data["day_fee_amount"],
        income_minutes=data["income_minutes"],
        income_rate=data["income_rate"],
        income_amount=data["income_amount"],
        travel=data["travel"],
        expenses=data["expenses"],
        notes=frozenset(ClaimNote(n) for n in data["notes"]),
    )
