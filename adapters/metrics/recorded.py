"""What this process saw, counted as it happens: a few counters and histograms by label,
thread-safe, read by adapters.metrics.page at scrape time."""

from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass, field


@dataclass
class Counted:
    name: str
    documentation: str
    labels: tuple[str, ...]
    values: dict[tuple[str, ...], float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def inc(self, *label_values: str) -> None:
        with self._lock:
            self.values[label_values] = self.values.get(label_values, 0.0) + 1

    def read(self) -> dict[tuple[str, ...], float]:
        with self._lock:
            return dict(self.values)


@dataclass
class Timed:
    name: str
    documentation: str
    buckets: tuple[float, ...]  # upper bounds, ascending
    counts: list[int] = field(init=False)
    total: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.counts = [0] * (len(self.buckets) + 1)  # the last: above every bound

    def observe(self, seconds: float) -> None:
        with self._lock:
            self.counts[bisect_left(self.buckets, seconds)] += 1
            self.total += seconds

    def read(self) -> tuple[list[int], float]:
        with self._lock:
            return list(self.counts), self.total


REQUESTS = Counted(
    "brukarbot_requests",
    "Requests from Slack by kind (command, action, shortcut, event) and outcome "
    "(stored, again: a redelivery, not_stored: the database could not take it)",
    ("kind", "outcome"),
)
ACKNOWLEDGED = Timed(
    "brukarbot_ack_seconds",
    "From a request's arrival to its acknowledgement written back to Slack",
    (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 3.0),
)
RATE_LIMITED = Counted(
    "brukarbot_slack_rate_limited", "Slack's 429s waited out, by Web API method", ("method",)
)
RETRIED = Counted(
    "brukarbot_slack_retries",
    "Calls to Slack tried again after a dropped connection, by Web API method",
    ("method",),
)
PASSES = Timed(
    "brukarbot_scheduler_pass_seconds",
    "How long a reminder pass (its sweep and its outbox drain) took in this process",
    (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
)
COUNTED = (REQUESTS, RATE_LIMITED, RETRIED)
TIMED = (ACKNOWLEDGED, PASSES)
