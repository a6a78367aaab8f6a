"""The minutes' line grammar: what each line records, and that no text breaks it."""

from __future__ import annotations

from datetime import date
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.agenda import AgendaView, FollowUp, PointInfo
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.vocabulary import NoteKind, PointStatus
from bot.meetings.service import MeetingInfo
from bot.minutes.lines import LINE_START, Goto, Note, agenda_items, parse_line
from bot.minutes.record import FollowedAction
from tests.bot.minutes_council import slack_words, typed
from tests.conftest import NOW, STOCKHOLM

NAMES = {"U0VERA": "Vera Verksamhet", "U0ANNA": "Anna Andersson"}
SLACK = slack_words(NAMES)  # lines as written in Slack
VERA = PersonRef("U0VERA", "Vera Verksamhet")


def parse(text: str) -> Goto | Note | None:
    return parse_line(typed(text), now=NOW, zone=STOCKHOLM, read=SLACK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("punkt 3", Goto("3")),
        ("  Punkt 5.1 ", Goto("5.1")),
        ("nästa punkt", Goto(None)),
        ("Nasta", Goto(None)),
        ("beslut: Rådet säger ja.", Note(NoteKind.DECISION, "Rådet säger ja.")),
        ("Beslut:Ja", Note(NoteKind.DECISION, "Ja")),
        ("info: Nya lokaler", Note(NoteKind.INFO, "Nya lokaler")),
        ("information: Nya lokaler", Note(NoteKind.INFO, "Nya lokaler")),
        ("notering: a < b & c", Note(NoteKind.NOTE, "a < b & c")),
        ("notering: skrivs &amp; i HTML", Note(NoteKind.NOTE, "skrivs &amp; i HTML")),
        ("avslag: Ingen budget", Note(NoteKind.REJECTION, "Ingen budget")),
        ("flyttas", Note(NoteKind.POSTPONED, "")),
        ("Bordläggs: vi väntar på svar", Note(NoteKind.POSTPONED, "vi väntar på svar")),
        (
            "info: <@U0ANNA> berättade om <https://example.org|sidan>",
            Note(NoteKind.INFO, "Anna Andersson berättade om sidan (https://example.org)"),
        ),
        (
            "åtgärd: <@U0VERA> Ta fram statistik senast 1 mars",
            Note(NoteKind.ACTION, "Ta fram statistik", VERA, date(2027, 3, 1)),
        ),
        (
            "Åtgärd: ring kommunen <@U0VERA|vera>",
            Note(NoteKind.ACTION, "ring kommunen", VERA, None),
        ),
        ("Ska vi ta paus?", None),
        ("beslutet var bra", None),
        ("beslut utan kolon", None),
        ("punkt: en ny punkt", None),
    ],
)
def test_each_line_records_what_it_starts_with(text: str, expected: Goto | Note | None) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("åtgärd: ta fram statistik", "protokoll.line.action_owner"),
        ("åtgärd: <@U0VERA>", "protokoll.line.empty"),
        ("beslut:", "protokoll.line.empty"),
        ("åtgärd: <@U0VERA> klart senast blåmåndag", "when."),  # the time reader's message
    ],
)
def test_an_incomplete_line_says_what_is_missing(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(text)
    assert refused.value.key.startswith(key)


def test_the_thread_listener_matches_exactly_the_lines() -> None:
    for text in ("punkt 3", "nästa punkt", "beslut: x", "Åtgärd: x", "flyttas", "info: x"):
        assert LINE_START.match(text), text
    for text in ("punkt: x", "Vi tar beslut sen", "informationen kom", "flyttas det?"):
        assert not LINE_START.match(text), text


@given(st.text(max_size=200))
def test_any_text_is_a_line_nothing_or_a_clear_refusal(text: str) -> None:
    try:
        parsed = parse(text)
    except UserError as refused:
        assert refused.key.startswith(("protokoll.", "when.", "error."))
        return
    assert parsed is None or isinstance(parsed, Goto | Note)
    if isinstance(parsed, Note):
        assert parsed.kind == NoteKind.POSTPONED or parsed.text


def _point(point_id: int, title: str, *, ovriga: bool = False) -> PointInfo:
    return PointInfo(
        id=point_id, meeting_id=1, title=title, description=None,
        status=PointStatus.ON_AGENDA, late=False, under_ovriga=ovriga, submitter_user_id=None,
        submitter_name=None, forening=None, outcome=None, presents_self=False, source_link=None,
    )  # fmt: skip


def test_the_minutes_follow_the_agenda_numbers_with_points_under_items() -> None:
    view = AgendaView(
        council_name="Rådet",
        meeting=cast(MeetingInfo, None),
        standing=[("Information", None), ("Uppföljning", "uppfoljning"), ("Övriga", "ovriga")],
        points=[_point(1, "Väntetider"), _point(2, "Sen fråga", ovriga=True)],
        late=[],
        settled=[],
        follow_up=FollowUp(
            actions=[(7, "Boka lokal", "Anna", "2026-12-15")], carried=[_point(3, "Fika")]
        ),
        can_manage=True,
        lang="sv",
    )
    items = agenda_items(view)
    assert [(i.number, i.title, i.point_id, i.carried) for i in items] == [
        ("1", "Information", None, False),
        ("2", "Uppföljning", None, False),
        ("2.1", "Fika", 3, True),
        ("3", "Väntetider", 1, False),
        ("4", "Övriga", None, False),
        ("4.1", "Sen fråga", 2, False),
    ]
    assert items[1].actions == (FollowedAction(7, "Boka lokal", "Anna", date(2026, 12, 15)),)


MEMBERS = {"U0SARA": "Sara Sekreterare", "U0ANNA": "Anna Andersson", "U0ANNB": "Anna Berg"}


@pytest.mark.parametrize(
    ("text", "owner", "rest"),
    [
        ("åtgärd: Sara ringer kollektivtrafiken", "U0SARA", "ringer kollektivtrafiken"),
        ("åtgärd: sara, ring kollektivtrafiken", "U0SARA", "ring kollektivtrafiken"),
        ("Åtgärd: Sara Sekreterare bokar lokal", "U0SARA", "bokar lokal"),
        ("åtgärd: Anna Berg skriver till nämnden", "U0ANNB", "skriver till nämnden"),
        ("åtgärd: anna andersson: samlar frågor", "U0ANNA", "samlar frågor"),
        ("action: Sara books the room", "U0SARA", "books the room"),
    ],
)
def test_an_action_owner_may_be_written_by_name(text: str, owner: str, rest: str) -> None:
    parsed = parse_line(text, now=NOW, zone=STOCKHOLM, read=SLACK, members=MEMBERS)
    assert parsed == Note(NoteKind.ACTION, rest, PersonRef(owner, MEMBERS[owner]), None)


@pytest.mark.parametrize(
    "text",
    ["åtgärd: Anna samlar frågor", "åtgärd: Olle ringer", "åtgärd: ringer Sara"],
)
def test_a_name_that_is_no_one_or_two_people_asks_for_a_mention(text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_line(text, now=NOW, zone=STOCKHOLM, read=SLACK, members=MEMBERS)
    assert refused.value.key == "protokoll.line.action_owner"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decision: The council says yes", Note(NoteKind.DECISION, "The council says yes")),
        ("note: New rooms", Note(NoteKind.NOTE, "New rooms")),
        ("postponed", Note(NoteKind.POSTPONED, "")),
        ("item 3", Goto("3")),
        ("next item", Goto(None)),
    ],
)
def test_english_minutes_lines(text: str, expected: Goto | Note) -> None:
    assert parse(text) == expected
    assert LINE_START.match(text)
