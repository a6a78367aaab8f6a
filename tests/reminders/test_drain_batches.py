"""The sender claims a batch at a time and reads what its checks need for the whole batch at
once; batch claims by two workers never share a row; a 429 holds up the workspace's posts."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

from sqlalchemy import Engine, event, insert, select

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.slack.delivery import RetryPolicy, SlackDelivery
from adapters.slack.ids import account, conversation
from adapters.storage.db import make_session_factory
from adapters.storage.models import OutboxMessage
from adapters.storage.uow import UnitOfWork
from adapters.storage.writers import sqlite_writers
from bot.core.clock import ManualClock
from bot.core.ports.messenger import Outbound
from bot.core.vocabulary import MeetingStatus, OutboxStatus
from bot.reminders.sender import DrainReport, Sender, SenderPolicy
from devtools.localslack import LocalSlack
from devtools.statements import statements
from tests.conftest import NOW
from tests.fakes.messenger import FakeMessenger
from tests.reminders.conftest import people
from tests.reminders.world import EVERYONE, TEAM, World

PER_PERSON = 24  # rows each of the council's five members has waiting


def _queue_for_members(services: Services, meeting_id: int, count: int) -> None:
    """`count` DMs about the meeting to each member, as the sweep queues reminders."""
    with services.uow() as uow:
        council = uow.directory.council(conversation("T", "C0RAD"))
        assert council is not None
        rows = []
        for user in sorted(EVERYONE):
            person = uow.directory.person(account(TEAM, user))
            assert person is not None
            rows += [
                {
                    "idempotency_key": f"test:m{meeting_id}:{user}:{n}",
                    "kind": "mötesdag",
                    "council_id": council.id,
                    "person_id": person.id,
                    "payload": {"text": "Mötet är i dag.", "subject": f"m{meeting_id}"},
                    "due_at": NOW,
                    "expires_at": NOW + timedelta(hours=5),
                    "status": OutboxStatus.PENDING,
                    "attempts": 0,
                }
                for n in range(count)
            ]
        uow.outbox.add_new(rows)
        uow.commit()


def test_a_drain_claims_in_batches_and_reads_each_batchs_checks_at_once(
    services: Services, engine: Engine
) -> None:
    world = World.build(services)
    meeting_id = world.plan()
    _queue_for_members(services, meeting_id, PER_PERSON)
    queued = PER_PERSON * len(EVERYONE)
    batch = SenderPolicy().batch
    messenger = FakeMessenger()
    with statements(engine) as sent:
        report = Sender(services.uow, messenger, worker_id="w1").drain(NOW)
    assert report == DrainReport(sent=queued)
    assert Counter(m.key for m in messenger.delivered) == Counter(
        r.idempotency_key for r in world.outbox()
    )
    claims = [s for s in sent if "claimed_by=" in s.statement and s.statement.startswith("UPDATE")]
    batches = -(-queued // batch)
    assert len(claims) == batches + 1  # the last finds none left
    # The checks (council, people, workspaces, accounts, roles, meetings) and the addresses:
    # a few reads per batch, however many rows it holds (one row at a time, about ten each).
    reads = [s for s in sent if s.statement.lstrip().startswith("SELECT")]
    assert len(reads) <= 8 * batches


def test_a_meeting_cancelled_drops_its_whole_batch_without_a_post(
    services: Services,
) -> None:
    world = World.build(services)
    meeting_id = world.plan()
    _queue_for_members(services, meeting_id, 2)
    world.update(meeting_id, status=MeetingStatus.CANCELLED)
    messenger = FakeMessenger()
    report = Sender(services.uow, messenger, worker_id="w1").drain(NOW)
    assert report == DrainReport(dropped=2 * len(EVERYONE))
    assert messenger.delivered == []
    assert {r.last_error for r in world.outbox()} == {"meeting_cancelled"}


def _pending(engine: Engine, count: int) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(OutboxMessage),
            [
                {
                    "idempotency_key": f"k{n}",
                    "kind": "mötesdag",
                    "payload": {"text": "Mötet är i dag."},
                    "due_at": NOW,
                    "status": OutboxStatus.PENDING,
                    "attempts": 0,
                }
                for n in range(count)
            ],
        )


def test_two_workers_claiming_batches_at_once_never_get_the_same_row(engine: Engine) -> None:
    """The first worker's claim is still open (its transaction not committed) when the second
    claims: on PostgreSQL SKIP LOCKED passes over the rows it holds, on SQLite the second
    waits for the first's commit; either way the batches are disjoint and cover every row."""
    _pending(engine, 30)
    sessions = make_session_factory(engine)
    first_claimed = threading.Event()
    claimed: dict[str, list[int]] = {}

    def first() -> None:
        with UnitOfWork(sessions) as uow:
            claimed["w1"] = [
                r.id for r in uow.outbox.claim("w1", at=NOW, stale_before=NOW, limit=20)
            ]
            first_claimed.set()
            second_done.wait(timeout=2 if engine.dialect.name == "postgresql" else 0)
            uow.commit()

    second_done = threading.Event()
    thread = threading.Thread(target=first)
    thread.start()
    assert first_claimed.wait(timeout=30)
    with UnitOfWork(sessions) as uow:
        claimed["w2"] = [r.id for r in uow.outbox.claim("w2", at=NOW, stale_before=NOW, limit=20)]
        uow.commit()
    second_done.set()
    thread.join()
    assert len(claimed["w1"]) == 20
    assert not set(claimed["w1"]) & set(claimed["w2"])
    assert len(claimed["w1"]) + len(claimed["w2"]) == 30
    with UnitOfWork(sessions) as uow:
        owners = Counter(uow.session.scalars(select(OutboxMessage.claimed_by)))
    assert owners == Counter({"w1": 20, "w2": 10})


