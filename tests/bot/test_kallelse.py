"""The kallelse service: what it says, who may send it, once, and the minimum notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import Event, GlossaryTerm, Person
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind
from bot.kallelse.content import Field, Named, Term, breaks_outside, used_terms
from tests.bot.kallelse_council import (
    ANNA,
    CHANNEL,
    ERIK,
    LINA,
    OLLE,
    SARA,
    TEAM,
    VERA,
    council,
    full_council,
    plan,
)
from tests.conftest import NOW

COMMON = {"where": conversation(TEAM, CHANNEL)}


@pytest.fixture
def services(sqlite_services: Services) -> Services:
    """Nothing here depends on the backend (test_kallelse_sending runs on both): SQLite only."""
    return sqlite_services


def _events(services: Services, kind: str) -> list[Event]:
    with services.uow() as uow:
        return list(uow.session.scalars(select(Event).where(Event.kind == kind)))


def test_each_kind_has_its_texts_and_a_meeting_overrides_them_field_by_field(
    services: Services,
) -> None:
    meetings = full_council(services)
    stormote = services.kallelse.preview(
        who=account(TEAM, SARA.external_id), now=NOW, **COMMON
    ).kallelse
    formote = services.kallelse.preview(
        who=account(TEAM, OLLE.external_id), now=NOW, meeting_id=meetings.formote, **COMMON
    ).kallelse
    assert stormote.purpose == "Att brukarna ska kunna påverka vården på mottagningen."
    assert formote.purpose == "Föreningarna förbereder stormötet tillsammans."
    # The stormöte's paus, fika and preparation are not the förmöte's.
    assert (stormote.breaks, formote.breaks) == ("kl. 14.30, 20 minuter", None)
    assert stormote.food is not None and formote.food is None
    assert stormote.preparation == "Läs underlaget och fråga din förening vad den vill ta upp."
    assert formote.preparation == "Läs stormötets dagordning och säg vad du vill ta upp."
    # The förmöte has its own standing points: nothing "från verksamheten".
    assert [i.title for i in formote.agenda if i.number] == [
        "Genomgång av stormötets dagordning",
        "Uppföljning av tidigare beslut och åtgärder",
        "Vad säger vi om väntetiderna?",
        "Övriga frågor",
    ]
    # Only the abbreviations the kallelse uses are explained (LSS is in an action the
    # förmöte follows up too); SoL is not used.
    assert [g.abbreviation for g in stormote.glossary] == ["LSS"]
    assert [g.abbreviation for g in formote.glossary] == ["LSS"]
    assert [d.title for d in stormote.documents] == ["Budgetförslag 2027"]
    assert formote.documents == ()


@pytest.mark.parametrize(
    ("breaks", "outside"),
    [
        ("kl. 14.30, 20 minuter", ()),
        ("Paus 10.45 och kl 15:30", ("10.45",)),
        ("kl 16 och kl. 12.59", ("16.00", "12.59")),
        ("20 minuter mitt i mötet", ()),
        ("Kl 9", ("09.00",)),
    ],
)
def test_clock_times_in_the_breaks_outside_the_meeting_are_found(
    services: Services, breaks: str, outside: tuple[str, ...]
) -> None:
    full_council(services)  # the stormöte is 13-16
    kallelse = services.kallelse.preview(
        who=account(TEAM, SARA.external_id), now=NOW, **COMMON
    ).kallelse
    assert breaks_outside(replace(kallelse, breaks=breaks)) == outside


def test_leader_and_contact_default_to_officers_who_may_see_the_meeting(
    services: Services,
) -> None:
    meetings = full_council(services)

    def people(meeting_id: int) -> tuple[Named | None, Named | None]:
        shown = services.kallelse.preview(
            who=account(TEAM, OLLE.external_id), now=NOW, meeting_id=meeting_id, **COMMON
        ).kallelse
        return shown.leader, shown.contact

    def named(who: NamedAccount) -> Named:
        return Named(who.name, account(TEAM, who.external_id))

    olle, sara = named(OLLE), named(SARA)
    assert people(meetings.stormote) == (olle, sara)
    # The secretary is from the unit and may not see the förmöte: the chair is its contact.
    assert people(meetings.formote) == (olle, olle)
    services.kallelse.set_text(
        who=account(TEAM, SARA.external_id),
        field=Field.CONTACT,
        value=VERA.external_id,
        now=NOW,
        **COMMON,
    )
    assert people(meetings.stormote) == (olle, named(VERA))
    assert people(meetings.formote) == (olle, olle)
    # Neither one förmöte's nor every förmöte's leader can be someone from the unit.
    for where in ({"meeting_id": meetings.formote}, {"kind": MeetingKind.FORMOTE}):
        with pytest.raises(UserError) as refused:
            services.kallelse.set_text(
                who=account(TEAM, OLLE.external_id),
                field=Field.LEADER,
                value=VERA.external_id,
                now=NOW,
                **where,
                **COMMON,
            )
        assert refused.value.key == "kallelse.not_for_formote", where
    with pytest.raises(UserError) as outsider:
        services.kallelse.set_text(
            who=account(TEAM, SARA.external_id),
            field=Field.LEADER,
            value="U0NOBODY",
            now=NOW,
            **COMMON,
        )
    assert outsider.value.key == "kallelse.not_member"


def test_only_officers_preview_send_or_change_the_kallelse(services: Services) -> None:
    full_council(services)
    for attempt in (
        lambda: services.kallelse.preview(who=account(TEAM, ANNA.external_id), now=NOW, **COMMON),
        lambda: services.kallelse.set_text(
            who=account(TEAM, ANNA.external_id), field=Field.FOOD, value="Tårta", now=NOW, **COMMON
        ),
        lambda: services.kallelse.add_document(
            who=account(TEAM, LINA.external_id),
            url="https://example.org/x",
            title=None,
            now=NOW,
            **COMMON,
        ),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.key == "refused.officers"
    # The unit's secretary may not see, so not send, the associations' förmöte.
    with pytest.raises(UserError) as hidden:
        services.kallelse.preview(
            who=account(TEAM, SARA.external_id), now=NOW, formote=True, **COMMON
        )
    assert hidden.value.key == "refused.associations"


def test_a_formote_goes_only_to_the_associations_and_not_to_the_channel(
    services: Services,
) -> None:
    meetings = full_council(services)
    sent = services.kallelse.send(
        who=account(TEAM, OLLE.external_id),
        meeting_id=meetings.formote,
        anyway=False,
        now=NOW,
        **COMMON,
    )
    assert sent.conversation is None
    assert {r.account for r in sent.recipients} == {
        account(TEAM, u.external_id) for u in (OLLE, ANNA, ERIK, LINA)
    }


def test_on_the_last_day_it_is_on_time(services: Services) -> None:
    council(services)
    plan(services, MeetingKind.STORMOTE, "söndag 29 november kl 13", None, SARA.external_id)
    assert not services.kallelse.preview(
        who=account(TEAM, SARA.external_id), now=NOW, **COMMON
    ).late
    next_day = NOW + timedelta(days=1)
    assert services.kallelse.preview(
        who=account(TEAM, SARA.external_id), now=next_day, **COMMON
    ).late


def test_email_addresses_are_opt_in_and_never_logged(services: Services) -> None:
    council(services)

    def email_of(user_id: str) -> str | None:
        with services.uow() as uow:
            person = uow.directory.person(account(TEAM, user_id))
            assert isinstance(person, Person)
            return person.email

    services.kallelse.set_email(
        who=account(TEAM, ANNA.external_id), email="anna@example.org", now=NOW, **COMMON
    )
    assert email_of(ANNA.external_id) == "anna@example.org"
    with pytest.raises(UserError) as bad:
        services.kallelse.set_email(
            who=account(TEAM, ANNA.external_id), email="anna.example.org", now=NOW, **COMMON
        )
    assert bad.value.key == "kallelse.email.usage"
    # Someone else's address: officers only (for members who do not read Slack).
    with pytest.raises(UserError) as refused:
        services.kallelse.set_email(
            who=account(TEAM, ANNA.external_id),
            email="x@example.org",
            for_account=LINA.external_id,
            now=NOW,
            **COMMON,
        )
    assert refused.value.key == "refused.officers"
    services.kallelse.set_email(
        who=account(TEAM, SARA.external_id),
        email="lina@example.org",
        for_account=LINA.external_id,
        now=NOW,
        **COMMON,
    )
    assert email_of(LINA.external_id) == "lina@example.org"
    services.kallelse.set_email(who=account(TEAM, ANNA.external_id), email=None, now=NOW, **COMMON)
    assert email_of(ANNA.external_id) is None
    logged = _events(services, "person.email_set")
    assert len(logged) == 3 and all("example.org" not in str(e.data) for e in logged)


def test_abbreviations_are_one_per_letters_whatever_the_case(services: Services) -> None:
    council(services)
    common = {"who": account(TEAM, SARA.external_id), "now": NOW, **COMMON}
    services.kallelse.set_term(abbreviation="SOL", meaning="fel", **common)
    services.kallelse.set_term(abbreviation="SoL", meaning="socialtjänstlagen", **common)
    assert [(g.abbreviation, g.meaning) for g in services.kallelse.glossary(**common)] == [
        ("SoL", "socialtjänstlagen")
    ]
    services.kallelse.set_term(abbreviation="sol", meaning=None, **common)
    assert services.kallelse.glossary(**common) == []
    for bad in ("", "två ord", "x" * 40):
        with pytest.raises(UserError):
            services.kallelse.set_term(abbreviation=bad, meaning="något", **common)


def test_an_abbreviation_is_explained_only_where_it_stands_as_a_word() -> None:
    terms = [
        GlossaryTerm(abbreviation="SoL", meaning="socialtjänstlagen"),
        GlossaryTerm(abbreviation="LSS", meaning="lagen om stöd och service"),
        GlossaryTerm(abbreviation="HSL", meaning="hälso- och sjukvårdslagen"),
    ]
    texts = ["Solen skiner, sol och SOL", "Handläggning enligt LSS-reglerna", "HSLX"]
    assert used_terms(terms, texts) == (Term("LSS", "lagen om stöd och service"),)
