"""A person in a message is their name and the account a chat reaches them by: stored with the
message as it is, and rendered by each channel its own way (Slack pings its own accounts and
names everyone else; a letter names everyone)."""

from __future__ import annotations

from adapters.slack.ids import account
from adapters.slack.message import mrkdwn
from bot.core.identity import Account
from bot.core.message import Message, Words
from bot.core.texts.render import Mention, plain

ON_SLACK = Mention("Anna Andersson", account("T1", "U0ANNA"))
ON_TEAMS = Mention("Lina Lund", Account("teams", "tenant-1", "29:lina"))
BY_EMAIL = Mention("Cia Ek")


def _created(user: Mention) -> Words:
    return Words("brukarrad.created", {"name": "Rådet", "user": user}, "sv")


def test_a_mention_keeps_its_account_through_the_outbox() -> None:
    said = Message.of(_created(ON_TEAMS), _created(BY_EMAIL))
    assert Message.from_json(said.to_json()) == said


def test_slack_pings_its_own_accounts_and_names_the_others() -> None:
    assert "<@U0ANNA> är sekreterare" in mrkdwn(_created(ON_SLACK))
    assert "Lina Lund är sekreterare" in mrkdwn(_created(ON_TEAMS))
    assert "Cia Ek är sekreterare" in mrkdwn(_created(BY_EMAIL))


def test_a_letter_names_everyone() -> None:
    assert "Anna Andersson är sekreterare" in plain(
        "brukarrad.created", "sv", name="R", user=ON_SLACK
    )
