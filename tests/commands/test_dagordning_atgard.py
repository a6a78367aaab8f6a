"""The grammar of /dagordning and /atgard, with no database and no HTTP."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands import atgard, dagordning
from bot.commands.grammar import MAX_ID
from bot.commands.help import Help
from bot.core.errors import UserError

WORDS = ["hjälp", "förmöte", "premeeting", "nr", "nr.", "3", "#4", "klar", "done", "lista",
         "visa", "0", str(MAX_ID + 1), "ringde", "\n", "x"]  # fmt: skip
TEXTS = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join))


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", dagordning.Agenda()),
        ("hjälp", Help()),
        ("förmöte", dagordning.Agenda(formote=True)),
        ("pre-meeting", dagordning.Agenda(formote=True)),
        ("3", dagordning.Agenda(meeting_id=3)),
        ("nr. 3", dagordning.Agenda(meeting_id=3)),
    ],
)
def test_which_agenda(text: str, request_: dagordning.DagordningRequest) -> None:
    assert dagordning.parse(text) == request_


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("nästa", "dagordning.usage"),
        ("3 4", "dagordning.usage"),
        ("nr", "dagordning.usage"),
        (str(MAX_ID + 1), "mote.not_found"),
        ("x" * 101, "error.too_long"),
    ],
)
def test_an_agenda_that_cannot_be_meant(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        dagordning.parse(text)
    assert refused.value.key == key


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", atgard.OpenItems()),
        ("lista", atgard.OpenItems()),
        ("show", atgard.OpenItems()),
        ("help", Help()),
        ("klar 4", atgard.CloseItem(4, "")),
        ("klar #4 ringde regionen", atgard.CloseItem(4, "ringde regionen")),
        ("done 4 ok", atgard.CloseItem(4, "ok")),
    ],
)
def test_which_action_items(text: str, request_: atgard.AtgardRequest) -> None:
    assert atgard.parse(text) == request_


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("stäng 4", "atgard.usage"),
        ("klar", "atgard.usage"),
        ("klar fyra", "atgard.usage"),
        (f"klar {MAX_ID + 1}", "atgard.not_found"),
    ],
)
def test_an_action_item_that_cannot_be_meant(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        atgard.parse(text)
    assert refused.value.key == key


@given(TEXTS)
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    for parse in (dagordning.parse, atgard.parse):
        with contextlib.suppress(UserError):
            parse(text)
