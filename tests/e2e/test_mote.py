"""/mote end to end: the three meeting types, place and link, list, move, cancel, förmöte
visibility."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Meeting
from bot.core.vocabulary import MeetingKind, MeetingStatus
from tests.e2e.cast import (
    ANNA,
    ERIK,
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


def _meetings(stack: LocalStack) -> list[Meeting]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(Meeting).order_by(Meeting.id)))


def _dms(stack: LocalStack, user: str) -> list[str]:
    return [m["text"] for m in stack.slack.messages(stack.slack.dm_channel(user))]


def test_stormote_with_place_is_announced_with_its_derived_dates(stack: LocalStack) -> None:
    council_with_members(stack)
    body = reply(stack, SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13-16 i Stora salen")
    assert body["response_type"] == "in_channel"
    text = body["text"]
    assert "*Stormöte planerat:* torsdag 11 mars 2027 kl. 13.00–16.00 – Stora salen" in text
    assert "senast *torsdag 4 mars 2027*" in text  # agenda deadline, 7 days
    assert "senast torsdag 4 mars 2027" in text  # kallelse, 7 days
    assert "protokollet senast torsdag 25 mars 2027" in text  # minutes, 14 days
    assert "Dagordningen är öppen" in text
    assert "planerat 2027" not in text  # the guideline is the planner's business
    [meeting] = _meetings(stack)
    assert meeting.kind == MeetingKind.STORMOTE
    assert meeting.place == "Stora salen"
    assert meeting.agenda_opened_at is not None
    assert meeting.starts_at.isoformat() == "2027-03-11T12:00:00+00:00"


def test_the_few_stormoten_warning_is_for_the_officers_only(stack: LocalStack) -> None:
    council_with_members(stack)
    delivery = stack.driver.command(SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13-16")
    announcement, aside = delivery.responses
    assert announcement["response_type"] == "in_channel"
    assert "Riktlinjen" not in announcement["text"]
    assert aside["response_type"] == "ephemeral"
    assert aside["text"] == (
        ":warning: Rådet har 1 stormöte planerat 2027. Riktlinjen är minst fyra om året."
    )
    assert all("Riktlinjen" not in m.get("text", "") for m in stack.slack.messages(RAD))
    # December: nothing planned for the year that ends is the officers' concern, not everyone's
    for person in (ANNA, VERA, NILS):
        assert "Riktlinjen" not in say(stack, person, RAD, "/mote"), person
    assert "Rådet har 0 stormöten planerade 2026" in say(stack, OLLE, RAD, "/mote")


def test_arbetsgrupp_with_a_link(stack: LocalStack) -> None:
    council_with_members(stack)
    text = say(
        stack, OLLE, RAD, "/mote", "arbetsgrupp 3/12 kl 10-11.30 på <https://meet.example/rum|rum>"
    )
    assert "*Arbetsgruppsmöte planerat:* torsdag 3 december 2026 kl. 10.00–11.30" in text
    assert "https://meet.example/rum" in text
    assert _meetings(stack)[0].place == "https://meet.example/rum"


def test_formote_belongs_to_the_next_stormote_and_is_only_for_the_associations(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13-16 i Stora salen")
    body = reply(stack, ANNA, RAD, "/mote", "förmöte tisdag 9 mars kl 10 i Föreningsrummet")
    assert body["response_type"] == "ephemeral"  # never posted where the unit reads
    assert "*Förmöte planerat:*" in body["text"]
    stormote, formote = _meetings(stack)
    assert formote.kind == MeetingKind.FORMOTE and formote.parent_id == stormote.id
    for member in (OLLE, ERIK, LINA):
        assert any("Förmöte planerat" in m for m in _dms(stack, member)), member
    for outsider in (VERA, SARA, NILS):
        assert not any("Förmöte" in m for m in _dms(stack, outsider)), outsider
    assert all("Förmöte" not in m.get("text", "") for m in stack.slack.messages(RAD))
    # the list: the associations see it, the unit and outsiders do not
    assert "Förmöte" in say(stack, LINA, RAD, "/mote")
    for outsider in (VERA, SARA, NILS):
        listing = say(stack, outsider, RAD, "/mote")
        assert "Stormöte" in listing and "Förmöte" not in listing, outsider
    # the unit can neither plan one nor move one it cannot see
    assert "bara föreningarnas företrädare" in say(
        stack, VERA, RAD, "/mote", "förmöte tisdag 9 mars kl 12"
    )
    assert f"inget kommande möte med nummer {formote.id}" in say(
        stack, SARA, RAD, "/mote", f"ställ in {formote.id}"
    )
    assert len(_meetings(stack)) == 2


def test_a_formote_needs_a_stormote_after_it(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "Planera stormötet först" in say(stack, ANNA, RAD, "/mote", "förmöte 9/3 kl 10")
    assert _meetings(stack) == []


def test_list_move_and_cancel_tell_everyone(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 11 mars kl 13-16 i Stora salen")
    say(stack, SARA, RAD, "/mote", "stormöte 10 juni kl 13")
    first, second = _meetings(stack)
    listing = say(stack, ANNA, RAD, "/mote")
    assert listing.index(f"nr {first.id}:") < listing.index(f"nr {second.id}:")
    assert "torsdag 10 juni 2027 kl. 13.00" in listing

    moved = reply(stack, SARA, RAD, "/mote", f"flytta {first.id} torsdag 18 mars kl 13-16")
    assert moved["response_type"] == "in_channel"
    assert "från torsdag 11 mars 2027 kl. 13.00–16.00 till *torsdag 18 mars 2027" in moved["text"]
    assert _meetings(stack)[0].sequence == 1

    cancelled = reply(stack, OLLE, RAD, "/mote", f"ställ in {second.id}")
    assert cancelled["response_type"] == "in_channel"
    assert "är inställt" in cancelled["text"]
    assert _meetings(stack)[1].status == MeetingStatus.CANCELLED
    assert "10 juni" not in say(stack, ANNA, RAD, "/mote")


def test_a_moved_formote_is_told_to_the_associations_only(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13-16")
    say(stack, ANNA, RAD, "/mote", "förmöte tisdag 9 mars kl 10")
    formote = _meetings(stack)[1]
    body = reply(stack, OLLE, RAD, "/mote", f"flytta {formote.id} onsdag 10 mars kl 10")
    assert body["response_type"] == "ephemeral"
    assert any("är flyttat" in m for m in _dms(stack, ANNA))
    assert not any("flyttat" in m for m in _dms(stack, VERA))


def test_only_officers_plan_stormoten(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "bara rådets sekreterare eller ordförande" in say(
        stack, VERA, RAD, "/mote", "stormöte 11 mars kl 13"
    )
    assert _meetings(stack) == []


def test_bad_times_get_a_swedish_message_with_an_example(stack: LocalStack) -> None:
    council_with_members(stack)
    cases = {
        "stormöte blaha i salen": "Jag förstod inte",
        "stormöte 11 mars": "Skriv också vilken tid",
        "stormöte 2025-03-11 kl 13": "till exempel",
        "flytta": "Skriv vilket möte",
        "flytta 99 11 mars kl 13": "inget kommande möte med nummer 99",
        "ställ in": "Skriv vilket möte",
    }
    for text, expected in cases.items():
        answer = say(stack, SARA, RAD, "/mote", text)
        assert expected in answer, (text, answer)
    assert _meetings(stack) == []
    assert "/mote stormöte" in say(stack, SARA, RAD, "/mote", "hjälp")
