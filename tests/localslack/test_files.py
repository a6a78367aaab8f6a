"""A file someone shares, as Slack serves it to the bot (adapters.slack.files): files.info names
its private URLs and answers Slack's refusals (file_not_found; missing_scope without files:read);
the bytes come from the private URL with the bot's token, and without one that may read them
Slack's sign-in page comes instead, as HTML with status 200."""

from __future__ import annotations

import urllib.request

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.slack.files import shared_bytes
from bot.core.errors import UserError
from devtools.localslack.server import LocalSlack

PHOTO = b"\xff\xd8\xff\xe0" + bytes(300)


def shared(slack: LocalSlack, user: str, content: bytes = PHOTO) -> dict[str, object]:
    message = slack.post_user_message(user, slack.dm_channel(user), "", files=[("k.jpg", content)])
    [file] = message["files"]
    return dict(file)


def test_files_info_names_the_private_url_the_bytes_come_from(slack: LocalSlack) -> None:
    file = shared(slack, "U0ANNA")
    client = WebClient(token=slack.bot_token, base_url=slack.api_url, retry_handlers=[])
    info = client.files_info(file=str(file["id"]))["file"]
    assert (info["name"], info["mimetype"], info["size"]) == ("k.jpg", "image/jpeg", len(PHOTO))
    assert str(info["url_private_download"]).startswith(slack.api_url.removesuffix("/api/"))
    assert shared_bytes(client, str(file["id"]), "sv") == ("k.jpg", PHOTO)
    with pytest.raises(SlackApiError) as unknown:
        client.files_info(file="F0NOPE")
    assert unknown.value.response["error"] == "file_not_found"
    # Without the token, the private URL answers the sign-in page, never the file.
    with urllib.request.urlopen(str(info["url_private_download"])) as page:
        assert page.headers.get_content_type() == "text/html" and PHOTO not in page.read()
    other = WebClient(token="xoxb-someone-else", base_url=slack.api_url, retry_handlers=[])
    with pytest.raises(SlackApiError):
        shared_bytes(other, str(file["id"]), "sv")


def test_a_file_too_large_is_refused_by_its_size_before_it_is_fetched(slack: LocalSlack) -> None:
    file = shared(slack, "U0ANNA", PHOTO + bytes(6 * 1024 * 1024))
    client = WebClient(token=slack.bot_token, base_url=slack.api_url, retry_handlers=[])
    with pytest.raises(UserError) as refused:
        shared_bytes(client, str(file["id"]), "sv")
    assert refused.value.key == "fees.receipt.too_large"


def test_without_files_read_the_call_and_the_bytes_are_refused() -> None:
    with LocalSlack(scopes={"chat:write", "im:write"}) as slack:
        slack.add_user("U0ANNA", "anna")
        file = shared(slack, "U0ANNA")
        client = WebClient(token=slack.bot_token, base_url=slack.api_url, retry_handlers=[])
        with pytest.raises(SlackApiError) as refused:
            client.files_info(file=str(file["id"]))
        assert refused.value.response["needed"] == "files:read"
        url = f"{slack.api_url.removesuffix('/api/')}/files-pri/{slack.team_id}-{file['id']}/k.jpg"
        bearer = {"Authorization": f"Bearer {slack.bot_token}"}
        request = urllib.request.Request(url, headers=bearer)
        with urllib.request.urlopen(request) as page:
            assert page.headers.get_content_type() == "text/html"
