"""The sender against the local Slack: exactly once through faults, crashes and refusals."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.storage.models import OutboxMessage
from bot.core.message import Heading, Message, Paragraph, Words
from bot.core.outbox import saying
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import DrainReport, Sender, SenderPolicy
from devtools.localslack import LocalSlack
from tests.conftest import NOW
from tests.reminders.conftest import FAST, delivery_to, people, posted, queue


def _sender(services: Services, slack: LocalSlack, worker: str = "w1", **policy: Any) -> Sender:
    return Sender(services.uow, delivery_to(slack, replace(FAST, **policy)), worker_id=worker)


def _rows(services: Services) -> list[OutboxMessage]:
    with services.uow() as uow:
        return list(uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def _statuses(services: Services) -> Counter[OutboxStatus]:
    return Counter(row.status for row in _rows(services))


def test_each_reminder_is_posted_once_carrying_its_key(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 3)
    keys = queue(services.uow, users, now=NOW)
    sender = _sender(services, slack)
    assert sender.drain(NOW) == DrainReport(sent=3)
    assert sender.drain(NOW + timedelta(minutes=1)) == DrainReport()
    assert posted(slack, users) == Counter(keys)
    for row in _rows(services):
        assert row.status == OutboxStatus.SENT and row.attempts == 1
        assert row.ref and row.conversation in {slack.dm_channel(u) for u in users}
    message = slack.messages(slack.dm_channel(users[0]))[0]
    assert message["text"] == f"God morgon {users[0]}!"


def test_a_persons_dm_channel_is_opened_once_per_process(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 1)
    keys = queue(services.uow, users, now=NOW) + queue(services.uow, users, now=NOW, meeting=2)
    assert _sender(services, slack).drain(NOW) == DrainReport(sent=2)
    assert posted(slack, users) == Counter(keys)
    assert len(slack.calls_to("conversations.open")) == 1


def test_rate_limits_and_server_errors_still_deliver_every_reminder_exactly_once(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 40)
    keys = queue(services.uow, users, now=NOW)
    slack.faults.add("*", "ratelimited", rate=0.3, retry_after=0)
    slack.faults.add("*", "server_error", rate=0.1)
    sender = _sender(services, slack)
    for minute in range(0, 120, 5):  # later drains pick up what waits for its backoff
        sender.drain(NOW + timedelta(minutes=minute))
        if _statuses(services) == Counter({OutboxStatus.SENT: len(keys)}):
            break
    assert _statuses(services) == Counter({OutboxStatus.SENT: len(keys)})
    assert posted(slack, users) == Counter(keys)
    faults = Counter(call.fault for call in slack.calls)
    assert faults["ratelimited"] > 10 and faults["server_error"] > 3


def test_a_post_made_just_before_a_crash_is_found_and_not_repeated(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 3)
    keys = queue(services.uow, users, now=NOW)
    # A worker claims all three, posts the first, and dies before marking anything.
    with services.uow() as uow:
        assert len(uow.outbox.claim("dead", at=NOW, stale_before=NOW, limit=10)) == 3
        uow.commit()
    dead = delivery_to(slack)
    dead.post(dead.open_dm(users[0]), "God morgon!", keys[0])
    sender = _sender(services, slack, "w2")
    assert sender.drain(NOW + timedelta(minutes=5)) == DrainReport()  # its lease still holds
    report = sender.drain(NOW + timedelta(minutes=11))
    assert report == DrainReport(sent=2, reconciled=1)
    assert posted(slack, users) == Counter(keys)
    assert _statuses(services) == Counter({OutboxStatus.SENT: 3})


def test_a_deactivated_person_is_recorded_and_not_retried(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 2)
    slack.add_user(users[1], "gone", deleted=True)
    queue(services.uow, users, now=NOW)
    sender = _sender(services, slack)
    assert sender.drain(NOW) == DrainReport(sent=1, failed=1)
    calls = len(slack.calls)
    assert sender.drain(NOW + timedelta(hours=1)) == DrainReport()
    assert len(slack.calls) == calls
    failed = next(row for row in _rows(services) if row.status == OutboxStatus.FAILED)
    assert failed.last_error == "user_disabled" and failed.attempts == 1


def test_a_transient_failure_is_retried_after_a_backoff(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 1)
    keys = queue(services.uow, users, now=NOW)
    slack.faults.add("chat.postMessage", "server_error", count=1)
    sender = _sender(services, slack)
    assert sender.drain(NOW) == DrainReport(retrying=1)
    (row,) = _rows(services)
    assert row.status == OutboxStatus.PENDING and row.last_error == "fatal_error"
    assert row.due_at >= NOW + timedelta(minutes=1)
    assert sender.drain(NOW + timedelta(seconds=30)) == DrainReport()
    assert sender.drain(NOW + timedelta(minutes=2)) == DrainReport(sent=1)
    assert posted(slack, users) == Counter(keys)


def test_a_failure_that_does_not_pass_is_given_up_after_a_bounded_number_of_attempts(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 1)
    queue(services.uow, users, now=NOW, expires_at=NOW + timedelta(days=2))
    slack.faults.add("chat.postMessage", "server_error")
    sender = _sender(services, slack)
    for hour in range(12):
        sender.drain(NOW + timedelta(hours=hour))
    (row,) = _rows(services)
    assert row.status == OutboxStatus.FAILED
    assert row.attempts == SenderPolicy().max_attempts
    assert posted(slack, users) == Counter()


def test_a_reminder_whose_moment_has_passed_is_never_sent(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 1)
    queue(services.uow, users, now=NOW, expires_at=NOW + timedelta(minutes=1))
    assert _sender(services, slack).drain(NOW + timedelta(minutes=2)) == DrainReport(expired=1)
    assert slack.calls == []


def test_retry_after_is_waited_out_before_the_post_is_repeated(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 1)
    keys = queue(services.uow, users, now=NOW)
    slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=1)
    started = time.monotonic()
    assert _sender(services, slack, jitter=0.0).drain(NOW) == DrainReport(sent=1)
    assert time.monotonic() - started >= 1.0
    assert posted(slack, users) == Counter(keys)


def test_a_long_retry_after_goes_back_to_the_outbox_instead_of_blocking_the_drain(
    services: Services, slack: LocalSlack
) -> None:
    users = people(slack, 2)
    keys = queue(services.uow, users, now=NOW)
    slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=120)
    sender = _sender(services, slack)
    started = time.monotonic()
    assert sender.drain(NOW) == DrainReport(sent=1, retrying=1)
    assert time.monotonic() - started < 5
    assert sender.drain(NOW + timedelta(minutes=3)) == DrainReport(sent=1)
    assert posted(slack, users) == Counter(keys)


def test_a_drain_for_some_keys_sends_only_those_and_leaves_the_rest_for_the_scheduler(
    services: Services, slack: LocalSlack
) -> None:
    """What a person's action queued goes at once; a backlog is not sent from their request."""
    users = people(slack, 4)
    keys = queue(services.uow, users, now=NOW)
    sender = _sender(services, slack)
    assert sender.drain(NOW, keys=keys[:1]) == DrainReport(sent=1)
    assert posted(slack, users) == Counter(keys[:1])
    assert sender.drain(NOW) == DrainReport(sent=3)
    assert posted(slack, users) == Counter(keys)


