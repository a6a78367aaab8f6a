"""The grammar of /arvode, with no database and no HTTP: periods read at an explicit `now`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.arvode import (
    ArvodeRequest,
    Basis,
    CouncilFees,
    EraseProfile,
    Profile,
    parse,
)
from bot.commands.help import Help
from bot.core.errors import UserError

ZONE = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("hjälp", Help()),
        ("inställningar", CouncilFees()),
        ("uppgifter", Profile()),
        ("mina uppgifter", Profile()),
        ("uppgifter radera", EraseProfile()),
        ("mina uppgifter ta bort", EraseProfile()),
    ],
)
def test_what_the_words_ask_for(text: str, request_: ArvodeRequest) -> None:
    assert parse(text, now=NOW, zone=ZONE) == request_


def test_a_basis_is_of_a_period_everyones_or_ones_own() -> None:
    this_month = parse("", now=NOW, zone=ZONE)
    assert isinstance(this_month, Basis) and not this_month.own
    assert this_month.period.start == datetime(2026, 11, 1, tzinfo=ZONE)
    mine = parse("mitt oktober", now=NOW, zone=ZONE)
    assert isinstance(mine, Basis) and mine.own
    assert mine.period.start == datetime(2026, 10, 1, tzinfo=ZONE)


def test_changes_are_read_with_the_fee_words() -> None:
    fees = parse("inställningar nivå 2", now=NOW, zone=ZONE)
    assert fees == CouncilFees({"fee_level": 2})


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("mina pengar", "arvode.profile.usage"),
        ("inställningar nivå 7", "arvode.settings.bad_level"),
        ("x" * 201, "error.too_long"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(text, now=NOW, zone=ZONE)
    assert refused.value.key == key


WORDS = ["mitt", "mina", "uppgifter", "inställningar", "nivå", "2", "radera", "november",
         "2026", "2026-11", "lön", "timlön", "ja", "nej", "hjälp", "=", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = parse(text, now=NOW, zone=ZONE)
    except UserError:
        return
    assert isinstance(request, ArvodeRequest)
