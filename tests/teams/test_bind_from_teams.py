"""A council that began in Teams binds its Slack channel: the secretary asks for the code in
the Teams channel (`@Brukarbot brukarrad koppla`), where everyone would see an answer, so it
comes to her alone, in her chat with the bot; written in the Slack channel (`/brukarrad
koppla <kod>`) it binds that channel to the council, and her Slack account is hers."""

from __future__ import annotations

import re

from adapters.console.stack import LocalStack
from devtools.localteams.server import LocalTeams
from tests.e2e.cast import RAD, seed_workspace
from tests.e2e.cast import SARA as SARA_SLACK
from tests.e2e.cast import say as slack_say
from tests.teams.cast import CHANNEL, SARA, chat, council, say, shown

CODE = re.compile(r"\b(\d+-[0-9a-f]{12})\b")


def test_the_code_asked_for_in_teams_comes_to_her_alone_and_binds_the_slack_channel(
    stack: LocalStack, teams: LocalTeams
) -> None:
    seed_workspace(stack.slack)
    council(stack, teams)
    answer = say(stack, teams, SARA, "brukarrad koppla")
    assert CODE.search(answer) is None  # nothing of it in the channel
    assert "chatt med mig" in answer
    assert CODE.search(shown({"sent": teams.sent_to(CHANNEL)})) is None
    [given] = [m for a in chat(teams, SARA) if (m := CODE.search(shown(a)))]
    code = given.group(1)

    bound = slack_say(stack, SARA_SLACK, RAD, "/brukarrad", f"koppla {code}")
    assert "Brukarrådet Väst" in bound
    # The Slack channel is the council's now, and Sara manages it from there too.
    shown_there = slack_say(stack, SARA_SLACK, RAD, "/brukarrad", "visa")
    assert "Brukarrådet Väst" in shown_there and "Olle Ordförande" in shown_there
    # Good once.
    again = slack_say(stack, SARA_SLACK, RAD, "/brukarrad", f"koppla {code}")
    assert "Brukarrådet Väst" in again and "redan" in again
