"""The grammar of /protokoll, with no database and no HTTP; a person is read by a reader of
the test's own (tests/commands/test_minutes_lines.py), as each adapter has its."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.mrkdwn import t
from bot.commands.help import Help
from bot.commands.people import PersonRef
from bot.commands.protokoll import (
    ChooseJusterare,
    EditItem,
    Line,
    OnMeeting,
    ProtokollRequest,
    Step,
    parse,
)
from bot.core.errors import UserError
from bot.minutes.lines import Chosen
from tests.commands.test_minutes_lines import PlainText

READ = PlainText()
ANNA = PersonRef("anna", "Anna Andersson")


def read(text: str) -> ProtokollRequest:
    return parse(text, READ)


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", Help()),
        ("hjälp", Help()),
        ("Help", Help()),
        ("start", OnMeeting(Step.START, None, formote=False)),
        ("utkast 12", OnMeeting(Step.DRAFT, 12, formote=False)),
        ("draft nr 12", OnMeeting(Step.DRAFT, 12, formote=False)),
        ("förmöte utkast", OnMeeting(Step.DRAFT, None, formote=True)),
        ("premeeting draft nr. 4", OnMeeting(Step.DRAFT, 4, formote=True)),
        ("justera", OnMeeting(Step.SEND, None, formote=False)),
        ("Publicera 3", OnMeeting(Step.PUBLISH, 3, formote=False)),
        ("status", OnMeeting(Step.STATUS, None, formote=False)),
        ("redigera 5.1", EditItem("5.1", formote=False)),
        ("förmöte edit 3", EditItem("3", formote=True)),
        (
            "justerare @anna och Lina Lind",
            ChooseJusterare(Chosen((ANNA,), ("Lina Lind",)), formote=False),
        ),
        (
            "förmöte adjusters Lina, Erik",
            ChooseJusterare(Chosen((), ("Lina", "Erik")), formote=True),
        ),
        # anything else is a minutes line, read once the meeting is known
        ("beslut: Rådet säger ja", Line("beslut: Rådet säger ja", formote=False)),
        ("förmöte punkt 3", Line("punkt 3", formote=True)),
        ("åtgärd: @anna ringer", Line("åtgärd: @anna ringer", formote=False)),
    ],
)
def test_what_the_words_ask_for(text: str, request_: ProtokollRequest) -> None:
    assert read(text) == request_


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("förmöte", "protokoll.usage"),
        ("utkast tolv", "protokoll.usage"),
        ("utkast 3 4", "protokoll.usage"),
        ("publicera nr", "protokoll.usage"),
        ("status 99999999999999999999", "protokoll.no_meeting"),
        ("justerare", "protokoll.justerare.usage"),
        ("förmöte justerare och", "protokoll.justerare.usage"),
        ("beslut: " + "x" * 2000, "error.too_long"),
        ("fika", "protokoll.line.unknown"),
        ("förmöte hjälp", "protokoll.line.unknown"),
        ("punkt 3 var bra", "protokoll.line.unknown"),
        ("beslut utan kolon", "protokoll.line.unknown"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        read(text)
    assert refused.value.key == key


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("utkast tolv", "`/protokoll utkast 12`"),
        ("fika", "`beslut:`, `åtgärd:`"),
        ("justerare", "`/protokoll justerare @Anna och @Lina`"),
    ],
)
def test_the_refusal_in_swedish_shows_what_works(text: str, example: str) -> None:
    with pytest.raises(UserError) as refused:
        read(text)
    assert example in t(refused.value.key, "sv", **refused.value.params)


WORDS = ["förmöte", "utkast", "draft", "start", "justera", "justerare", "redigera", "status",
         "publicera", "nr", "3", "5.1", "@anna", "och", "Lina", "beslut:", "punkt", "hjälp",
         "99999999999999999999", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = read(text)
    except UserError:
        return
    assert isinstance(request, ProtokollRequest)
