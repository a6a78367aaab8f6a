"""A file someone shared with the bot, fetched as Slack serves it: files.info names its private
URL, and its bytes come from there with the bot's token (which needs files:read). Without one
that may read it Slack answers its sign-in page, as HTML with status 200, so what came is
checked to be no page before it is taken for the file."""

from __future__ import annotations

import urllib.request
from typing import Any

from slack_sdk import WebClient

from bot.core.errors import UserError
from bot.fees.receipts import MAX_BYTES, megabytes

TIMEOUT = 30  # seconds


class FileUnreadable(Exception):
    """Slack would not give the file's bytes (no files:read, the file gone)."""


def shared_bytes(client: WebClient, file_id: str, lang: str) -> tuple[str, bytes]:
    """The file's name and bytes, at most MAX_BYTES (a larger one is refused by its size,
    before it is fetched)."""
    info: dict[str, Any] = client.files_info(file=file_id)["file"]
    size = int(info.get("size") or 0)
    if size > MAX_BYTES:
        raise UserError(
            "fees.receipt.too_large", size=megabytes(size, lang), most=megabytes(MAX_BYTES, lang)
        )
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not url.startswith(("https://", "http://")):
        raise FileUnreadable(f"no private URL for {file_id}")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
        if answer.headers.get_content_type() == "text/html":
            raise FileUnreadable(f"Slack answered a page for {file_id}, not the file")
        data: bytes = answer.read(MAX_BYTES + 1)
    return str(info.get("name") or info.get("title") or file_id), data
