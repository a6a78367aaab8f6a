"""The grammar of /paminnelser and /minadata, with no database and no HTTP."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands import minadata, paminnelser
from bot.commands.help import Help
from bot.core.errors import UserError
from bot.reminders.kinds import ReminderKind
from bot.reminders.preferences import Preferences


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", paminnelser.ShowMine()),
        ("visa", paminnelser.ShowMine()),
        ("hjälp", Help()),
        ("rådet", paminnelser.ShowCouncil()),
        ("council kallelse 7, 2", paminnelser.ChangeCouncil(ReminderKind.KALLELSE, (7, 2))),
        ("rådet punkt standard", paminnelser.ChangeCouncil(ReminderKind.PUNKT, None)),
        ("rådet protokoll av", paminnelser.ChangeCouncil(ReminderKind.PROTOKOLL, ())),
    ],
)
def test_which_reminders(text: str, request_: paminnelser.PaminnelserRequest) -> None:
    assert paminnelser.parse(text) == request_


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("av kallelse", {"off": frozenset({ReminderKind.KALLELSE})}),
        ("tider 9-18", {"hour_from": 9, "hour_to": 18}),
        ("pause", {"paused": True}),
    ],
)
def test_ones_own_reminders_change(text: str, changed: dict[str, object]) -> None:
    request = paminnelser.parse(text)
    assert isinstance(request, paminnelser.ChangeMine)
    after = request.change(Preferences())
    assert {name: getattr(after, name) for name in changed} == changed


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("fika", "paminnelser.unknown"),
        ("rådet kallelse", "paminnelser.council.usage"),
        ("rådet kallelse,punkt 7", "paminnelser.council.usage"),
        ("rådet kallelse sju", "paminnelser.council.bad_days"),
    ],
)
def test_reminders_that_cannot_be_meant(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        paminnelser.parse(text)
    assert refused.value.key == key


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", minadata.Inventory()),
        ("visa", minadata.Inventory()),
        ("help", Help()),
        ("exportera", minadata.Export()),
        ("erase", minadata.Erase()),
        ("sida", minadata.Page()),
        ("Page", minadata.Page()),
        ("sida stäng", minadata.ClosePage()),
        ("sida av", minadata.ClosePage()),
        ("page close", minadata.ClosePage()),
    ],
)
def test_which_data(text: str, request_: minadata.MinadataRequest) -> None:
    assert minadata.parse(text) == request_


@pytest.mark.parametrize(
    "text", ["radera allt", "visa mer", "spara", "x" * 101, "sida öppna", "sida stäng nu"]
)
def test_data_that_cannot_be_meant(text: str) -> None:
    with pytest.raises(UserError):
        minadata.parse(text)


WORDS = ["rådet", "council", "kallelse", "punkt", "av", "på", "tider", "9-18", "dagar",
         "mån-fre", "paus", "fortsätt", "standard", "7", "2,", "visa", "radera", "export",
         "hjälp", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    for parse in (paminnelser.parse, minadata.parse):
        with contextlib.suppress(UserError):
            parse(text)
