"""The sender: claims outbox rows, delivers each exactly once through the Messenger port
(bot.core.ports.messenger: a chat platform's, email's), records the outcome and the channel
it went on.

Exactly once across crashes: every message carries its idempotency key (a chat keeps it with
the message), and a row that was claimed before (its worker may have died after posting but
before marking it sent, or a post may have failed ambiguously) is looked for where it went
(the direct message's or the conversation's history, the thread) before it is posted again.
Rows stuck with a silent claimer are taken over after a lease. Permanent errors end a row;
transient ones retry with backoff, a bounded number of times. An answer that the token is
revoked marks the row's workspace as removed and drops the row: the rest queued for that
workspace is dropped without a call (bot.privacy.workspaces).
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from adapters.storage.models import OutboxMessage
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message, files_of, queue, remember_posted, said_in
from bot.core.ports import Messenger, UnitOfWork
from bot.core.ports.messenger import EMAIL, DeliveryError, Outbound
from bot.core.vocabulary import OutboxStatus
from bot.councils.language import language_for
from bot.reminders.addresses import Address, address_of
from bot.reminders.wanted import Checks, workspace_of

if TYPE_CHECKING:
    from email.message import EmailMessage

log = logging.getLogger(__name__)
UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True)
class SenderPolicy:
    max_attempts: int = 6
    # A claim older than this is presumed dead. Longer than any one delivery can take,
    # retries and Retry-After waits included, so a live worker is never overtaken.
    lease: timedelta = timedelta(minutes=10)
    backoff: timedelta = timedelta(minutes=1)  # doubled after each failed attempt
    # How long a message that links to an earlier one waits, each time, for that one to go.
    wait_for_earlier: timedelta = timedelta(seconds=30)
    # Rows claimed at once: their checks are read together, their outcomes recorded in one
    # transaction; a crash leaves at most this many for the next attempt to reconcile.
    batch: int = 20


@dataclass
class DrainReport:
    sent: int = 0
    reconciled: int = 0  # found already posted by an earlier attempt, marked sent
    expired: int = 0
    dropped: int = 0  # no longer wanted or allowed when its turn came (bot.reminders.wanted)
    failed: int = 0
    retrying: int = 0
    waiting: int = 0  # waits for an earlier message it names (bot.reminders.addresses)


def new_worker_id() -> str:
    """Unique per process start, so a restarted worker never mistakes old claims for its own."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Sender:
    def __init__(
        self,
        uow: UowFactory,
        messengers: Messenger | Sequence[Messenger],
        *,
        worker_id: str,
        policy: SenderPolicy | None = None,
        page_url: str | None = None,
    ) -> None:
        """`messengers`: each named by its platform (a person's account or a council's
        conversation there goes by it) or EMAIL. `page_url`: where people reach `serve`
        (PUBLIC_URL), when the member page is served there: letters end with a personal
        link to it."""
        self._uow = uow
        self._page_url = page_url
        listed = [messengers] if not isinstance(messengers, Sequence) else messengers
        self._messengers = {m.name: m for m in listed}
        # Whether a messenger reads the replies to what it sends (email with IMAP_URL).
        self._replies = any(getattr(m, "takes_replies", False) for m in listed)
        self._worker = worker_id
        self._policy = policy or SenderPolicy()

    def drain(self, now: datetime, *, keys: Sequence[str] | None = None) -> DrainReport:
        """Deliver every row due at `now` (and stale claims) until none is left; with `keys`,
        only those rows (what a person's action queued, not the whole backlog).

        Rows are claimed a batch at a time (`SenderPolicy.batch`), stamped `now` plus the time
        the drain has run, so a claim is as fresh as the deliveries it covers however long
        the drain takes; what a batch's rows need to be checked and addressed is read for
        the batch at once, and its outcomes are recorded in the transaction of the next
        claim. A crash strands at most one batch for a lease, and the next attempt at each
        of its rows looks for it where it went before posting (exactly once).
        """
        try:
            return self._drain(now, keys)
        finally:
            for messenger in self._messengers.values():
                messenger.done()

    def _drain(self, now: datetime, keys: Sequence[str] | None) -> DrainReport:
        started = time.monotonic()

        def at() -> datetime:
            return now + timedelta(seconds=time.monotonic() - started)

        report = DrainReport()
        done: list[Outcome] = []
        while True:
            stamp = at()
            with self._uow() as uow:
                # One batch's outcomes and the next batch's claim share a transaction; it
                # ends before the batch is checked: on SQLite a transaction that wrote holds
                # the one writer's turn, and a person's request waits for it to be stored.
                self._record(uow, done, report)
                claimed = uow.outbox.claim(
                    self._worker,
                    at=stamp,
                    stale_before=stamp - self._policy.lease,
                    limit=self._policy.batch,
                    keys=keys,
                )
                uow.commit()
            if not claimed:
                break
            with self._uow() as uow:
                checks = Checks(uow, claimed, stamp, self._messengers.keys())
                batch = [self._checked(uow, checks, row, stamp) for row in claimed]
                uow.commit()  # what addressing wrote: a letter's personal link
            done = self._batch(batch, at)
        if report != DrainReport():
            log.info("outbox drain by %s: %s", self._worker, report)
        return report

    def _checked(
        self, uow: UnitOfWork, checks: Checks, row: OutboxMessage, stamp: datetime
    ) -> tuple[OutboxMessage, str | None, Address, str | None]:
        """The row, why it may not go, where it goes and its workspace."""
        why = checks.why_unwanted(row)
        # Addressed only if it may go (a letter's personal link is made for it).
        address = (
            address_of(
                uow,
                row,
                now=stamp,
                page_url=self._page_url,
                replies=self._replies,
                reaches=self._messengers.keys(),
            )
            if why is None
            else Address()
        )
        return row, why, address, checks.workspace(row)

    def _batch(
        self,
        batch: list[tuple[OutboxMessage, str | None, Address, str | None]],
        at: Callable[[], datetime],
    ) -> list[Outcome]:
        """Each claimed row's outcome, delivering those that may go, in the claim's order."""
        # Messages that wait for one going in this batch are claimed again right after it.
        going = {
            row.idempotency_key
            for row, why, address, _ in batch
            if why is None and address.unreachable is None and address.waits_for is None
        }
        revoked: dict[str | None, str] = {}  # workspaces whose token was refused just now
        outcomes = []
        for row, why, address, team in batch:
            if why is None and team in revoked:  # dropped without a call, as it would be
                why = revoked[team]  # had the check come after the refusal
            if why is not None:
                log.info("outbox row %s dropped: %s", row.id, why)
                outcome = Outcome(
                    row, "dropped", {"status": OutboxStatus.DROPPED, "last_error": why}
                )
            elif address.unreachable is not None:
                outcome = Outcome(
                    row,
                    "failed",
                    {"status": OutboxStatus.FAILED, "last_error": address.unreachable},
                )
            elif address.waits_for is not None:
                # Not an attempt: it goes once the earlier message has.
                wait = timedelta(0) if address.waits_for in going else self._policy.wait_for_earlier
                outcome = Outcome(
                    row,
                    "waiting",
                    {
                        "status": OutboxStatus.PENDING,
                        "due_at": at() + wait,
                        "attempts": row.attempts - 1,
                    },
                )
            else:
                outcome = self._deliver(row, address, at)
            if outcome.revoked_at is not None:
                revoked[team] = outcome.values["last_error"]
            outcomes.append(outcome)
        return outcomes

    def _deliver(self, row: OutboxMessage, address: Address, at: Callable[[], datetime]) -> Outcome:
        expired = row.expires_at is not None and at() >= row.expires_at
        retrying = row.attempts > 1
        if expired and not retrying:
            return _expired(row)
        by_email = address.mail or row.payload.get("via") == EMAIL
        # Nowhere to go by (nor to find a messenger by): it fails as no_address.
        via = EMAIL if by_email else address.to.platform if address.to else "address"
        messenger = self._messengers.get(via)
        if messenger is None:  # e.g. email with no mail server set up
            return Outcome(
                row, "failed", {"status": OutboxStatus.FAILED, "last_error": f"no_{via}"}
            )
        try:
            outbound = _outbound(row, address, retrying, may_send=not expired, at=at())
            delivered = messenger.deliver(outbound)
        except DeliveryError as err:
            return self._failed(row, err, at(), messenger.name)
        if delivered is None:
            return _expired(row)
        return Outcome(
            row,
            "reconciled" if delivered.reconciled else "sent",
            {
                "status": OutboxStatus.SENT,
                "sent_at": at(),
                "ref": delivered.ref,
                "conversation": delivered.conversation,
                "via": messenger.name,
                "last_error": None,
            },
        )

    def _failed(self, row: OutboxMessage, err: DeliveryError, stamp: datetime, via: str) -> Outcome:
        log.warning("outbox row %s attempt %s: %s", row.id, row.attempts, err.code)
        if err.revoked:
            values = {"status": OutboxStatus.DROPPED, "last_error": err.code}
            return Outcome(row, "dropped", values, revoked_at=stamp)
        if err.elsewhere and row.person_id is not None and row.payload.get("via") != EMAIL:
            # Not reachable in the chat yet: the same message as a letter, at once (no
            # address: it fails there as no_address); and, once, how the chat could reach
            # them.
            values = {
                "status": OutboxStatus.PENDING,
                "due_at": stamp,
                "attempts": row.attempts - 1,
                "last_error": err.code,
                "payload": {**row.payload, "via": EMAIL},
            }
            told = (via, err.how_to_reach) if err.how_to_reach is not None else None
            return Outcome(row, "retrying", values, how_to_reach=told)
        if err.retry_after is not None and not err.permanent:
            # Rate limited: nothing was taken, so no attempt is used up; it goes again once
            # the channel said it may (a message past its expiry is dropped then).
            values = {
                "status": OutboxStatus.PENDING,
                "due_at": stamp + err.retry_after,
                "attempts": row.attempts - 1,
                "last_error": err.code,
            }
            return Outcome(row, "retrying", values)
        if err.permanent or row.attempts >= self._policy.max_attempts:
            return Outcome(row, "failed", {"status": OutboxStatus.FAILED, "last_error": err.code})
        wait = self._policy.backoff * 2 ** (row.attempts - 1)
        return Outcome(
            row,
            "retrying",
            {"status": OutboxStatus.PENDING, "due_at": stamp + wait, "last_error": err.code},
        )

    def _record(self, uow: UnitOfWork, outcomes: list[Outcome], report: DrainReport) -> None:
        recorded = uow.outbox.finish(self._worker, {o.row.id: o.values for o in outcomes})
        for outcome in outcomes:
            if outcome.row.id not in recorded:
                log.warning("outbox row %s was taken over by another worker", outcome.row.id)
                continue
            team = (
                workspace_of(uow, outcome.row, self._messengers.keys())
                if outcome.revoked_at
                else None
            )
            if team and outcome.revoked_at:
                uow.workspaces.mark_gone(team, outcome.values["last_error"], at=outcome.revoked_at)
            if outcome.values.get("status") == OutboxStatus.SENT:
                values = outcome.values
                remember_posted(uow, outcome.row, values["conversation"], values["ref"])
            if outcome.how_to_reach is not None:
                _tell_how_to_reach(uow, outcome.row, *outcome.how_to_reach, outcome.values)
            setattr(report, outcome.name, getattr(report, outcome.name) + 1)


