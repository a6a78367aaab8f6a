"""A new representative's first weeks on the fakes (bot.councils.onboarding): in a new
council (on until an officer turns them off), four short messages queued with their seat, each
due on its day at ten in the council's zone, saying what the council is for, what is
expected, how the meetings work and whom to ask, with the council's own links; nothing for the
unit's people or for a member taking a second role, nor in a council that turned them off; a
buddy from their förening, named by an officer, told to both."""

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


def _turned(uow: FakeUnitOfWorkFactory, on: bool, by: NamedAccount = SARA) -> None:
    OnboardingService(uow).change(
        who=account(TEAM, by.external_id), where=conversation(TEAM, CHANNEL), on=on, now=NOW
    )


def _onboarding(uow: FakeUnitOfWorkFactory, who: NamedAccount) -> list[OutboxMessage]:
    pid = person_id(uow, who)
    rows = [r for r in uow.store.all(OutboxMessage) if r.kind == "introduktion"]
    return sorted((r for r in rows if r.person_id == pid), key=lambda r: r.due_at)


def test_a_new_representative_gets_four_messages_on_their_days(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)  # Anna and Erik for RSMH, Sara the secretary, Una from the unit
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
    add_member(uow, LISA, Role.LEDAMOT, "Attention")
    assert "Du är ensam från din förening i rådet just nu" in reads(_onboarding(uow, LISA)[-1])


def test_no_onboarding_for_the_unit_or_a_members_second_role(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    add_member(uow, BO, Role.VERKSAMHET)
    before = len(_onboarding(uow, ANNA))
    add_member(uow, ANNA, Role.JUSTERARE, "RSMH")
    assert _onboarding(uow, BO) == [] and len(_onboarding(uow, ANNA)) == before


def test_a_new_council_has_them_on_until_an_officer_turns_them_off(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    where = conversation(TEAM, CHANNEL)
    assert OnboardingService(uow).shown(where=where) == ("Rådet", True)
    with pytest.raises(UserError) as refused:
        _turned(uow, False, ANNA)
    assert refused.value.key == "refused.officers"
    _turned(uow, False)
    assert OnboardingService(uow).shown(where=where) == ("Rådet", False)
    add_member(uow, LISA, Role.LEDAMOT, "RSMH")
    assert _onboarding(uow, LISA) == []
    logged = [e.data for e in uow.store.all(Event) if e.kind == "council.onboarding_changed"]
    assert logged == [{"on": False}]


def test_the_councils_own_links_come_with_whom_to_ask(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    service, asked = (
        OnboardingService(uow),
        {
            "who": account(TEAM, SARA.external_id),
            "where": conversation(TEAM, CHANNEL),
            "now": NOW,
        },
    )
    service.add_link(url="https://example.org/msr", title="Med starkare röst", **asked)
    service.add_link(url="https://example.org/gammal", title="", **asked)
    service.remove_link(number=2, **asked)
    with pytest.raises(UserError) as refused:
        service.remove_link(number=2, **asked)
    assert refused.value.key == "brukarrad.onboarding.no_such_link"
    add_member(uow, LISA, Role.LEDAMOT, "RSMH")
    purpose, *_, contact = (reads(r) for r in _onboarding(uow, LISA))
    assert "Rådet har också samlat det här åt dig: Med starkare röst" in contact
    assert "example.org/msr" in contact and "gammal" not in contact
    assert "samlat" not in purpose  # the links come once, with whom to ask


def test_a_buddy_from_the_same_forening_and_both_are_told(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    add_member(uow, LISA, Role.LEDAMOT, "RSMH")
    add_member(uow, BO, Role.LEDAMOT, "Attention")
    asked = {"who": account(TEAM, SARA.external_id), "where": conversation(TEAM, CHANNEL)}
    service = OnboardingService(uow)
    with pytest.raises(UserError) as refused:
        service.set_buddy(newcomer=LISA.external_id, buddy=BO.external_id, now=NOW, **asked)
    assert refused.value.key == "brukarrad.buddy.not_same_forening"
    assert refused.value.params["others"] == "Anna Ledamot och Erik Ersättare"
    named, notices = service.set_buddy(
        newcomer=LISA.external_id, buddy=ANNA.external_id, now=NOW, **asked
    )
    assert (named.newcomer, named.buddy, named.forening) == ("Lisa Lind", "Anna Ledamot", "RSMH")
    assert [(n.person_id, n.key) for n in notices] == [
        (person_id(uow, LISA), "onboarding.buddy"),
        (person_id(uow, ANNA), "onboarding.buddy_for"),
    ]
