"""The fee basis from the database: who is paid, the day rule across two councils, and who
may see what."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from bot.attendance.service import RegisterEntry
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Presence, Role
from bot.core.when import parse_when
from bot.fees.parsing import parse_fee_settings, parse_period
from bot.fees.pay import Pay
from bot.fees.rules import DayFee, FeeNote
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


def test_one_day_fee_across_two_councils_from_the_register(services: Services) -> None:
    council(services, "C", SARA)
    council(services, "C2", KARL)
    morning = held(services, "C", SARA, "11 mars kl 9-12")
    afternoon = held(services, "C2", KARL, "11 mars kl 13-16")
    march = parse_period("mars 2027", now=AFTER, zone=STHLM)

    first = services.fees.basis(
        who=account("T", SARA.external_id), where=conversation("T", "C"), period=march, now=AFTER
    )
    [row] = first.rows  # Vera is from the unit: at work, not paid
    assert (row.name, row.meeting.id) == ("Anna Andersson", morning)
    # 3 h here and 3 h in the other council the same day: one full day, paid here.
    assert (row.line.day_fee, row.line.day_fee_amount) == (DayFee.FULL, Decimal(1000))

    second = services.fees.basis(
        who=account("T", KARL.external_id), where=conversation("T", "C2"), period=march, now=AFTER
    )
    [row] = second.rows
    assert row.meeting.id == afternoon
    assert (row.line.day_fee, row.line.day_fee_amount) == (DayFee.NONE, Decimal(0))
    assert FeeNote.DAY_FEE_ELSEWHERE in row.line.notes


def test_meetings_without_a_register_are_pointed_out(services: Services) -> None:
    council(services, "C", SARA)
    services.meetings.plan(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        kind=MeetingKind.STORMOTE,
        when=parse_when("11 mars kl 13-16", now=NOW),
        place=None,
        now=NOW,
    )
    report = services.fees.basis(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        period=parse_period("2027", now=AFTER, zone=STHLM),
        now=AFTER,
    )
    assert report.rows == [] and [m.when.start.day for m in report.unregistered] == [11]


def test_own_data_and_basis_are_ones_own(services: Services) -> None:
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
    own = services.fees.own_basis(
        who=account("T", ANNA.external_id), where=conversation("T", "C"), period=march, now=AFTER
    )
    [row] = own.rows
    assert own.own and row.line.income_amount == Decimal("600.00")
    # Vera's own basis is empty: the unit is not paid; and she may not see Anna's.
    assert (
        services.fees.own_basis(
            who=account("T", VERA.external_id),
            where=conversation("T", "C"),
            period=march,
            now=AFTER,
        ).rows
        == []
    )
    with pytest.raises(UserError) as refused:
        services.fees.basis(
            who=account("T", VERA.external_id),
            where=conversation("T", "C"),
            period=march,
            now=AFTER,
        )
    assert refused.value.key == "refused.secretary"
    # Erasing forgets it: the basis has no lost income any more.
    assert services.fees.erase_profile(who=account("T", ANNA.external_id), now=AFTER)
    assert not services.fees.erase_profile(who=account("T", ANNA.external_id), now=AFTER)
    [row] = services.fees.own_basis(
        who=account("T", ANNA.external_id), where=conversation("T", "C"), period=march, now=AFTER
    ).rows
    assert row.line.income_amount == Decimal(0)
    with pytest.raises(UserError) as refused:
        services.fees.profile(who=account("T", "U0NOBODY"), now=NOW)
    assert refused.value.key == "arvode.profile.not_member"


def test_a_unit_secretary_gets_a_basis_without_the_formoten(services: Services) -> None:
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
    report = services.fees.basis(
        who=account("T", SARA.external_id), where=conversation("T", "C"), period=march, now=AFTER
    )
    # Only the stormöte, with its own day fee: 3 h, a half day, as if no förmöte had been held.
    [row] = report.rows
    assert row.meeting.id == stormote and report.without_formoten
    assert (row.line.day_fee, row.line.notes) == (DayFee.HALF, frozenset())
    # Anna's own basis has both, and the day's 6 hours make one full day on the förmöte.
    own = services.fees.own_basis(
        who=account("T", ANNA.external_id), where=conversation("T", "C"), period=march, now=AFTER
    )
    assert [(r.meeting.id, r.line.day_fee) for r in own.rows] == [
        (formote.id, DayFee.FULL),
        (stormote, DayFee.NONE),
    ]


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
