"""/metrics after a scripted cycle: the council set up, a meeting, its kallelse to every member
(one post answered 429 first), a point, an event delivered twice; and a reminder pass timed
by the scheduler. Counters belong to the process, so the test reads what changed."""

from __future__ import annotations

import threading
import urllib.request

from apscheduler.events import EVENT_JOB_EXECUTED, JobExecutionEvent
from prometheus_client.parser import text_string_to_metric_families

from adapters.console.stack import LocalStack
from adapters.runtime.messengers import messengers_from
from adapters.runtime.scheduler import REMINDERS, build_scheduler
from adapters.slack.handlers.ack_first import replay
from adapters.slack.http import EVENTS_PATH
from adapters.slack.run import time_passes
from bot.kallelse.message import ANSWER
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say

LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the env
Series = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def _scrape(stack: LocalStack) -> Series:
    url = stack.driver.bot_url.removesuffix(EVENTS_PATH) + "/metrics"
    with LOCAL.open(url, timeout=30) as answer:
        assert answer.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = answer.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def _grew(before: Series, after: Series, name: str, **labels: str) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


def test_the_series_after_a_scripted_cycle(stack: LocalStack) -> None:
    before = _scrape(stack)
    council_with_members(stack)  # 1 + 5 commands
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=0)
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert any(ANSWER in str(m) for m in stack.slack.messages(stack.slack.dm_channel(ANNA)))
    say(stack, ANNA, RAD, "/punkt", "Hörslinga i lokalen")
    event = {"type": "app_home_opened", "user": LINA, "channel": stack.slack.dm_channel(LINA)}
    for retry in (None, 1):
        assert stack.driver.event(event, event_id="EvMETRICS1", retry_num=retry).ok
    stack.driver.settle()
    after = _scrape(stack)

    assert _grew(before, after, "brukarbot_requests_total", kind="command", outcome="stored") >= 9
    assert _grew(before, after, "brukarbot_requests_total", kind="action", outcome="stored") == 1
    assert _grew(before, after, "brukarbot_requests_total", kind="event", outcome="again") == 1
    assert _grew(before, after, "brukarbot_ack_seconds_count") >= 11
    assert _grew(before, after, "brukarbot_ack_seconds_bucket", le="3.0") >= 11
    limited = _grew(before, after, "brukarbot_slack_rate_limited_total", method="chat.postMessage")
    assert limited == 1
    members = {ANNA, LINA}
    sent = after[("brukarbot_outbox_messages", (("status", "sent"), ("via", "slack")))]
    assert sent >= len(members)
    assert after[("brukarbot_database_up", ())] == 1
    assert after[("brukarbot_inbox_depth", ())] == 0
    assert after[("brukarbot_outbox_depth", ())] == 0


def test_a_reminder_pass_is_timed(stack: LocalStack) -> None:
    before = _scrape(stack)
    services = stack.services
    scheduler = build_scheduler(
        services, messengers_from(services.settings, services.engine), replay(stack.app)
    )
    time_passes(scheduler)
    passed = threading.Event()

    def heard(event: JobExecutionEvent) -> None:
        if event.job_id == REMINDERS:
            passed.set()

    scheduler.add_listener(heard, EVENT_JOB_EXECUTED)  # after the timer's: it has counted
    scheduler.start()
    try:
        assert passed.wait(60)
    finally:
        scheduler.shutdown()
    after = _scrape(stack)
    assert _grew(before, after, "brukarbot_scheduler_pass_seconds_count") >= 1
