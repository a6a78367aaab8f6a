"""The council's own settings from Teams, in the words Slack's `/brukarrad` has (one
composition, bot.councils.answers): its rules in days, justering, how long data is kept, its
written agreement (Form och funktion), and a member's roles ended."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Council
from devtools.localteams.server import LocalTeams
from tests.teams.cast import ANNA, NAMES, SARA, council, say

FORM = "https://intranat.example.org/form-och-funktion.pdf"


def _council(stack: LocalStack) -> Council:
    with stack.services.uow() as uow:
        found = uow.session.scalars(select(Council)).one()
        uow.session.expunge(found)
        return found


def test_the_secretary_changes_the_councils_settings_from_teams(
    stack: LocalStack, teams: LocalTeams
) -> None:
    council(stack, teams)
    changed = say(stack, teams, SARA, "brukarrad inställningar punkter 10 kallelse 8 protokoll 21")
    assert "regler är ändrade" in changed and "10 dagar" in changed and "21 dagar" in changed
    assert "inte justeras" not in say(stack, teams, SARA, "brukarrad inställningar justering")
    say(stack, teams, SARA, "brukarrad inställningar justering av")
    assert "24" in say(stack, teams, SARA, "brukarrad inställningar gallring 24")
    found = _council(stack)
    assert (found.agenda_deadline_days, found.min_notice_days, found.minutes_due_days) == (
        10,
        8,
        21,
    )
    assert not found.minutes_justering and found.retention_months == 24
    assert "inställningar punkter" in say(stack, teams, SARA, "brukarrad inställningar")

    assert "Form och funktion" in say(stack, teams, SARA, "brukarrad form")
    recorded = say(stack, teams, SARA, f"brukarrad form {FORM} antagen 2026-11-01")
    assert FORM in recorded
    assert FORM in say(stack, teams, ANNA, "brukarrad form")

    refused = say(stack, teams, ANNA, "brukarrad inställningar punkter 3")
    assert "sekreterare eller ordförande" in refused
    assert _council(stack).agenda_deadline_days == 10


def test_the_secretary_ends_a_members_role_from_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    ended = say(stack, teams, SARA, f"brukarrad ta bort @{NAMES[ANNA]}", ANNA)
    assert "inte längre" in ended and "Anna Andersson" in ended
    again = say(stack, teams, SARA, f"brukarrad ta bort @{NAMES[ANNA]}", ANNA)
    assert "ingen roll" in again
