"""/brukarrad end to end: signed HTTP into the Bolt app, answers as Slack receives them."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Council, Membership
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    KARL,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    reply,
    say,
)


def _memberships(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return len(list(uow.session.scalars(select(Membership))))


def test_skapa_binds_the_channel_and_announces_it_in_the_channel(stack: LocalStack) -> None:
    body = reply(stack, SARA, RAD, "/brukarrad", "skapa Brukarrådet Psykiatri Väst")
    assert body["response_type"] == "in_channel"
    assert "Brukarrådet Psykiatri Väst" in body["text"]
    assert f"<@{SARA}> är sekreterare" in body["text"]
    with stack.services.uow() as uow:
        council = uow.session.scalars(select(Council)).one()
        assert (council.workspace, council.conversation) == (stack.slack.team_id, RAD)


def test_ledamot_adds_roles_welcomes_by_dm_and_visa_groups_by_forening(stack: LocalStack) -> None:
    council_with_members(stack)
    dm = stack.slack.messages(stack.slack.dm_channel(ANNA))
    assert "ledamot för RSMH Väst" in dm[-1]["text"]
    assert f"<@{SARA}>" in dm[-1]["text"]  # who to ask
    # a second role for the same person
    assert "justerare för RSMH Väst" in say(
        stack, SARA, RAD, "/brukarrad", f"ledamot <@{ANNA}> justerare"
    )
    shown = say(stack, ANNA, RAD, "/brukarrad", "visa")
    assert "*Brukarrådet Psykiatri Väst*" in shown
    assert "Punkter senast 7 dagar före mötet" in shown
    attention, rsmh, unit = (
        shown.index("*Attention*"),
        shown.index("*RSMH Väst*"),
        shown.index("*Verksamheten*"),
    )
    assert attention < rsmh < unit
    assert "• Anna Andersson – justerare och ledamot" in shown
    assert "• Vera Verksamhet – verksamhetsföreträdare" in shown
    assert "• Sara Sekreterare – sekreterare" in shown
    # Gently: one from the unit (Sara is the secretary, not its representative), and Lina
    # alone for Attention; RSMH Väst has Olle and Anna (Erik stands in, he fills no seat).
    notes = shown[shown.index("*Att tänka på*") :]
    assert "• Verksamheten har 1 representant i rådet. Det bör vara minst två" in notes
    assert "• Attention har bara en representant på plats." in notes
    assert "RSMH Väst" not in notes and "föreningar ger fler perspektiv" not in notes


def test_hjalp_and_no_text_show_usage_with_examples(stack: LocalStack) -> None:
    for text in ("hjälp", ""):
        answer = say(stack, NILS, RAD, "/brukarrad", text)
        assert "/brukarrad skapa" in answer
        assert "Exempel:" in answer


def test_a_non_secretary_is_refused_politely_with_who_can(stack: LocalStack) -> None:
    council_with_members(stack)
    before = _memberships(stack)
    answer = say(stack, ANNA, RAD, "/brukarrad", f"ledamot <@{NILS}> ledamot RSMH")
    assert "bara rådets sekreterare eller ordförande" in answer
    assert f"<@{SARA}>" in answer and f"<@{OLLE}>" in answer
    assert _memberships(stack) == before
    # a secretary of another council has no say here either
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    assert "bara rådets sekreterare" in say(
        stack, KARL, RAD, "/brukarrad", f"ledamot <@{NILS}> ledamot RSMH"
    )
    assert _memberships(stack) == before + 1  # only Karl's own secretaryship


def test_bad_input_is_answered_in_swedish_with_an_example(stack: LocalStack) -> None:
    council_with_members(stack)
    before = _memberships(stack)
    cases = {
        f"ledamot <@{NILS}> kassör RSMH": "Jag känner inte igen rollen `kassör`",
        "ledamot Nils ledamot RSMH": "Nämn personen med @",
        f"ledamot <@{NILS}> ledamot": "Skriv vilken",
        f"ledamot <@{NILS}> verksamhet RSMH": "hör inte till en förening",
        "ledamot": "Skriv vem, vilken roll",
        "rösta": "Jag känner inte igen `rösta`",
        "skapa Ett till råd": "hör redan till brukarrådet *Brukarrådet Psykiatri Väst*",
        "inställningar punkter tio": "fungerar inte som antal dagar",
        "ta bort Nils": "Skriv vem",
    }
    for text, expected in cases.items():
        answer = say(stack, SARA, RAD, "/brukarrad", text)
        assert expected in answer, (text, answer)
        assert "`/brukarrad" in answer or "`/brukarrad hjälp`" in answer, (text, answer)
    assert _memberships(stack) == before


def test_commands_outside_a_council_point_to_skapa(stack: LocalStack) -> None:
    answer = say(stack, NILS, ANNAT, "/brukarrad", "visa")
    assert "hör inte till något brukarråd" in answer
    assert "/brukarrad skapa" in answer


def test_ta_bort_ends_a_role(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "inte längre ledamot" in say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>")
    shown = say(stack, SARA, RAD, "/brukarrad", "visa")
    assert "Lina Lind –" not in shown  # no longer among the members
    assert "platsen för Attention, ledig sedan" in shown  # her seat is (test_succession.py)


def test_installningar_change_the_calendar_rules(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "ändra rådets inställningar" in say(
        stack, VERA, RAD, "/brukarrad", "inställningar punkter 10"
    )
    answer = say(stack, OLLE, RAD, "/brukarrad", "inställningar punkter 10 protokoll 21")
    assert "Punkter senast 10 dagar" in answer and "protokoll inom 21 dagar" in answer
    with stack.services.uow() as uow:
        council = uow.session.scalars(select(Council)).one()
        assert (council.agenda_deadline_days, council.minutes_due_days) == (10, 21)
