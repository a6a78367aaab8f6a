"""`paminnelser` written to the bot in Teams: a member's own reminders shown and changed (a
kind off, the hours, the days, a pause) in their personal chat, and the council's timing
shown and changed by an officer in the channel (`rådet …`), refused to a member."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Council, ReminderPreference
from devtools.localteams.server import LocalTeams
from tests.teams.cast import ANNA, SARA, council, say, write


def test_ones_own_reminders_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    shown = write(stack, teams, ANNA, "paminnelser")
    assert "Dina påminnelser" in shown and "svara på kallelsen: **på**" in shown
    assert "Påminnelser kommer kl. 8–20, alla dagar." in shown

    off = write(stack, teams, ANNA, "paminnelser av svar")
    assert "Klart, nu är det ändrat." in off and "svara på kallelsen: **av**" in off
    assert "kl. 9–18" in write(stack, teams, ANNA, "paminnelser tider 9-18")
    assert "måndag–fredag" in write(stack, teams, ANNA, "paminnelser dagar mån-fre")
    assert "pausade" in write(stack, teams, ANNA, "paminnelser paus")
    with stack.services.uow() as uow:
        [prefs] = uow.session.scalars(select(ReminderPreference)).all()
        assert prefs.off_kinds == ["svar"] and prefs.paused
        assert (prefs.hour_from, prefs.hour_to, prefs.weekdays) == (9, 18, [0, 1, 2, 3, 4])
    assert "paminnelser av <typ>" in write(stack, teams, ANNA, "paminnelser hjälp")


def test_the_councils_timing_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    timing = say(stack, teams, SARA, "paminnelser rådet")
    assert "När Brukarrådet Väst skickar påminnelser" in timing

    changed = say(stack, teams, SARA, "paminnelser rådet svar 3")
    assert "Klart, nu är det ändrat." in changed and "3 dagar före, kl." in changed
    refused = say(stack, teams, ANNA, "paminnelser rådet svar 7")
    assert "Klart" not in refused
    with stack.services.uow() as uow:
        [days] = uow.session.scalars(select(Council.reminder_days)).all()
        assert days == {"svar": [3]}
    assert "av för rådet" in say(stack, teams, SARA, "paminnelser rådet svar av")


def test_the_hint_names_every_command_written_to_the_bot(
    stack: LocalStack, teams: LocalTeams
) -> None:
    council(stack, teams)
    hint = write(stack, teams, ANNA, "vad kan du?")
    for command in ("dagordning", "paminnelser", "arvode mitt", "minadata", "kallelse"):
        assert f" {command}," in hint or f" {command} eller" in hint, command
