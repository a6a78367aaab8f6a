"""Command grammar: mentions (as the Slack adapter reads them), roles, settings, and the
time/place split."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.slack.markup import plain_links
from adapters.slack.text import from_slack
from adapters.slack.users import read_mention
from bot.commands.grammar import (
    MAX_ID,
    fold,
    is_number,
    meeting_number,
    parse_role,
    parse_settings,
    record_id,
    split_word,
    when_and_place,
)
from bot.commands.people import PersonRef, take_person
from bot.commands.punkt import split_point
from bot.core.errors import UserError
from bot.core.vocabulary import Role
from bot.core.when import When, WhenError, parse_when
from tests.conftest import NOW


def _parse(text: str) -> When:
    return parse_when(text, now=NOW)


def test_mentions_with_and_without_label() -> None:
    person, rest = take_person(from_slack("<@U123|anna> ledamot RSMH"), read_mention, usage_key="x")
    assert (person, rest) == (PersonRef("U123", "anna"), "ledamot RSMH")
    person, rest = take_person(from_slack("  <@W9>  "), read_mention, usage_key="x")
    assert (person, rest) == (PersonRef("W9", None), "")
    with pytest.raises(UserError) as err:
        take_person("@anna ledamot", read_mention, usage_key="usage.key")
    assert err.value.key == "usage.key"


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Ordförande", Role.ORDFORANDE),
        ("ordforande", Role.ORDFORANDE),
        ("ERSÄTTARE", Role.ERSATTARE),
        ("ersattare", Role.ERSATTARE),
        ("verksamhet", Role.VERKSAMHET),
        # the other words people use for a role
        ("verksamhetsföreträdare", Role.VERKSAMHET),
        ("Verksamheten", Role.VERKSAMHET),
        ("enhetschef", Role.VERKSAMHET),
        ("unit", Role.VERKSAMHET),
        ("suppleant", Role.ERSATTARE),
        ("substitute", Role.ERSATTARE),
        ("ordf.", Role.ORDFORANDE),
        ("chair", Role.ORDFORANDE),
        ("secretary", Role.SEKRETERARE),
        ("justeringsperson", Role.JUSTERARE),
        ("member", Role.LEDAMOT),
    ],
)
def test_roles_are_read_without_case_or_diacritics(word: str, role: Role) -> None:
    assert parse_role(word) == role


def test_split_word_keeps_what_was_typed() -> None:
    assert split_word("  Inställningar  Punkter 10 ") == ("Inställningar", "Punkter 10")
    assert split_word("") == ("", "")
    assert fold("Ställ") == "stall"


def test_settings_are_read_in_pairs_and_checked() -> None:
    names = {"punkter": "a", "kallelse": "b", "protokoll": "c"}
    assert parse_settings("Punkter 10 protokoll 21", names, 90) == {"punkter": 10, "protokoll": 21}
    for text, key in [
        ("punkter", "settings.usage"),
        ("färg 3", "settings.unknown"),
        ("punkter -1", "settings.bad_value"),
        ("punkter 91", "settings.bad_value"),
    ]:
        with pytest.raises(UserError) as err:
            parse_settings(text, names, 90)
        assert err.value.key == key


@pytest.mark.parametrize(
    ("text", "start", "place"),
    [
        (
            "torsdag 11 mars kl 13-16 i Stora salen på plan 2",
            "2027-03-11T13:00",
            "Stora salen på plan 2",
        ),
        ("i morgon kl 13 i Stora salen", "2026-11-23T13:00", "Stora salen"),
        (
            "på torsdag kl 9.30 på Zoom <https://zoom.us/j/1|zoom>",
            "2026-11-26T09:30",
            "Zoom https://zoom.us/j/1",
        ),
        ("nästa tisdag kl 10", "2026-11-24T10:00", None),
        ("v. 50 onsdag 10-12 i Kafét", "2026-12-09T10:00", "Kafét"),
        # "på" and "i" inside the time are not the place's
        ("onsdag kl 2 på eftermiddagen", "2026-11-25T14:00", None),
        ("onsdag kl 2 på eftermiddagen i Kafét", "2026-11-25T14:00", "Kafét"),
        ("onsdag i vecka 51 kl 14-16 på Zoom", "2026-12-16T14:00", "Zoom"),
        ("torsdag i nästa vecka halv två", "2026-11-26T13:30", None),
        ("kl 13 i morgon i Kafét", "2026-11-23T13:00", "Kafét"),
        ("torsdag kl 13 i veckans rum", "2026-11-26T13:00", "veckans rum"),
    ],
)
def test_when_and_place(text: str, start: str, place: str | None) -> None:
    when, found = when_and_place(plain_links(from_slack(text)), _parse)  # a link: its address
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start
    assert found == place


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_when_and_place_raises_only_our_errors(text: str) -> None:
    with contextlib.suppress(WhenError, UserError):
        when_and_place(text, _parse)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["torsdag kl 13", "11 mars kl 13-16", "i morgon kl 9", "v. 50 onsdag 10-12"]),
    st.text(alphabet=st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=40),
)
def test_any_place_after_i_is_kept_whole(time_text: str, place: str) -> None:
    place = " ".join(place.split())
    if not place:
        return
    when, found = when_and_place(f"{time_text} i {place}", _parse)
    assert when.start > datetime.fromisoformat("2026-11-22T10:00:00+01:00")
    assert found is not None and found.endswith(place.split(" i ")[-1].split(" på ")[-1])


@given(st.text(max_size=12))
def test_is_number_takes_only_what_int_reads_as_digits_0_to_9(word: str) -> None:
    if is_number(word):
        assert int(word) >= 0 and set(word) <= set("0123456789")
    else:
        assert not word or not set(word) <= set("0123456789")


def test_superscripts_and_other_scripts_are_not_numbers() -> None:
    assert not is_number("²") and not is_number("١٢") and not is_number("")
    assert is_number("007")


def test_an_id_beyond_every_database_id_is_refused_as_not_found() -> None:
    assert record_id(str(MAX_ID), not_found="mote.not_found") == MAX_ID
    with pytest.raises(UserError) as refused:
        record_id("9223372036854775808", not_found="mote.not_found")
    assert (refused.value.key, refused.value.params) == (
        "mote.not_found",
        {"id": "9223372036854775808"},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", (3, "")),
        ("nr 3 kl 14", (3, "kl 14")),
        ("Nr. 3", (3, "")),
        ("nr3 sjuk", (3, "sjuk")),
        ("nr.3", (3, "")),
        ("sjuk idag", (None, "sjuk idag")),
        ("", (None, "")),
    ],
)
def test_a_meeting_number_is_read_the_same_way_by_every_command(
    text: str, expected: tuple[int | None, str]
) -> None:
    assert meeting_number(text, usage="x.usage") == expected


def test_nr_without_a_number_says_how_and_a_bare_number_can_be_left_alone() -> None:
    with pytest.raises(UserError) as refused:
        meeting_number("nr tre", usage="narvaro.usage")
    assert refused.value.key == "narvaro.usage"
    assert meeting_number("2 timmar", usage="x.usage", bare=False) == (None, "2 timmar")


@pytest.mark.parametrize(
    ("text", "title", "description"),
    [
        ("Väntetider: Många väntar", "Väntetider", "Många väntar"),
        (
            "Läs <https://example.org/r|rapporten> före mötet",
            "Läs <https://example.org/r|rapporten> före mötet",
            None,
        ),
        (
            "Rapporten <https://example.org/r>: läs den",
            "Rapporten <https://example.org/r>",
            "läs den",
        ),
        ("Se https://example.org/r före mötet", "Se https://example.org/r före mötet", None),
        ("Fråga <@U0ANNA|anna>: om tolk", "Fråga <@U0ANNA|anna>", "om tolk"),
        ("Bara rubrik", "Bara rubrik", None),
    ],
)
def test_a_point_splits_at_its_own_colon_not_one_in_a_link(
    text: str, title: str, description: str | None
) -> None:
    stored = from_slack(text)  # as Slack's adapter keeps it: a link or a person is a token
    assert split_point(stored) == (from_slack(title), description)
