"""Fees from the database: who is paid, one day fee a day per payer across two councils, pay
data with dates, and who may see what."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from bot.attendance.service import RegisterEntry
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Presence, Role
from bot.core.when import parse_when
from bot.fees.claiming import OwnClaims
from bot.fees.claims import ClaimNote
from bot.fees.parsing import Period, parse_fee_settings, parse_period
from bot.fees.pay import Pay
from bot.fees.rules import DayFee
from bot.fees.service import CertificateSeen, ProfileView
from tests.conftest import NOW

STHLM = ZoneInfo("Europe/Stockholm")
SARA = NamedAccount("U0SARA", "Sara Sekreterare")
KARL = NamedAccount("U0KARL", "Karl Karlsson")
ANNA = NamedAccount("U0ANNA", "Anna Andersson")
VERA = NamedAccount("U0VERA", "Vera Verksamhet")
RULES = "nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000"
DAY = datetime(2027, 3, 11, tzinfo=STHLM)
AFTER = datetime(2027, 3, 20, 12, 0, tzinfo=STHLM)


def council(services: Services, channel: str, secretary: NamedAccount) -> None:
    services.councils.create(
        where=conversation("T", channel),
        private=False,
        name=f"Rådet {channel}",
        creator=secretary,
        now=NOW,
    )
    for person, role, forening in ((ANNA, Role.LEDAMOT, "RSMH"), (VERA, Role.VERKSAMHET, None)):
        services.councils.add_member(
            who=account("T", secretary.external_id),
            where=conversation("T", channel),
            member=person,
            role=role,
            forening=forening,
            now=NOW,
        )
    services.fees.change_settings(
        who=account("T", secretary.external_id),
        where=conversation("T", channel),
        changes=parse_fee_settings(RULES),
        now=NOW,
    )


def held(services: Services, channel: str, secretary: NamedAccount, when: str) -> int:
    """A stormöte where Anna and Vera were present."""
    meeting = services.meetings.plan(
        who=account("T", secretary.external_id),
        where=conversation("T", channel),
        kind=MeetingKind.STORMOTE,
        when=parse_when(when, now=NOW),
        place=None,
        now=NOW,
    ).meeting
    with services.uow() as uow:
        people = [uow.directory.person(account("T", u.external_id)) for u in (ANNA, VERA)]
    services.attendance.register(
        who=account("T", secretary.external_id),
        meeting_id=meeting.id,
        entries=[RegisterEntry(p.id, Presence.PRESENT) for p in people if p],
        now=meeting.when.start,
    )
    return meeting.id


def name_payer(services: Services, channel: str, secretary: NamedAccount, payer: str) -> None:
    services.fee_terms.name_payer(
        who=account("T", secretary.external_id),
        where=conversation("T", channel),
        payer=payer,
        now=NOW,
    )


def test_meetings_without_a_register_are_pointed_out(services: Services) -> None:
    council(services, "C", SARA)
    planned = services.meetings.plan(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        kind=MeetingKind.STORMOTE,
        when=parse_when("11 mars kl 13-16", now=NOW),
        place=None,
        now=NOW,
    ).meeting
    report = services.claims.council_claims(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        period=parse_period("2027", now=AFTER, zone=STHLM),
        now=AFTER,
    )
    assert report.rows == [] and [m.meeting_id for m in report.unregistered] == [planned.id]


def own_claims(services: Services, who: NamedAccount, period: Period) -> OwnClaims:
    return services.claims.own(
        who=account("T", who.external_id), where=conversation("T", "C"), period=period, now=AFTER
    )


def test_own_data_and_claims_are_ones_own(services: Services) -> None:
    council(services, "C", SARA)
    held(services, "C", SARA, "11 mars kl 13-16")
    saved = services.fees.update_profile(
        who=account("T", ANNA.external_id),
        changes={"monthly_salary": 33000, "travel_per_meeting": 120},
        now=NOW,
    )
    assert (saved.pay(NOW), saved.shift_worker, saved.travel) == (
        Pay(NOW.date(), monthly=3_300_000),
        False,
        120,
    )
    march = parse_period("mars 2027", now=AFTER, zone=STHLM)
    [day] = own_claims(services, ANNA, march).days
    # A half day and her journey; no lost income until she states a deduction (L3788).
    assert (day.amounts.day_fee, day.amounts.travel, day.amounts.income_amount) == (
        DayFee.HALF,
        12_000,
        0,
    )
    assert own_claims(services, ANNA, parse_period("april 2027", now=AFTER, zone=STHLM)).days == []
    # Vera's are none: the unit is not paid; and she may not see Anna's.
    assert own_claims(services, VERA, march).days == []
    with pytest.raises(UserError) as refused:
        services.claims.council_claims(
            who=account("T", VERA.external_id),
            where=conversation("T", "C"),
            period=march,
            now=AFTER,
        )
    assert refused.value.key == "refused.secretary"
    assert services.fees.erase_profile(who=account("T", ANNA.external_id), now=AFTER)
    assert not services.fees.erase_profile(who=account("T", ANNA.external_id), now=AFTER)
    [day] = own_claims(services, ANNA, march).days
    assert day.amounts.travel == 0  # her usual journey is forgotten too
    with pytest.raises(UserError) as refused:
        services.fees.profile(who=account("T", "U0NOBODY"), now=NOW)
    assert refused.value.key == "arvode.profile.not_member"


def test_formote_and_stormote_are_one_day_in_ones_own_claims(services: Services) -> None:
    council(services, "C", SARA)
    stormote = held(services, "C", SARA, "11 mars kl 13-16")
    formote = services.meetings.plan(
        who=account("T", ANNA.external_id),
        where=conversation("T", "C"),
        kind=MeetingKind.FORMOTE,
        when=parse_when("11 mars kl 9-12", now=NOW),
        place=None,
        now=NOW,
    ).meeting
    services.attendance.check_in(
        meeting_id=formote.id, who=account("T", ANNA.external_id), now=formote.when.start
    )
    march = parse_period("mars 2027", now=AFTER, zone=STHLM)
    # The day's 6 hours make one full day (L3831, L3851), the förmöte by its times alone.
    [day] = own_claims(services, ANNA, march).days
    assert [m.meeting_id for m in day.meetings] == [formote.id, stormote]
    assert day.amounts.day_fee == DayFee.FULL


def test_pay_is_dated_and_its_certificate_is_the_secretarys_to_note(services: Services) -> None:
    council(services, "C", SARA)

    def state(changes: dict[str, int | bool | None], at: datetime) -> ProfileView:
        return services.fees.update_profile(
            who=account("T", ANNA.external_id), changes=changes, now=at
        )

    def certify(at: datetime) -> CertificateSeen:
        return services.fees.record_certificate(
            who=account("T", SARA.external_id),
            where=conversation("T", "C"),
            member=account("T", ANNA.external_id),
            now=at,
        )

    with pytest.raises(UserError) as refused:
        certify(NOW)  # nothing stated yet
    assert refused.value.key == "arvode.certificate.no_pay"
    state({"monthly_salary": 30000}, NOW)
    state({"monthly_salary": 33000}, NOW)  # the same day: a correction, not a change
    seen = certify(NOW)
    assert (seen.valid_from, seen.on) == (NOW.date(), NOW.date())
    later = NOW + timedelta(days=40)
    raised = state({"hourly_wage": 25_000}, later)
    # The first pay keeps its certificate; the new one asks for its own (L3801).
    assert raised.history == (
        Pay(NOW.date(), monthly=3_300_000, certificate_on=NOW.date()),
        Pay(later.date(), hourly=25_000),
    )
    assert raised.pay(NOW) == raised.history[0] and raised.pay(later) == raised.history[1]
    assert certify(later).valid_from == later.date()
    stopped = state({"monthly_salary": None}, later + timedelta(days=1))
    assert stopped.pay(later + timedelta(days=1)) is None and len(stopped.history) == 3
    # Only a secretary notes certificates, and only of the council's members.
    with pytest.raises(UserError) as refused:
        services.fees.record_certificate(
            who=account("T", ANNA.external_id),
            where=conversation("T", "C"),
            member=account("T", ANNA.external_id),
            now=later,
        )
    assert refused.value.key == "refused.secretary"
    with pytest.raises(UserError) as refused:
        services.fees.record_certificate(
            who=account("T", SARA.external_id),
            where=conversation("T", "C"),
            member=account("T", KARL.external_id),
            now=later,
        )
    assert refused.value.key == "arvode.certificate.not_member"
    with pytest.raises(UserError) as refused:
        state({"monthly_salary": 30000, "hourly_wage": 15_000}, later)
    assert refused.value.key == "arvode.profile.both_pays"


def test_erasing_pay_data_takes_every_pay_stated(services: Services) -> None:
    council(services, "C", SARA)
    for days, salary in ((0, 30000), (40, 33000)):
        services.fees.update_profile(
            who=account("T", ANNA.external_id),
            changes={"monthly_salary": salary},
            now=NOW + timedelta(days=days),
        )
    assert services.fees.erase_profile(who=account("T", ANNA.external_id), now=NOW)
    shown = services.fees.profile(who=account("T", ANNA.external_id), now=NOW)
    assert shown.history == () and not services.fees.erase_profile(
        who=account("T", ANNA.external_id), now=NOW
    )


@pytest.mark.parametrize(
    ("payers", "fees"),
    [
        (
            ("Hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden"),
            (DayFee.FULL, DayFee.NONE),
        ),
        (("Hälso- och sjukvårdsnämnden", "Regionstyrelsen"), (DayFee.HALF, DayFee.HALF)),
    ],
    ids=["L3851 one payer: one day fee for the day", "L3750 two payers: each its own"],
)
def test_claims_pay_one_day_fee_a_day_per_payer(
    services: Services, payers: tuple[str, str], fees: tuple[DayFee, DayFee]
) -> None:
    council(services, "C", SARA)
    council(services, "C2", KARL)
    for channel, secretary, payer in (("C", SARA, payers[0]), ("C2", KARL, payers[1])):
        name_payer(services, channel, secretary, payer)
    held(services, "C", SARA, "11 mars kl 9-12")
    held(services, "C2", KARL, "11 mars kl 13-16")
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA.external_id))
    assert anna is not None
    claims = services.claims.of_person(person_id=anna.id, now=AFTER)
    by_council = {c.council_name: c.days[0].amounts for c in claims.values()}
    morning, afternoon = by_council["Rådet C"], by_council["Rådet C2"]
    assert (morning.day_fee, afternoon.day_fee) == fees
    # The day fee goes with the first claim; the other says why it has none, and nothing more.
    assert (ClaimNote.DAY_FEE_WITH_PAYER in afternoon.notes) == (fees[1] is DayFee.NONE)
    assert morning.notes == frozenset()
    # Confirmed, each secretary sees their own council's claim alone: its meeting's times and
    # figures, nothing of the other council (and with two payers, not even a note of it).
    for council_id in claims:
        services.claims.confirm(
            person_id=anna.id, council_id=council_id, day=DAY.date(), stated=None, now=AFTER
        )
    march = parse_period("mars 2027", now=AFTER, zone=STHLM)
    for channel, secretary, amounts, start in (
        ("C", SARA, morning, 9),
        ("C2", KARL, afternoon, 13),
    ):
        report = services.claims.council_claims(
            who=account("T", secretary.external_id),
            where=conversation("T", channel),
            period=march,
            now=AFTER,
        )
        [row] = report.rows
        assert [m.start.hour for m in row.meetings] == [start]
        assert row.amounts == amounts
        assert "Rådet C" not in str(row) and report.council_name == f"Rådet {channel}"
