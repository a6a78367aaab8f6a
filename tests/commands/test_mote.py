"""The grammar of /mote, with no database and no HTTP: times read at an explicit `now`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.help import Help
from bot.commands.mote import Cancel, ListMeetings, MoteRequest, Move, Plan, parse
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind
from bot.core.when import WhenError

ZONE = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=ZONE)  # a Sunday


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", ListMeetings()),
        ("visa", ListMeetings()),
        ("hjälp", Help()),
        ("ställ in 3", Cancel(3)),
        ("inställa nr 3", Cancel(3)),
        ("cancel 3", Cancel(3)),
    ],
)
def test_what_the_words_ask_for(text: str, request_: MoteRequest) -> None:
    assert parse(text, now=NOW, zone=ZONE) == request_


def test_a_meeting_is_planned_with_its_kind_time_and_place() -> None:
    plan = parse("förmöte torsdag 3 december kl 13-16 i Stora salen", now=NOW, zone=ZONE)
    assert isinstance(plan, Plan)
    assert (plan.kind, plan.place) == (MeetingKind.FORMOTE, "Stora salen")
    assert (plan.when.start, plan.when.end) == (_at(3, 13), _at(3, 16))
    stormote = parse("3/12 kl 13 på Kafé Lyktan", now=NOW, zone=ZONE)
    assert isinstance(stormote, Plan)
    assert (stormote.kind, stormote.place) == (MeetingKind.STORMOTE, "Kafé Lyktan")


def test_a_meeting_is_moved_to_a_time() -> None:
    move = parse("flytta nr 4 3 december kl 10", now=NOW, zone=ZONE)
    assert isinstance(move, Move)
    assert (move.meeting_id, move.when.start) == (4, _at(3, 10))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("flytta 4", "mote.move.usage"),
        ("flytta torsdag", "mote.move.usage"),
        ("ställ 3", "mote.cancel.usage"),
        ("inställa", "mote.cancel.usage"),
        ("x" * 2001, "error.too_long"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(text, now=NOW, zone=ZONE)
    assert refused.value.key == key


def test_a_time_that_cannot_be_read_is_the_time_words_own_answer() -> None:
    with pytest.raises(WhenError) as refused:
        parse("stormöte någon gång", now=NOW, zone=ZONE)
    assert str(refused.value)  # the Swedish message with an example that works


WORDS = ["stormöte", "förmöte", "arbetsgrupp", "flytta", "ställ", "in", "inställa", "nr", "3",
         "torsdag", "kl", "13-16", "i", "på", "Stora", "salen", "12/3", "v.", "50", "morgon",
         "99999999999999999999", "hjälp", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=7).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = parse(text, now=NOW, zone=ZONE)
    except UserError:
        return
    assert isinstance(request, MoteRequest)
