"""The grammar of a minutes line (in the meeting's thread or after /protokoll), with no
database, no HTTP and no Slack: people and links are read by a reader of the test's own, as
each adapter has its (Slack's: tests/bot/test_minutes_lines.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.mrkdwn import t
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.vocabulary import NoteKind
from bot.minutes.lines import Chosen, Goto, Note, is_line, parse_line
from tests.conftest import NOW, STOCKHOLM

_PERSON = re.compile(r"@(\w+)")
_LINK = re.compile(r"\[(\S+) (.*?)\]")
NAMES = {"anna": "Anna Andersson", "vera": "Vera Verksamhet"}
MEMBERS = {"sara": "Sara Sekreterare", "anna": "Anna Andersson", "annb": "Anna Berg"}
VERA = PersonRef("vera", "Vera Verksamhet")
SARA = PersonRef("sara", "Sara Sekreterare")
ANNA_BERG = PersonRef("annb", "Anna Berg")


class PlainText:
    """A line as a plain-text adapter might write it: a person `@anna`, a link
    `[https://… label]`."""

    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        match = _PERSON.search(text)
        if match is None:
            return None
        person = PersonRef(match.group(1), NAMES.get(match.group(1)))
        return text[: match.start()], person, text[match.end() :]

    def words(self, text: str) -> str:
        text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
        return _PERSON.sub(lambda m: NAMES.get(m.group(1), m.group(1)), text)


def parse(text: str) -> Goto | Note | Chosen | None:
    return parse_line(text, now=NOW, zone=STOCKHOLM, read=PlainText(), members=MEMBERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("punkt 3", Goto("3")),
        ("Punkt 5.1", Goto("5.1")),
        ("nästa punkt", Goto(None)),
        ("next item", Goto(None)),
        ("beslut: Rådet säger ja.", Note(NoteKind.DECISION, "Rådet säger ja.")),
        (
            "info: @anna berättade om [https://example.org sidan]",
            Note(NoteKind.INFO, "Anna Andersson berättade om sidan (https://example.org)"),
        ),
        ("notering: a < b & c", Note(NoteKind.NOTE, "a < b & c")),
        ("avslag: Ingen budget", Note(NoteKind.REJECTION, "Ingen budget")),
        ("flyttas", Note(NoteKind.POSTPONED, "")),
        (
            "åtgärd: @vera Ta fram statistik senast 1 mars",
            Note(NoteKind.ACTION, "Ta fram statistik", VERA, date(2027, 3, 1)),
        ),
        (
            "Åtgärd: ring kommunen @vera",
            Note(NoteKind.ACTION, "ring kommunen", VERA),
        ),
        # a person the reader names no further is named as the council's member
        ("åtgärd: @sara bokar lokal", Note(NoteKind.ACTION, "bokar lokal", SARA)),
        ("åtgärd: Sara ringer", Note(NoteKind.ACTION, "ringer", SARA)),
        ("åtgärd: Anna Berg skriver", Note(NoteKind.ACTION, "skriver", ANNA_BERG)),
        (
            "justerare: @anna och Lina Lind",
            Chosen((PersonRef("anna", "Anna Andersson"),), ("Lina Lind",)),
        ),
        ("justerare: Lina, Erik & Olle", Chosen((), ("Lina", "Erik", "Olle"))),
        ("Ska vi ta paus?", None),
        ("beslut utan kolon", None),
        ("punkt: en ny punkt", None),
    ],
)
def test_each_line_records_what_it_starts_with(
    text: str, expected: Goto | Note | Chosen | None
) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "example"),
    [
        ("åtgärd: ta fram statistik", "protokoll.line.action_owner", "`åtgärd: @Vera ta fram"),
        ("åtgärd: Anna samlar frågor", "protokoll.line.action_owner", "`åtgärd: Vera ta fram"),
        ("åtgärd: @vera", "protokoll.line.empty", "`åtgärd: …`"),
        ("beslut:", "protokoll.line.empty", "`beslut: …`"),
        ("justerare:", "protokoll.justerare.usage", "`justerare: @Anna`"),
        ("info: " + "x" * 2000, "error.too_long", "2000"),
    ],
)
def test_a_line_that_cannot_be_noted_says_in_swedish_what_would_work(
    text: str, key: str, example: str
) -> None:
    with pytest.raises(UserError) as refused:
        parse(text)
    assert refused.value.key == key
    assert example in t(key, "sv", **refused.value.params)


WORDS = ["beslut", "beslut:", "åtgärd:", "justerare:", "punkt", "3", "5.1", "nästa", "flyttas",
         ":", "@anna", "@sara", "Sara", "och", "senast", "1 mars", "info", "x", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_line_nothing_or_a_clear_refusal(text: str) -> None:
    """is_line (what /protokoll refuses up front) says exactly which texts are lines."""
    try:
        parsed = parse(text)
    except UserError as refused:
        assert refused.key.startswith(("protokoll.", "when.", "error."))
        assert is_line(text) or refused.key == "error.too_long"
        return
    assert parsed is None or isinstance(parsed, Goto | Note | Chosen)
    assert is_line(text) == (parsed is not None)
