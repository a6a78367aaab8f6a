"""A council with a stormöte and a förmöte whose kallelser have every part filled in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import ActionItem
from bot.agenda import Attachment
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Role
from bot.core.when import parse_when
from bot.kallelse.content import Field
from tests.conftest import NOW

TEAM, CHANNEL = "T0TEAM", "C0RAD"
SARA = NamedAccount("U0SARA", "Sara Sekreterare")  # secretary, from the unit
OLLE = NamedAccount("U0OLLE", "Olle Ordförande")  # chair, RSMH Väst
ANNA = NamedAccount("U0ANNA", "Anna Andersson")  # member, RSMH Väst
ERIK = NamedAccount("U0ERIK", "Erik Ersättare")  # substitute, RSMH Väst
LINA = NamedAccount("U0LINA", "Lina Lind")  # member, Attention
VERA = NamedAccount("U0VERA", "Vera Verksamhet")  # unit representative
MEMBERS = (
    (OLLE, Role.ORDFORANDE, "RSMH Väst"),
    (ANNA, Role.LEDAMOT, "RSMH Väst"),
    (ERIK, Role.ERSATTARE, "RSMH Väst"),
    (LINA, Role.LEDAMOT, "Attention"),
    (VERA, Role.VERKSAMHET, None),
)


@dataclass(frozen=True)
class Meetings:
    stormote: int
    formote: int


def council(services: Services) -> None:
    services.councils.create(
        where=conversation(TEAM, CHANNEL),
        private=False,
        name="Brukarrådet Psykiatri Väst",
        creator=SARA,
        now=NOW,
    )
    for member, role, forening in MEMBERS:
        services.councils.add_member(
            who=account(TEAM, SARA.external_id),
            where=conversation(TEAM, CHANNEL),
            member=member,
            role=role,
            forening=forening,
            now=NOW,
        )


def plan(services: Services, kind: MeetingKind, when: str, place: str | None, by: str) -> int:
    return services.meetings.plan(
        who=account(TEAM, by),
        where=conversation(TEAM, CHANNEL),
        kind=kind,
        when=parse_when(when, now=NOW),
        place=place,
        now=NOW,
    ).meeting.id


def full_council(services: Services) -> Meetings:
    """Everything a good kallelse holds, on both meetings; SoL is explained but unused."""
    council(services)
    stormote = plan(
        services,
        MeetingKind.STORMOTE,
        "torsdag 3 december kl 13-16",
        "Stora salen",
        SARA.external_id,
    )
    formote = plan(
        services,
        MeetingKind.FORMOTE,
        "tisdag 1 december kl 10-11.30",
        "https://meet.example/formote",
        OLLE.external_id,
    )
    common = {"where": conversation(TEAM, CHANNEL), "now": NOW}
    # Vera's point came with a photo of the notice about the new telephone hours.
    photo = Attachment("https://lokal.slack.com/files/U0VERA/F0TEL/telefontider.jpg", image=True)
    for user, title, meeting_formote, presents, attachment in (
        (ANNA, "Väntetider till läkare enligt LSS", False, True, None),
        (VERA, "Nya telefontider", False, False, photo),
        (LINA, "Vad säger vi om väntetiderna?", True, False, None),
    ):
        services.agenda.submit(
            who=account(TEAM, user.external_id),
            title=title,
            description=None,
            formote=meeting_formote,
            presents_self=presents,
            attachment=attachment,
            **common,
        )
    texts = {
        Field.PURPOSE: "Att brukarna ska kunna påverka vården på mottagningen.",
        Field.BREAKS: "kl. 14.30, 20 minuter",
        Field.FOOD: "Kaffe och smörgås serveras. Säg till om du har en allergi.",
        Field.PREPARATION: "Läs underlaget och fråga din förening vad den vill ta upp.",
    }
    for field, value in texts.items():
        services.kallelse.set_text(
            who=account(TEAM, SARA.external_id), field=field, value=value, **common
        )
    # The förmöten's own purpose (set by the chair: the unit's secretary may not see them),
    # and this förmöte's own preparation over it; no paus or fika in that short remote meeting.
    services.kallelse.set_text(
        who=account(TEAM, OLLE.external_id),
        field=Field.PURPOSE,
        value="Föreningarna förbereder stormötet tillsammans.",
        kind=MeetingKind.FORMOTE,
        **common,
    )
    services.kallelse.set_text(
        who=account(TEAM, OLLE.external_id),
        field=Field.PREPARATION,
        value="Läs stormötets dagordning och säg vad du vill ta upp.",
        meeting_id=formote,
        **common,
    )
    for abbreviation, meaning in (
        ("LSS", "lagen om stöd och service till vissa funktionshindrade"),
        ("SoL", "socialtjänstlagen"),
    ):
        services.kallelse.set_term(
            who=account(TEAM, SARA.external_id),
            abbreviation=abbreviation,
            meaning=meaning,
            **common,
        )
    services.kallelse.add_document(
        who=account(TEAM, SARA.external_id),
        url="https://example.org/budget-2027.pdf",
        title="Budgetförslag 2027",
        **common,
    )
    # An open action from an earlier meeting, followed up under its standing point.
    with services.uow() as uow:
        found, owner = (
            uow.directory.council(conversation(TEAM, CHANNEL)),
            uow.directory.person(account(TEAM, VERA.external_id)),
        )
        assert found is not None and owner is not None
        uow.session.add(
            ActionItem(
                council_id=found.id,
                owner_id=owner.id,
                text="Skyltar om hur man söker insatser enligt LSS",
                due_on=date(2026, 12, 1),
                created_at=NOW,
            )
        )
        uow.commit()
    return Meetings(stormote, formote)