def test_a_row_is_posted_as_it_was_stored_whichever_form_it_was_queued_in(
    services: Services, slack: LocalSlack
) -> None:
    """Rows queued by earlier releases still send: text composed for Slack, and one
    paragraph's catalogue words; a row in the neutral form is rendered when it is sent."""
    old_text, old_words, paragraphs, blocks = people(slack, 4)
    greeting = Words("mail.greeting", {"name": "Ann & <Bo>"}, "sv")
    keys = queue(services.uow, [old_text, old_words, paragraphs, blocks], now=NOW)
    with services.uow() as uow:
        rows = {key.split(":")[2]: row for key, row in uow.outbox.by_keys(keys).items()}
        rows[old_words].payload = {"text": "", "words": greeting.to_json()}
        rows[paragraphs].payload = saying(Message.of(greeting, greeting))
        heading = Message((Heading(greeting), Paragraph(greeting)))
        rows[blocks].payload = saying(heading)
        uow.commit()
    assert _sender(services, slack).drain(NOW) == DrainReport(sent=4)

    def shown(user: str) -> dict[str, Any]:
        return slack.messages(slack.dm_channel(user))[0]

    assert shown(old_text)["text"] == f"God morgon {old_text}!"
    assert shown(old_words)["text"] == "Hej Ann &amp; &lt;Bo&gt;!"
    assert shown(paragraphs)["text"] == "Hej Ann &amp; &lt;Bo&gt;!\nHej Ann &amp; &lt;Bo&gt;!"
    assert "blocks" not in shown(paragraphs)
    header, section = shown(blocks)["blocks"]
    assert header["text"]["text"] == "Hej Ann & <Bo>!"
    assert section["text"]["text"] == "Hej Ann &amp; &lt;Bo&gt;!"
