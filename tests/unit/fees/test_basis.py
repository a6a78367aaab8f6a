"""The fee basis from the attendance register, on the fakes: who is paid, how much, and
who may see whose."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from adapters.slack.ids import account, conversation
from bot.attendance.service import AttendanceService, RegisterEntry
from bot.core.errors import UserError
from bot.core.vocabulary import Presence
from bot.fees.parsing import parse_fee_settings, parse_period
from bot.fees.rules import DayFee
from bot.fees.service import FeeReport, FeeService
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    UNA,
    council,
    person_id,
    plan,
)

AFTER = datetime(2026, 12, 20, 12, 0, tzinfo=STOCKHOLM)


def _meeting(uow: FakeUnitOfWorkFactory) -> int:
    """Rådet with fee rules, and a stormöte on 10 December 9-16."""
    council(uow)
    FeeService(uow).change_settings(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4"),
        now=NOW,
    )
    return plan(uow, "torsdag 10 december kl 9-16").meeting.id


def _register(uow: FakeUnitOfWorkFactory, meeting_id: int, *entries: RegisterEntry) -> None:
    AttendanceService(uow).register(
        entries=list(entries),
        now=AFTER,
        who=account(TEAM, SARA.external_id),
        meeting_id=meeting_id,
    )


def _december(uow: FakeUnitOfWorkFactory, by: str = SARA.external_id) -> FeeReport:
    return FeeService(uow).basis(
        who=account(TEAM, by),
        where=conversation(TEAM, CHANNEL),
        period=parse_period("december 2026", now=AFTER, zone=STOCKHOLM),
        now=AFTER,
    )


@pytest.mark.parametrize(
    ("arrived", "left", "fee", "amount"),
    [(time(9, 0), time(16, 0), DayFee.FULL, 1000), (time(13, 0), time(15, 0), DayFee.HALF, 600)],
)
def test_a_member_present_is_paid_by_the_hours_they_were_there(
    uow: FakeUnitOfWorkFactory, arrived: time, left: time, fee: DayFee, amount: int
) -> None:
    meeting_id = _meeting(uow)
    anna, una = person_id(uow, ANNA), person_id(uow, UNA)
    _register(
        uow,
        meeting_id,
        RegisterEntry(anna, Presence.PRESENT, arrived, left),
        RegisterEntry(una, Presence.PRESENT),
    )
    # Una is the unit's: at work, not paid. Over four hours is a full day.
    [row] = _december(uow).rows
    assert (row.name, row.line.day_fee, row.line.day_fee_amount) == (ANNA.name, fee, amount)


def test_an_absent_member_is_not_paid(uow: FakeUnitOfWorkFactory) -> None:
    meeting_id = _meeting(uow)
    _register(uow, meeting_id, RegisterEntry(person_id(uow, ANNA), Presence.ABSENT))
    assert _december(uow).rows == []


def test_everyones_basis_is_the_secretarys_alone(uow: FakeUnitOfWorkFactory) -> None:
    _meeting(uow)
    with pytest.raises(UserError):
        _december(uow, by=ANNA.external_id)


def test_fees_asked_from_a_second_workspace_are_the_same_councils_and_people(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """A channel shared with another workspace: the secretary and a member asking from there
    are who they are in the council's own workspace, with their roles, pay data and lines."""
    meeting_id = _meeting(uow)
    anna = person_id(uow, ANNA)
    _register(uow, meeting_id, RegisterEntry(anna, Presence.PRESENT, time(13, 0), time(15, 0)))
    fees, elsewhere = FeeService(uow), conversation("T2", CHANNEL)
    from_there = account("T2", ANNA.external_id)
    told = fees.update_profile(who=from_there, changes={"monthly_salary": 33000}, now=NOW)
    assert told.pay(NOW) is not None
    assert fees.profile(who=account(TEAM, ANNA.external_id), now=NOW).history == told.history
    december = parse_period("december 2026", now=AFTER, zone=STOCKHOLM)
    [own] = fees.own_basis(who=from_there, where=elsewhere, period=december, now=AFTER).rows
    assert (own.name, own.line.day_fee_amount) == (ANNA.name, 600)
    everyone = fees.basis(
        who=account("T2", SARA.external_id), where=elsewhere, period=december, now=AFTER
    )
    assert [r.name for r in everyone.rows] == [ANNA.name]
    assert fees.council_fees(where=elsewhere).council_name == "Rådet"
    # Roles are the council's: Anna is no secretary from there either, a stranger nobody.
    with pytest.raises(UserError) as refused:
        fees.basis(who=from_there, where=elsewhere, period=december, now=AFTER)
    assert refused.value.key == "refused.secretary"
    with pytest.raises(UserError) as refused:
        fees.profile(who=account("T2", "U0NOBODY"), now=NOW)
    assert refused.value.key == "arvode.profile.not_member"
    assert fees.erase_profile(who=from_there, now=AFTER)
