"""What plain messages and other words mean: points, answers to a kallelse, synonyms."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import adapters.slack.handlers.commands
from adapters.slack.handlers.messages import addressed_text
from adapters.slack.text import from_slack
from bot.commands.phrasing import SYNONYMS, answer_words, in_swedish
from bot.commands.punkt import point_text
from bot.core.vocabulary import Answer


@pytest.mark.parametrize(
    ("text", "addressed", "point"),
    [
        ("punkt: Tolk vid besök", False, "Tolk vid besök"),
        ("Punkt - Tolk vid besök", False, "Tolk vid besök"),
        ("punkt Tolk vid besök", False, "Tolk vid besök"),
        ("punkt tolk vid besök", False, None),  # in the channel: could be talk
        ("punkt tolk vid besök", True, "tolk vid besök"),
        ("Ny punkt: Matsedeln: mer grönt", False, "Matsedeln: mer grönt"),
        ("agenda item: Ramps", False, "Ramps"),
        ("punkt för punkt", False, None),
        ("punkt 3", True, None),
        ("punkt 5.1: beslut", True, None),
        ("punkt nr 2", True, None),
        ("punkten om parkering", True, None),
        ("punkt:", True, None),
    ],
)
def test_what_gives_a_point(text: str, addressed: bool, point: str | None) -> None:
    assert point_text(text, addressed=addressed) == point


@given(st.text(max_size=200), st.booleans())
def test_a_point_is_none_or_the_text_after_the_word(text: str, addressed: bool) -> None:
    point = point_text(text, addressed=addressed)
    assert point is None or (point and point == point.strip() and point in text)


@given(st.integers(0, 10**6), st.text(max_size=40), st.booleans())
def test_a_numbered_item_is_never_a_new_point(number: int, rest: str, addressed: bool) -> None:
    assert point_text(f"punkt {number} {rest}", addressed=addressed) is None


def test_only_a_mention_of_the_bot_addresses_it() -> None:
    # As the Slack adapter hands them on (adapters/slack/text.py): a mention is a token.
    to_bot, thanks, to_anna = (
        from_slack(text) for text in ("<@U0BOT> punkt: Fika", "Tack <@U0BOT|bot>!", "<@U0ANNA> x")
    )
    assert addressed_text(to_bot, "U0BOT") == ("punkt: Fika", True)
    assert addressed_text(thanks, "U0BOT") == ("Tack <person:slack:U0BOT|bot>!", True)
    assert addressed_text(to_anna, "U0BOT") == ("<person:slack:U0ANNA|> x", False)
    assert addressed_text("hjälp", None) == ("hjälp", False)


@pytest.mark.parametrize(
    ("text", "answer", "rest"),
    [
        ("ja", Answer.COMING, ""),
        ("Ja!", Answer.COMING, ""),
        ("jag kommer 12", Answer.COMING, "12"),
        ("ja, jag kommer", Answer.COMING, ""),
        ("yes", Answer.COMING, ""),
        ("I’m coming", Answer.COMING, ""),
        ("nej", Answer.NOT_COMING, ""),
        ("Nej, jag är sjuk", Answer.NOT_COMING, "jag är sjuk"),
        ("kommer inte nr 3 sjuk", Answer.NOT_COMING, "nr 3 sjuk"),
        ("jag kan inte komma", Answer.NOT_COMING, ""),
        ("har förhinder", Answer.NOT_COMING, ""),
        ("can't come", Answer.NOT_COMING, ""),
    ],
)
def test_answers_to_a_kallelse(text: str, answer: Answer, rest: str) -> None:
    assert answer_words(text) == (answer, rest)


@pytest.mark.parametrize("text", ["", "läst 2", "lista", "jaha", "kommerse"])
def test_other_words_are_no_answer(text: str) -> None:
    assert answer_words(text) is None


def test_every_command_has_its_synonyms_and_only_those() -> None:
    commands = {
        importlib.import_module(f"adapters.slack.handlers.commands.{m.name}").COMMAND
        for m in pkgutil.iter_modules(adapters.slack.handlers.commands.__path__)
    }
    assert set(SYNONYMS) == commands
    assert in_swedish("/mote", "Move") == "flytta"
    assert in_swedish("/mote", "Flytta") == "Flytta"  # what is typed stays as typed
