"""The grammar of /narvaro, with no database and no HTTP."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.help import Help
from bot.commands.narvaro import (
    Answering,
    CheckIn,
    Checklist,
    NarvaroRequest,
    Read,
    Register,
    Statistics,
    Which,
    parse,
)
from bot.core.errors import UserError
from bot.core.vocabulary import Answer

NEXT = Which()
FORMOTE = Which(formote=True)


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", Checklist(NEXT)),
        ("3", Checklist(Which(number=3))),
        ("förmöte", Checklist(FORMOTE)),
        ("hjälp", Help()),
        ("förmöte help", Help()),
        ("kommer", Answering(Answer.COMING, None, NEXT)),
        ("ja jag kommer 3", Answering(Answer.COMING, None, Which(number=3))),
        ("förmöte kommer", Answering(Answer.COMING, None, FORMOTE)),
        ("kommer inte nr 3 sjuk", Answering(Answer.NOT_COMING, "sjuk", Which(number=3))),
        ("kan inte komma, sjuk", Answering(Answer.NOT_COMING, "sjuk", NEXT)),
        ("3 kommer inte 4 bussar", Answering(Answer.NOT_COMING, "4 bussar", Which(number=3))),
        ("läst", Read(NEXT, None)),
        ("läst 2,5 timmar nr 3", Read(Which(number=3), 150)),
        ("read nr 3 1", Read(Which(number=3), 60)),
        ("incheckning distans", CheckIn(NEXT, remote=True)),
        ("förmöte checkin", CheckIn(FORMOTE, remote=False)),
        ("lista förmöte", Register(FORMOTE)),
        ("2 register", Register(Which(number=2))),
        ("statistik", Statistics()),
    ],
)
def test_what_the_words_ask_for(text: str, request_: NarvaroRequest) -> None:
    assert parse(text) == request_


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("kommer 3 gärna", "narvaro.usage"),
        ("nr", "narvaro.usage"),
        ("lista 3 4", "narvaro.usage"),
        ("3 statistik", "narvaro.usage"),
        ("läst mycket", "narvaro.read.usage"),
        ("läst 2 timmar extra", "narvaro.read.usage"),
        ("läst 30", "narvaro.read.usage"),  # more hours than a day
        ("fika", "error.unknown_subcommand"),
        ("kommer inte " + "x" * 501, "error.too_long"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(text)
    assert refused.value.key == key


WORDS = ["kommer", "inte", "ja", "nej", "läst", "2", "2,5", "timmar", "nr", "nr.", "3",
         "förmöte", "lista", "statistik", "incheckning", "distans", "hjälp", "sjuk", "0",
         "99999999999999999999", "h", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = parse(text)
    except UserError:
        return
    assert isinstance(request, NarvaroRequest)
