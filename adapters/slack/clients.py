"""Every Slack WebClient the bot builds, and which retries each may do.

A 429 means Slack did nothing: every client waits out its Retry-After and tries again, for
any call. A dropped connection (or a timeout) may come after Slack acted, so a client retries
it only for calls that have one effect however often they are made: reads, and calls that set
a state rather than add something (REPEATABLE). Posts are not retried by a client: the
outbox's posts are retried with reconciliation (adapters.slack.delivery looks for the
message's key before posting again), and a handler's post (an answer in a channel, an
ephemeral note, a shared file, a modal) that fails is told as failed rather than risk
showing twice.
"""

from __future__ import annotations

import random
import threading
import time
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from adapters.metrics.recorded import RATE_LIMITED, RETRIED
from adapters.runtime.settings import Settings

# Web API methods a dropped connection may retry: the same call twice has one effect.
REPEATABLE = frozenset(
    {
        "auth.test",
        "chat.getPermalink",
        "conversations.history",
        "conversations.open",  # the same DM channel each time
        "files.getUploadURLExternal",  # an upload slot nobody completes is dropped by Slack
        "files.info",  # a shared file as it is (a receipt)
        "users.info",
        "views.publish",  # replaces the Home tab
    }
)
# And those it may not: each call adds something, or spends a one-time trigger.
NOT_REPEATED = frozenset(
    {"chat.postEphemeral", "chat.postMessage", "files.completeUploadExternal", "views.open"}
)
APP_RATE_LIMIT_RETRIES = 2
APP_CONNECTION_RETRIES = 2


def _method(request: HttpRequest) -> str:
    return urlsplit(request.url).path.rsplit("/", 1)[-1]


class RepeatableConnectionRetry(ConnectionErrorRetryHandler):
    """slack_sdk's connection-error handler, for REPEATABLE methods only."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        method = _method(request)
        again = method in REPEATABLE and super()._can_retry(
            state=state, request=request, response=response, error=error
        )
        if again:
            RETRIED.inc(method)
        return again


# A Retry-After wait gets at most this share of itself as jitter (and at most `jitter`):
# enough to spread several workers, while a 1 s wait, Slack's per-channel step, stays near
# 1 s rather than idling the drain up to twice as long as Slack asked.
RETRY_AFTER_JITTER_SHARE = 0.1


class ScaledJitter(Jitter):
    def __init__(self, scale: float) -> None:
        self._scale = scale

    def recalculate(self, duration: float) -> float:
        return duration + random.random() * self._scale


class Pause:
    """A workspace's posting held up by a 429: every post of this process to the workspace
    waits out the Retry-After, rather than each trying again alone (a workspace's limit is
    the workspace's: while some posts wait, the others' tries would only be refused)."""

    def __init__(self) -> None:
        self._until = 0.0  # time.monotonic() at which posting may go on
        self._lock = threading.Lock()

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def wait(self) -> None:
        """Return once no pause holds (at once when none does)."""
        while (left := self._left()) > 0:
            time.sleep(left)

    def _left(self) -> float:
        with self._lock:
            return self._until - time.monotonic()


_pauses: dict[tuple[str, str], Pause] = {}
_pauses_lock = threading.Lock()


def workspace_pause(base_url: str, token: str) -> Pause:
    """The one Pause of the workspace a bot token posts in (kept for the process's life)."""
    with _pauses_lock:
        return _pauses.setdefault((base_url, token), Pause())


class RateLimitRetry(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler, honouring Retry-After, with bounded jitter and a longest wait.
    With a `pause`, a Retry-After holds up the whole workspace's posts (Pause), exactly as
    long as Slack asked: they resume together, so jitter would only cost rate."""

    def __init__(
        self, max_retry_count: int, *, jitter: float, max_wait: float, pause: Pause | None = None
    ) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self._jitter = jitter
        self._max_wait = max_wait
        self._pause = pause

    @staticmethod
    def _retry_after(response: HttpResponse | None) -> float:
        for name, values in (response.headers if response else {}).items():
            if name.lower() == "retry-after" and values:
                return float(values[0])
        return 1.0  # Slack always sends it; this is the documented minimum

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return (
            super()._can_retry(state=state, request=request, response=response, error=error)
            and self._retry_after(response) <= self._max_wait
        )

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        state.next_attempt_requested = True
        RATE_LIMITED.inc(_method(request))
        wait = self._retry_after(response)
        if self._pause is None:
            time.sleep(wait + random.random() * min(self._jitter, RETRY_AFTER_JITTER_SHARE * wait))
        else:
            self._pause.hold(wait)
            self._pause.wait()
        state.increment_current_attempt()


def app_client(settings: Settings) -> WebClient:
    """The Bolt app's client, which the handlers call."""
    return WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        retry_handlers=[
            RepeatableConnectionRetry(APP_CONNECTION_RETRIES),
            RateLimitRetry(APP_RATE_LIMIT_RETRIES, jitter=1.0, max_wait=10.0),
        ],
    )
