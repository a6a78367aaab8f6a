"""The local Teams answers the Bot Connector as Teams does: only with the bot's token (got by
its client credentials), a message over MAX_MESSAGE refused (413), a personal conversation
only with a user who installed the app (403 otherwise), activities updated and deleted in
place, and 429 with Retry-After when asked to."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from bot.core.clock import ManualClock
from devtools.localteams.server import MAX_MESSAGE, LocalTeams
from tests.conftest import NOW

CHANNEL = "19:rad@thread.tacv2"


@pytest.fixture
def teams() -> Iterator[LocalTeams]:
    local = LocalTeams(clock=ManualClock(NOW).now)
    local.start()
    try:
        yield local
    finally:
        local.stop()


def _call(
    teams: LocalTeams, method: str, path: str, body: Any = None, token: str | None = None
) -> tuple[int, dict[str, str], Any]:
    data = None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        teams.service_url + path, data=data, headers=headers, method=method
    )
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, dict(answer.headers), json.load(answer)
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), json.load(err)


def _token(teams: LocalTeams, secret: str | None = None) -> tuple[int, Any]:
    form = {
        "grant_type": "client_credentials",
        "client_id": teams.app_id,
        "client_secret": secret or teams.app_password,
        "scope": "https://api.botframework.com/.default",
    }
    request = urllib.request.Request(
        f"{teams.url}/botframework.com/oauth2/v2.0/token",
        data=urllib.parse.urlencode(form).encode(),
        method="POST",
    )
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


def test_only_the_bots_own_token_is_taken(teams: LocalTeams) -> None:
    assert _token(teams, "fel")[0] == 401
    path = f"v3/conversations/{CHANNEL}/activities"
    message = {"type": "message", "text": "Hej"}
    assert _call(teams, "POST", path, message)[0] == 401
    assert _call(teams, "POST", path, message, "gissat")[0] == 401
    status, token = _token(teams)
    assert status == 200
    assert _call(teams, "POST", path, message, token["access_token"])[0] == 201


def test_send_update_delete_and_the_size_limit(teams: LocalTeams) -> None:
    token = _token(teams)[1]["access_token"]
    path = f"v3/conversations/{CHANNEL}/activities"
    status, _, sent = _call(teams, "POST", path, {"type": "message", "text": "Hej"}, token)
    assert status == 201
    changed = {"type": "message", "text": "Hej igen"}
    assert _call(teams, "PUT", f"{path}/{sent['id']}", changed, token)[0] == 200
    assert [a["text"] for a in teams.sent_to(CHANNEL)] == ["Hej igen"]
    assert _call(teams, "DELETE", f"{path}/{sent['id']}", None, token)[0] == 200
    assert teams.sent_to(CHANNEL) == []
    card = {"type": "message", "attachments": [{"content": {"body": "x" * MAX_MESSAGE}}]}
    assert _call(teams, "POST", path, card, token)[0] == 413
    assert teams.refusals and teams.refusals[-1][0] == 413


def test_a_personal_conversation_needs_the_app_installed(teams: LocalTeams) -> None:
    token = _token(teams)[1]["access_token"]
    ask = {"members": [{"id": "29:anna"}], "tenantId": teams.tenant}
    assert _call(teams, "POST", "v3/conversations", ask, token)[0] == 403
    teams.add_user("29:anna", "Anna Andersson", installed=True)
    status, _, made = _call(teams, "POST", "v3/conversations", ask, token)
    assert (status, made["id"]) == (201, teams.personal("29:anna")["id"])


def test_429_with_retry_after_on_demand(teams: LocalTeams) -> None:
    token = _token(teams)[1]["access_token"]
    teams.rate_limit(12)
    path = f"v3/conversations/{CHANNEL}/activities"
    status, headers, _ = _call(teams, "POST", path, {"type": "message", "text": "Hej"}, token)
    assert (status, headers["Retry-After"]) == (429, "12")
    assert _call(teams, "POST", path, {"type": "message", "text": "Hej"}, token)[0] == 201
