"""Event ids taken in: the first delivery counts, later ones do not, and a day later the ids
are pruned by the periodic pass."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.clock import ManualClock
from bot.reminders import RECEIVED_KEPT, tick
from bot.services import Services
from tests.conftest import NOW


class NoDelivery:
    """Nothing is queued in these tests, so nothing is delivered."""

    def open_dm(self, user_id: str) -> str:
        raise AssertionError("no DM expected")

    def find_posted(self, channel_id: str, key: str, thread_ts: str | None = None) -> str | None:
        raise AssertionError("no lookup expected")

    def post(
        self,
        channel_id: str,
        text: str,
        key: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
    ) -> str:
        raise AssertionError("no post expected")

    def permalink(self, channel_id: str, ts: str) -> str:
        raise AssertionError("no link expected")


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
