"""Fault injection and rate limiting for the local Slack.

Rules are matched per Web API method (``"*"`` matches every method) in the order they were
added. ``slow`` rules hold the answer back while the call itself is carried out at once, and
``disconnect`` rules carry the call out and then close the connection without an answer (a
connection dropped after Slack acted: the client cannot tell whether it did); the
first ``ratelimited``, ``server_error`` or ``token_revoked`` rule that fires answers instead of
the method, so the call changes no state (``token_revoked`` also revokes the token for good,
as uninstalling the app does). A rule fires on the next ``count`` matching calls (after
letting ``after`` of them pass), or on each with probability ``rate`` drawn from an RNG seeded
at construction and at ``clear()``, so runs are reproducible.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal["ratelimited", "server_error", "slow", "token_revoked", "disconnect"]
KINDS: tuple[FaultKind, ...] = (
    "ratelimited",
    "server_error",
    "slow",
    "token_revoked",
    "disconnect",
)


@dataclass
class FaultRule:
    method: str
    kind: FaultKind
    rate: float | None = None
    remaining: int | None = None  # None: no count limit (the rule goes by rate)
    retry_after: int = 1
    status: int = 500
    delay: float = 0.0
    after: int = 0  # matching calls let through before the rule starts firing

    def matches(self, method: str) -> bool:
        return self.method in ("*", method) and self.remaining != 0

    def fires(self, rng: random.Random) -> bool:
        if self.after > 0:
            self.after -= 1
            return False
        if self.remaining is not None:
            self.remaining -= 1
            return True
        return rng.random() < (1.0 if self.rate is None else self.rate)


@dataclass
class Verdict:
    """What the faults decided for one call: a delay, and possibly an answer of their own."""

    delay: float = 0.0
    fault: FaultKind | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    disconnect: bool = False  # carried out, then the connection closed without an answer


@dataclass
class _Bucket:
    """Token bucket: ``burst`` calls at once, refilled at ``per_second``."""

    per_second: float
    capacity: float
    tokens: float
    updated: float

    def wait(self, now: float) -> float:
        """Refill to `now`; 0.0 if a token is there, else the seconds until there will be."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.per_second


@dataclass
class _Limit:
    per_channel_per_second: float | None
    global_per_second: float | None
    burst: int
    global_burst: int
    buckets: dict[str, _Bucket] = field(default_factory=dict)

    def wait(self, channel: str | None, now: float) -> float:
        """0.0 and a token taken from each bucket the call counts against, or the seconds
        until all of them have one: a refused call uses up nothing."""
        buckets = []
        if self.global_per_second:
            buckets.append(self._bucket("*", self.global_per_second, self.global_burst, now))
        if self.per_channel_per_second and channel:
            buckets.append(self._bucket(channel, self.per_channel_per_second, self.burst, now))
        wait = max((bucket.wait(now) for bucket in buckets), default=0.0)
        if wait == 0.0:
            for bucket in buckets:
                bucket.tokens -= 1.0
        return wait

    def _bucket(self, key: str, per_second: float, burst: int, now: float) -> _Bucket:
        if key not in self.buckets:
            self.buckets[key] = _Bucket(per_second, burst, float(burst), now)
        return self.buckets[key]


def ratelimited(retry_after: int) -> Verdict:
    # What slack_sdk's RateLimitErrorRetryHandler reads: status 429 and Retry-After seconds.
    return Verdict(
        fault="ratelimited",
        status=429,
        headers={"Retry-After": str(retry_after)},
        body={"ok": False, "error": "ratelimited"},
    )


class Faults:
    """Switchable failures per Web API method; see the module docstring for the rules."""

    def __init__(self, lock: threading.RLock, clock: Callable[[], float], *, seed: int = 0) -> None:
        self._lock = lock
        self._clock = clock
        self._seed = seed
        self._rng = random.Random(seed)
        self._rules: list[FaultRule] = []
        self._limits: dict[str, _Limit] = {}

    def add(
        self,
        method: str,
        kind: FaultKind,
        *,
        rate: float | None = None,
        count: int | None = None,
        retry_after: int = 1,
        status: int = 500,
        delay: float = 0.0,
        after: int = 0,
    ) -> FaultRule:
        """Fail ``method`` (or ``"*"``) with ``kind``: on the next ``count`` calls, or on each
        call with probability ``rate``, or (neither given) on every call; the first ``after``
        matching calls pass untouched.

        ``retry_after`` is the Retry-After of ``ratelimited``, ``status`` the HTTP status of
        ``server_error`` (500 or 503), ``delay`` the seconds a ``slow`` call is held.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {KINDS}")
        if rate is not None and count is not None:
            raise ValueError("give rate or count, not both")
        if rate is not None and not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if kind == "server_error" and not 500 <= status <= 599:
            raise ValueError("server_error status must be 5xx")
        rule = FaultRule(method, kind, rate, count, retry_after, status, delay, after)
        with self._lock:
            self._rules.append(rule)
        return rule

    def rate_limit(
        self,
        method: str,
        *,
        per_channel_per_second: float | None = None,
        burst: int = 1,
        global_per_second: float | None = None,
        global_burst: int | None = None,
    ) -> None:
        """Answer 429 once ``method`` is called faster than allowed, per channel and/or in
        total, with the Retry-After (whole seconds, at least 1) after which it would pass.
        ``burst`` calls may come at once per channel, ``global_burst`` (default: ``burst``)
        in total: on Slack far more, as it counts a workspace's calls by the minute."""
        with self._lock:
            self._limits[method] = _Limit(
                per_channel_per_second,
                global_per_second,
                burst,
                burst if global_burst is None else global_burst,
            )

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def clear(self) -> None:
        """Remove every rule and rate limit; reseed so the next run draws the same numbers."""
        with self._lock:
            self._rules.clear()
            self._limits.clear()
            self._rng = random.Random(self._seed)

    def decide(self, method: str, args: Mapping[str, Any]) -> Verdict:
        """The verdict for one incoming call (used by the server)."""
        with self._lock:
            verdict = Verdict()
            for rule in self._rules:
                if not rule.matches(method) or not rule.fires(self._rng):
                    continue
                if rule.kind == "slow":
                    verdict.delay += rule.delay
                    verdict.fault = "slow"
                    continue
                if rule.kind == "disconnect":
                    verdict.disconnect = True
                    verdict.fault = "disconnect"
                    continue
                if rule.kind == "ratelimited":
                    answer = ratelimited(rule.retry_after)
                elif rule.kind == "token_revoked":
                    answer = Verdict(
                        fault="token_revoked", body={"ok": False, "error": "token_revoked"}
                    )
                else:
                    answer = Verdict(
                        fault="server_error",
                        status=rule.status,
                        body={"ok": False, "error": "fatal_error"},
                    )
                answer.delay = verdict.delay
                return answer
            limit = self._limits.get(method)
            if limit is not None:
                channel = args.get("channel") or args.get("channel_id")
                wait = limit.wait(str(channel) if channel else None, self._clock())
                if wait > 0:
                    answer = ratelimited(max(1, math.ceil(wait)))
                    answer.delay = verdict.delay
                    return answer
            return verdict
