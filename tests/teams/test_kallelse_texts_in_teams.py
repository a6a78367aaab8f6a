"""The kallelse's texts, abbreviations and email addresses set from Teams, in the words
Slack's `/kallelse` answers with (one composition, bot.kallelse.answers): what is set shows in
the kallelse's preview."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Person
from devtools.localteams.server import LocalTeams
from tests.teams.cast import ANNA, LINA, NAMES, SARA, council, say

MEETING = "stormöte torsdag 3 december kl 13-16 i Stora salen"


def _email_of(stack: LocalStack, name: str) -> str | None:
    with stack.services.uow() as uow:
        return uow.session.scalars(select(Person.email).where(Person.display_name == name)).one()


def test_the_kallelses_texts_are_set_from_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    assert "Stormöte planerat" in say(stack, teams, SARA, f"mote {MEETING}")

    purpose = say(stack, teams, SARA, "kallelse syfte Vi följer upp väntetiderna.")
    assert "Klart, jag har ändrat" in purpose
    food = say(stack, teams, SARA, "kallelse 1 fika Kaffe och bullar")
    assert "Klart, jag har ändrat" in food and "möte nr 1" in food
    term = say(stack, teams, SARA, "kallelse förkortning VO Verksamhetsområde")
    assert "VO" in term and "Verksamhetsområde" in term
    preview = say(stack, teams, SARA, "kallelse")
    assert "Vi följer upp väntetiderna." in preview and "Kaffe och bullar" in preview

    own = say(stack, teams, ANNA, "kallelse e-post anna@example.org")
    assert "anna@example.org" not in own and "Klart" in own
    assert _email_of(stack, NAMES[ANNA]) == "anna@example.org"
    other = say(stack, teams, SARA, f"kallelse e-post @{NAMES[LINA]} lina@example.org", LINA)
    assert "Klart" in other and NAMES[LINA] in other
    assert _email_of(stack, NAMES[LINA]) == "lina@example.org"
