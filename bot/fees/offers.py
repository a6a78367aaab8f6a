"""After a meeting, the offer of the day's claim (issue 21): each member paid for it is offered
the claim prefilled from the register (bot.fees.claiming), in a chat with buttons to confirm it
as it stands or to correct it there, by email with their own link to the member page where it
waits. One offer a member, day and payer (a council's claims are its payer's: a förmöte and a
stormöte of one day are one offer), none to who was absent or is not paid, none once the day
is claimed, and none where the day's meetings pay nothing on their terms (bot.fees.terms).

Found by the sweep's passes over everything (bot.reminders.sweep, every FULL_EVERY), as the
agreement's review is: a council's day is offered once its last meeting that day is over, for
OFFER_WITHIN after it (a register taken later still brings it). The key (council, person, day)
makes it once whatever restarts; the sender drops it if the day is claimed by then
(bot.reminders.wanted)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council
from bot.attendance.roll import Memberships
from bot.core.message import Action, Actions, Bullets, Message, Paragraph, Words
from bot.core.outbox import saying
from bot.core.ports import HeldRow, UnitOfWork
from bot.core.texts import Ref
from bot.core.vocabulary import ATTENDED, OutboxStatus
from bot.core.when import format_clock, format_date
from bot.councils.language import language_for
from bot.fees.claiming import ClaimDay, ClaimMeeting, ClaimState, claim_day
from bot.fees.service import is_paid
from bot.fees.terms import meeting_terms, pays
from bot.meetings.labels import kronor

KIND = "ersättning"
# The buttons of the offer in a chat; their value is "<council id>:<day>".
CONFIRM = "claim_confirm"
CORRECT = "claim_correct"
OFFER_WITHIN = timedelta(days=3)
_DAY = timedelta(days=1)  # local days are less than a day from UTC


def offer_key(council_id: int, person_id: int, day: date) -> str:
    return f"claim_offer:c{council_id}:p{person_id}:{day.isoformat()}"


def offer_value(council_id: int, day: date) -> str:
    return f"{council_id}:{day.isoformat()}"


def offered(value: str) -> tuple[int, date]:
    """The council and the day an offer's button acts on (ValueError if it is not one)."""
    council, _, day = value.partition(":")
    return int(council), date.fromisoformat(day)


