"""One council's agenda cycle end to end, where it used to go wrong: which meeting a point
goes to, meetings planned twice or late, subcommand typos, moved points' numbers, late
additions after the kallelse, and an agenda longer than one Slack message."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Forening, Meeting
from bot.core.clock import ManualClock
from bot.core.vocabulary import PointStatus
from tests.conftest import NOW
from tests.e2e.cast import (
    ANNA,
    ERIK,
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

# Relative to NOW (Sunday 22 November 2026): agenda deadline 26 November.
STORMOTE = "torsdag 3 december kl 13-16 i Stora salen"
FORMOTE = "tisdag 1 december kl 10-12"
# Agenda deadline and kallelse notice (20 November) already passed.
LATE = "fredag 27 november kl 13-16"


def _number(text: str) -> int:
    return int(text.split("(nr ")[1].split(")")[0])


def _plan(stack: LocalStack, kind: str, when: str) -> int:
    return _number(say(stack, OLLE if kind == "förmöte" else SARA, RAD, "/mote", f"{kind} {when}"))


def _meetings(stack: LocalStack) -> list[Meeting]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(Meeting).order_by(Meeting.id)))


def _dms(stack: LocalStack, user: str) -> list[str]:
    return [m.get("text", "") for m in stack.slack.messages(stack.slack.dm_channel(user))]


def test_formote_announcement_says_how_to_send_points_to_the_formote(stack: LocalStack) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", STORMOTE)
    answer = say(stack, OLLE, RAD, "/mote", f"förmöte {FORMOTE}")
    assert "`/punkt förmöte &lt;rubrik&gt;`" in answer
    [dm] = [m for m in _dms(stack, ANNA) if "Förmöte planerat" in m]
    assert "`/punkt förmöte &lt;rubrik&gt;`" in dm
    # the stormöte's announcement keeps the plain form
    assert "förmöte &lt;rubrik" not in stack.slack.messages(RAD)[-1]["text"]


def test_point_form_preselects_the_stormote_like_the_command(stack: LocalStack) -> None:
    council_with_members(stack)
    stormote = _plan(stack, "stormöte", STORMOTE)
    formote = _plan(stack, "förmöte", FORMOTE)  # sooner than the stormöte
    assert stack.driver.command(ANNA, RAD, "/punkt", "").ok
    view = stack.slack.open_view(ANNA)
    assert view is not None
    [select_block] = [b for b in view["blocks"] if b.get("block_id") == "meeting"]
    element = select_block["element"]
    assert element["initial_option"]["value"] == str(stormote)
    assert {o["value"] for o in element["options"]} == {str(stormote), str(formote)}
    # the command without `förmöte` goes to the same meeting
    assert "torsdag 3 december" in say(stack, ANNA, RAD, "/punkt", "Väntetider")


def test_the_same_meeting_planned_twice_is_refused_naming_the_first(stack: LocalStack) -> None:
    council_with_members(stack)
    first = _plan(stack, "stormöte", STORMOTE)
    answer = say(stack, SARA, RAD, "/mote", f"stormöte {STORMOTE}")
    assert f"Stormöte nr {first} är redan planerat torsdag 3 december 2026" in answer
    assert len(_meetings(stack)) == 1
    # another kind at the same time is a different meeting
    say(stack, OLLE, RAD, "/mote", "förmöte torsdag 3 december kl 13-16")
    assert len(_meetings(stack)) == 2
    # and a meeting moved onto the other's time is refused too
    later = _plan(stack, "stormöte", "torsdag 10 december kl 13-16")
    answer = say(stack, SARA, RAD, "/mote", f"flytta {later} torsdag 3 december kl 13-16")
    assert f"Stormöte nr {first} är redan planerat" in answer
    assert _meetings(stack)[-1].starts_at.day == 10


def test_planning_so_close_that_deadlines_passed_says_what_it_means(stack: LocalStack) -> None:
    council_with_members(stack)
    body = reply(stack, SARA, RAD, "/mote", "stormöte fredag 27 november kl 13-16")
    number = _number(body["text"])
    assert "sista dag för punkter (fredag 20 november 2026) redan har varit" in body["text"]
    assert "de märks som sena" in body["text"]
    assert "senast fredag 20 november 2026, så den blir sen" in body["text"]
    assert f"`/kallelse {number}`" in body["text"]
    # far enough ahead: nothing to flag
    text = say(stack, SARA, RAD, "/mote", f"stormöte {STORMOTE}")
    assert "redan har varit" not in text and "blir sen" not in text


def _points(stack: LocalStack) -> list[AgendaPoint]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id)))


def test_a_word_like_a_subcommand_gets_did_you_mean_and_no_point(stack: LocalStack) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", STORMOTE)
    for typed, meant in (
        ("återkalla 10", "`/punkt återta 10`"),
        ("ta bort 10", "`/punkt återta 10`"),
        ("flyta 10", "`/punkt flytta 10`"),
        ("behandla 10 Klart", "`/punkt behandlad 10 Klart`"),
        ("ta 10", "`/punkt ta med 10`"),
    ):
        answer = say(stack, ANNA, RAD, "/punkt", typed)
        assert f"Menade du {meant}?" in answer, typed
        assert "inte skapat någon punkt" in answer
    answer = say(stack, ANNA, RAD, "/punkt", "avboka 10")
    assert "Jag känner inte igen `avboka`" in answer
    # a number alone is no title: most likely the point was meant, not a new one
    assert "Letar du efter punkt 1?" in say(stack, ANNA, RAD, "/punkt", "1")
    assert _points(stack) == []
    # a title that starts like one still works with a colon, and ordinary titles as before
    say(stack, ANNA, RAD, "/punkt", "avboka 10:")
    say(stack, ANNA, RAD, "/punkt", "Flytta lokalen till bottenvåningen")
    say(stack, ANNA, RAD, "/punkt", "Fråga 3")
    say(stack, ANNA, RAD, "/punkt", "1:")
    assert [p.title for p in _points(stack)] == [
        "avboka 10",
        "Flytta lokalen till bottenvåningen",
        "Fråga 3",
        "1",
    ]


def _foreningar(stack: LocalStack) -> list[str]:
    with stack.services.uow() as uow:
        return sorted(f.name for f in uow.session.scalars(select(Forening)))


def test_a_forening_name_close_to_a_known_one_is_suggested_not_created(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    before = _foreningar(stack)
    assert before == ["Attention", "RSMH Väst"]
    for typed, meant in (("Attenton", "Attention"), ("RSMH", "RSMH Väst"), ("rsmh", "RSMH Väst")):
        answer = say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot {typed}")
        assert f"Menade du *{meant}*?" in answer, typed
        assert f"ny förening {typed}`" in answer
    assert _foreningar(stack) == before
    assert "Nils" not in say(stack, SARA, RAD, "/brukarrad", "visa")
    # the exact name, any case, joins the known one; a new one needs the words "ny förening"
    assert "för RSMH Väst" in say(
        stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot rsmh väst"
    )
    answer = say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}|karl> ledamot ny förening RSMH")
    assert "för RSMH" in answer and "Klart" in answer
    assert _foreningar(stack) == ["Attention", "RSMH", "RSMH Väst"]


def test_a_moved_point_keeps_answering_to_its_old_number(stack: LocalStack) -> None:
    council_with_members(stack)
    first = _plan(stack, "stormöte", STORMOTE)
    second = _plan(stack, "stormöte", "torsdag 10 december kl 13-16")
    third = _plan(stack, "stormöte", "torsdag 17 december kl 13-16")
    one, two, three = (
        _number(say(stack, ANNA, RAD, "/punkt", title).replace("(punkt nr ", "(nr "))
        for title in ("Ett", "Två", "Tre")
    )
    shown = stack.driver.command(SARA, RAD, "/dagordning", str(first))  # buttons, old numbers
    for number in (one, two, three):
        say(stack, SARA, RAD, "/punkt", f"flytta {number}")
    copies = {p.carried_from_id: p for p in _points(stack) if p.carried_from_id}
    assert {c.meeting_id for c in copies.values()} == {second}

    # the submitter takes hers back by the number in her receipt
    answer = say(stack, ANNA, RAD, "/punkt", f"återta {one}")
    assert f"punkt nr {one}, *Ett*, har flyttats och heter nu nr {copies[one].id}" in answer
    # an officer moves on and says no by the old number, through every copy
    say(stack, SARA, RAD, "/punkt", f"flytta {two}")
    say(stack, OLLE, RAD, "/punkt", f"avslå {two} Frågan hör till regionen")
    assert "Skälet: Frågan hör till regionen" in _dms(stack, ANNA)[-1]
    # and a button on the agenda shown before the move acts on the copy
    stack.driver.block_action(
        SARA,
        action_id=f"point_action_{three}",
        message_ts=shown.reply_ts,
        channel_id=RAD,
        selected_option=f"move:{three}",
    )
    by_title = {p.title: p for p in _points(stack) if p.status != PointStatus.MOVED}
    assert by_title["Ett"].status == PointStatus.WITHDRAWN
    assert (by_title["Två"].status, by_title["Två"].meeting_id) == (PointStatus.REJECTED, third)
    assert (by_title["Tre"].status, by_title["Tre"].meeting_id) == (PointStatus.ON_AGENDA, third)


def _send_kallelse(stack: LocalStack, user: str, which: str = "") -> None:
    """Preview the kallelse and send it (late: with "Skicka ändå")."""
    preview = stack.driver.command(user, RAD, "/kallelse", which)
    assert preview.ok and preview.reply_ts
    delivery = stack.driver.block_action(
        user, action_id="kallelse_send_anyway", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert delivery.ok, delivery


def test_a_late_point_taken_after_the_kallelse_is_told_in_its_thread(stack: LocalStack) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", LATE)
    # before the kallelse: taking a late point on tells nobody else (the kallelse will list it)
    say(stack, LINA, RAD, "/punkt", "Parkering")
    say(stack, SARA, RAD, "/punkt", f"ta med {_points(stack)[-1].id}")
    assert not any("Tillägg" in m.get("text", "") for m in stack.slack.messages(RAD))
    _send_kallelse(stack, SARA)
    [meeting] = _meetings(stack)
    assert meeting.kallelse_ts
    say(stack, LINA, RAD, "/punkt", "Tolk vid besök")
    say(stack, SARA, RAD, "/punkt", f"ta med {_points(stack)[-1].id}")
    say(stack, LINA, RAD, "/punkt", "Fika")
    say(stack, SARA, RAD, "/punkt", f"övriga {_points(stack)[-1].id}")
    thread = stack.slack.messages(RAD, thread_ts=meeting.kallelse_ts)
    added = [m["text"] for m in thread if "Tillägg till dagordningen" in m.get("text", "")]
    assert len(added) == 2
    assert "*Tolk vid besök* (punkt nr 2) tas med" in added[0]
    assert "stormöte fredag 27 november 2026" in added[0]
    assert "*Fika* (punkt nr 3) tas upp under övriga frågor" in added[1]


def test_a_late_formote_point_is_told_only_to_the_formote_people(stack: LocalStack) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", LATE)
    _plan(stack, "förmöte", "torsdag 26 november kl 10-12")
    _send_kallelse(stack, OLLE, "förmöte")
    say(stack, ANNA, RAD, "/punkt", "förmöte Hemlig fråga")
    [point] = _points(stack)
    say(stack, OLLE, RAD, "/punkt", f"ta med {point.id}")
    for member in (ERIK, LINA):
        assert any(
            "Tillägg till dagordningen" in m and "Hemlig fråga" in m for m in _dms(stack, member)
        ), member
    assert not any("Tillägg" in m for m in _dms(stack, ANNA))  # told her own way
    assert "står nu på dagordningen" in _dms(stack, ANNA)[-1]
    for outsider in (SARA, VERA, NILS):
        assert not any("Hemlig fråga" in m for m in _dms(stack, outsider)), outsider
    assert not any("Hemlig fråga" in m.get("text", "") for m in stack.slack.messages(RAD))
    for message in stack.slack.messages(RAD):
        for answer in stack.slack.messages(RAD, thread_ts=message["ts"]):
            assert "Hemlig fråga" not in answer.get("text", "")


def _section_texts(message: dict[str, Any]) -> str:
    return "\n".join(
        str(b["text"]["text"]) for b in message.get("blocks", []) if b.get("type") == "section"
    )


def test_a_long_agenda_comes_in_pages_and_keeps_the_late_points(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    meeting_id = _plan(stack, "stormöte", STORMOTE)
    for n in range(1, 46):
        say(stack, ANNA, RAD, "/punkt", f"Fråga {n}")
    clock.set(NOW + timedelta(days=5))  # past the agenda deadline: new points are late
    for n in range(1, 6):
        say(stack, LINA, RAD, "/punkt", f"Sen fråga {n}")
    shown = stack.driver.command(SARA, RAD, "/dagordning")
    pages = [{k: v for k, v in r.items() if k != "response_url"} for r in shown.responses]
    assert len(pages) == 2
    assert all(len(page["blocks"]) <= 50 for page in pages)
    everything = "\n".join(_section_texts(page) for page in pages)
    for n in range(1, 46):
        assert f"*Fråga {n}*" in everything, n
    for n in range(1, 6):
        assert f"*Sen fråga {n}*" in everything, n
    late_buttons = [
        e["action_id"]
        for page in pages
        for b in page["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith("point_action_take_")
    ]
    assert len(late_buttons) == 5
    assert "sida 2 av 2" in str(pages[0]["blocks"][-1])
    # taking a late point from page 2 redraws page 2 in place, not the first page
    [second_ts] = stack.slack.shown_for(shown.response_url or "")[1:]
    late = [p for p in _points(stack) if p.late]
    stack.driver.block_action(
        SARA, action_id=f"point_action_take_{late[-1].id}", message_ts=second_ts, channel_id=RAD
    )
    redrawn = stack.slack.find_message(second_ts, RAD)
    assert redrawn is not None
    assert (
        "*Stormöte torsdag 3 december 2026 kl. 13.00–16.00*, dagordningen fortsätter (sida 2)"
        in str(redrawn[1]["blocks"][0])
    )
    assert f"(möte nr {meeting_id}" not in _section_texts(redrawn[1])
