"""Minutes on the fakes: lines written during the meeting, justering, and publishing that
tells every point's sender what became of it."""

from __future__ import annotations

from datetime import datetime

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import AgendaPoint, Minutes, OutboxMessage
from bot.agenda import AgendaService
from bot.core.errors import UserError
from bot.core.vocabulary import MinutesStatus, PointStatus, Role
from bot.councils.service import CouncilService
from bot.minutes.service import MinutesServices, minutes_services
from tests.fakes.lines import PlainLines
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
    submit,
)

DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)


def _minutes(uow: FakeUnitOfWorkFactory) -> MinutesServices:
    return minutes_services(uow, AgendaService(uow), None)


def _held(uow: FakeUnitOfWorkFactory) -> CouncilService:
    """A stormöte on 3 December with Anna's and Una's points (after the four standing ones:
    punkt 5 and 6), and its lines written during it."""
    service = council(uow)
    plan(uow, "torsdag 3 december kl 13-16")
    submit(uow, "Tolk vid besök", by=ANNA)
    submit(uow, "Nya telefontider", by=UNA)
    for line in ("punkt 5", "beslut: Rådet vill ha tolk vid varje besök."):
        _minutes(uow).capture.line(
            text=line,
            read=PlainLines(),
            now=DURING,
            who=account(TEAM, SARA.external_id),
            where=conversation(TEAM, CHANNEL),
        )
    return service


def _publish(uow: FakeUnitOfWorkFactory) -> object:
    return _minutes(uow).publishing.publish(
        now=AFTER, who=account(TEAM, SARA.external_id), where=conversation(TEAM, CHANNEL)
    )


def test_publishing_tells_each_points_sender_its_outcome(uow: FakeUnitOfWorkFactory) -> None:
    _held(uow).set_justering(
        who=account(TEAM, SARA.external_id), where=conversation(TEAM, CHANNEL), on=False, now=NOW
    )
    published = _publish(uow)
    told = {n.person_id: n for n in published.notices}  # type: ignore[attr-defined]
    anna, una = person_id(uow, ANNA), person_id(uow, UNA)
    assert told[anna].params["outcome"] == "Rådet vill ha tolk vid varje besök."
    assert told[una].key == "punkt.notice.moved"  # not reached: to the next meeting
    queued = {row.idempotency_key: row for row in uow.store.all(OutboxMessage)}
    assert all(n.id in queued for n in told.values())
    [tolk] = [p for p in uow.store.all(AgendaPoint) if p.title == "Tolk vid besök"]
    assert tolk.status == PointStatus.HANDLED


def test_minutes_wait_for_the_justerare_before_they_are_published(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow)
    add_member(uow, ANNA, Role.JUSTERARE, "RSMH")
    with pytest.raises(UserError) as err:
        _publish(uow)
    assert err.value.key == "protokoll.publish.not_locked"
    version = (
        _minutes(uow)
        .justering.send(
            now=AFTER, who=account(TEAM, SARA.external_id), where=conversation(TEAM, CHANNEL)
        )
        .version
    )
    approved = _minutes(uow).justering.approve(
        version=version,
        now=AFTER,
        who=account(TEAM, ANNA.external_id),
        meeting_id=uow.store.all(Minutes)[0].meeting_id,
    )
    assert approved.locked
    [record] = uow.store.all(Minutes)
    assert record.status == MinutesStatus.LOCKED
    assert _publish(uow).justered  # type: ignore[attr-defined]
