"""The inbox: requests taken in before they were acknowledged, claimed by one process at a time.

A claim is a token and a lease. The work of a claimed entry runs with the claim set in
`CURRENT_CLAIM`; the unit of work that writes the work's change marks the entry done in the
same transaction (storage/uow.py), so a process that dies after that commit never has its
request run twice, and one that dies before has it run again by whoever claims it next.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import InboxEntry

DONE = "done"
GAVE_UP = "gave_up"


@dataclass
class Claim:
    """One process's hold on one entry while it works on it."""

    entry_id: int
    token: str
    at: datetime  # when the work began: the entry's done_at
    attempt: int  # 0 for the first run, right after the acknowledgement
    received_at: datetime


CURRENT_CLAIM: ContextVar[Claim | None] = ContextVar("inbox_claim", default=None)


class ClaimLostError(RuntimeError):
    """Another process took the entry over (our lease ran out): our change must not land."""


class InboxRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def take_in(
        self, *, key: str, listener: str, payload: str, at: datetime, token: str, until: datetime
    ) -> int | None:
        """Store the request, claimed by `token` until `until`; None if the key is there
        already (a redelivery, or the same request under way in another process)."""
        entry = InboxEntry(
            key=key,
            listener=listener,
            payload=payload,
            received_at=at,
            attempts=0,
            claim_token=token,
            claimed_until=until,
            next_attempt_at=at,
        )
        try:
            with self._session.begin_nested():
                self._session.add(entry)
        except IntegrityError:
            return None
        return entry.id

    def due(self, now: datetime, limit: int) -> list[InboxEntry]:
        """Entries not done whose time has come and whom no live claim holds."""
        return list(
            self._session.scalars(
                select(InboxEntry)
                .where(
                    InboxEntry.done_at.is_(None),
                    InboxEntry.next_attempt_at <= now,
                    or_(InboxEntry.claimed_until.is_(None), InboxEntry.claimed_until < now),
                )
                .order_by(InboxEntry.received_at, InboxEntry.id)
                .limit(limit)
            )
        )

    def claim(self, entry_id: int, *, token: str, now: datetime, until: datetime) -> bool:
        """Take the entry over; False if another process was quicker."""
        result = self._session.execute(
            update(InboxEntry)
            .where(
                InboxEntry.id == entry_id,
                InboxEntry.done_at.is_(None),
                or_(InboxEntry.claimed_until.is_(None), InboxEntry.claimed_until < now),
            )
            .values(claim_token=token, claimed_until=until, attempts=InboxEntry.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return _count(result) == 1

    def finish(self, claim: Claim, *, outcome: str = DONE) -> None:
        """Mark the claimed entry done (again, harmlessly, if it is) and forget its payload;
        ClaimLostError if another process holds it now."""
        result = self._session.execute(
            update(InboxEntry)
            .where(InboxEntry.id == claim.entry_id, InboxEntry.claim_token == claim.token)
            .values(done_at=claim.at, outcome=outcome, payload="", claimed_until=None)
            .execution_options(synchronize_session=False)
        )
        if _count(result) != 1:
            raise ClaimLostError(f"inbox entry {claim.entry_id} was taken over")

    def retry_at(self, claim: Claim, when: datetime) -> None:
        """Let go of the entry, to be run again from `when`; work still running under the
        claim can no longer mark it done, so its change cannot land."""
        self._session.execute(
            update(InboxEntry)
            .where(
                InboxEntry.id == claim.entry_id,
                InboxEntry.claim_token == claim.token,
                InboxEntry.done_at.is_(None),
            )
            .values(claim_token=None, claimed_until=None, next_attempt_at=when)
            .execution_options(synchronize_session=False)
        )

    def prune(self, *, before: datetime) -> int:
        """Forget done entries received before `before`."""
        result = self._session.execute(
            delete(InboxEntry).where(
                InboxEntry.done_at.is_not(None), InboxEntry.received_at < before
            )
        )
        return _count(result)


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
