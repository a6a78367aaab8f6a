"""Messages through slack_sdk, with its retry handlers, and the key in message metadata.

Two clients, because retrying is only blind-safe where Slack has surely not acted
(adapters.slack.clients): reads (conversations.open, conversations.history) retry
connection errors, 5xx and 429; chat.postMessage retries only 429 in the client (Slack did
not post). After a dropped connection the post may have happened, so `post` looks for the key
in the DM (or thread) before posting again; after a 5xx the sender does that on its next attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import partial
from typing import Any, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator

from adapters.runtime.settings import Settings
from adapters.slack.clients import (
    RateLimitRetry,
    RepeatableConnectionRetry,
    ScaledJitter,
    workspace_pause,
)
from adapters.slack.ids import SLACK
from adapters.slack.message import mrkdwn, rendered
from bot.core.identity import Account, Conversation
from bot.core.ports.messenger import Delivered, DeliveryError, Outbound
from bot.core.texts.render import Link

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
# The token no longer works in the workspace: the app was removed (bot.privacy.workspaces).
REVOKED = frozenset({"token_revoked", "invalid_auth", "account_inactive"})
# Where Slack will not show a person an ephemeral message: the bot or they are not in the
# conversation (any more). Their DM shows it instead.
NOT_SHOWN_THERE = frozenset(
    {"channel_not_found", "not_in_channel", "user_not_in_channel", "is_archived"}
)
# How far back a reconciliation looks: a previous attempt was minutes ago.
HISTORY_PAGES = 3
HISTORY_PAGE_SIZE = 100
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    rate_limit_retries: int = 3
    # A post refused with a 429 holds up every post of the process to the workspace for the
    # Retry-After (clients.Pause), then tries again, up to this many times: posts waiting
    # together take turns at what the limit lets through, and none goes back to the outbox
    # (a minute later) for having lost a turn to the others.
    post_rate_limit_retries: int = 100
    # A Retry-After longer than this is not waited out in the call: the row goes back to the
    # outbox and a later drain tries again, so one person's DM does not hold up the rest.
    max_retry_after: float = 30.0
    server_error_retries: int = 2
    connection_retries: int = 2
    backoff_factor: float = 0.5
    jitter: float = 1.0  # at most this many seconds added to each wait, as slack_sdk does
    timeout: int = 15


def _refused(err: SlackApiError) -> DeliveryError:
    code = str(err.response.get("error") or f"http_{err.response.status_code}")
    # Rate limited past what a call waits out: Slack took nothing, and said when to come back.
    later = timedelta(seconds=_retry_after(err)) if code == "ratelimited" else None
    return DeliveryError(
        code, permanent=code in PERMANENT, revoked=code in REVOKED, retry_after=later
    )


def _retry_after(err: SlackApiError) -> float:
    for name, value in (err.response.headers or {}).items():
        if name.lower() == "retry-after" and value:
            return float(value[0] if isinstance(value, list) else value)
    return 1.0  # Slack always sends it; this is the documented minimum


def _call(call: Callable[[], T]) -> T:
    try:
        return call()
    except SlackApiError as err:
        raise _refused(err) from None
    except (SlackClientError, OSError) as err:  # URLError and timeouts are OSErrors
        raise DeliveryError(type(err).__name__, permanent=False) from None


class SlackDelivery:
    """The Messenger port over the Slack Web API (or the local Slack, by base_url)."""

    name = SLACK

    def __init__(self, token: str, base_url: str, policy: RetryPolicy | None = None) -> None:
        policy = self._policy = policy or RetryPolicy()
        rate_limit = RateLimitRetry(
            policy.rate_limit_retries, jitter=policy.jitter, max_wait=policy.max_retry_after
        )
        backoff = BackoffRetryIntervalCalculator(
            backoff_factor=policy.backoff_factor, jitter=ScaledJitter(policy.jitter)
        )
        self._reads = WebClient(
            token=token,
            base_url=base_url,
            timeout=policy.timeout,
            retry_handlers=[
                RepeatableConnectionRetry(policy.connection_retries, backoff),
                ServerErrorRetryHandler(policy.server_error_retries, backoff),
                rate_limit,
            ],
        )
        self._pause = workspace_pause(base_url, token)
        posting = RateLimitRetry(
            policy.post_rate_limit_retries,
            jitter=policy.jitter,
            max_wait=policy.max_retry_after,
            pause=self._pause,
        )
        self._posts = WebClient(
            token=token, base_url=base_url, timeout=policy.timeout, retry_handlers=[posting]
        )
        # A person's DM channel never changes, and conversations.open is one of the more
        # tightly rate-limited methods: open each once per process.
        self._dms: dict[str, str] = {}

    @classmethod
    def from_settings(cls, settings: Settings, policy: RetryPolicy | None = None) -> SlackDelivery:
        if not settings.slack_bot_token:
            raise ValueError("SLACK_BOT_TOKEN is needed to send reminders")
        return cls(settings.slack_bot_token, settings.slack_api_url, policy)

    def deliver(self, message: Outbound) -> Delivered | None:
        if message.ephemeral_in is not None:
            return self._ephemeral(message, message.ephemeral_in)
        channel = self.channel(message)
        thread = message.thread.ref if message.thread else None
        if message.files:
            return self._share(channel, message, thread)
        if message.retrying:
            found = self.find_posted(channel, message.key, thread)
            if found is not None:
                return Delivered(channel, found, reconciled=True)
        if not message.may_send:
            return None
        text, blocks = _content(message)
        if message.link is not None and message.linked is not None:
            url = self.permalink(message.link.conversation, message.link.ref)
            line = message.linked
            text += "\n" + mrkdwn(replace(line, params={**line.params, "link": Link(url)}))
        return Delivered(channel, self.post(channel, text, message.key, blocks, thread))

    def _ephemeral(self, message: Outbound, where: Conversation) -> Delivered | None:
        """Shown to the person alone where they acted (chat.postEphemeral). Slack keeps no
        trace of an ephemeral message to look for, so after an attempt that may have shown
        it (a dropped connection, a 5xx) it goes to their DM, where its key finds it from then
        on; so does one Slack will not show there (NOT_SHOWN_THERE). A 429 showed nothing:
        the outbox tries again after its Retry-After, without using an attempt."""
        user = message.to.external_id if isinstance(message.to, Account) else None
        if user is None:
            raise DeliveryError("no_address", permanent=True)
        text, blocks = _content(message)
        if not message.retrying:
            if not message.may_send:
                return None
            thread = message.thread.ref if message.thread else None
            self._pause.wait()
            try:
                self._posts.chat_postEphemeral(
                    channel=where.external_id,
                    user=user,
                    text=text,
                    blocks=blocks,
                    thread_ts=thread,
                )
                return Delivered(where.external_id, None)
            except SlackApiError as err:
                if err.response.get("error") not in NOT_SHOWN_THERE:
                    raise _refused(err) from None
            except (SlackClientError, OSError) as err:
                raise DeliveryError(type(err).__name__, permanent=False) from None
        dm = self.open_dm(user)
        if message.retrying:
            found = self.find_posted(dm, message.key)
            if found is not None:
                return Delivered(dm, found, reconciled=True)
        if not message.may_send:
            return None
        return Delivered(dm, self.post(dm, text, message.key, blocks))

    def _share(self, channel: str, message: Outbound, thread: str | None) -> Delivered | None:
        """Upload the files (files.upload v2). An upload carries no metadata: after an
        attempt that may have shared them, they are looked for by name where they go."""
        names = {f.name for f in message.files}
        if message.retrying:
            found = self._find(channel, thread, lambda m: names <= _file_names(m))
            if found is not None:
                return Delivered(channel, found, reconciled=True)
        if not message.may_send:
            return None
        self._pause.wait()
        _call(
            lambda: self._posts.files_upload_v2(
                channel=channel,
                thread_ts=thread,
                file_uploads=[upload(f.name, f.content) for f in message.files],
            )
        )
        return Delivered(channel, None)

    def done(self) -> None:
        """Nothing held open: the DM channels opened are kept for the process's life."""

    def channel(self, message: Outbound) -> str:
        """The channel it goes to: the council's, or the person's DM with the app."""
        if isinstance(message.to, Conversation):
            return message.to.external_id
        if message.to is None:
            raise DeliveryError("no_address", permanent=True)
        return self.open_dm(message.to.external_id)

    def open_dm(self, user_id: str) -> str:
        if user_id not in self._dms:
            response = _call(lambda: self._reads.conversations_open(users=user_id))
            self._dms[user_id] = str(response["channel"]["id"])
        return self._dms[user_id]

    def find_posted(self, channel_id: str, key: str, thread_ts: str | None = None) -> str | None:
        return self._find(
            channel_id,
            thread_ts,
            lambda message: (
                (message.get("metadata") or {}).get("event_type") == EVENT_TYPE
                and ((message.get("metadata") or {}).get("event_payload") or {}).get("key") == key
            ),
        )

    def _find(
        self, channel_id: str, thread_ts: str | None, wanted: Callable[[dict[str, Any]], bool]
    ) -> str | None:
        """The ts of the latest pages' first message that is `wanted`."""
        # A reply is not in the channel's history: it is looked for in its thread.
        read = (
            self._reads.conversations_history
            if thread_ts is None
            else partial(self._reads.conversations_replies, ts=thread_ts)
        )
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            page: Any = _call(
                lambda cursor=cursor: read(
                    channel=channel_id,
                    include_all_metadata=True,
                    limit=HISTORY_PAGE_SIZE,
                    cursor=cursor,
                )
            )
            for message in page["messages"]:
                if wanted(message):
                    return str(message["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return None

    def post(
        self,
        channel_id: str,
        text: str,
        key: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
    ) -> str:
        """Post with the key in the metadata (in the thread, when one is given). A connection
        that drops (or times out) may have posted: the DM (or the thread) is searched for the
        key before each new try, so none posts twice."""
        tries_left = self._policy.connection_retries
        while True:
            self._pause.wait()
            try:
                response = self._posts.chat_postMessage(
                    channel=channel_id,
                    text=text,
                    blocks=blocks,
                    thread_ts=thread_ts,
                    metadata={"event_type": EVENT_TYPE, "event_payload": {"key": key}},
                )
                return str(response["ts"])
            except SlackApiError as err:
                raise _refused(err) from None
            except (SlackClientError, OSError) as err:
                if not tries_left:
                    raise DeliveryError(type(err).__name__, permanent=False) from None
            tries_left -= 1
            posted = self.find_posted(channel_id, key, thread_ts)
            if posted is not None:
                return posted

    def permalink(self, channel_id: str, ts: str) -> str:
        response = _call(lambda: self._reads.chat_getPermalink(channel=channel_id, message_ts=ts))
        return str(response["permalink"])


def _content(message: Outbound) -> tuple[str, list[dict[str, Any]] | None]:
    """The text and blocks to post: as composed for Slack, else `said` rendered (a message
    composed with both has `said` for letters)."""
    if message.said is not None and not (message.text or message.blocks):
        shown = rendered(message.said)
        return shown.text, shown.blocks
    return message.text, message.blocks


def upload(name: str, content: Any) -> dict[str, Any]:
    """One file as files.upload v2 takes it, titled by its name (the outbox's files, and a
    draft's files sent directly)."""
    return {"content": content, "filename": name, "title": name}


def _file_names(message: dict[str, Any]) -> set[str]:
    return {str(f.get("name")) for f in message.get("files") or ()}
