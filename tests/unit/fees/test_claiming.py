"""A member's claims on the fakes: prefilled from the register after the meeting, confirmed as
they state it, corrected until approved, and kept as confirmed whatever changes later."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import FeeClaim
from bot.attendance.service import AttendanceService, RegisterEntry
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Presence, Role
from bot.fees.claiming import ClaimService, ClaimState
from bot.fees.claims import ClaimNote, Expense, Stated
from bot.fees.parsing import parse_fee_settings, parse_period
from bot.fees.rules import DayFee
from bot.fees.service import FeeService
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    UNA,
    add_member,
    council,
    person_id,
    plan,
)
from tests.unit.world import (
    councils as council_service,
)

AFTER = datetime(2026, 12, 10, 18, 0, tzinfo=STOCKHOLM)
OLLE = NamedAccount("U0OLLE", "Olle Ordförande")
DAY = date(2026, 12, 10)


def _day(uow: FakeUnitOfWorkFactory, *, formote: bool = False) -> tuple[int, ...]:
    """Rådet (halvdag 600, heldag 1000 over 4 h); a stormöte on 10 December 13–15, and with
    `formote` its förmöte 10–12 the same day; Anna (RSMH) and Una (the unit's) were there."""
    council(uow)
    FeeService(uow).change_settings(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000"),
        now=NOW,
    )
    add_member(uow, OLLE, Role.ORDFORANDE, "RSMH")  # the associations' chair holds the förmöte
    ids = [plan(uow, "torsdag 10 december kl 13-15").meeting.id]
    if formote:
        held = plan(uow, "torsdag 10 december kl 10-12", MeetingKind.FORMOTE, by=OLLE)
        ids.insert(0, held.meeting.id)
    anna, una = person_id(uow, ANNA), person_id(uow, UNA)
    for meeting_id in ids:
        AttendanceService(uow).register(
            entries=[RegisterEntry(anna, Presence.PRESENT), RegisterEntry(una, Presence.PRESENT)],
            now=AFTER,
            who=account(TEAM, OLLE.external_id),
            meeting_id=meeting_id,
        )
    return tuple(ids)


def _salary(
    uow: FakeUnitOfWorkFactory, kronor: int, *, travel: int | None = None, at: datetime = NOW
) -> None:
    changes: dict[str, int | bool | None] = {"monthly_salary": kronor}
    if travel is not None:
        changes["travel_per_meeting"] = travel
    FeeService(uow).update_profile(who=account(TEAM, ANNA.external_id), changes=changes, now=at)


def test_after_the_meeting_the_member_finds_a_prefilled_claim(uow: FakeUnitOfWorkFactory) -> None:
    _day(uow)
    _salary(uow, 33000, travel=54)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    before = datetime.combine(DAY, time(14, 0), tzinfo=STOCKHOLM)
    assert service.of_person(person_id=anna, now=before) == {}  # not over yet
    [claims] = service.of_person(person_id=anna, now=AFTER).values()
    [day] = claims.days
    assert (day.day, day.state, claims.council_name) == (DAY, ClaimState.OPEN, "Rådet")
    [meeting] = day.meetings
    assert (meeting.kind, meeting.start.hour, meeting.end and meeting.end.hour) == (
        MeetingKind.STORMOTE,
        13,
        15,
    )
    # The journey they told as usual, both ways, and no lost income until they say so.
    assert day.stated == Stated(travel=5_400)
    assert (day.amounts.day_fee, day.amounts.day_fee_amount, day.amounts.travel) == (
        DayFee.HALF,
        60_000,
        5_400,
    )
    assert day.amounts.income_amount == 0
    # The unit's people are at work: no claim.
    assert ClaimService(uow).of_person(person_id=person_id(uow, UNA), now=AFTER) == {}


def test_formote_and_stormote_the_same_day_are_one_claim_with_one_journey(
    uow: FakeUnitOfWorkFactory,
) -> None:
    formote, stormote = _day(uow, formote=True)
    _salary(uow, 33000, travel=54)
    [claims] = ClaimService(uow).of_person(person_id=person_id(uow, ANNA), now=AFTER).values()
    [day] = claims.days
    assert [m.meeting_id for m in day.meetings] == [formote, stormote]
    assert (day.amounts.meeting_minutes, day.amounts.day_fee, day.amounts.travel) == (
        240,
        DayFee.HALF,
        5_400,
    )


def test_what_the_member_confirms_is_kept_as_it_stands(uow: FakeUnitOfWorkFactory) -> None:
    _day(uow)
    _salary(uow, 33000)  # 200 kr an hour
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    council_id = next(iter(service.of_person(person_id=anna, now=AFTER)))
    stated = Stated(salary_deduction=True, leave_minutes=180, travel=12_000)
    # Without a certificate of income the lost income waits, and the claim says why.
    first = service.confirm(
        person_id=anna, council_id=council_id, day=DAY, stated=stated, now=AFTER
    )
    assert (first.total, first.corrected) == (72_000, False)  # 600 + 120
    [day] = service.of_person(person_id=anna, now=AFTER)[council_id].days
    assert day.state == ClaimState.CONFIRMED and day.stated == stated
    assert ClaimNote.NO_CERTIFICATE in day.amounts.notes
    # The secretary sees the certificate: what was confirmed stays as it was...
    FeeService(uow).record_certificate(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        member=account(TEAM, ANNA.external_id),
        now=AFTER,
    )
    [day] = service.of_person(person_id=anna, now=AFTER)[council_id].days
    assert day.amounts.total == 72_000
    # ...until the member corrects it: 3 h × 200 kr more.
    again = service.confirm(
        person_id=anna, council_id=council_id, day=DAY, stated=stated, now=AFTER
    )
    assert (again.total, again.corrected) == (132_000, True)
    # A pay told later, even valid from that very day, changes nothing confirmed.
    _salary(uow, 49500, at=AFTER)
    [day] = service.of_person(person_id=anna, now=AFTER)[council_id].days
    assert (day.amounts.income_rate, day.amounts.total) == (20_000, 132_000)
    assert len(uow.store.all(FeeClaim)) == 1


def test_an_approved_claim_is_no_longer_changed(uow: FakeUnitOfWorkFactory) -> None:
    _day(uow)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    council_id = next(iter(service.of_person(person_id=anna, now=AFTER)))
    service.confirm(person_id=anna, council_id=council_id, day=DAY, stated=Stated(), now=AFTER)
    [claim] = uow.store.all(FeeClaim)
    claim.approved_at = AFTER  # the secretary's approval (bot.fees.approval)
    with pytest.raises(UserError) as refused:
        service.confirm(person_id=anna, council_id=council_id, day=DAY, stated=Stated(), now=AFTER)
    assert refused.value.key == "fees.claim.approved"


@pytest.mark.parametrize(
    ("stated", "key"),
    [
        (Stated(leave_minutes=25 * 60), "fees.claim.bad_leave"),
        (Stated(travel=-1), "fees.claim.bad_amount"),
        (Stated(expenses=(Expense(200_000_00, "taxi"),)), "fees.claim.bad_amount"),
    ],
)
def test_impossible_figures_are_refused_with_what_would_work(
    uow: FakeUnitOfWorkFactory, stated: Stated, key: str
) -> None:
    _day(uow)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    council_id = next(iter(service.of_person(person_id=anna, now=AFTER)))
    with pytest.raises(UserError) as refused:
        service.confirm(person_id=anna, council_id=council_id, day=DAY, stated=stated, now=AFTER)
    assert refused.value.key == key
    assert uow.store.all(FeeClaim) == []


def test_a_day_without_meetings_cannot_be_claimed(uow: FakeUnitOfWorkFactory) -> None:
    _day(uow)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    council_id = next(iter(service.of_person(person_id=anna, now=AFTER)))
    with pytest.raises(UserError) as refused:  # a travel day pays nothing (L3776)
        service.confirm(
            person_id=anna,
            council_id=council_id,
            day=DAY.replace(day=9),
            stated=Stated(travel=12_000),
            now=AFTER,
        )
    assert refused.value.key == "fees.claim.no_meetings"


def test_erasing_pay_data_takes_the_claims_too(uow: FakeUnitOfWorkFactory) -> None:
    _day(uow)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    council_id = next(iter(service.of_person(person_id=anna, now=AFTER)))
    service.confirm(person_id=anna, council_id=council_id, day=DAY, stated=Stated(), now=AFTER)
    assert FeeService(uow).erase_profile(who=account(TEAM, ANNA.external_id), now=AFTER)
    assert uow.store.all(FeeClaim) == []


def test_the_secretary_sees_and_approves_claims_from_a_second_workspace(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """The council's channel shared with another workspace: its secretary asking from there
    sees the claims, notes a certificate of a member named there, and approves."""
    _day(uow)
    _salary(uow, 33000)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    council_id = next(iter(service.of_person(person_id=anna, now=AFTER)))
    service.confirm(person_id=anna, council_id=council_id, day=DAY, stated=Stated(), now=AFTER)
    sara, elsewhere = account("T2", SARA.external_id), conversation("T2", CHANNEL)
    december = parse_period("december 2026", now=AFTER, zone=STOCKHOLM)
    seen = FeeService(uow).record_certificate(
        who=sara, where=elsewhere, member=sara.named(ANNA.external_id), now=AFTER
    )
    assert seen.on == AFTER.date()
    [row] = service.council_claims(who=sara, where=elsewhere, period=december, now=AFTER).rows
    assert (row.name, row.day, row.approved_at) == (ANNA.name, DAY, None)
    approved = service.approve(who=sara, where=elsewhere, period=december, now=AFTER)
    assert approved.approved_now == 1 and approved.rows[0].approved_by == SARA.name
    with pytest.raises(UserError) as refused:
        service.approve(
            who=account("T2", ANNA.external_id), where=elsewhere, period=december, now=AFTER
        )
    assert refused.value.key == "refused.secretary"


def test_a_member_who_left_still_claims_the_meetings_they_attended(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """Leaving the council does not take away the pay for the days they were there: they still
    find, confirm and correct the claim, and the secretary still sees and approves it."""
    _day(uow)
    _salary(uow, 33000, travel=54)
    councils_service = council_service(uow)
    councils_service.remove_member(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        member=ANNA.external_id,
        role=None,
        now=AFTER,
    )
    later = datetime(2026, 12, 12, 9, 0, tzinfo=STOCKHOLM)
    service, anna = ClaimService(uow), person_id(uow, ANNA)
    [claims] = service.of_person(person_id=anna, now=later).values()
    assert [d.day for d in claims.days] == [DAY]
    confirmed = service.confirm(
        council_id=claims.council_id, day=DAY, stated=None, now=later, person_id=anna
    )
    assert confirmed.total == 60_000 + 5_400
    december = parse_period("december 2026", now=later, zone=STOCKHOLM)
    approved = service.approve(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        period=december,
        now=later,
    )
    assert [(r.name, r.amounts.total) for r in approved.rows] == [(ANNA.name, 65_400)]
