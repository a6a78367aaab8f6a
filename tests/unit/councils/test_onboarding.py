"""A new representative's first weeks on the fakes (bot.councils.onboarding): in a council
that turned them on, four short messages queued with their seat, each due on its day at ten
in the council's zone, saying what the council is for, what is expected, how the meetings
work and whom to ask; nothing for the unit's people or for a member taking a second role,
and nothing in a council that has not turned them on."""

from __future__ import annotations

from datetime import datetime

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Event, OutboxMessage
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import Role
from bot.councils.onboarding import OnboardingService
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    add_member,
    council,
    person_id,
    reads,
)

LISA = NamedAccount("U0LISA", "Lisa Lind")
BO = NamedAccount("U0BO", "Bo Berg")


def _turned_on(uow: FakeUnitOfWorkFactory, by: NamedAccount = SARA) -> None:
    OnboardingService(uow).change(
        who=account(TEAM, by.external_id), where=conversation(TEAM, CHANNEL), on=True, now=NOW
    )


def _onboarding(uow: FakeUnitOfWorkFactory, who: NamedAccount) -> list[OutboxMessage]:
    pid = person_id(uow, who)
    rows = [r for r in uow.store.all(OutboxMessage) if r.kind == "introduktion"]
    return sorted((r for r in rows if r.person_id == pid), key=lambda r: r.due_at)


def test_a_new_representative_gets_four_messages_on_their_days(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)  # Anna and Erik for RSMH, Sara the secretary, Una from the unit
    _turned_on(uow)
    add_member(uow, LISA, Role.LEDAMOT, "RSMH")
    rows = _onboarding(uow, LISA)
    assert [r.due_at for r in rows] == [
        datetime(2026, 11, d, 10, tzinfo=STOCKHOLM) for d in (23, 26, 30)
    ] + [datetime(2026, 12, 6, 10, tzinfo=STOCKHOLM)]
    purpose, expected, meetings, contact = (reads(r) for r in rows)
    assert purpose.startswith("Hej och välkommen till Rådet!")
    assert "frågor och erfarenheter från RSMH" in purpose
    assert "minst 4 stormöten om året" in expected and "Du företräder RSMH" in expected
    assert "senast 7 dagar före mötet" in meetings and "stannar hos föreningarna" in meetings
    assert "Sara Sekreterare svarar på frågor" in contact
    assert "Din förening har också Anna Ledamot och Erik Ersättare i rådet" in contact
    assert "https://nsph.se/publikationer/utbildningsmaterial/" in contact


def test_alone_from_the_forening_they_are_told_it_is_easier_to_be_two(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    _turned_on(uow)
    add_member(uow, LISA, Role.LEDAMOT, "Attention")
    assert "Du är ensam från din förening i rådet just nu" in reads(_onboarding(uow, LISA)[-1])


def test_no_onboarding_for_the_unit_or_a_members_second_role(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    _turned_on(uow)
    add_member(uow, BO, Role.VERKSAMHET)
    before = len(_onboarding(uow, ANNA))
    add_member(uow, ANNA, Role.JUSTERARE, "RSMH")
    assert _onboarding(uow, BO) == [] and len(_onboarding(uow, ANNA)) == before


def test_a_council_has_them_off_until_an_officer_turns_them_on(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    add_member(uow, LISA, Role.LEDAMOT, "RSMH")
    assert _onboarding(uow, LISA) == []
    where = conversation(TEAM, CHANNEL)
    assert OnboardingService(uow).shown(where=where) == ("Rådet", False)
    with pytest.raises(UserError) as refused:
        _turned_on(uow, ANNA)
    assert refused.value.key == "refused.officers"
    _turned_on(uow)
    assert OnboardingService(uow).shown(where=where) == ("Rådet", True)
    logged = [e.data for e in uow.store.all(Event) if e.kind == "council.onboarding_changed"]
    assert logged == [{"on": True}]
