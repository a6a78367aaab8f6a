"""The grammar of /brukarrad, with no database and no HTTP; a person is read by a reader of
the test's own (each adapter has one)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands.brukarrad import (
    AddByEmail,
    AddMember,
    Audit,
    BrukarradRequest,
    ChangeSettings,
    Confirm,
    Create,
    Justering,
    RecordAgreement,
    RemoveMember,
    Retention,
    SetContact,
    SettingsUsage,
    ShowAgreement,
    ShowContacts,
    ShowCouncil,
    Standing,
    parse,
)
from bot.commands.help import Help
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind, Role

_PERSON = re.compile(r"@(\w+)")


def read_person(text: str) -> tuple[PersonRef, str] | None:
    """`@anna`: a person as a plain-text adapter might write one."""
    match = _PERSON.match(text)
    return (PersonRef(match.group(1)), text[match.end() :].strip()) if match else None


ANNA = PersonRef("anna")


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("", Help()),
        ("hjälp", Help()),
        ("skapa Brukarrådet Norr", Create("Brukarrådet Norr")),
        ("ledamot @anna ordförande", AddMember(ANNA, Role.ORDFORANDE, None, False)),
        ("member @anna ersättare RSMH", AddMember(ANNA, Role.ERSATTARE, "RSMH", False)),
        (
            "ledamot @anna ledamot ny förening Hjärnkoll Väst",
            AddMember(ANNA, Role.LEDAMOT, "Hjärnkoll Väst", True),
        ),
        (
            'ledamot e-post anna@example.org ledamot "RSMH Väst" Anna Andersson',
            AddByEmail("anna@example.org", "Anna Andersson", Role.LEDAMOT, "RSMH Väst", False),
        ),
        (
            "ledamot mejl vera@example.org verksamhet  Vera  Berg",
            AddByEmail("vera@example.org", "Vera Berg", Role.VERKSAMHET, None, False),
        ),
        (
            "ledamot E-post eva@example.org ersättare ny förening “Hjärnkoll Väst” Eva Ek",
            AddByEmail("eva@example.org", "Eva Ek", Role.ERSATTARE, "Hjärnkoll Väst", True),
        ),
        ("ta bort @anna", RemoveMember(ANNA, None)),
        ("avsluta @anna sekr", RemoveMember(ANNA, Role.SEKRETERARE)),
        ("ta bort @anna ordförande ändå", RemoveMember(ANNA, Role.ORDFORANDE, anyway=True)),
        ("ta bort @anna Anda", RemoveMember(ANNA, None, anyway=True)),
        ("kontakt", ShowContacts()),
        ("kontakt @anna  RSMH Väst ", SetContact(ANNA, "RSMH Väst")),
        ("bekräfta @anna", Confirm(ANNA)),
        ("inställningar", SettingsUsage()),
        ("inställningar punkter 10", ChangeSettings({"punkter": 10})),
        ("inställningar gallring", Retention(None)),
        ("inställningar gallring 24", Retention(24)),
        ("inställning justering", Justering(None)),
        ("inställningar justering av", Justering(False)),
        ("stående", Standing(MeetingKind.STORMOTE)),
        ("stående förmöte lägg till Fika", Standing(MeetingKind.FORMOTE, add="Fika")),
        ("stående ta bort 2", Standing(MeetingKind.STORMOTE, remove=2)),
        ("logg", Audit(20)),
        ("log 5", Audit(5)),
        ("visa", ShowCouncil()),
    ],
)
def test_what_the_words_ask_for(text: str, request_: BrukarradRequest) -> None:
    assert parse(text, read_person) == request_


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ledamot", "brukarrad.member.usage"),
        ("kontakt RSMH Väst", "brukarrad.contact.usage"),
        ("kontakt @anna", "brukarrad.contact.usage"),
        ("bekräfta", "brukarrad.confirm.usage"),
        ("bekräfta @anna och @bo", "brukarrad.confirm.usage"),
        ("ledamot anna ordförande", "brukarrad.member.need_mention"),
        ("ledamot @anna", "brukarrad.member.usage"),
        ("ledamot @anna kung", "brukarrad.member.unknown_role"),
        ("ledamot e-post", "brukarrad.email.usage"),
        ("ledamot e-post anna@example.org", "brukarrad.email.unknown_role"),
        ("ledamot e-post anna(at)example.org ledamot Anna", "brukarrad.email.bad_address"),
        ("ledamot e-post anna@example ledamot Anna", "brukarrad.email.bad_address"),
        ("ledamot e-post anna@example.org kung Anna", "brukarrad.email.unknown_role"),
        ('ledamot e-post anna@example.org ledamot "RSMH Väst"', "brukarrad.email.usage"),
        ("ledamot e-post anna@example.org ledamot RSMH Väst Anna", "brukarrad.email.need_forening"),
        ("ledamot e-post anna@example.org ledamot ny förening Anna", "brukarrad.email.usage"),
        (
            'ledamot e-post vera@example.org verksamhet "RSMH" Vera',
            "brukarrad.email.verksamhet_no_forening",
        ),
        ("ta bort anna", "brukarrad.remove.usage"),
        ("inställningar punkter", "settings.usage"),
        ("inställningar gallring länge", "gallring.bad_value"),
        ("inställningar justering kanske", "settings.justering.usage"),
        ("stående ta bort två", "standing.usage"),
        ("stående fika", "standing.usage"),
        ("logg 0", "audit.usage"),
        ("fika", "error.unknown_subcommand"),
    ],
)
def test_words_that_cannot_be_meant_say_what_would_work(text: str, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(text, read_person)
    assert refused.value.key == key


def test_an_address_is_read_as_the_adapter_writes_it() -> None:
    """A chat may mark the address up (Slack: `<mailto:…|…>`): its adapter writes it plainly."""

    def plain(text: str) -> str:
        return re.sub(r"<mailto:[^|>]+\|([^>]+)>", r"\1", text)

    typed = 'ledamot e-post <mailto:anna@example.org|anna@example.org> ledamot "RSMH" Anna'
    request = parse(typed, read_person, plain)
    assert isinstance(request, AddByEmail) and request.address == "anna@example.org"


DOC = "https://intranat.example.se/form.pdf"


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("form", ShowAgreement()),
        (f"form {DOC}", RecordAgreement(DOC, None)),
        (f"Form {DOC} antagen 2026-03-12", RecordAgreement(DOC, date(2026, 3, 12))),
        (f"form {DOC} antagen 12 Mars 2026", RecordAgreement(DOC, date(2026, 3, 12))),
        ("form www.rsmh.se/form.pdf", RecordAgreement("https://www.rsmh.se/form.pdf", None)),
    ],
)
def test_the_written_agreement_is_shown_or_recorded_by_its_link(
    text: str, request_: BrukarradRequest
) -> None:
    assert parse(text, read_person) == request_


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        ("form dokumentet", "brukarrad.form.bad_link", {"link": "dokumentet"}),
        ("form javascript:alert(1)", "brukarrad.form.bad_link", {"link": "javascript:alert(1)"}),
        (f"form https://x.se/{'a' * 1000}", "brukarrad.form.bad_link", None),
        (f"form {DOC} 2026-03-12", "brukarrad.form.usage", {}),
        (f"form {DOC} antagen", "brukarrad.form.usage", {}),
        (f"form {DOC} antagen 2026-02-30", "brukarrad.form.bad_date", {"date": "2026-02-30"}),
        (f"form {DOC} antagen igår", "brukarrad.form.bad_date", {"date": "igår"}),
    ],
)
def test_an_agreement_without_a_link_or_with_a_bad_date_says_what_would_work(
    text: str, key: str, params: dict[str, str] | None
) -> None:
    with pytest.raises(UserError) as refused:
        parse(text, read_person)
    assert refused.value.key == key
    if params is not None:
        assert refused.value.params == params


def test_a_link_is_read_as_the_adapter_writes_it() -> None:
    """A chat may mark a link up (stored as `<link:…>`): its adapter writes it plainly."""

    def plain(text: str) -> str:
        return re.sub(r"<link:([^|>]+)>", r"\1", text)

    request = parse(f"form <link:{DOC}> antagen 2026-03-12", read_person, read_links=plain)
    assert request == RecordAgreement(DOC, date(2026, 3, 12))


WORDS = ["skapa", "ledamot", "@anna", "ordförande", "ny", "förening", "ta", "bort", "avsluta",
         "inställningar", "punkter", "10", "gallring", "justering", "på", "stående", "förmöte",
         "lägg", "till", "logg", "visa", "0", "99999999999999999999", "hjälp", "\n", "e-post",
         "a@b.se", '"RSMH Väst"', "verksamhet", "form", "https://x.se/a", "antagen",
         "2026-02-30", "12", "mars", "2026"]  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)))
def test_any_text_is_a_request_or_a_user_error(text: str) -> None:
    try:
        request = parse(text, read_person)
    except UserError:
        return
    assert isinstance(request, BrukarradRequest)
