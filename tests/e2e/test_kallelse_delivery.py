"""A kallelse reaches every member exactly once, however Slack's rate limits and errors fall:
its DMs go through the outbox and the secretary is told how many have arrived."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from bot.kallelse.message import ANSWER
from tests.conftest import STOCKHOLM
from tests.e2e.cast import (
    ANNA,
    ERIK,
    LINA,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    reply_text,
    say,
)

MEMBERS = 40  # besides the cast's six: 46 summoned


def _kallelser(stack: LocalStack, users: list[str]) -> Counter[str]:
    """How many kallelse DMs (the ones with the answer buttons) each user has."""
    found: Counter[str] = Counter()
    for user in users:
        for message in stack.slack.messages(stack.slack.dm_channel(user)):
            if ANSWER in json.dumps(message.get("blocks", [])):
                found[user] += 1
    return found


def test_a_kallelse_to_46_reaches_each_once_through_429s_and_5xx(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    users = [f"U0M{n:03d}" for n in range(MEMBERS)]
    for n, user in enumerate(users):
        stack.slack.add_user(user, f"medlem{n}", real_name=f"Medlem {n}")
        forening = ("RSMH Väst", "Attention")[n % 2]
        say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{user}> ledamot {forening}")
    start = datetime(2026, 11, 22, 10, tzinfo=STOCKHOLM)
    clock.set(start)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    stack.slack.faults.add("chat.postMessage", "ratelimited", rate=0.3, retry_after=0)
    stack.slack.faults.add("chat.postMessage", "server_error", rate=0.2)
    pressed = stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert pressed.ok, pressed
    told = reply_text(pressed.answer)
    assert "46 personer" in told, told
    # The scheduler's passes send what Slack turned away, until every one has arrived.
    for minutes in (1, 3, 7, 15, 31, 63):
        stack.tick(start + timedelta(minutes=minutes))
    stack.slack.faults.clear()
    stack.tick(start + timedelta(minutes=130))
    everyone = [*users, SARA, OLLE, ANNA, ERIK, LINA, VERA]
    counted = _kallelser(stack, everyone)
    assert sorted(counted.values()) == [1] * 46, counted


def test_kallelse_status_shows_who_has_it_who_waits_and_why_one_failed(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(datetime(2026, 11, 22, 10, tzinfo=STOCKHOLM))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    assert "inte skickad än" in say(stack, SARA, RAD, "/kallelse", "status")
    stack.slack.add_user(LINA, "lina", real_name="Lina Lind", deleted=True)  # deactivated
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    # Slack holds back the next DM for a minute: it waits in the outbox.
    stack.slack.faults.add("conversations.open", "ratelimited", count=1, retry_after=60)
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    status = say(stack, SARA, RAD, "/kallelse", "status")
    assert "Har kommit fram till 4 personer:" in status, status
    assert "Väntar på Slack, 1 person" in status
    assert "• Lina Lind – kontot i Slack är avstängt" in status
    stack.tick(datetime(2026, 11, 22, 10, 5, tzinfo=STOCKHOLM))
    assert "Har kommit fram till 5 personer:" in say(stack, SARA, RAD, "/kallelse", "status")
    assert "sekreterare eller ordförande" in say(stack, ANNA, RAD, "/kallelse", "status")


def test_a_kallelse_waiting_in_the_outbox_is_not_sent_once_the_meeting_is_cancelled(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(datetime(2026, 11, 22, 10, tzinfo=STOCKHOLM))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    stack.slack.faults.add("conversations.open", "ratelimited", retry_after=60)  # every DM
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert "Väntar på Slack, 6 personer" in say(stack, SARA, RAD, "/kallelse", "status")
    say(stack, SARA, RAD, "/mote", "ställ in 1")
    stack.slack.faults.clear()
    stack.tick(datetime(2026, 11, 22, 10, 5, tzinfo=STOCKHOLM))
    everyone = [SARA, OLLE, ANNA, ERIK, LINA, VERA]
    assert _kallelser(stack, everyone) == Counter()


def test_the_officers_home_tab_shows_how_far_the_kallelse_has_come(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(datetime(2026, 11, 22, 10, tzinfo=STOCKHOLM))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    stack.slack.add_user(LINA, "lina", real_name="Lina Lind", deleted=True)  # deactivated
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    stack.slack.faults.add("conversations.open", "ratelimited", count=1, retry_after=60)
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    for user in (SARA, ANNA):
        assert stack.driver.app_home_opened(user).ok
    home = json.dumps(stack.slack.home_views[SARA], ensure_ascii=False)
    assert "har kommit fram till 4 av 6" in home, home
    assert "1 väntar på Slack" in home and "Till 1 gick den inte fram" in home
    assert "har kommit fram till" not in json.dumps(stack.slack.home_views[ANNA])
