"""The Bot Connector calls the bot makes, through the Teams SDK (microsoft-teams-api): send
to a conversation (a reply, a post, a personal chat's message), update an activity (a card
after an answer); and the bot's own token for them (client credentials, kept until shortly
before it runs out).

The SDK's clients are asynchronous (httpx); the outbox's sender and the inbox's work run in
threads of their own, so each call runs to its end in an event loop of its own.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

import httpx
from microsoft_teams.api import (
    ApiClient,
    BotTokenClient,
    ClientCredentials,
    MessageActivityInput,
)
from microsoft_teams.api.auth.cloud_environment import PUBLIC, with_overrides
from microsoft_teams.common import ClientOptions

from adapters.runtime.settings import TeamsBot

T = TypeVar("T")
EARLY = timedelta(minutes=5)  # a token is got again this long before it runs out


@dataclass(frozen=True)
class Refused(Exception):
    """The Bot Connector answered `status` (`retry_after` seconds to wait, on a 429)."""

    status: int
    retry_after: float | None = None


class Connector:
    def __init__(self, bot: TeamsBot, now: Callable[[], datetime]) -> None:
        self._bot = bot
        self._cloud = with_overrides(PUBLIC, login_endpoint=bot.login_url)
        self._now = now
        self._token: tuple[str, datetime] | None = None
        self._lock = threading.Lock()

    def send(self, service_url: str, conversation: str, activity: MessageActivityInput) -> str:
        """Post `activity` in `conversation`; its id there."""
        return self._call(
            service_url, lambda api: api.conversations.create_activity(conversation, activity)
        ).id

    def update(
        self, service_url: str, conversation: str, activity_id: str, activity: MessageActivityInput
    ) -> None:
        """Replace the activity `activity_id` of `conversation` by `activity` (a card updated
        in place)."""
        self._call(
            service_url,
            lambda api: api.conversations.update_activity(conversation, activity_id, activity),
        )

    def _call(self, service_url: str, call: Callable[[ApiClient], Awaitable[T]]) -> T:
        token = self._bearer()

        async def run() -> T:
            api = ApiClient(
                service_url, ClientOptions(headers={"Authorization": f"Bearer {token}"})
            )
            return await call(api)

        try:
            return asyncio.run(run())
        except httpx.HTTPStatusError as err:
            raise _refused(err.response) from None
        except httpx.TransportError as err:  # not reached: as any connection that failed
            raise ConnectionError(type(err).__name__) from None

    def _bearer(self) -> str:
        with self._lock:
            now = self._now()
            if self._token is None or now >= self._token[1] - EARLY:
                credentials = ClientCredentials(
                    client_id=self._bot.app_id,
                    client_secret=self._bot.password,
                    tenant_id=self._bot.tenant,
                )
                try:
                    got = asyncio.run(BotTokenClient(cloud=self._cloud).get(credentials))
                except httpx.HTTPStatusError as err:
                    raise _refused(err.response) from None
                self._token = (got.access_token, now + timedelta(seconds=got.expires_in))
            return self._token[0]


def _refused(response: httpx.Response) -> Refused:
    wait: Any = response.headers.get("Retry-After")
    try:
        retry_after = None if wait is None else float(wait)
    except ValueError:
        retry_after = None
    return Refused(response.status_code, retry_after)
