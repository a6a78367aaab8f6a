"""The grammar of /punkt and of a point written in a message, with no database and no HTTP."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.grammar import MAX_ID, MAX_TEXT
from bot.commands.help import Help
from bot.commands.punkt import (
    Change,
    ChangePoint,
    NewPoint,
    OpenForm,
    PunktRequest,
    parse,
)
from bot.core.errors import UserError


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", OpenForm()),
        ("   ", OpenForm()),
        ("hjälp", Help()),
        ("Help", Help()),
        ("Tolk vid besök", NewPoint("Tolk vid besök", formote=False)),
        ("Tolk: vid besök", NewPoint("Tolk: vid besök", formote=False)),
        ("förmöte Tolk vid besök", NewPoint("Tolk vid besök", formote=True)),
        ("premeeting Tolk", NewPoint("Tolk", formote=True)),
        ("återta 12", ChangePoint(Change.WITHDRAW, 12)),
        ("withdraw 12", ChangePoint(Change.WITHDRAW, 12)),
        ("avslå 12 hör till vårdgivaren", ChangePoint(Change.REJECT, 12, "hör till vårdgivaren")),
        ("behandlad 4 klart", ChangePoint(Change.HANDLE, 4, "klart")),
        ("flytta 12", ChangePoint(Change.MOVE, 12)),
        ("flytta 12 till nr 3", ChangePoint(Change.MOVE, 12, to_meeting_id=3)),
        ("flytta 12 3", ChangePoint(Change.MOVE, 12, to_meeting_id=3)),
        ("ta med 7", ChangePoint(Change.TAKE, 7)),
        ("godkänn 7", ChangePoint(Change.TAKE, 7)),
        ("övriga 7", ChangePoint(Change.OVRIGA, 7)),
        ("flytta lokalen", NewPoint("flytta lokalen", formote=False)),  # a title
        ("ta", NewPoint("ta", formote=False)),
        ("Fråga 3", NewPoint("Fråga 3", formote=False)),
        ("återkalla 10: fel", NewPoint("återkalla 10: fel", formote=False)),  # a colon: a title
    ],
)
def test_what_the_words_ask_for(text: str, request_: PunktRequest) -> None:
    assert parse(text) == request_


@pytest.mark.parametrize(
    ("text", "key", "values"),
    [
        ("10", "punkt.number_only", {"id": "10"}),
        ("återkalla 10", "punkt.did_you_mean", {"suggestion": "återta 10"}),
        ("ta bort 10", "punkt.did_you_mean", {"suggestion": "återta 10"}),
        ("flyta 10", "punkt.did_you_mean", {"suggestion": "flytta 10"}),
        ("avboka 10", "punkt.unknown_word", {"word": "avboka"}),
        ("återta", "punkt.change_usage", {"word": "withdraw"}),
        ("godkänn", "punkt.change_usage", {"word": "take"}),  # was an unexpected error
        ("flytta 12 till lokalen", "punkt.change_usage", {"word": "move"}),
        ("återta 99999999999999999999", "punkt.not_found", {"id": "99999999999999999999"}),
        (f"flytta 1 {MAX_ID + 1}", "mote.not_found", {"id": str(MAX_ID + 1)}),
        ("x" * (MAX_TEXT + 1), "error.too_long", {"limit": MAX_TEXT}),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(
    text: str, key: str, values: dict[str, object]
) -> None:
    with pytest.raises(UserError) as refused:
        parse(text)
    assert refused.value.key == key
    assert values.items() <= refused.value.params.items()


WORDS = ["återta", "avslå", "flytta", "behandlad", "ta", "med", "godkänn", "övriga", "förmöte",
         "till", "nr", "1", "12", "0", "99999999999999999999", ":", "hjälp", "<@U1|a:b>", "\n",
         "stryk", "avboka", "Fråga"]  # fmt: skip


@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = parse(text)
    except UserError:
        return
    assert isinstance(request, Help | OpenForm | NewPoint | ChangePoint)
    if isinstance(request, ChangePoint):
        assert 0 <= request.point_id <= MAX_ID
