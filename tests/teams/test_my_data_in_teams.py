"""`minadata` written to the bot in Teams: what is stored about the writer, the export and
the member page by a personal link in their chat, the links closed, everything by email,
and erasing, which happens only when the card's button is pressed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Person
from devtools.localteams.server import LocalTeams, buttons
from tests.teams.cast import ANNA, NAMES, PUBLIC, chat, council, shown, write
from tests.teams.schema import valid_card


@pytest.fixture
def env() -> dict[str, str]:
    return {"PUBLIC_URL": PUBLIC}


def _anna(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        anna = uow.session.scalars(select(Person.id).where(Person.display_name == NAMES[ANNA]))
        return anna.one()


def _erased(stack: LocalStack, person_id: int) -> bool:
    with stack.services.uow() as uow:
        return uow.session.get(Person, person_id).erased_at is not None  # type: ignore[union-attr]


def _question(stack: LocalStack, teams: LocalTeams) -> tuple[str, dict]:
    """Anna asks to erase her data: the card with its buttons, and its id."""
    delivery = teams.say(ANNA, teams.personal(ANNA), "minadata radera")
    stack.background.settle()
    [question_id] = [
        c.activity_id
        for c in teams.calls
        if c.kind == "send" and c.body.get("replyToId") == delivery.activity["id"]
    ]
    question = teams.shown(str(question_id)) or {}
    valid_card(question)
    return str(question_id), question


def test_what_is_stored_about_me_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    write(stack, teams, ANNA, "punkt Väntetider till läkare")
    mine = write(stack, teams, ANNA, "minadata")
    [card] = [a for a in chat(teams, ANNA) if "Väntetider till läkare" in shown(a)][-1:]
    valid_card(card)
    assert "Anna Andersson" in mine and "RSMH Väst" in mine and "Brukarrådet Väst" in mine
    assert "minadata sida" in mine  # where the rest is

    exported = write(stack, teams, ANNA, "minadata export")
    assert "medlemssidan" in exported and "Ladda ner som textfil" in exported
    [link] = [shown(a) for a in chat(teams, ANNA) if "personliga länk till medlems" in shown(a)]
    assert PUBLIC in link  # in her chat with the bot
    assert "personlig länk" in write(stack, teams, ANNA, "minadata sida")
    assert "stängda" in write(stack, teams, ANNA, "minadata sida stäng")
    by_email = write(stack, teams, ANNA, "minadata e-post anna@example.org")
    assert "ingen e-postserver" in by_email  # asked of the member links, as in Slack
    assert not _erased(stack, _anna(stack))
    assert teams.refusals == []


def test_erasing_waits_for_the_button_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    anna = _anna(stack)
    question_id, question = _question(stack, teams)
    assert "Vill du radera dina uppgifter?" in shown(question)
    assert not _erased(stack, anna)  # asking erases nothing

    keep = buttons(question)["minadata_erase_cancel"]
    assert teams.press(ANNA, teams.personal(ANNA), question_id, keep).status == 200
    assert "ingenting är raderat" in shown(teams.shown(question_id))
    assert not _erased(stack, anna)

    question_id, question = _question(stack, teams)
    erase = buttons(question)["minadata_erase"]
    assert teams.press(ANNA, teams.personal(ANNA), question_id, erase).status == 200
    stack.background.settle()
    assert "Dina uppgifter är raderade" in shown(teams.shown(question_id))
    assert "minadata_erase" not in buttons(teams.shown(question_id) or {})
    assert _erased(stack, anna)
    assert teams.refusals == []