def test_a_429_holds_up_every_post_to_the_workspace_for_its_retry_after(
    slack: LocalSlack,
) -> None:
    """One drain's post is refused with Retry-After 1; another drain's post to someone else
    (its own SlackDelivery, as each button press has) waits for the same second instead of
    going at once."""
    first_user, second_user = people(slack, 2)
    slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=1)
    policy = RetryPolicy(jitter=0.0)
    first = SlackDelivery(slack.bot_token, slack.api_url, policy)
    second = SlackDelivery(slack.bot_token, slack.api_url, policy)
    to_first = account(slack.team_id, first_user)
    thread = threading.Thread(
        target=lambda: first.deliver(Outbound(key="a", text="A", to=to_first))
    )
    thread.start()
    assert slack.wait_for_calls("chat.postMessage", 1, timeout=30)  # refused: 429
    started = time.monotonic()
    # Its DM channel opens slowly, so its post comes well after the refusal was read.
    slack.faults.add("conversations.open", "slow", count=1, delay=0.4)
    second.deliver(Outbound(key="b", text="B", to=account(slack.team_id, second_user)))
    waited = time.monotonic() - started
    thread.join()
    posts = slack.calls_to("chat.postMessage")
    assert [c.status for c in posts].count(429) == 1
    assert sorted(c.args["text"] for c in posts if c.status == 200) == ["A", "B"]
    assert waited >= 0.9  # the refusal's second, not just the slow open's 0.4 s


def test_a_batch_is_checked_after_its_claim_has_given_up_the_writers_turn(
    sqlite_url: str,
) -> None:
    """On SQLite a transaction that wrote holds the one writer's turn until it ends, and a
    person's request waits for it before it can be stored (adapters/storage/writers.py): the
    checks of a batch (about ten reads) must not run inside its claim's transaction."""
    services = build_services(load_settings({"DATABASE_URL": sqlite_url}), clock=ManualClock(NOW))
    engine = services.engine
    writers = sqlite_writers(engine)
    assert writers is not None
    world = World.build(services)
    _queue_for_members(services, world.plan(), 2)
    held_while_reading: list[str] = []

    def watch(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().startswith("SELECT") and writers._holder is not None:
            held_while_reading.append(statement.split("FROM", 1)[-1][:60])

    claimed: list[str] = []

    def after(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.startswith("UPDATE outbox") and "claimed_by" in statement:
            claimed.append(statement)

    event.listen(engine, "before_cursor_execute", watch)
    event.listen(engine, "after_cursor_execute", after)
    try:
        Sender(services.uow, FakeMessenger(), worker_id="w1").drain(NOW)
    finally:
        event.remove(engine, "before_cursor_execute", watch)
        event.remove(engine, "after_cursor_execute", after)
    assert claimed  # it did claim
    assert held_while_reading == []
