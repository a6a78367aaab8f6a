"""The grammar of /arvode, with no database and no HTTP: periods read at an explicit `now`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.arvode import (
    ArvodeRequest,
    BlankettOf,
    Certificate,
    Claims,
    CouncilFees,
    Decide,
    EraseProfile,
    Mine,
    NamePayer,
    Profile,
    parse,
)
from bot.commands.help import Help
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind
from bot.fees.claims import ALL_PARTS, Part, Terms
from bot.fees.decisions import Target
from bot.fees.rules import FeeLevel
from tests.commands.test_brukarrad import read_person

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
        ("intyg @anna", Certificate(PersonRef("anna"))),
        ("nivå", Decide(show=True)),
        ("nivå 1", Decide(Target(), Terms(FeeLevel.FULL))),
        # The nämnd's decision, as minuted (shared/seeds/001 L3752–3761)
        (
            "nivå 1 beslut HSN 2026-00123",
            Decide(Target(), Terms(FeeLevel.FULL, ALL_PARTS, "HSN 2026-00123")),
        ),
        # A working group is typically level 2 (L3853–3860), with only some parts (L3866)
        (
            "nivå arbetsgrupp 2 delar inkomst, resa beslut RS 2017-03063",
            Decide(
                Target(kind=MeetingKind.ARBETSGRUPP),
                Terms(
                    FeeLevel.REDUCED,
                    frozenset({Part.LOST_INCOME, Part.TRAVEL}),
                    "RS 2017-03063",
                ),
            ),
        ),
        (
            "nivå förmöten 2 delar alla",
            Decide(Target(kind=MeetingKind.FORMOTE), Terms(FeeLevel.REDUCED)),
        ),
        # One information meeting at level 3 (L3869–3872)
        ("nivå möte nr 12 3", Decide(Target(meeting=12), Terms(FeeLevel.NONE))),
        ("level möte 12 standard", Decide(Target(meeting=12), None)),
        ("nivå stormöte standard", Decide(Target(kind=MeetingKind.STORMOTE), None)),
        ("betalare", NamePayer(show=True)),
        ("betalare Hälso- och sjukvårdsnämnden", NamePayer("Hälso- och sjukvårdsnämnden")),
        ("payer inget", NamePayer(None)),
    ],
)
def test_what_the_words_ask_for(text: str, request_: ArvodeRequest) -> None:
    assert parse(text, read_person, now=NOW, zone=ZONE) == request_


def test_claims_are_of_a_period_everyones_or_ones_own() -> None:
    this_month = parse("", read_person, now=NOW, zone=ZONE)
    assert isinstance(this_month, Claims) and not this_month.approve
    assert this_month.period.start == datetime(2026, 11, 1, tzinfo=ZONE)
    mine = parse("mitt oktober", read_person, now=NOW, zone=ZONE)
    assert isinstance(mine, Mine)
    assert mine.period.start == datetime(2026, 10, 1, tzinfo=ZONE)
    form = parse("blankett @anna oktober", read_person, now=NOW, zone=ZONE)
    assert isinstance(form, BlankettOf) and form.person == PersonRef("anna")
    assert form.period.start == datetime(2026, 10, 1, tzinfo=ZONE)


def test_changes_are_read_with_the_fee_words() -> None:
    fees = parse("inställningar nivå 2", read_person, now=NOW, zone=ZONE)
    assert fees == CouncilFees({"fee_level": 2})


def test_pay_is_monthly_in_kronor_or_hourly_in_ore() -> None:
    monthly = parse("uppgifter lön 28000", read_person, now=NOW, zone=ZONE)
    hourly = parse("mina uppgifter timlön 152,50", read_person, now=NOW, zone=ZONE)
    assert monthly == Profile({"monthly_salary": 28000})
    assert hourly == Profile({"hourly_wage": 15250})


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("mina pengar", "arvode.profile.usage"),
        ("inställningar nivå 7", "arvode.settings.bad_level"),
        ("x" * 201, "error.too_long"),
        ("intyg", "arvode.certificate.usage"),
        ("intyg Anna", "arvode.certificate.usage"),
        ("intyg @anna @sara", "arvode.certificate.usage"),
        ("nivå 4", "arvode.settings.bad_level"),
        ("nivå arbetsgrupp", "arvode.settings.bad_level"),
        ("nivå standard", "arvode.terms.usage"),
        ("nivå möte", "arvode.terms.usage"),
        ("nivå 2 delar", "arvode.terms.usage"),
        ("nivå 2 delar resa,middag", "arvode.terms.bad_part"),
        ("nivå 2 resa", "arvode.terms.usage"),
        ("nivå 1 beslut", "arvode.terms.bad_decision"),
        ("blankett", "arvode.blankett.usage"),
        ("blankett anna", "arvode.blankett.usage"),
        ("blankett @anna igår", "arvode.period.not_understood"),
        ("nivå 1 beslut " + "x" * 101, "arvode.terms.bad_decision"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(text, read_person, now=NOW, zone=ZONE)
    assert refused.value.key == key


WORDS = ["mitt", "mina", "uppgifter", "inställningar", "nivå", "2", "radera", "november",
         "delar", "resa", "beslut", "möte", "nr", "förmöte", "standard", "betalare",
         "2026", "2026-11", "lön", "timlön", "intyg", "@anna", "ja", "nej", "hjälp", "=",
         "\n"]  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = parse(text, read_person, now=NOW, zone=ZONE)
    except UserError:
        return
    assert isinstance(request, ArvodeRequest)
