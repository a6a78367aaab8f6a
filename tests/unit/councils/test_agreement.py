"""The council's written agreement ("Form och funktion") on the fakes: officers record
versions, every version is kept with who recorded it, anyone in the channel sees the current
one, a new member is told of it, and the chair's audit log has it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from adapters.slack.ids import conversation
from adapters.storage.models import CouncilAgreement, Event
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import Role
from bot.councils.agreement import AgreementService, review_due, years_after
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    TEAM,
    add_member,
    council,
    person_id,
    record_agreement,
)

DOC = "https://intranat.example.se/form-v1.pdf"  # record_agreement's


def test_every_version_is_kept_with_who_recorded_it_and_the_latest_is_current(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    service = AgreementService(uow)
    assert service.current(where=conversation(TEAM, CHANNEL))[1] is None
    record_agreement(uow, adopted_on=date(2025, 3, 12))
    record_agreement(uow, "https://intranat.example.se/form-v2.pdf", date(2026, 3, 10))
    name, current = service.current(where=conversation(TEAM, CHANNEL))
    assert name == "Rådet" and current is not None
    assert (current.version, current.link, current.adopted_on) == (
        2,
        "https://intranat.example.se/form-v2.pdf",
        date(2026, 3, 10),
    )
    assert current.next_review == date(2027, 3, 10)
    kept = sorted(uow.store.all(CouncilAgreement), key=lambda a: a.version)
    assert [(a.version, a.recorded_by, a.recorded_at) for a in kept] == [
        (1, person_id(uow, SARA), NOW),
        (2, person_id(uow, SARA), NOW),
    ]
    logged = [e for e in uow.store.all(Event) if e.kind == "council.agreement_recorded"]
    assert [e.data for e in logged] == [
        {"version": 1, "adopted_on": "2025-03-12"},
        {"version": 2, "adopted_on": "2026-03-10"},
    ]


def test_without_a_date_it_was_adopted_today_in_the_councils_zone(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    # 23:30 UTC on 30 November is already 1 December in Stockholm.
    record_agreement(uow, now=datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    [kept] = uow.store.all(CouncilAgreement)
    assert kept.adopted_on == date(2026, 12, 1)


def test_a_day_not_come_yet_is_refused_and_nothing_is_kept(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    with pytest.raises(UserError) as refused:
        record_agreement(uow, adopted_on=NOW.date() + timedelta(days=1))
    assert refused.value.key == "brukarrad.form.future_date"
    assert uow.store.all(CouncilAgreement) == []


def test_only_officers_record_a_version_and_a_refusal_keeps_nothing(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    with pytest.raises(UserError) as refused:
        record_agreement(uow, by=ANNA)
    assert refused.value.key == "refused.officers"
    assert uow.store.all(CouncilAgreement) == []
    assert not [e for e in uow.store.all(Event) if e.kind == "council.agreement_recorded"]


def test_a_new_member_is_given_the_current_agreements_link(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    before = add_member(uow, NamedAccount("U0BO", "Bo"), Role.LEDAMOT, "RSMH")
    assert before.agreement is None
    record_agreement(uow)
    after = add_member(uow, NamedAccount("U0CIA", "Cia"), Role.LEDAMOT, "RSMH")
    assert after.agreement == DOC


def test_a_review_is_due_a_year_after_adoption_and_29_february_on_28_february() -> None:
    assert review_due(date(2026, 3, 12)) == date(2027, 3, 12)
    assert review_due(date(2028, 2, 29)) == date(2029, 2, 28)
    assert years_after(date(2028, 2, 29), -1) == date(2027, 2, 28)
