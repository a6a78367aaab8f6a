"""/api/messages takes only what Teams signed for this bot: a missing, forged, expired,
wrong-audience, wrong-issuer or other service's token is a 401, and nothing of the activity
is stored (no inbox entry, no route, no answer); a valid one is a 200 and is taken in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import func, select

from adapters.console.stack import LocalStack
from adapters.storage.models import ChatRoute, InboxEntry
from devtools.localteams.server import LocalTeams

ANNA = "29:anna"


def _stored(stack: LocalStack) -> tuple[int, int]:
    with stack.services.uow() as uow:
        entries = uow.session.scalar(select(func.count()).select_from(InboxEntry))
        routes = uow.session.scalar(select(func.count()).select_from(ChatRoute))
    return entries or 0, routes or 0


def _hello(teams: LocalTeams) -> dict:
    return teams.activity("message", ANNA, teams.personal(ANNA), text="punkt hjälp")


FORGERIES = {
    "another key": lambda t: t.token(key=rsa.generate_private_key(65537, 2048)),
    "expired": lambda t: t.token(now=t.clock() - timedelta(hours=2)),
    "not yet valid": lambda t: t.token(now=t.clock() + timedelta(hours=1)),
    "another bot": lambda t: t.token(audience="11111111-2222-4333-8444-555555555555"),
    "another issuer": lambda t: t.token(issuer="https://sts.windows.net/evil/"),
    "another service": lambda t: t.token(service_url="https://evil.example.org/"),
}


@pytest.mark.parametrize("forged", FORGERIES)
def test_a_forged_token_is_401_and_nothing_is_stored(
    stack: LocalStack, teams: LocalTeams, forged: str
) -> None:
    token = FORGERIES[forged](teams)
    delivery = teams.deliver(_hello(teams), authorization=f"Bearer {token}")
    stack.background.settle()
    assert delivery.status == 401
    assert _stored(stack) == (0, 0)
    assert teams.calls == []


@pytest.mark.parametrize("authorization", ["", "Basic YWxhZGRpbjpvcGVuc2VzYW1l", "Bearer x.y.z"])
def test_a_missing_or_unreadable_token_is_401(
    stack: LocalStack, teams: LocalTeams, authorization: str
) -> None:
    assert teams.deliver(_hello(teams), authorization=authorization).status == 401
    assert _stored(stack) == (0, 0)


def test_a_token_for_another_activitys_service_is_refused(
    stack: LocalStack, teams: LocalTeams
) -> None:
    """The token names the service it came from; an activity asking the bot to answer at
    another is not taken, however valid the token."""
    activity = {**_hello(teams), "serviceUrl": "https://evil.example.org/"}
    assert teams.deliver(activity).status == 401
    assert _stored(stack) == (0, 0)


def test_a_valid_activity_is_taken_into_the_inbox_once(
    stack: LocalStack, teams: LocalTeams
) -> None:
    activity = _hello(teams)
    assert teams.deliver(activity).status == 200
    assert teams.deliver(activity).status == 200  # Teams delivers it again
    stack.background.settle()
    assert _stored(stack) == (1, 2)  # the entry; the chat's route and the person's
    [answer] = teams.sent_to(teams.personal(ANNA)["id"])
    assert "punkt" in answer["text"]
