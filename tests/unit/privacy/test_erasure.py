"""Erasure and retention on the fakes: what goes, what stays as the record, and when."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import (
    AgendaPoint,
    FeeProfile,
    Membership,
    OutboxMessage,
    PayRecord,
    Person,
)
from bot.core.errors import UserError
from bot.core.vocabulary import PointStatus
from bot.fees.service import FeeService
from bot.privacy import FORMER
from bot.privacy.retention import apply_retention
from bot.privacy.service import PrivacyService
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    council,
    meetings,
    person_id,
    plan,
    queued,
    submit,
)


def _anna_with_data(uow: FakeUnitOfWorkFactory) -> int:
    """Anna in Rådet with an open point, a notice to her waiting in the outbox (her point's
    meeting was cancelled), and her own pay data."""
    council(uow)
    cancelled = plan(uow, "torsdag 10 december kl 13-16").meeting.id
    submit(uow, "Tolk vid besök", by=ANNA)
    meetings(uow).cancel(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        meeting_id=cancelled,
        now=NOW,
    )
    FeeService(uow).update_profile(
        who=account(TEAM, ANNA.external_id), changes={"monthly_salary": 28000}, now=NOW
    )
    anna = person_id(uow, ANNA)
    assert [row.person_id for row in queued(uow)] == [anna]
    assert [row.person_id for row in uow.store.all(PayRecord)] == [anna]
    return anna


def test_erasure_takes_the_person_and_withdraws_what_is_still_open(
    uow: FakeUnitOfWorkFactory,
) -> None:
    anna = _anna_with_data(uow)
    chosen = uow.store.get(Person, anna)
    assert chosen is not None
    chosen.email, chosen.prefers_email, chosen.email_failing_at = "anna@example.org", True, NOW
    PrivacyService(uow).erase(who=account(TEAM, ANNA.external_id), now=NOW)
    person = uow.store.get(Person, anna)
    assert person is not None and person.erased_at == NOW
    assert (person.display_name, person.email, person.accounts) == (FORMER, None, [])
    assert (person.prefers_email, person.email_failing_at) == (False, None)
    with uow() as work:
        assert work.directory.person(account(TEAM, ANNA.external_id)) is None
    # The point waits for the next stormöte: open, so withdrawn.
    assert {p.status for p in uow.store.all(AgendaPoint) if p.submitter_id == anna} == {
        PointStatus.MOVED,
        PointStatus.WITHDRAWN,
    }
    assert all(m.active_to == NOW for m in uow.store.all(Membership) if m.person_id == anna)
    assert uow.store.get(FeeProfile, anna) is None and uow.store.all(PayRecord) == []
    assert not [row for row in uow.store.all(OutboxMessage) if row.person_id == anna]
    with pytest.raises(UserError) as err:  # nothing is left to erase, or to show
        PrivacyService(uow).mine(who=account(TEAM, ANNA.external_id))
    assert err.value.key == "minadata.nothing"


def test_ones_own_data_lists_every_membership_and_point(uow: FakeUnitOfWorkFactory) -> None:
    _anna_with_data(uow)
    mine = PrivacyService(uow).mine(who=account(TEAM, ANNA.external_id))
    assert "Tolk vid besök" in str(mine)
    assert "Rådet" in str(mine)


def test_retention_erases_those_who_left_longer_ago_than_the_council_keeps(
    uow: FakeUnitOfWorkFactory,
) -> None:
    service = council(uow)
    anna = person_id(uow, ANNA)
    left = datetime(2026, 12, 1, 12, 0, tzinfo=STOCKHOLM)
    service.remove_member(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        member=ANNA.external_id,
        role=None,
        now=left,
    )
    kept = left + timedelta(days=24 * 30)  # within the 24 months
    assert apply_retention(uow, kept) == 0
    assert apply_retention(uow, left + timedelta(days=25 * 31)) == 1
    person = uow.store.get(Person, anna)
    assert person is not None and person.erased_at is not None
    assert person_id(uow, SARA)  # the one staying is kept
