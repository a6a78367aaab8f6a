"""Reminders on the fakes: the sweep queues what is due into the outbox, once; the sender
delivers it through the Messenger, and drops what is no longer wanted when its turn comes."""

from __future__ import annotations

from datetime import datetime

from adapters.slack.ids import account, conversation
from adapters.storage.models import OutboxMessage
from bot.core.ports.messenger import DeliveryError, Outbound
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import Sender
from bot.reminders.sweep import sweep
from tests.fakes.messenger import FakeMessenger
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    ERIK,
    SARA,
    STOCKHOLM,
    TEAM,
    UNA,
    council,
    meetings,
    person_id,
    plan,
    queued,
)

# The stormöte is Thursday 10 December 13:00: points are due, and the kallelse must be out,
# by Thursday 3 December, so their reminders go three days before, Monday 30 November 09:00:
# "punkt" to every member, "kallelse" to the secretary.
PUNKT_DAY = datetime(2026, 11, 30, 9, 0, tzinfo=STOCKHOLM)


def _rows(uow: FakeUnitOfWorkFactory, kind: str) -> list[OutboxMessage]:
    return [r for r in uow.store.all(OutboxMessage) if r.idempotency_key.startswith(f"{kind}:")]


def _reminders(messenger: FakeMessenger) -> list[Outbound]:
    """What was delivered but Anna's and Erik's first weeks' messages (due by then too)."""
    return [m for m in messenger.delivered if not m.key.startswith("onboarding:")]


def _planned(uow: FakeUnitOfWorkFactory) -> int:
    council(uow)
    return plan(uow, "torsdag 10 december kl 13-16").meeting.id


def _drain(uow: FakeUnitOfWorkFactory, messenger: FakeMessenger, now: datetime) -> None:
    Sender(uow, messenger, worker_id="test").drain(now)


def test_the_reminders_are_queued_for_those_they_concern_once(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _planned(uow)
    assert sweep(uow, PUNKT_DAY.replace(hour=8, minute=59)) == 0
    assert sweep(uow, PUNKT_DAY) == 5
    assert {row.person_id for row in _rows(uow, "punkt")} == {
        person_id(uow, u) for u in (SARA, ANNA, ERIK, UNA)
    }
    assert [row.person_id for row in _rows(uow, "kallelse")] == [person_id(uow, SARA)]
    assert sweep(uow, PUNKT_DAY.replace(minute=30)) == 0  # queued once, not every pass


def test_the_sender_delivers_each_to_the_persons_own_dm(uow: FakeUnitOfWorkFactory) -> None:
    _planned(uow)
    sweep(uow, PUNKT_DAY)
    messenger = FakeMessenger()
    _drain(uow, messenger, PUNKT_DAY)
    assert sorted(m.to.external_id for m in _reminders(messenger) if m.to) == sorted(
        u.external_id for u in (SARA, SARA, ANNA, ERIK, UNA)
    )
    assert {row.status for row in queued(uow)} == {OutboxStatus.SENT}
    _drain(uow, messenger, PUNKT_DAY.replace(minute=5))
    assert len(_reminders(messenger)) == 5  # exactly once


def test_cancelling_the_meeting_makes_its_queued_reminders_unwanted(
    uow: FakeUnitOfWorkFactory,
) -> None:
    meeting_id = _planned(uow)
    sweep(uow, PUNKT_DAY)
    meetings(uow).cancel(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        meeting_id=meeting_id,
        now=PUNKT_DAY,
    )
    messenger = FakeMessenger()
    _drain(uow, messenger, PUNKT_DAY)
    assert _reminders(messenger) == []
    assert {(row.status, row.last_error) for row in _rows(uow, "punkt")} == {
        (OutboxStatus.DROPPED, "meeting_cancelled")
    }


def test_a_refused_delivery_is_tried_again_later(uow: FakeUnitOfWorkFactory) -> None:
    _planned(uow)
    sweep(uow, PUNKT_DAY)
    messenger = FakeMessenger()
    messenger.refusals.append(DeliveryError("ratelimited", permanent=False))
    _drain(uow, messenger, PUNKT_DAY)
    # The first one tried (a reminder, or Anna's or Erik's first weeks' message) waits.
    [retried] = [row for row in uow.store.all(OutboxMessage) if row.last_error == "ratelimited"]
    assert retried.status == OutboxStatus.PENDING and retried.due_at > PUNKT_DAY
    delivered = len(messenger.delivered)
    _drain(uow, messenger, retried.due_at)
    assert len(messenger.delivered) == delivered + 1 and retried.status == OutboxStatus.SENT
    assert len(_reminders(messenger)) == 5
