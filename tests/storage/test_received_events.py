"""Event ids taken in: the first delivery counts, later ones do not, and a day later the ids
are pruned by the periodic pass."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import ManualClock
from bot.messenger import Delivered, Outbound
from bot.reminders import RECEIVED_KEPT, tick
from bot.services import Services
from tests.conftest import NOW


class NoDelivery:
    """Nothing is queued in these tests, so nothing is delivered."""

    name = "slack"

    def deliver(self, message: Outbound) -> Delivered | None:
        raise AssertionError("no message expected")

    def done(self) -> None:
        pass


def _first_time(services: Services, event_id: str, clock: ManualClock) -> bool:
    with services.uow() as uow:
        first = uow.received.first_time(event_id, at=clock.now())
        uow.commit()
    return first


def test_an_event_id_counts_once_until_it_is_pruned(services: Services, clock: ManualClock) -> None:
    assert _first_time(services, "Ev1", clock)
    assert not _first_time(services, "Ev1", clock)
    assert _first_time(services, "Ev2", clock)
    tick(services.uow, NoDelivery(), NOW + RECEIVED_KEPT - timedelta(minutes=1), worker_id="t")
    assert not _first_time(services, "Ev1", clock)
    tick(services.uow, NoDelivery(), NOW + RECEIVED_KEPT + timedelta(minutes=1), worker_id="t")
    assert _first_time(services, "Ev1", clock)
