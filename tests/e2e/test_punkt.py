"""Agenda points end to end: every way in, the late path, every status change told to the
submitter, standing points and carry-over, duplicate deliveries, förmöte confidentiality."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import ActionItem, AgendaPoint
from bot.core.clock import ManualClock
from bot.core.vocabulary import PointStatus
from tests.conftest import NOW
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    ERIK,
    KARL,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    pick_council,
    say,
)

# Relative to NOW (Sunday 22 November 2026): deadline 26 November, points on time.
ON_TIME = "torsdag 3 december kl 13-16 i Stora salen"
# Deadline 20 November: already passed, points are late.
LATE = "fredag 27 november kl 13-16"


def _points(stack: LocalStack) -> list[AgendaPoint]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id)))


def _dms(stack: LocalStack, user: str) -> list[str]:
    return [m.get("text", "") for m in stack.slack.messages(stack.slack.dm_channel(user))]


def _meeting(stack: LocalStack, when: str = ON_TIME, kind: str = "stormöte") -> int:
    text = say(stack, SARA if kind != "förmöte" else OLLE, RAD, "/mote", f"{kind} {when}")
    return int(text.split("(nr ")[1].split(")")[0])


def test_slash_command_puts_an_on_time_point_on_the_agenda(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    answer = say(stack, ANNA, RAD, "/punkt", "Väntetider till läkare: Många väntar länge.")
    assert "Tack! Din punkt *Väntetider till läkare* står på dagordningen" in answer
    [point] = _points(stack)
    assert (point.title, point.description) == ("Väntetider till läkare", "Många väntar länge.")
    assert point.status == PointStatus.ON_AGENDA and not point.late
    agenda = say(stack, LINA, RAD, "/dagordning")
    assert "*Väntetider till läkare* (punkt nr" in agenda
    assert "Anna Andersson, RSMH Väst" in agenda
    assert "dagar kvar" in agenda


def test_the_unit_may_submit_too_and_is_marked_as_the_unit(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    say(stack, VERA, RAD, "/punkt", "Nya telefontider")
    assert "Vera Verksamhet, Verksamheten" in say(stack, ANNA, RAD, "/dagordning")


def test_outsiders_cannot_submit(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    answer = say(stack, NILS, RAD, "/punkt", "Hej")
    assert "rådets ledamöter, ersättare och verksamhetens företrädare" in answer
    assert _points(stack) == []


def test_modal_path_with_meeting_choice_and_presenting(stack: LocalStack) -> None:
    council_with_members(stack)
    first = _meeting(stack)
    second = _meeting(stack, "torsdag 11 mars kl 13")
    delivery = stack.driver.command(ANNA, RAD, "/punkt", "")
    assert delivery.ok
    view = stack.slack.open_view(ANNA)
    assert view is not None and view["callback_id"] == "point_submit"
    # an empty title is refused inside the modal, which stays open
    refused = stack.driver.view_submission(ANNA, view["id"], {"title": {"value": ""}})
    assert refused.body["response_action"] == "errors"
    assert stack.slack.open_view(ANNA) is not None
    stack.driver.view_submission(
        ANNA,
        view["id"],
        {
            "title": {"value": "Aktivitet i vår"},
            "description": {"value": "Utflykt till skärgården"},
            "meeting": {"value": str(second)},
            "presents": {"value": ["yes"]},
            "links": {"value": "https://example.org/plan"},
        },
    )
    [point] = _points(stack)
    assert point.meeting_id == second != first
    assert point.presents_self
    assert point.description == "Utflykt till skärgården\n\nhttps://example.org/plan"
    assert "Aktivitet i vår" in stack.slack.ephemerals(user=ANNA)[-1]["text"]


def test_channel_message_and_duplicate_delivery_make_one_point(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    delivery = stack.driver.message(LINA, RAD, "Punkt: Mer fika på mötena")
    assert delivery.ok
    thread = stack.slack.messages(RAD, thread_ts=delivery.ts)
    assert "Tack! Din punkt *Mer fika på mötena*" in thread[-1]["text"]
    message = stack.slack.find_message(delivery.ts or "", RAD)
    assert message is not None
    event = {**message[1], "channel": RAD, "channel_type": "channel", "event_ts": delivery.ts}
    # Slack's retry of the same event, and the same message under a new event id
    stack.driver.event(event, event_id="EvSAME", retry_num=1)
    stack.driver.event(event, event_id="EvOTHER")
    assert len(_points(stack)) == 1


def test_dm_with_one_council_and_with_several(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    dm = stack.slack.dm_channel(ANNA)
    stack.driver.message(ANNA, dm, "punkt: Parkering vid mottagningen")
    assert "Parkering vid mottagningen" in _dms(stack, ANNA)[-1]
    # Karl's own council, then he is added to ours too: he must choose
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}> ledamot RSMH Väst")
    karl_dm = stack.slack.dm_channel(KARL)
    stack.driver.message(KARL, karl_dm, "punkt: Samordning mellan råden")
    question = pick_council(stack, KARL, "Psykiatri")
    assert "Vilket råd är punkten till?" in question["text"]
    titles = [p.title for p in _points(stack)]
    assert titles == ["Parkering vid mottagningen", "Samordning mellan råden"]
    assert "står på dagordningen" in stack.slack.messages(karl_dm)[-1]["text"]


def test_message_shortcut_links_back_to_the_message(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    said = stack.driver.message(
        ERIK, RAD, "Hissen är trasig igen\nDen har varit trasig i en månad."
    )
    stack.driver.message_shortcut(ANNA, RAD, said.ts or "", "add_as_point")
    [point] = _points(stack)
    assert point.title == "Hissen är trasig igen"
    assert point.source_link and "/archives/" in point.source_link
    assert "Tack!" in stack.slack.ephemerals(user=ANNA)[-1]["text"]
    # the same message once more is not a second point
    stack.driver.message_shortcut(LINA, RAD, said.ts or "", "add_as_point")
    assert len(_points(stack)) == 1
    assert "finns redan" in stack.slack.ephemerals(user=LINA)[-1]["text"]


def test_a_point_with_no_meeting_waits_for_the_next_stormote(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "Inget stormöte är planerat än" in say(stack, ANNA, RAD, "/punkt", "Lokalfrågan")
    meeting = _meeting(stack)
    [point] = _points(stack)
    assert point.meeting_id == meeting and point.status == PointStatus.ON_AGENDA
    assert "står nu på dagordningen" in _dms(stack, ANNA)[-1]


def test_late_point_is_kept_and_the_secretary_decides_with_buttons(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    _meeting(stack, LATE)
    answer = say(stack, LINA, RAD, "/punkt", "Sen fråga")
    assert "kom in efter sista dag" in answer
    [point] = _points(stack)
    assert point.late and point.status == PointStatus.SUBMITTED
    assert any("En sen punkt" in m for m in _dms(stack, SARA))
    assert any("En sen punkt" in m for m in _dms(stack, OLLE))
    # members see it waiting, without controls
    assert "Sena punkter som väntar på beslut" in say(stack, ANNA, RAD, "/dagordning")
    shown = stack.driver.command(SARA, RAD, "/dagordning")
    assert shown.reply_ts
    stack.driver.block_action(
        SARA, action_id=f"point_action_ovriga_{point.id}", message_ts=shown.reply_ts, channel_id=RAD
    )
    assert _points(stack)[0].under_ovriga
    assert "under övriga frågor" in _dms(stack, LINA)[-1]
    redrawn = stack.slack.find_message(shown.reply_ts, RAD)
    assert redrawn is not None and "Övriga frågor\n   • *Sen fråga*" in "\n".join(
        b.get("text", {}).get("text", "") for b in redrawn[1]["blocks"]
    )


def test_each_status_change_is_told_to_the_submitter(stack: LocalStack) -> None:
    council_with_members(stack)
    first = _meeting(stack)
    second = _meeting(stack, "torsdag 11 mars kl 13")
    for title in ("Ett", "Två", "Tre", "Fyra"):
        say(stack, ANNA, RAD, "/punkt", title)
    one, two, three, four = (p.id for p in _points(stack))

    assert "ta tillbaka" in say(stack, LINA, RAD, "/punkt", f"återta {one}")
    assert "återtagen" in say(stack, ANNA, RAD, "/punkt", f"återta {one}")

    # moving: Anna is told, the copy stands on the next meeting
    assert "flyttad" in say(stack, SARA, RAD, "/punkt", f"flytta {two}")
    assert "är flyttad till stormöte torsdag 11 mars 2027" in _dms(stack, ANNA)[-1]
    copy = _points(stack)[-1]
    assert (copy.meeting_id, copy.carried_from_id) == (second, two)

    # a no needs a reason, and the reason reaches Anna
    assert "Skriv varför" in say(stack, OLLE, RAD, "/punkt", f"avslå {three}")
    assert _points(stack)[2].status == PointStatus.ON_AGENDA
    say(stack, OLLE, RAD, "/punkt", f"avslå {three} Frågan beslutas av regionen")
    assert "Skälet: Frågan beslutas av regionen" in _dms(stack, ANNA)[-1]

    # handled, through the agenda's menu and the outcome modal
    shown = stack.driver.command(SARA, RAD, "/dagordning", str(first))
    stack.driver.block_action(
        SARA,
        action_id=f"point_action_{four}",
        message_ts=shown.reply_ts,
        channel_id=RAD,
        selected_option=f"handle:{four}",
    )
    modal = stack.slack.open_view(SARA)
    assert modal is not None and modal["callback_id"] == "point_decision"
    stack.driver.view_submission(
        SARA, modal["id"], {"text": {"value": "Verksamheten svarar i mars"}}
    )
    assert "Det här blev resultatet: Verksamheten svarar i mars" in _dms(stack, ANNA)[-1]

    statuses = [p.status for p in _points(stack)[:4]]
    assert statuses == [
        PointStatus.WITHDRAWN,
        PointStatus.MOVED,
        PointStatus.REJECTED,
        PointStatus.HANDLED,
    ]
    with stack.services.uow() as uow:
        kinds = [e.kind for e in uow.events.for_council(1) if e.kind.startswith("point.")]
    assert kinds.count("point.submitted") == 4
    assert {"point.withdrawn", "point.moved", "point.rejected", "point.handled"} <= set(kinds)
    settled = say(stack, ANNA, RAD, "/dagordning", f"{first}")
    assert "_avslagen_: Frågan beslutas av regionen" in settled


def test_reject_modal_requires_a_reason(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    say(stack, ANNA, RAD, "/punkt", "Ett")
    [point] = _points(stack)
    shown = stack.driver.command(SARA, RAD, "/dagordning")
    stack.driver.block_action(
        SARA,
        action_id=f"point_action_{point.id}",
        message_ts=shown.reply_ts,
        channel_id=RAD,
        selected_option=f"reject:{point.id}",
    )
    modal = stack.slack.open_view(SARA)
    assert modal is not None
    refused = stack.driver.view_submission(SARA, modal["id"], {"text": {"value": " "}})
    assert "Skriv varför" in refused.body["errors"]["text"]
    assert _points(stack)[0].status == PointStatus.ON_AGENDA


def test_standing_points_follow_up_and_reordering(stack: LocalStack, clock: ManualClock) -> None:
    council_with_members(stack)
    first = _meeting(stack)
    second = _meeting(stack, "torsdag 11 mars kl 13")
    say(stack, ANNA, RAD, "/punkt", "Ett")
    say(stack, LINA, RAD, "/punkt", "Två")
    one, two = (p.id for p in _points(stack))
    with stack.services.uow() as uow:
        uow.actions.add(ActionItem(council_id=1, text="Ta fram nya broschyrer", created_at=NOW))
        uow.commit()
    agenda = say(stack, ANNA, RAD, "/dagordning")
    order = [
        agenda.index(s)
        for s in (
            "1. Information från verksamheten",
            "4. Uppföljning av tidigare beslut och åtgärder",
            "Åtgärd 1: Ta fram nya broschyrer",
            "*Ett*",
            "*Två*",
            "7. Övriga frågor",
        )
    ]
    assert order == sorted(order)
    # the secretary moves "Två" up
    shown = stack.driver.command(SARA, RAD, "/dagordning")
    stack.driver.block_action(
        SARA,
        action_id=f"point_action_{two}",
        message_ts=shown.reply_ts,
        channel_id=RAD,
        selected_option=f"up:{two}",
    )
    agenda = say(stack, ANNA, RAD, "/dagordning")
    assert agenda.index("*Två*") < agenda.index("*Ett*")
    # moved to the next meeting, it shows under uppföljning there
    say(stack, SARA, RAD, "/punkt", f"flytta {one}")
    clock.set(NOW + timedelta(days=12))  # after the first meeting
    later = say(stack, ANNA, RAD, "/dagordning", str(second))
    follow_up = later.index("Uppföljning av tidigare beslut")
    assert later.index("Flyttad från tidigare möte: *Ett*") > follow_up
    # standing points are editable
    assert "är nu en stående punkt för stormötena" in say(
        stack, OLLE, RAD, "/brukarrad", "stående lägg till Rapport från arbetsgruppen"
    )
    listing = say(stack, ANNA, RAD, "/brukarrad", "stående")
    assert listing.index("Rapport från arbetsgruppen") < listing.index("Övriga frågor")
    assert "inte längre en stående punkt" in say(
        stack, SARA, RAD, "/brukarrad", "stående ta bort 3"
    )
    assert "Aktivitet" not in say(stack, ANNA, RAD, "/brukarrad", "stående")
    assert first != second


def test_a_formote_has_its_own_standing_points_kept_from_the_unit(stack: LocalStack) -> None:
    council_with_members(stack)
    stormote = _meeting(stack, "torsdag 3 december kl 13")
    _meeting(stack, "torsdag 26 november kl 10", kind="förmöte")
    listing = say(stack, OLLE, RAD, "/brukarrad", "stående förmöte")
    assert "*Stående punkter för förmötena*" in listing
    assert "1. Genomgång av stormötets dagordning\n2. Uppföljning" in listing
    assert "är nu en stående punkt för förmötena" in say(
        stack, OLLE, RAD, "/brukarrad", "stående förmöte lägg till Frågor till stormötet"
    )
    agenda = say(stack, ANNA, RAD, "/dagordning", "förmöte")
    assert "Information från verksamheten" not in agenda
    assert (
        agenda.index("Genomgång av stormötets dagordning")
        < agenda.index("Frågor till stormötet")
        < agenda.index("Övriga frågor")
    )
    plenary = say(stack, ANNA, RAD, "/dagordning", str(stormote))
    assert "Information från verksamheten" in plenary and "Frågor till stormötet" not in plenary
    # The unit neither sees nor changes the associations' standing points.
    for attempt in ("stående förmöte", "stående förmöte ta bort 1"):
        assert "föreningarnas företrädare" in say(stack, SARA, RAD, "/brukarrad", attempt)
    assert "inte längre en stående punkt för förmötena" in say(
        stack, OLLE, RAD, "/brukarrad", "stående förmöte ta bort 1"
    )
    assert "Genomgång" not in say(stack, OLLE, RAD, "/brukarrad", "stående förmöte")
    assert "Information från verksamheten" in say(stack, SARA, RAD, "/brukarrad", "stående")


def test_a_cancelled_meeting_moves_its_points_on(stack: LocalStack) -> None:
    council_with_members(stack)
    first = _meeting(stack)
    second = _meeting(stack, "torsdag 11 mars kl 13")
    say(stack, ANNA, RAD, "/punkt", "Ett")
    say(stack, SARA, RAD, "/mote", f"ställ in {first}")
    assert _points(stack)[-1].meeting_id == second
    assert "är inställt. Punkten är flyttad" in _dms(stack, ANNA)[-1]


def test_formote_points_never_reach_the_unit(stack: LocalStack) -> None:
    council_with_members(stack)
    stormote = _meeting(stack, LATE)
    formote = _meeting(stack, "torsdag 26 november kl 10", kind="förmöte")
    answer = say(stack, ANNA, RAD, "/punkt", "förmöte Hemlig strategi")
    assert "Hemlig strategi" in answer and "sen" not in answer.lower().split("punkt")[0]
    [point] = _points(stack)
    assert point.meeting_id == formote
    late = say(stack, LINA, RAD, "/punkt", "förmöte Sen hemlig fråga")
    assert "Sen hemlig fråga" in late
    for user in (VERA, SARA, NILS):
        assert "Hemlig" not in say(stack, user, RAD, "/dagordning"), user
        refused = say(stack, user, RAD, "/dagordning", "förmöte")
        assert "Hemlig" not in refused, user
        assert "Hemlig" not in say(stack, user, RAD, "/dagordning", str(formote)), user
        assert not any("Hemlig" in m for m in _dms(stack, user)), user
        assert "Hemlig" not in say(stack, user, RAD, "/punkt", f"flytta {point.id}"), user
    assert all("Hemlig" not in m.get("text", "") for m in stack.slack.messages(RAD))
    # the associations see it, and the chair (RSMH) is told of the late one
    assert "Hemlig strategi" in say(stack, OLLE, RAD, "/dagordning", "förmöte")
    assert any("Sen hemlig fråga" in m for m in _dms(stack, OLLE))
    assert stormote != formote


def test_a_long_point_by_dm_to_someone_in_two_councils_is_kept_whole(stack: LocalStack) -> None:
    """A button's value holds at most 2,000 characters: the council picker names the DM
    message instead of carrying the point, which may be longer."""
    council_with_members(stack)
    _meeting(stack)
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}> ledamot RSMH Väst")
    karl_dm = stack.slack.dm_channel(KARL)
    story = "Så här var det när jag sökte hjälp i höstas. " * 60  # about 2,700 characters
    written = stack.driver.message(KARL, karl_dm, f"punkt: Bemötandet i receptionen: {story}")
    assert written.ok
    question = pick_council(stack, KARL, "Psykiatri")
    assert "Vilket råd är punkten till?" in question["text"]
    [point] = _points(stack)
    assert point.title == "Bemötandet i receptionen"
    assert point.description == story.strip()


def test_a_change_word_with_no_number_asks_for_the_number(stack: LocalStack) -> None:
    council_with_members(stack)
    for typed in ("godkänn", "återta"):
        answer = say(stack, SARA, RAD, "/punkt", typed)
        assert "Skriv punktens nummer, till exempel `/punkt avslå 12" in answer
    assert _points(stack) == []
