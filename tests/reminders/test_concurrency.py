"""Two workers, each with its own engine, against one PostgreSQL: every reminder exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.storage.models import OutboxMessage
from bot.core.vocabulary import OutboxStatus
from bot.councils.onboarding import KIND as ONBOARDING
from bot.reminders import tick
from bot.reminders.sender import Sender
from bot.reminders.sweep import sweep
from devtools.localslack import LocalSlack
from tests.conftest import NOW
from tests.databases import PostgresTemplate, postgres_reason
from tests.reminders.conftest import delivery_to, people, posted, queue
from tests.reminders.world import EVERYONE, World, at

T = TypeVar("T")


@pytest.fixture
def postgres_url(_postgres_template: PostgresTemplate | None) -> Iterator[str]:
    if _postgres_template is None:
        pytest.skip(postgres_reason() or "PostgreSQL not available")
    url = _postgres_template.fresh()
    yield url
    _postgres_template.drop(url)


def _in_parallel(jobs: list[Callable[[], T]]) -> list[T]:
    """Run the jobs in threads started together; re-raise the first error."""
    start = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = jobs[index]()
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


def _unsent(services: Services) -> int:
    with services.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status != OutboxStatus.SENT)
            )
            or 0
        )


def _workers(url: str, count: int) -> list[Services]:
    settings = load_settings({"DATABASE_URL": url})
    return [build_services(settings) for _ in range(count)]  # an engine each


def test_two_workers_drain_one_outbox_and_each_reminder_goes_out_once(
    postgres_url: str, slack: LocalSlack
) -> None:
    first, second = _workers(postgres_url, 2)
    users = people(slack, 200)
    keys = queue(first.uow, users, now=NOW)
    slack.faults.add("*", "ratelimited", rate=0.2, retry_after=0)

    # One clock for both, as workers on one machine have; whether all is sent is decided
    # once a round, between the drains (each deciding alone could leave one waiting forever).
    done = threading.Event()
    rounds = threading.Barrier(2, action=lambda: _unsent(first) == 0 and done.set())

    def drain(services: Services, name: str) -> Callable[[], int]:
        """Drain every five minutes until nothing is left to send; how many it sent."""
        sender = Sender(services.uow, delivery_to(slack), worker_id=name)

        def run() -> int:
            sent = 0
            try:
                for minute in range(0, 60, 5):
                    sent += sender.drain(NOW + timedelta(minutes=minute)).sent
                    rounds.wait(timeout=120)
                    if done.is_set():
                        break
            except BaseException:
                rounds.abort()  # the other drain is not left waiting for this one
                raise
            return sent

        return run

    sent = _in_parallel([drain(first, "a"), drain(second, "b")])
    assert posted(slack, users) == Counter(keys)
    assert sum(sent) == len(keys) and all(sent)  # both took part
    for services in (first, second):
        services.engine.dispose()


def test_two_workers_sweeping_and_draining_together_queue_and_send_each_reminder_once(
    postgres_url: str, slack: LocalSlack
) -> None:
    first, second = _workers(postgres_url, 2)
    World.build(first).plan()
    for user in EVERYONE:
        slack.add_user(user, user.lower())
    now = at(11, 30, 9)

    _in_parallel([lambda s=s: sweep(s.uow, now) for s in (first, second)])
    with first.uow() as uow:
        queued = uow.session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind != ONBOARDING)
        )  # the sweep's: the members' first weeks' messages were queued with their seats
        introduced = uow.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.kind == ONBOARDING, OutboxMessage.due_at <= now)
        )
    assert queued == len(EVERYONE) + 2  # punkt to everyone, kallelse to Sara and Olle: once
    assert introduced == 3 * 2  # Olle's, Anna's and Lina's first and fourth days
    later = now + timedelta(minutes=1)
    _in_parallel(
        [
            lambda s=s, n=n: tick(s.uow, delivery_to(slack), later, worker_id=n)
            for s, n in ((first, "a"), (second, "b"))
        ]
    )
    counts = posted(slack, sorted(EVERYONE))
    assert len(counts) == queued + introduced and set(counts.values()) == {1}
    for services in (first, second):
        services.engine.dispose()