@dataclass(frozen=True)
class Outcome:
    """What became of a claimed row: a DrainReport field and the columns to record."""

    row: OutboxMessage
    name: str
    values: dict[str, Any]
    revoked_at: datetime | None = None  # the platform said our token is revoked (DeliveryError)
    # The messenger that cannot reach the person yet, and its letter saying how it could.
    how_to_reach: tuple[str, Callable[[str | None], Said]] | None = None


def _tell_how_to_reach(
    uow: UnitOfWork,
    row: OutboxMessage,
    via: str,
    letter: Callable[[str | None], Said],
    values: dict[str, Any],
) -> None:
    """Queue, once for the person and that chat, the letter saying how it could reach them
    (by email, beside the message re-addressed there; not without an address to send it to)."""
    person = uow.people.get(row.person_id) if row.person_id is not None else None
    if person is None or not person.email:
        return
    at = values["due_at"]
    chosen = language_for(uow, person, default="", now=at) or None
    told = Message(person.id, said=letter(chosen), key=f"reach:{via}:{person.id}", via=EMAIL)
    queue(uow, [told], at)


def _expired(row: OutboxMessage) -> Outcome:
    return Outcome(row, "expired", {"status": OutboxStatus.FAILED, "last_error": "expired"})


def _email(stored: str) -> EmailMessage:
    """A letter queued whole (a reply by email): its parser with the first such row, not in
    every tick (email.policy and its header parser)."""
    from email import message_from_string
    from email.policy import default

    return message_from_string(stored, policy=default)  # type: ignore[return-value]


def _outbound(
    row: OutboxMessage, address: Address, retrying: bool, *, may_send: bool, at: datetime
) -> Outbound:
    payload = row.payload
    line = payload.get("link")
    return Outbound(
        key=row.idempotency_key,
        text=str(payload.get("text", "")),
        said=said_in(payload),
        blocks=payload.get("blocks"),
        to=address.to,
        mail_to=address.mail,
        thread=address.thread,
        link=address.link,
        linked=Words(line["text"], {}, line["lang"]) if line else None,
        email=_email(payload["email"]) if "email" in payload else None,
        files=files_of(payload),
        reply_token=address.reply_token,
        ephemeral_in=address.shown_in,
        retrying=retrying,
        may_send=may_send,
        at=at,
    )
