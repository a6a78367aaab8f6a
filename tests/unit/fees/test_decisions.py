"""The nämnd's decisions on the fakes: the level and paid parts per meeting kind and per
meeting, with the decision's reference (shared/seeds/001 L3752–3761, L3845, L3866), are what
the claims are computed on; the officers record them."""

from __future__ import annotations

from datetime import datetime

import pytest

from adapters.slack.ids import account, conversation
from bot.attendance.service import AttendanceService, RegisterEntry
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind, Presence
from bot.fees.claiming import ClaimService
from bot.fees.claims import ClaimNote, Part, Terms
from bot.fees.decisions import DecisionService, Target
from bot.fees.parsing import parse_fee_settings
from bot.fees.rules import DayFee, FeeLevel
from bot.fees.service import FeeService
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    council,
    person_id,
    plan,
)

AFTER = datetime(2026, 12, 10, 18, 0, tzinfo=STOCKHOLM)
WHERE = conversation(TEAM, CHANNEL)
SECRETARY = account(TEAM, SARA.external_id)


def _council(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    FeeService(uow).change_settings(
        who=SECRETARY,
        where=WHERE,
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4"),
        now=NOW,
    )


def _attended(uow: FakeUnitOfWorkFactory, text: str, kind: MeetingKind) -> int:
    meeting_id = plan(uow, text, kind).meeting.id
    AttendanceService(uow).register(
        entries=[RegisterEntry(person_id(uow, ANNA), Presence.PRESENT)],
        now=AFTER,
        who=SECRETARY,
        meeting_id=meeting_id,
    )
    return meeting_id


def _day_fee(uow: FakeUnitOfWorkFactory) -> tuple[DayFee, frozenset[ClaimNote]]:
    [claims] = ClaimService(uow).of_person(person_id=person_id(uow, ANNA), now=AFTER).values()
    [day] = claims.days
    return day.amounts.day_fee, day.amounts.notes


def test_a_working_group_decided_level_2_pays_no_day_fee(uow: FakeUnitOfWorkFactory) -> None:
    _council(uow)  # L3853–3860: a working group or workshop is typically level 2
    decided = DecisionService(uow).decide(
        who=SECRETARY,
        where=WHERE,
        target=Target(kind=MeetingKind.ARBETSGRUPP),
        terms=Terms(FeeLevel.REDUCED, decision="HSN 2026-00123"),
        now=NOW,
    )
    assert decided.kinds == {
        MeetingKind.ARBETSGRUPP: Terms(FeeLevel.REDUCED, decision="HSN 2026-00123")
    }
    assert decided.default == Terms(FeeLevel.FULL)
    _attended(uow, "torsdag 10 december kl 13-15", MeetingKind.ARBETSGRUPP)
    assert _day_fee(uow) == (DayFee.NONE, frozenset())


def test_the_councils_default_pays_where_no_kind_is_decided(uow: FakeUnitOfWorkFactory) -> None:
    _council(uow)
    DecisionService(uow).decide(
        who=SECRETARY,
        where=WHERE,
        target=Target(kind=MeetingKind.ARBETSGRUPP),
        terms=Terms(FeeLevel.REDUCED),
        now=NOW,
    )
    _attended(uow, "torsdag 10 december kl 13-15", MeetingKind.STORMOTE)
    assert _day_fee(uow) == (DayFee.HALF, frozenset())


def test_one_information_meeting_set_to_level_3_pays_nothing(uow: FakeUnitOfWorkFactory) -> None:
    _council(uow)  # L3869–3872
    meeting_id = _attended(uow, "torsdag 10 december kl 13-15", MeetingKind.STORMOTE)
    decided = DecisionService(uow).decide(
        who=SECRETARY,
        where=WHERE,
        target=Target(meeting=meeting_id),
        terms=Terms(FeeLevel.NONE),
        now=NOW,
    )
    assert decided.meeting == (meeting_id, Terms(FeeLevel.NONE))
    assert _day_fee(uow) == (DayFee.NONE, frozenset({ClaimNote.UNPAID_LEVEL}))
    # and back to the council's terms
    DecisionService(uow).decide(
        who=SECRETARY, where=WHERE, target=Target(meeting=meeting_id), terms=None, now=NOW
    )
    assert _day_fee(uow) == (DayFee.HALF, frozenset())


def test_only_some_parts_of_the_default_are_paid(uow: FakeUnitOfWorkFactory) -> None:
    _council(uow)  # L3845–3847: the fee for the meeting but not lost income, or the reverse
    decided = DecisionService(uow).decide(
        who=SECRETARY,
        where=WHERE,
        target=Target(),
        terms=Terms(FeeLevel.FULL, frozenset({Part.TRAVEL}), "RS 2017-03063"),
        now=NOW,
    )
    assert decided.default == Terms(FeeLevel.FULL, frozenset({Part.TRAVEL}), "RS 2017-03063")
    _attended(uow, "torsdag 10 december kl 13-15", MeetingKind.STORMOTE)
    assert _day_fee(uow) == (DayFee.NONE, frozenset())


def test_a_member_cannot_decide_and_a_missing_meeting_is_said(uow: FakeUnitOfWorkFactory) -> None:
    _council(uow)
    with pytest.raises(UserError) as refused:
        DecisionService(uow).decide(
            who=account(TEAM, ANNA.external_id),
            where=WHERE,
            target=Target(),
            terms=Terms(FeeLevel.NONE),
            now=NOW,
        )
    assert refused.value.key == "refused.officers"
    with pytest.raises(UserError) as missing:
        DecisionService(uow).decide(
            who=SECRETARY, where=WHERE, target=Target(meeting=999), terms=None, now=NOW
        )
    assert missing.value.key == "mote.not_found"
