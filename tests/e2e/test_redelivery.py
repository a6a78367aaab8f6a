"""Slack delivers an event again when it did not hear our 200 in time (X-Slack-Retry-Num), and
sometimes the same event twice at once: each has one effect and one reply."""

from __future__ import annotations

import json
import threading
from typing import Any

from sqlalchemy import func, select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Event
from bot.core.clock import ManualClock
from devtools.localslack.driver import Delivery
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, reply, say
from tests.e2e.test_protokoll import DURING, MEETING


def _written(
    stack: LocalStack, user: str, text: str, thread_ts: str | None = None
) -> dict[str, Any]:
    """The user's message as Slack stores it, and the event it makes (not yet delivered)."""
    stored = stack.slack.post_user_message(user, RAD, text, thread_ts=thread_ts)
    return {**stored, "channel": RAD, "event_ts": stored["ts"], "channel_type": "channel"}


def _minutes_lines(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(Event).where(Event.kind.like("minutes.noted%"))
            )
            or 0
        )


def _bot_replies(stack: LocalStack, thread_ts: str) -> list[dict[str, Any]]:
    return [m for m in stack.slack.messages(RAD, thread_ts=thread_ts) if m.get("bot_id")]


def test_a_minutes_line_delivered_again_by_slacks_retries_is_written_once(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", f"stormöte {MEETING}")
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    thread = stack.slack.messages(RAD)[-1]["ts"]
    assert stack.driver.message(SARA, RAD, "punkt 1", thread_ts=thread).ok
    before = _minutes_lines(stack), len(_bot_replies(stack, thread))
    event = _written(stack, SARA, "info: Nya lokaler från januari.", thread_ts=thread)
    for retry in (None, 1, 2):
        delivery = stack.driver.event(event, event_id="Ev0RETRY01", retry_num=retry)
        assert delivery.ok, delivery
    assert _minutes_lines(stack) == before[0] + 1
    assert len(_bot_replies(stack, thread)) <= before[1] + 1
    draft = json.dumps(reply(stack, SARA, RAD, "/protokoll", "utkast"), ensure_ascii=False)
    assert draft.count("Nya lokaler från januari") == 1


def test_the_same_point_message_delivered_twice_at_once_makes_one_point_and_one_receipt(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", f"stormöte {MEETING}")
    event = _written(stack, ANNA, "punkt: Tolk vid besök")
    deliveries: list[Delivery] = []
    threads = [
        threading.Thread(
            target=lambda: deliveries.append(stack.driver.event(event, event_id="Ev0TWICE01"))
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(d.ok for d in deliveries)
    with stack.services.uow() as uow:
        titles = uow.session.scalars(select(AgendaPoint.title)).all()
    assert titles.count("Tolk vid besök") == 1
    receipts = [m for m in stack.slack.messages(RAD, thread_ts=event["ts"]) if m.get("bot_id")]
    assert len(receipts) == 1, receipts
