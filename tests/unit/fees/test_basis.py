"""The fee basis from the attendance register, on the fakes: who is paid, how much, and
who may see whose."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from adapters.slack.ids import account
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
        user_id=SARA.external_id,
        team_id=TEAM,
        channel_id=CHANNEL,
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
        user_id=by,
        team_id=TEAM,
        channel_id=CHANNEL,
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
