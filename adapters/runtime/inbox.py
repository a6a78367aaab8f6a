"""Taking requests in before they are acknowledged, and working them off exactly once.

Platform-neutral: an adapter hands over a key, the listener's name and the raw payload (text),
acknowledges only once `take_in` returned, and runs the request's work through `run`. A
request whose work the database failed (or whose process died) is run again by `drain`, which
the scheduler calls every few seconds and `python -m bot tick` once: with backoff, for as long
as the person's answer can still reach them, then the adapter tells them it gave up.

Taking in waits at most TAKE_IN_WAIT for a busy database, so that an acknowledgement always
leaves within Slack's three seconds; if the request cannot be stored, `take_in` raises
`InboxUnavailableError` and the adapter tells the person at once instead of a silent 200.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from adapters.storage.repositories.inbox import (
    CURRENT_CLAIM,
    GAVE_UP,
    Claim,
    InboxIntake,
    InboxUnavailableError,
)
from adapters.storage.uow import UnitOfWork
from bot.core.ports import Clock

log = logging.getLogger(__name__)

TAKE_IN_WAIT = timedelta(milliseconds=1500)


@dataclass(frozen=True)
class InboxPolicy:
    # A process that holds a claim this long without finishing is taken to be dead.
    lease: timedelta = timedelta(seconds=60)
    first_retry: timedelta = timedelta(seconds=5)
    longest_wait: timedelta = timedelta(minutes=2)
    # Slack's response_url works for 30 minutes: past this, an answer could not reach anyone.
    give_up_after: timedelta = timedelta(minutes=25)
    kept: timedelta = timedelta(days=1)  # done entries, against Slack's redeliveries
    batch: int = 50

    def backoff(self, attempt: int) -> timedelta:
        return min(self.first_retry * 2 ** max(attempt, 0), self.longest_wait)


class Ran(StrEnum):
    DONE = "done"
    LATER = "later"  # it failed; it will be run again
    GAVE_UP = "gave_up"  # it failed for too long; the person must be told


def in_inbox_work() -> bool:
    """Whether this thread runs the work of an inbox entry (which a failure runs again)."""
    return CURRENT_CLAIM.get() is not None


Replay = Callable[[Claim, str, str], None]  # (claim, listener, payload)


class Inbox:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        engine: Engine,
        clock: Clock,
        *,
        policy: InboxPolicy | None = None,
    ) -> None:
        self._uow = uow
        self._intake = InboxIntake(engine, wait=TAKE_IN_WAIT)
        self._clock = clock
        self.policy = policy or InboxPolicy()
        self._held: dict[int, Claim] = {}  # claims of this process not yet let go
        self._lock = threading.Lock()

    def take_in(self, key: str, listener: str, payload: str) -> Claim | None:
        """Store the request, claimed by this process; None if it was taken in before.
        InboxUnavailableError if it could not be stored within TAKE_IN_WAIT."""
        now = self._clock.now()
        token = _token()
        try:
            entry_id = self._intake.take_in(
                key=key,
                listener=listener,
                payload=payload,
                at=now,
                token=token,
                until=now + self.policy.lease,
            )
        except InboxUnavailableError as err:
            log.warning("inbox: %s not stored: %r", listener, err.__cause__)
            raise
        if entry_id is None:
            log.info("inbox: %s delivered again; already taken in", listener)
            return None
        return self._hold(Claim(entry_id, token, at=now, attempt=0, received_at=now))

    def run(self, claim: Claim, work: Callable[[], None], *, name: str) -> Ran:
        """Run the entry's work with its claim set; what the work wrote marks it done in
        the same transaction, and work that wrote nothing is marked done after (a second
        write transaction only then: on SQLite every writer waits for each)."""
        reset = CURRENT_CLAIM.set(claim)
        failed = False
        try:
            self._hold(claim)
            work()
        except DBAPIError as err:
            log.warning("%s: database failed: %s", name, type(err.orig).__name__)
            failed = True
        except Exception:
            log.exception("%s failed after it was acknowledged", name)
            failed = True
        finally:
            CURRENT_CLAIM.reset(reset)
        try:
            if failed:
                return self._again(claim, name)
            if claim.done:
                return Ran.DONE
            try:
                with self._uow() as uow:
                    uow.inbox.finish(claim)
                    uow.commit()
            except Exception:  # the work is done; at worst it runs again after the lease
                log.exception("inbox: %s done but not marked so", name)
            return Ran.DONE
        finally:
            self._let_go(claim)

    def _again(self, claim: Claim, name: str) -> Ran:
        now = self._clock.now()
        try:
            with self._uow() as uow:
                if now - claim.received_at >= self.policy.give_up_after:
                    uow.inbox.finish(claim, outcome=GAVE_UP)
                    ran = Ran.GAVE_UP
                else:
                    uow.inbox.retry_at(claim, now + self.policy.backoff(claim.attempt))
                    ran = Ran.LATER
                uow.commit()
        except Exception as err:
            # No database: the claim runs out and the next drain takes the entry again.
            log.warning("inbox: %s left for later: %s", name, type(err).__name__)
            return Ran.LATER
        log.info("inbox: %s %s (attempt %d)", name, ran, claim.attempt)
        return ran

    def drain(self, replay: Replay, *, now: datetime) -> int:
        """Claim what is due at `now` (failed before, or left by a process that died or
        stopped) and replay it; then forget entries done long enough ago. Returns how many
        entries were replayed."""
        with self._uow() as uow:
            due = [
                (e.id, e.listener, e.payload, e.attempts, e.received_at)
                for e in uow.inbox.due(now, self.policy.batch)
            ]
        replayed = 0
        for entry_id, listener, payload, attempts, received_at in due:
            token = _token()
            with self._uow() as uow:
                taken = uow.inbox.claim(
                    entry_id, token=token, now=now, until=now + self.policy.lease
                )
                uow.commit()
            if taken:
                claim = self._hold(Claim(entry_id, token, now, attempts + 1, received_at))
                try:
                    replay(claim, listener, payload)
                finally:
                    self._let_go(claim)
                replayed += 1
        with self._uow() as uow:
            uow.inbox.prune(before=now - self.policy.kept)
            uow.commit()
        return replayed

    def release(self) -> int:
        """Let go of the entries this process has not finished (it is stopping), so the
        next process takes them at once rather than after the lease. Work of theirs still
        running here can no longer land (its claim is no longer the entry's)."""
        with self._lock:
            held = list(self._held.values())
        now = self._clock.now()
        with self._uow() as uow:
            for claim in held:
                uow.inbox.retry_at(claim, now)
            uow.commit()
        return len(held)

    def _hold(self, claim: Claim) -> Claim:
        with self._lock:
            self._held[claim.entry_id] = claim
        return claim

    def _let_go(self, claim: Claim) -> None:
        with self._lock:
            if self._held.get(claim.entry_id) is claim:
                del self._held[claim.entry_id]


class _ClaimTokens:
    """Claim tokens unique among every process sharing the inbox, without a system call per
    request: os.urandom lets go of the interpreter, and the acknowledgement then waits for
    whichever thread took it (up to the switch interval) before it can answer."""

    def __init__(self) -> None:
        self.renew()

    def renew(self) -> None:
        self._process = uuid.uuid4().hex[:16]
        self._count = itertools.count()

    def __call__(self) -> str:
        return f"{self._process}-{next(self._count)}"


_token = _ClaimTokens()
os.register_at_fork(after_in_child=_token.renew)  # a forked worker is a process of its own
