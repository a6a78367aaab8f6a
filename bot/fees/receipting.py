"""Receipts given for a claim where it was offered (issue 21): a photo shared in the chat the
offer came in (in its thread, or after it), or attached to a mail answering the offer's mail;
and a receipt shown to who may see it (the member, and the secretary who pays).

The words that come with it are the expense ("Parkering 45 kr"); with no amount written the
expense's own stays, and with none at all the member is told to write it. A claim confirmed
already is corrected with it (it is the member's word, as a corrected form is); one not yet
confirmed has it as its expense until the member confirms it. The same file given again (a
redelivered event or mail) changes nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from adapters.storage.models import FeeReceipt, OutboxMessage
from bot.core.authz import Action, allowed
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.message import Words
from bot.core.outbox import Message, message_id, queue
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import viewer_by_person
from bot.core.when import format_date
from bot.councils.language import language_for
from bot.fees.claiming import (
    ClaimDay,
    ClaimState,
    claim_day,
    councils_of,
    days_of_person,
    store_claim,
    store_receipt,
)
from bot.fees.claims import Expense
from bot.fees.offers import offer_key
from bot.fees.receipts import Caption, Upload, caption
from bot.meetings.labels import kronor

UowFactory = Callable[[], UnitOfWork]
NO_OFFER = "fees.receipt.no_offer"  # given where no claim was offered
Compose = Callable[["ReceiptTaken"], Iterable[Message]]


@dataclass(frozen=True)
class ReceiptTaken:
    person_id: int
    lang: str  # the member's
    council_id: int
    council_name: str
    day: date
    amount: int  # öre: the expense it is the receipt of
    note: str
    confirmed: bool  # the claim was confirmed: corrected with it (else it waits to be)
    total: int  # öre: the claim's total now
    again: bool = False  # given before: nothing changed


@dataclass(frozen=True)
class Where:
    """Where a receipt was given in answer to an offer: a chat's conversation and thread (the
    offer's ts, if it was given in the offer's thread), or the Message-IDs a mail answers."""

    conversation: str | None = None
    thread: str | None = None
    replied_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shown:
    name: str
    content_type: str
    data: bytes


class ReceiptService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def give(
        self,
        *,
        where: Where,
        upload: Upload,
        text: str,
        now: datetime,
        compose: Compose,
        person_id: int | None = None,
        who: Account | None = None,
    ) -> ReceiptTaken:
        """The receipt for the claim offered where it was given, by the person (`person_id`)
        or the account (`who`); what `compose` makes of the outcome is queued with it (the
        member's answer)."""
        with self._uow() as uow:
            person = (
                uow.people.get(person_id)
                if person_id is not None
                else uow.directory.person(who)
                if who is not None
                else None
            )
            if person is None:
                raise UserError("arvode.profile.not_member")
            person_id = person.id
            councils = councils_of(uow, person_id, now)
            day = _offered_day(uow, person_id, where, now)
            if day is None:
                raise UserError(NO_OFFER)
            lang = language_for(uow, person, default=councils[day.council_id].language, now=now)
            taken = _take(uow, person_id, day, upload, caption(text), lang, now)
            queue(uow, compose(taken), now)
            uow.commit()
            return taken

    def answers_offer(self, *, who: Account, where: Where, now: datetime) -> bool:
        """Whether something given there by `who` answers a claim offered to them (else it is
        no receipt: a file sent to the bot for another reason)."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            return person is not None and _offered_day(uow, person.id, where, now) is not None

    def shown(self, *, asker_id: int, receipt_id: int, now: datetime) -> Shown:
        """A receipt's file, for its member or the council's secretary (who approves and pays);
        anyone else: not found."""
        with self._uow() as uow:
            receipt = uow.fee_profiles.receipt(receipt_id)
            if receipt is None:
                raise UserError("fees.receipt.not_found")
            if receipt.person_id != asker_id:
                council = uow.councils.get(receipt.council_id)
                if council is None:
                    raise UserError("fees.receipt.not_found")
                viewer = viewer_by_person(uow, council, asker_id, now=now)
                if not allowed(Action.SEE_FEES, viewer):
                    raise UserError("fees.receipt.not_found")
            return Shown(receipt.name, receipt.content_type, receipt.data)


def taken_words(taken: ReceiptTaken) -> Words:
    """What the member is told of their receipt: the expense it is of and the claim now."""
    lang = taken.lang
    key = "fees.receipt.taken_confirmed" if taken.confirmed else "fees.receipt.taken_open"
    note = Ref("fees.receipt.for_note", params={"note": taken.note}) if taken.note else ""
    return Words(
        key,
        {
            "amount": kronor(Decimal(taken.amount) / 100, lang),
            "note": note,
            "day": format_date(taken.day, lang),
            "council": taken.council_name,
            "total": kronor(Decimal(taken.total) / 100, lang),
        },
        lang,
    )


def _offered_day(uow: UnitOfWork, person_id: int, where: Where, now: datetime) -> ClaimDay | None:
    """The claim whose offer the receipt answers: the offer it was threaded under or whose
    mail it answers, else the latest offer sent to that conversation."""
    days = {(d.council_id, d.day): d for d in days_of_person(uow, person_id, now)}
    keys = {offer_key(c, person_id, d): (c, d) for c, d in days}
    offers = [row for row in uow.outbox.by_keys(sorted(keys)).values() if row.sent_at]
    chosen: OutboxMessage | None = None
    if where.replied_to:
        ids = set(where.replied_to)
        chosen = next((r for r in offers if message_id(r.idempotency_key) in ids), None)
    elif where.conversation is not None:
        there = [r for r in offers if r.conversation == where.conversation]
        threaded = [r for r in there if where.thread is not None and r.ref == where.thread]
        latest = sorted(there, key=lambda r: (r.sent_at or now, r.id))
        chosen = (threaded or latest[-1:] or [None])[0]
    if chosen is None:
        return None
    return days[keys[chosen.idempotency_key]]


def _take(
    uow: UnitOfWork,
    person_id: int,
    day: ClaimDay,
    upload: Upload,
    said: Caption,
    lang: str,
    now: datetime,
) -> ReceiptTaken:
    council = uow.councils.get(day.council_id)
    name = council.name if council else ""
    confirmed = day.state == ClaimState.CONFIRMED
    before = uow.fee_profiles.receipt_from(upload.source)
    line = day.stated.expenses[0] if day.stated.expenses else None
    if before is not None:  # the same file again: as it was taken
        amount = before.amount if before.amount is not None else line.amount if line else 0
        return ReceiptTaken(
            person_id, lang, day.council_id, name, day.day, amount, before.note or "", confirmed,
            day.amounts.total, again=True,
        )  # fmt: skip
    if day.state == ClaimState.APPROVED:
        raise UserError("fees.claim.approved")
    amount = said.amount if said.amount is not None else line.amount if line else 0
    if not amount:
        raise UserError("fees.receipt.no_amount_written")
    note = said.note or (line.note if line else "")
    receipt = store_receipt(uow, upload, person_id, day, Caption(amount, note), now, lang=lang)
    old = [line.receipt] if line is not None and line.receipt is not None else []
    stale = [r.id for r in _receipts(uow, person_id, day) if r.id != receipt]
    uow.fee_profiles.delete_receipts(sorted(set(old) | set(stale)))
    if confirmed:
        stated = replace(day.stated, expenses=(Expense(amount, note, receipt),))
        councils = councils_of(uow, person_id, now)
        total = store_claim(uow, person_id, councils, (day.council_id, day.day), stated, now).total
    else:
        now_day = claim_day(uow, person_id, day.council_id, day.day, now)
        total = now_day.amounts.total if now_day else 0
    return ReceiptTaken(
        person_id, lang, day.council_id, name, day.day, amount, note, confirmed, total
    )


def _receipts(uow: UnitOfWork, person_id: int, day: ClaimDay) -> Sequence[FeeReceipt]:
    return uow.fee_profiles.receipts_of(
        person_id, [day.council_id], day.day, date.fromordinal(day.day.toordinal() + 1)
    )
