"""One local Slack for the session, reset before each test, with a small cast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient

from devtools.localslack import LocalSlack

ANNA, BERTIL, CARL = "U0ANNA", "U0BERTIL", "U0CARL"  # Carl has left the workspace
RAD = "C0RAD"  # the council's channel, bot and Anna and Bertil in it
TORGET = "C0TORGET"  # public, without the bot
HEMLIG = "C0HEMLIG"  # private, without the bot


def populate(slack: LocalSlack) -> None:
    slack.add_user(ANNA, "anna", real_name="Anna Ek", email="anna@example.se")
    slack.add_user(BERTIL, "bertil", real_name="Bertil Ås")
    slack.add_user(CARL, "carl", deleted=True)
    slack.add_channel(RAD, "brukarrad", members=[ANNA, BERTIL])
    slack.add_channel(TORGET, "torget", members=[ANNA], bot_is_member=False)
    slack.add_channel(HEMLIG, "hemlig", members=[ANNA], is_private=True, bot_is_member=False)


@pytest.fixture(scope="session")
def session_slack() -> Iterator[LocalSlack]:
    """Every scope granted: these tests are about what each method does (the scopes the app
    holds are checked in test_scopes.py and by every end-to-end test)."""
    with LocalSlack(scopes=None) as slack:
        populate(slack)
        yield slack


@pytest.fixture
def slack(session_slack: LocalSlack) -> LocalSlack:
    session_slack.reset()
    return session_slack


@pytest.fixture
def client(slack: LocalSlack) -> WebClient:
    return WebClient(token=slack.bot_token, base_url=slack.api_url, retry_handlers=[])


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def clocked_slack(clock: FakeClock) -> Iterator[LocalSlack]:
    """A local Slack of its own on a hand-moved clock."""
    with LocalSlack(clock=clock) as slack:
        populate(slack)
        yield slack