def claim_offer_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """Outbox rows offering each day over whose offer is not queued yet: the meetings of the
    last days in one query, their registers in another; the day's claim is read only for
    an offer not made yet."""
    held = uow.attendance.held_between(now - OFFER_WITHIN - _DAY, now + _DAY)
    if not held:
        return []
    councils = {c.id: c for c in uow.councils.by_ids(sorted({m.council_id for m in held}))}
    days: dict[tuple[int, date], list[HeldRow]] = defaultdict(list)
    for meeting in held:
        zone = ZoneInfo(councils[meeting.council_id].timezone)
        days[(meeting.council_id, meeting.starts_at.astimezone(zone).date())].append(meeting)
    ended = {key: max(_end(m) for m in meetings) for key, meetings in days.items()}
    over = {
        key
        for key, end in ended.items()
        if now - OFFER_WITHIN <= end <= now and _pays(councils[key[0]], days[key])
    }
    # Who was there, by (council, day, person), with a meeting of theirs that day.
    day_of = {m.id: (key, m) for key in over for m in days[key]}
    there: dict[tuple[int, date, int], HeldRow] = {}
    for entry in uow.attendance.registers(sorted(day_of)):
        if entry.presence in ATTENDED:
            (council_id, day), meeting = day_of[entry.meeting_id]
            there.setdefault((council_id, day, entry.person_id), meeting)
    made = uow.outbox.existing_keys(sorted(offer_key(c, p, d) for c, d, p in there))
    waiting = {k: m for k, m in there.items() if offer_key(k[0], k[2], k[1]) not in made}
    if not waiting:
        return []
    # Only the paid are offered it (not the unit's people, who are there at work).
    members = Memberships.during(
        uow, sorted({c for c, _, _ in waiting}), now - OFFER_WITHIN - _DAY, now
    )
    new = sorted(
        k for k, m in waiting.items() if is_paid(members.at(m.council_id, m.starts_at).get(k[2]))
    )
    people = uow.people.by_ids(sorted({p for _, _, p in new}), accounts=True)
    rows = []
    for council_id, day, person_id in new:
        council, person = councils[council_id], people.get(person_id)
        found = claim_day(uow, person_id, council_id, day, now) if person else None
        if person is None or found is None or found.state != ClaimState.OPEN:
            continue  # claimed already
        lang = language_for(uow, person, default=council.language, now=now)
        last = max(days[(council_id, day)], key=_end)
        payload = saying(offer(found, council, lang, chat=person.chat is not None))
        rows.append(
            {
                "idempotency_key": offer_key(council_id, person_id, day),
                "kind": KIND,
                "council_id": council_id,
                "person_id": person_id,
                # The subject lets the sender check the meeting still stands; the day, that
                # it is not claimed yet (bot.reminders.wanted).
                "payload": payload | {"subject": f"m{last.id}", "claim": day.isoformat()},
                "due_at": now,
                "expires_at": ended[(council_id, day)] + OFFER_WITHIN,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
        )
    return rows


def _pays(council: Council, meetings: list[HeldRow]) -> bool:
    """Whether any of the day's meetings pays something to claim on its terms."""
    return any(pays(meeting_terms(council, m.kind, m.fee_terms), council) for m in meetings)


def _end(meeting: HeldRow) -> datetime:
    return meeting.ends_at or meeting.starts_at


def offer(day: ClaimDay, council: Council, lang: str, *, chat: bool) -> Message:
    """The day's claim as prefilled, and how to confirm or correct it: by the buttons in a
    chat, on the member page by email (the letter ends with the person's link to it)."""
    a = day.amounts
    blocks: list[Paragraph | Bullets | Actions] = [
        Paragraph(
            Words(
                "fees.offer.intro",
                {"council": council.name, "day": format_date(day.day, lang)},
                lang,
            )
        ),
        Bullets(tuple(meeting_words(m, lang) for m in day.meetings)),
        Paragraph(
            Words(
                "fees.offer.figures",
                {
                    "day_fee": Ref(f"arvode.day_fee.{a.day_fee.name.lower()}"),
                    "day_fee_amount": _kronor(a.day_fee_amount, lang),
                    "travel": _kronor(a.travel, lang),
                    "total": _kronor(a.total, lang),
                },
                lang,
            )
        ),
    ]
    if chat:
        value = offer_value(council.id, day.day)
        blocks.append(Paragraph(Words("fees.offer.in_chat", {}, lang)))
        blocks.append(
            Actions(
                (
                    Action(CONFIRM, Words("fees.offer.confirm", {}, lang), value, "primary"),
                    Action(CORRECT, Words("fees.offer.correct", {}, lang), value),
                )
            )
        )
    else:
        blocks.append(Paragraph(Words("fees.offer.by_email", {}, lang)))
    return Message(tuple(blocks))


def meeting_words(meeting: ClaimMeeting, lang: str) -> Words:
    """ "Stormöte 13.00–16.00", as the member page names it (its times, never its content)."""
    kind = Ref(f"kind.{meeting.kind.value}")
    start = format_clock(meeting.start, lang)
    if meeting.end is None:
        said = Ref("web.claims.meeting_open", params={"kind": kind, "start": start})
    else:
        end = format_clock(meeting.end, lang)
        said = Ref("web.claims.meeting", params={"kind": kind, "start": start, "end": end})
    if meeting.remote:
        return Words("web.claims.remote", {"meeting": said}, lang)
    return Words(said.key, said.params, lang)


def _kronor(ore: int, lang: str) -> str:
    return kronor(Decimal(ore) / 100, lang)
