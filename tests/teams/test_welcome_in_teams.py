"""A member added from Teams (`@Brukarbot brukarrad ledamot @person …`) is welcomed as one added
in Slack is: in their personal chat with the bot when they have added the app, else by email
(with, once, how to add the app) at an address the bot has for them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.console.stack import LocalStack
from adapters.teams.ids import TEAMS
from bot.core.clock import ManualClock
from bot.core.identity import Account, Conversation
from devtools.localteams.server import LocalTeams
from tests.databases import SqliteTemplate
from tests.e2e.smtp_inbox import Inbox, mail_settings
from tests.e2e.test_email_members import text_of
from tests.teams.cast import ANNA, CHANNEL, LINA, NAMES, SARA, TEAM, chat, say, shown

OTHER = "19:annat0123456789abcdef@thread.tacv2"  # a second council's channel


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock, inbox: Inbox
) -> Iterator[LocalStack]:
    stack = LocalStack.start(
        database_url=_sqlite_template.fresh(tmp_path / "teams.db"),
        clock=clock,
        env=mail_settings(inbox),
        teams=True,
    )
    try:
        yield stack
    finally:
        stack.stop()


def _created(stack: LocalStack, teams: LocalTeams) -> None:
    for user, name in NAMES.items():
        teams.add_user(user, name)
    assert "Brukarrådet Väst" in say(stack, teams, SARA, "brukarrad skapa Brukarrådet Väst")


def test_a_member_added_in_teams_is_welcomed_in_their_personal_chat(
    stack: LocalStack, teams: LocalTeams
) -> None:
    _created(stack, teams)
    assert teams.install(ANNA).status == 200
    stack.background.settle()
    added = say(stack, teams, SARA, f"brukarrad ledamot @{NAMES[ANNA]} ledamot RSMH Väst", ANNA)
    assert "Klart" in added
    [welcome] = [shown(a) for a in chat(teams, ANNA) if "Du är nu" in shown(a)]
    assert "ledamot för RSMH Väst" in welcome and "Brukarrådet Väst" in welcome
    assert "Sara Sekreterare" in welcome  # whom to ask
    # Added again in the same role: no second welcome.
    assert "redan" in say(
        stack, teams, SARA, f"brukarrad ledamot @{NAMES[ANNA]} ledamot RSMH Väst", ANNA
    )
    assert len([a for a in chat(teams, ANNA) if "Du är nu" in shown(a)]) == 1


def test_a_member_the_bot_cannot_reach_in_teams_yet_is_welcomed_by_email(
    stack: LocalStack, teams: LocalTeams, inbox: Inbox
) -> None:
    """Lina has not added the app; the bot has her address from the council she is in
    already: the welcome to the second comes by email, with how to add the app."""
    _created(stack, teams)
    say(stack, teams, SARA, f"brukarrad ledamot @{NAMES[LINA]} ledamot Attention", LINA)
    stack.services.kallelse.set_email(  # as an officer sets it (`kallelse e-post`)
        who=Account(TEAMS, teams.tenant, SARA),
        where=Conversation(TEAMS, teams.tenant, CHANNEL),
        email="lina@example.org",
        for_account=LINA,
        now=stack.clock.now(),
    )
    before = len(inbox.to("lina@example.org"))
    other = teams.channel(OTHER, TEAM)
    assert teams.say(SARA, other, "brukarrad skapa Brukarrådet Öst").status == 200
    stack.background.settle()
    tag = f"<at>{NAMES[LINA]}</at>"
    add = teams.activity(
        "message",
        SARA,
        other,
        text=f"<at>Brukarbot</at> brukarrad ledamot {tag} ledamot Attention",
        entities=[
            {
                "type": "mention",
                "text": "<at>Brukarbot</at>",
                "mentioned": {"id": f"28:{teams.app_id}"},
            },
            {"type": "mention", "text": tag, "mentioned": {"id": LINA, "name": NAMES[LINA]}},
        ],
    )
    assert teams.deliver(add).status == 200
    stack.background.settle()
    letters = inbox.to("lina@example.org")[before:]
    welcomes = [m for m in letters if "Brukarrådet Öst" in text_of(m) and "Du är nu" in text_of(m)]
    assert len(welcomes) == 1
    assert chat(teams, LINA) == []


def test_a_member_without_the_app_or_an_address_is_welcomed_once_they_add_the_app(
    stack: LocalStack, teams: LocalTeams
) -> None:
    _created(stack, teams)
    say(stack, teams, SARA, f"brukarrad ledamot @{NAMES[ANNA]} ledamot RSMH Väst", ANNA)
    assert chat(teams, ANNA) == []  # the bot cannot write first, and has no address
    assert teams.install(ANNA).status == 200
    stack.background.settle()
    [welcome] = [shown(a) for a in chat(teams, ANNA) if "Du är nu" in shown(a)]
    assert "Brukarrådet Väst" in welcome
    assert teams.install(ANNA).status == 200  # added again: nothing twice
    stack.background.settle()
    assert len([a for a in chat(teams, ANNA) if "Du är nu" in shown(a)]) == 1
