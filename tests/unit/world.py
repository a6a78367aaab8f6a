"""A council on the fakes, made the way people make one: through the council service."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from adapters.slack.ids import account, conversation
from adapters.storage.models import OutboxMessage
from bot.agenda import AgendaService, attach_waiting_points, rehome_points
from bot.agenda.points import Submitted
from bot.core.identity import NamedAccount
from bot.core.outbox import Compose, nothing, said_in
from bot.core.texts.letters import as_plain
from bot.core.vocabulary import MeetingKind, Role
from bot.core.when import parse_when
from bot.councils.agreement import AgreementService
from bot.councils.onboarding import KIND as ONBOARDING
from bot.councils.service import CouncilService, MemberChange
from bot.meetings.service import MeetingService, Planned
from tests.fakes.uow import FakeUnitOfWorkFactory

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=STOCKHOLM)  # a Sunday, as the suite's conftest
TEAM, CHANNEL = "T", "C"
SARA = NamedAccount("U0SARA", "Sara Sekreterare")
ANNA = NamedAccount("U0ANNA", "Anna Ledamot")
ERIK = NamedAccount("U0ERIK", "Erik Ersättare")
UNA = NamedAccount("U0UNA", "Una Verksamhet")


def councils(uow: FakeUnitOfWorkFactory) -> CouncilService:
    return CouncilService(uow, timezone="Europe/Stockholm", language="sv")


def council(uow: FakeUnitOfWorkFactory) -> CouncilService:
    """Rådet in channel C: Sara its secretary, Anna ledamot and Erik ersättare for RSMH,
    Una the unit's (verksamhetsföreträdare)."""
    service = councils(uow)
    service.create(
        where=conversation(TEAM, CHANNEL), private=False, name="Rådet", creator=SARA, now=NOW
    )
    add_member(uow, ANNA, Role.LEDAMOT, "RSMH")
    add_member(uow, ERIK, Role.ERSATTARE, "RSMH")
    add_member(uow, UNA, Role.VERKSAMHET)
    return service


def add_member(
    uow: FakeUnitOfWorkFactory,
    member: NamedAccount,
    role: Role,
    forening: str | None = None,
    *,
    by: NamedAccount = SARA,
    compose: Compose[MemberChange] = nothing,
) -> MemberChange:
    return councils(uow).add_member(
        who=account(TEAM, by.external_id),
        where=conversation(TEAM, CHANNEL),
        member=member,
        role=role,
        forening=forening,
        now=NOW,
        compose=compose,
    )


def queued(uow: FakeUnitOfWorkFactory) -> list[OutboxMessage]:
    """The outbox but the first weeks' messages of a new council's representatives (Anna's
    and Erik's, queued with their seats: tests/unit/councils/test_onboarding.py)."""
    return [row for row in uow.store.all(OutboxMessage) if row.kind != ONBOARDING]


def meetings(uow: FakeUnitOfWorkFactory) -> MeetingService:
    """Meetings with the agenda's hooks: waiting points go onto a meeting planned, and a
    cancelled meeting's points to the next."""
    return MeetingService(uow, on_planned=[attach_waiting_points], on_cancelled=[rehome_points])


def plan(
    uow: FakeUnitOfWorkFactory,
    text: str,
    kind: MeetingKind = MeetingKind.STORMOTE,
    *,
    by: NamedAccount = SARA,
    place: str | None = None,
) -> Planned:
    return meetings(uow).plan(
        who=account(TEAM, by.external_id),
        where=conversation(TEAM, CHANNEL),
        kind=kind,
        when=parse_when(text, now=NOW),
        place=place,
        now=NOW,
    )


def person_id(uow: FakeUnitOfWorkFactory, user: NamedAccount) -> int:
    with uow() as work:
        person = work.directory.person(account(TEAM, user.external_id))
        assert person is not None
        return person.id


def agenda(uow: FakeUnitOfWorkFactory) -> AgendaService:
    return AgendaService(uow)


def submit(
    uow: FakeUnitOfWorkFactory,
    title: str,
    *,
    by: NamedAccount = ANNA,
    formote: bool = False,
    source_key: str | None = None,
) -> Submitted:
    return agenda(uow).submit(
        who=account(TEAM, by.external_id),
        where=conversation(TEAM, CHANNEL),
        title=title,
        description=None,
        now=NOW,
        formote=formote,
        source_key=source_key,
    )


def reads(row: OutboxMessage) -> str:
    """An outbox row as its person reads it, in plain text."""
    said = said_in(row.payload)
    assert said is not None
    return as_plain(said)


def record_agreement(
    uow: FakeUnitOfWorkFactory,
    link: str = "https://intranat.example.se/form-v1.pdf",
    adopted_on: date | None = None,
    *,
    by: NamedAccount = SARA,
    now: datetime = NOW,
) -> None:
    """A version of the council's written agreement ("Form och funktion")."""
    AgreementService(uow).record(
        who=account(TEAM, by.external_id),
        where=conversation(TEAM, CHANNEL),
        link=link,
        adopted_on=adopted_on,
        now=now,
    )
