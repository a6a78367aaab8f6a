"""The grammar of /kallelse, with no database and no HTTP; people, links and addresses are
read by readers of the test's own (each adapter has its)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.help import Help
from bot.commands.kallelse import (
    AddDocument,
    Glossary,
    InviteGuest,
    KallelseRequest,
    Meeting,
    Preview,
    SetEmail,
    SetTerm,
    SetText,
    Status,
    parse,
)
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind
from bot.kallelse.content import Field

_PERSON = re.compile(r"@(\w+)")
_LINK = re.compile(r"\[(\S+) (.*?)\]")


def person(text: str) -> tuple[PersonRef, str] | None:
    match = _PERSON.match(text)
    return (PersonRef(match.group(1)), text[match.end() :].strip()) if match else None


def link(text: str) -> tuple[str, str | None, str] | None:
    """`[https://… label]`: a link as a plain-text adapter might write one."""
    match = _LINK.match(text)
    return (match.group(1), match.group(2) or None, text[match.end() :]) if match else None


def addresses(text: str) -> str:
    return text.replace("mailto:", "")


def read(text: str) -> KallelseRequest:
    return parse(text, person=person, link=link, addresses=addresses)


NEXT = Meeting()
PDF = "https://x.se/a.pdf"


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", Preview(NEXT)),
        ("hjälp", Help()),
        ("förmöte", Preview(Meeting(kind=MeetingKind.FORMOTE))),
        ("nr 3 status", Status(Meeting(meeting_id=3))),
        ("gäst @maria", InviteGuest(PersonRef("maria"), NEXT)),
        ("12 gäster @maria", InviteGuest(PersonRef("maria"), Meeting(meeting_id=12))),
        ("syfte Vi planerar året.", SetText(Field.PURPOSE, "Vi planerar året.", NEXT, "syfte")),
        ("12 paus ta bort", SetText(Field.BREAKS, None, Meeting(meeting_id=12), "paus")),
        ("leds av @olle", SetText(Field.LEADER, "olle", NEXT, "leds av")),
        (  # the core reads text as typed: the Slack adapter decoded its escaping once
            "förmöte fika Kaffe & bulle &amp;",
            SetText(Field.FOOD, "Kaffe & bulle &amp;", Meeting(kind=MeetingKind.FORMOTE), "fika"),
        ),
        (
            "underlag [https://x.se/a.pdf Rapporten]",
            AddDocument(PDF, "Rapporten", NEXT),
        ),
        (
            "underlag https://x.se/a.pdf Budget 2027",
            AddDocument(PDF, "Budget 2027", NEXT),
        ),
        ("förkortningar", Glossary()),
        ("förkortning", Glossary()),
        ("förkortning LSS = Lagen om stöd", SetTerm("LSS", "Lagen om stöd")),
        ("förkortning LSS ta bort", SetTerm("LSS", None)),
        ("e-post mailto:anna@example.org", SetEmail("anna@example.org", None)),
        ("email @nils nils@example.org", SetEmail("nils@example.org", PersonRef("nils"))),
        ("mejl ta bort", SetEmail(None, None)),
    ],
)
def test_what_the_words_ask_for(text: str, request_: KallelseRequest) -> None:
    assert read(text) == request_


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("leds av Olle", "kallelse.usage.leader"),
        ("kontakt @anna @nils", "kallelse.usage.contact"),
        ("syfte", "kallelse.usage.purpose"),
        ("arbetsgrupp", "kallelse.arbetsgrupp_number"),
        ("underlag", "kallelse.document.usage"),
        ("förkortning LSS", "kallelse.term.usage"),
        ("1 förkortning LSS = x", "kallelse.council_wide"),
        ("e-post", "kallelse.email.usage"),
        ("nr status", "kallelse.usage"),
        ("blaha", "error.unknown_subcommand"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        read(text)
    assert refused.value.key == key


WORDS = ["syfte", "leds", "av", "@olle", "paus", "ta", "bort", "underlag", "[https://x a]",
         "förkortning", "LSS", "=", "e-post", "a@b.se", "förmöte", "arbetsgrupp", "nr", "3",
         "status", "hjälp", "&amp;", "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = read(text)
    except UserError:
        return
    assert isinstance(request, KallelseRequest)
