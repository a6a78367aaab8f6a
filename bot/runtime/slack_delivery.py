"""Reminder DMs through slack_sdk, with its retry handlers, and the key in message metadata.

Two clients, because retrying is only blind-safe where Slack has surely not acted:
reads (conversations.open, conversations.history) retry connection errors, 5xx and 429;
chat.postMessage retries only 429 (Slack did not post). After a 5xx or a dropped connection
the post may have happened, so the sender looks for the key before posting again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot.reminders.sender import DeliveryError
from bot.settings import Settings

EVENT_TYPE = "brukarbot_reminder"
# Errors that no retry will mend: the person is gone, or the message itself is refused.
PERMANENT = frozenset(
    {
        "user_not_found",
        "users_not_found",
        "user_disabled",
        "cannot_dm_bot",
        "channel_not_found",
        "is_archived",
        "msg_too_long",
        "no_text",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "metadata_too_large",
    }
)
# The token no longer works in the workspace: the app was removed (bot.workspaces).
REVOKED = frozenset({"token_revoked", "invalid_auth", "account_inactive"})
# How far back a reconciliation looks: a previous attempt was minutes ago.
HISTORY_PAGES = 3
HISTORY_PAGE_SIZE = 100
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    rate_limit_retries: int = 3
    # A Retry-After longer than this is not waited out in the call: the row goes back to the
    # outbox and a later drain tries again, so one person's DM does not hold up the rest.
    max_retry_after: float = 30.0
    server_error_retries: int = 2
    connection_retries: int = 2
    backoff_factor: float = 0.5
    jitter: float = 1.0  # at most this many seconds added to each wait, as slack_sdk does
    timeout: int = 15


# A Retry-After wait gets at most this share of itself as jitter (and at most `jitter`):
# enough to spread several workers, while a 1 s wait, Slack's per-channel step, stays near
# 1 s rather than idling the drain up to twice as long as Slack asked.
RETRY_AFTER_JITTER_SHARE = 0.1


class _ScaledJitter(Jitter):
    def __init__(self, scale: float) -> None:
        self._scale = scale

    def recalculate(self, duration: float) -> float:
        return duration + random.random() * self._scale


class RateLimitRetry(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler, honouring Retry-After, with bounded jitter and a longest wait."""

    def __init__(self, max_retry_count: int, *, jitter: float, max_wait: float) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self._jitter = jitter
        self._max_wait = max_wait

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
        wait = self._retry_after(response)
        time.sleep(wait + random.random() * min(self._jitter, RETRY_AFTER_JITTER_SHARE * wait))
        state.increment_current_attempt()


def _call(call: Callable[[], T]) -> T:
    try:
        return call()
    except SlackApiError as err:
        code = str(err.response.get("error") or f"http_{err.response.status_code}")
        raise DeliveryError(code, permanent=code in PERMANENT, revoked=code in REVOKED) from None
    except (SlackClientError, OSError) as err:  # URLError and timeouts are OSErrors
        raise DeliveryError(type(err).__name__, permanent=False) from None


class SlackDelivery:
    """The sender's Delivery over the Slack Web API (or the local Slack, by base_url)."""

    def __init__(self, token: str, base_url: str, policy: RetryPolicy | None = None) -> None:
        policy = policy or RetryPolicy()
        rate_limit = RateLimitRetry(
            policy.rate_limit_retries, jitter=policy.jitter, max_wait=policy.max_retry_after
        )
        backoff = BackoffRetryIntervalCalculator(
            backoff_factor=policy.backoff_factor, jitter=_ScaledJitter(policy.jitter)
        )
        self._reads = WebClient(
            token=token,
            base_url=base_url,
            timeout=policy.timeout,
            retry_handlers=[
                ConnectionErrorRetryHandler(policy.connection_retries, backoff),
                ServerErrorRetryHandler(policy.server_error_retries, backoff),
                rate_limit,
            ],
        )
        self._posts = WebClient(
            token=token, base_url=base_url, timeout=policy.timeout, retry_handlers=[rate_limit]
        )
        # A person's DM channel never changes, and conversations.open is one of the more
        # tightly rate-limited methods: open each once per process.
        self._dms: dict[str, str] = {}

    @classmethod
    def from_settings(cls, settings: Settings, policy: RetryPolicy | None = None) -> SlackDelivery:
        if not settings.slack_bot_token:
            raise ValueError("SLACK_BOT_TOKEN is needed to send reminders")
        return cls(settings.slack_bot_token, settings.slack_api_url, policy)

    def open_dm(self, user_id: str) -> str:
        if user_id not in self._dms:
            response = _call(lambda: self._reads.conversations_open(users=user_id))
            self._dms[user_id] = str(response["channel"]["id"])
        return self._dms[user_id]

    def find_posted(self, channel_id: str, key: str) -> str | None:
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            page: Any = _call(
                lambda cursor=cursor: self._reads.conversations_history(
                    channel=channel_id,
                    include_all_metadata=True,
                    limit=HISTORY_PAGE_SIZE,
                    cursor=cursor,
                )
            )
            for message in page["messages"]:
                metadata = message.get("metadata") or {}
                if (
                    metadata.get("event_type") == EVENT_TYPE
                    and (metadata.get("event_payload") or {}).get("key") == key
                ):
                    return str(message["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return None

    def post(
        self, channel_id: str, text: str, key: str, blocks: list[dict[str, Any]] | None = None
    ) -> str:
        response = _call(
            lambda: self._posts.chat_postMessage(
                channel=channel_id,
                text=text,
                blocks=blocks,
                metadata={"event_type": EVENT_TYPE, "event_payload": {"key": key}},
            )
        )
        return str(response["ts"])
