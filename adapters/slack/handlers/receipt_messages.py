"""A photo of a receipt shared in the DM where a claim was offered (bot.fees.receipting): in
the offer's thread, or after it. The file is fetched from Slack (adapters.slack.files), kept
with the claim, and the member is told through the outbox what it added; a refusal (no amount
written, a file that is no picture, a claim approved already) is told the same way.

Slack tells a shared file twice to an app that subscribes to both: as the message it came
with (subtype file_share, which carries the words and the thread) and as `file_shared`. Only
the message is subscribed to (slack/manifest.yml): the words with the photo are its amount."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.files import FileUnreadable, shared_bytes
from adapters.slack.handlers.outgoing import tell_later
from adapters.slack.handlers.replies import error_text
from adapters.slack.ids import account, team_id
from adapters.slack.mrkdwn import t
from bot.core.errors import UserError
from bot.core.message import Message as Said
from bot.core.outbox import Message
from bot.fees.receipting import ReceiptTaken, Where, taken_words
from bot.fees.receipts import Upload

log = logging.getLogger(__name__)


def is_receipt(services: Services, message: dict[str, Any], body: dict[str, Any]) -> bool:
    """A file shared in a DM where a claim was offered: a receipt, when no point is asked for
    with it (any other file sent to the bot gets the help, as before)."""
    if message.get("channel_type") != "im" or not message.get("files"):
        return False
    return services.receipts.answers_offer(
        who=account(team_id(body), message["user"]),
        where=Where(conversation=message["channel"], thread=message.get("thread_ts")),
        now=services.clock.now(),
    )


def receipt_shared(
    services: Services, message: dict[str, Any], body: dict[str, Any], client: WebClient, lang: str
) -> None:
    team, user = team_id(body), message["user"]
    file = message["files"][0]
    source = f"slack:{team}:{file['id']}"
    thread = message.get("thread_ts")
    keys: list[str] = []

    def compose(taken: ReceiptTaken) -> list[Message]:
        told = Message(
            taken.person_id,
            said=Said.of(taken_words(taken)),
            key=f"dm:receipt:{source}",
            council_id=taken.council_id,
            thread_ts=thread,
        )
        keys.append(told.key)
        return [told]

    try:
        name, data = shared_bytes(client, str(file["id"]), lang)
        services.receipts.give(
            who=account(team, user),
            where=Where(conversation=message["channel"], thread=thread),
            upload=Upload(name, data, source),
            text=message.get("text") or "",
            now=services.clock.now(),
            compose=compose,
        )
    except UserError as err:
        tell_later(services, account(team, user), error_text(err, lang))
        return
    except (SlackApiError, FileUnreadable, OSError) as err:
        log.warning("a shared receipt could not be fetched: %s", type(err).__name__)
        tell_later(services, account(team, user), t("fees.receipt.unreadable", lang))
        return
    send_now(services, keys)
