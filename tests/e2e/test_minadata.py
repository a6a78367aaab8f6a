"""/minadata end to end: a person sees, exports and erases their own data, anywhere and
nobody else's; retention runs in the scheduler's pass at the `now` it is given."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.blocks.privacy import ERASE, ERASE_CANCEL
from adapters.storage.models import AgendaPoint, Person
from bot.core.vocabulary import PointStatus
from bot.privacy.retention import months_later
from tests.conftest import NOW
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    KARL,
    LINA,
    NILS,
    RAD,
    SARA,
    council_with_members,
    reply,
    say,
)

MEETING = "torsdag 3 december kl 13-16 i Stora salen"


def _anna_and_lina_take_part(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", f"stormöte {MEETING}")
    say(stack, ANNA, RAD, "/punkt", "Väntetider till läkare: Många väntar länge.")
    say(stack, LINA, RAD, "/punkt", "Lina vill ha mer fika")
    say(stack, ANNA, RAD, "/narvaro", "kommer inte Inlagd för tillfället")
    say(stack, ANNA, RAD, "/arvode", "mina uppgifter lön 31000")


def _erase(stack: LocalStack, user: str, action_id: str = ERASE) -> str:
    question = stack.driver.command(user, RAD, "/minadata", "radera")
    assert question.ok and question.reply_ts is not None
    assert "f.d. ledamot" in str(question.answer)
    pressed = stack.driver.block_action(
        user, action_id=action_id, message_ts=question.reply_ts, channel_id=RAD
    )
    assert pressed.ok, pressed
    return str(pressed.responses[-1]["text"])


def test_a_person_sees_their_own_data_only_in_any_channel_or_dm(stack: LocalStack) -> None:
    _anna_and_lina_take_part(stack)
    for channel in (RAD, ANNAT, stack.slack.dm_channel(ANNA)):
        body = reply(stack, ANNA, channel, "/minadata")
        assert body["response_type"] == "ephemeral"
        shown = body["text"]
        assert "Namn: Anna Andersson" in shown
        assert "Brukarrådet Psykiatri Väst: ledamot för RSMH Väst" in shown
        assert "Väntetider till läkare – på dagordningen" in shown
        assert "svarade att du inte kommer, skäl: Inlagd för tillfället" in shown
        assert "Lön: 31\u00a0000 kr i månaden från" in shown and "(intyg saknas)" in shown
        assert "Lina" not in shown and "fika" not in shown


def test_someone_the_bot_does_not_know_is_told_so(stack: LocalStack) -> None:
    council_with_members(stack)
    assert say(stack, NILS, RAD, "/minadata") == "Jag har inga uppgifter sparade om dig."
    assert say(stack, NILS, RAD, "/minadata", "radera") == "Jag har inga uppgifter sparade om dig."
    assert "`/minadata export`" in say(stack, NILS, RAD, "/minadata", "hjälp")


def test_the_member_page_link_needs_the_page_served_and_closes_on_request(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    assert "`/minadata sida`" in say(stack, ANNA, RAD, "/minadata", "hjälp")
    assert "inte påslagen" in say(stack, ANNA, RAD, "/minadata", "sida")  # no PUBLIC_URL
    assert "stängda" in say(stack, ANNA, RAD, "/minadata", "sida stäng")


def test_the_export_is_a_json_file_in_the_persons_dm(stack: LocalStack) -> None:
    _anna_and_lina_take_part(stack)
    assert "JSON-fil i vårt direktmeddelande" in say(stack, ANNA, RAD, "/minadata", "export")
    [file] = stack.slack.files.values()
    assert file["channels"] == [stack.slack.dm_channel(ANNA)]
    assert file["name"] == "minadata.json"
    content = file["content"].decode("utf-8")
    data = json.loads(content)
    assert data["person"]["name"] == "Anna Andersson"
    assert [(a["platform"], a["workspace"], a["id"]) for a in data["person"]["accounts"]] == [
        ("slack", stack.slack.team_id, ANNA)
    ]
    assert [(r["council"], r["role"], r["forening"], r["to"]) for r in data["roles"]] == [
        ("Brukarrådet Psykiatri Väst", "ledamot", "RSMH Väst", None)
    ]
    [point] = data["points"]
    assert (point["title"], point["description"]) == (
        "Väntetider till läkare",
        "Många väntar länge.",
    )
    [answer] = data["attendance"]
    assert (answer["answer"], answer["reason"]) == ("kommer inte", "Inlagd för tillfället")
    [pay] = data["fees"]["pay"]  # every pay told, dated, with its certificate (none yet)
    assert (pay["monthly_ore"], pay["hourly_ore"], pay["certificate_seen_on"]) == (
        3_100_000,
        None,
        None,
    )
    assert "point.submitted" in {e["kind"] for e in data["log"]}
    assert "Lina" not in content and "fika" not in content


def test_erasing_on_the_button_ends_roles_and_leaves_a_former_member(stack: LocalStack) -> None:
    _anna_and_lina_take_part(stack)
    assert "Dina uppgifter är raderade" in _erase(stack, ANNA)
    with stack.services.uow() as uow:
        [person] = uow.session.scalars(select(Person).where(Person.erased_at.is_not(None)))
        assert (person.display_name, person.email, person.accounts) == ("f.d. ledamot", None, [])
        point = uow.session.scalars(
            select(AgendaPoint).where(AgendaPoint.submitter_id == person.id)
        ).one()
        assert point.status == PointStatus.WITHDRAWN
        assert uow.fee_profiles.get(person.id) is None
    assert "Anna" not in say(stack, SARA, RAD, "/brukarrad", "visa")
    agenda = say(stack, LINA, RAD, "/dagordning")
    assert "*Väntetider till läkare* (punkt nr 1) – f.d. ledamot, RSMH Väst – _återtagen_" in agenda
    assert "Anna" not in agenda
    assert say(stack, ANNA, RAD, "/minadata") == "Jag har inga uppgifter sparade om dig."


def test_cancelling_erases_nothing(stack: LocalStack) -> None:
    _anna_and_lina_take_part(stack)
    assert _erase(stack, ANNA, ERASE_CANCEL) == "Okej, ingenting är raderat."
    assert "Namn: Anna Andersson" in say(stack, ANNA, RAD, "/minadata")


def test_retention_in_the_scheduler_pass_erases_who_left_after_the_councils_period(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    assert "fungerar" not in say(stack, SARA, RAD, "/brukarrad", "inställningar gallring 12")
    assert "12 månader" in say(stack, LINA, RAD, "/brukarrad", "inställningar gallring")
    refused = say(stack, LINA, RAD, "/brukarrad", "inställningar gallring 1")
    assert "bara rådets sekreterare eller ordförande" in refused
    assert "från 1 till 120" in say(stack, SARA, RAD, "/brukarrad", "inställningar gallring 0")
    say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}|lina>")
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")  # Karl is in another council
    due = months_later(NOW, 12)
    assert stack.tick(due - timedelta(hours=1)).erased == 0
    assert "Namn: Lina Lind" in say(stack, LINA, RAD, "/minadata")
    assert stack.tick(due).erased == 1
    assert say(stack, LINA, RAD, "/minadata") == "Jag har inga uppgifter sparade om dig."
    assert "Namn: Anna Andersson" in say(stack, ANNA, RAD, "/minadata")
    assert "Namn: Karl Karlsson" in say(stack, KARL, ANNAT, "/minadata")
