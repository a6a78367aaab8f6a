"""Injected faults, as slack_sdk and its retry handlers see them."""

from __future__ import annotations

import threading
import urllib.error

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import builtin_handlers
from slack_sdk.http_retry.builtin_handlers import (
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import (
    FixedValueRetryIntervalCalculator,
)

from devtools.localslack import Faults, LocalSlack
from tests.localslack.conftest import RAD, FakeClock, populate


def test_ratelimited_answers_429_with_retry_after_and_changes_nothing(
    client: WebClient, slack: LocalSlack
) -> None:
    slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=7)

    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel=RAD, text="Kallelse")

    assert raised.value.response.status_code == 429
    assert raised.value.response.headers["Retry-After"] == "7"
    assert raised.value.response["error"] == "ratelimited"
    [call] = slack.calls_to("chat.postMessage")
    assert (call.status, call.fault) == (429, "ratelimited")
    assert slack.messages(RAD) == []


def test_rate_limit_retry_handler_waits_retry_after_then_succeeds(
    slack: LocalSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(builtin_handlers.time, "sleep", waits.append)  # record, don't wait
    slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=2)
    client = WebClient(
        token=slack.bot_token,
        base_url=slack.api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)],
    )

    assert client.chat_postMessage(channel=RAD, text="Kallelse")["ok"]

    assert [c.status for c in slack.calls_to("chat.postMessage")] == [429, 200]
    assert len(waits) == 1 and 2 <= waits[0] < 3  # Retry-After plus slack_sdk's jitter
    assert len(slack.messages(RAD)) == 1


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_fail_the_call_and_are_retried_by_the_handler(
    slack: LocalSlack, client: WebClient, status: int
) -> None:
    slack.faults.add("*", "server_error", count=2, status=status)
    retrying = WebClient(
        token=slack.bot_token,
        base_url=slack.api_url,
        retry_handlers=[
            ServerErrorRetryHandler(
                max_retry_count=1, interval_calculator=FixedValueRetryIntervalCalculator(0.0)
            )
        ],
    )

    with pytest.raises(SlackApiError) as raised:
        client.auth_test()
    assert raised.value.response.status_code == status
    assert retrying.chat_postMessage(channel=RAD, text="Kallelse")["ok"]

    statuses = [(c.method, c.status) for c in slack.calls]
    assert statuses == [
        ("auth.test", status),
        ("chat.postMessage", status),
        ("chat.postMessage", 200),
    ]
    assert len(slack.messages(RAD)) == 1


def test_slow_calls_are_held_then_answered(client: WebClient, slack: LocalSlack) -> None:
    slack.faults.add("chat.postMessage", "slow", count=1, delay=0.05)

    assert client.chat_postMessage(channel=RAD, text="Kallelse")["ok"]
    assert client.chat_postMessage(channel=RAD, text="Igen")["ok"]

    first, second = slack.calls_to("chat.postMessage")
    assert (first.fault, first.delay, first.status) == ("slow", 0.05, 200)
    assert (second.fault, second.delay) == (None, 0.0)


def test_a_client_that_gives_up_on_a_slow_call_still_posted() -> None:
    # The case the outbox reconciles: the client timed out, Slack posted anyway.
    with LocalSlack() as slack:  # its own: the held answer outlives the test
        populate(slack)
        slack.faults.add("chat.postMessage", "slow", count=1, delay=0.5)
        impatient = WebClient(
            token=slack.bot_token, base_url=slack.api_url, timeout=0.1, retry_handlers=[]
        )

        with pytest.raises((TimeoutError, urllib.error.URLError)):
            impatient.chat_postMessage(channel=RAD, text="Kallelse")

        assert [m["text"] for m in slack.messages(RAD)] == ["Kallelse"]


def test_count_rules_fire_on_the_next_calls_only(client: WebClient, slack: LocalSlack) -> None:
    rule = slack.faults.add("auth.test", "server_error", count=2)

    outcomes = []
    for _ in range(3):
        try:
            outcomes.append(client.auth_test().status_code)
        except SlackApiError as error:
            outcomes.append(error.response.status_code)

    assert outcomes == [500, 500, 200]
    assert rule.remaining == 0


def test_rate_rules_are_reproducible_from_the_seed() -> None:
    faults = Faults(threading.RLock(), lambda: 0.0, seed=42)
    faults.add("chat.postMessage", "ratelimited", rate=0.3)

    def draw() -> list[bool]:
        return [faults.decide("chat.postMessage", {}).fault is not None for _ in range(1000)]

    first = draw()
    faults.clear()
    faults.add("chat.postMessage", "ratelimited", rate=0.3)

    assert draw() == first
    assert 250 < sum(first) < 350
    assert faults.decide("auth.test", {}).fault is None


def test_faults_are_validated() -> None:
    faults = Faults(threading.RLock(), lambda: 0.0)

    with pytest.raises(ValueError, match="rate or count"):
        faults.add("*", "slow", rate=0.5, count=1)
    with pytest.raises(ValueError, match="unknown fault"):
        faults.add("*", "timeout")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="5xx"):
        faults.add("*", "server_error", status=429)


def test_rate_limit_per_channel_with_burst(clocked_slack: LocalSlack, clock: FakeClock) -> None:
    client = WebClient(
        token=clocked_slack.bot_token, base_url=clocked_slack.api_url, retry_handlers=[]
    )
    clocked_slack.add_channel("C0ANDRA", "andra")
    clocked_slack.rate_limit("chat.postMessage", per_channel_per_second=1.0, burst=2)

    client.chat_postMessage(channel=RAD, text="1")
    client.chat_postMessage(channel=RAD, text="2")
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel=RAD, text="3")
    assert raised.value.response.headers["Retry-After"] == "1"
    assert client.chat_postMessage(channel="C0ANDRA", text="annan kanal")["ok"]

    clock.now += 1.0

    assert client.chat_postMessage(channel=RAD, text="3")["ok"]
    assert [m["text"] for m in clocked_slack.messages(RAD)] == ["1", "2", "3"]


def test_rate_limit_in_total_has_its_own_burst(clocked_slack: LocalSlack, clock: FakeClock) -> None:
    client = WebClient(
        token=clocked_slack.bot_token, base_url=clocked_slack.api_url, retry_handlers=[]
    )
    channels = [f"C0KANAL{i}" for i in range(4)]
    for channel in channels:
        clocked_slack.add_channel(channel, channel.lower())
    clocked_slack.rate_limit(
        "chat.postMessage",
        per_channel_per_second=1.0,
        burst=1,
        global_per_second=2.0,
        global_burst=3,
    )

    for channel in channels[:3]:
        assert client.chat_postMessage(channel=channel, text="hej")["ok"]
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel=channels[3], text="hej")
    assert raised.value.response.headers["Retry-After"] == "1"
    with pytest.raises(SlackApiError):  # one a second per channel still
        client.chat_postMessage(channel=channels[0], text="igen")

    clock.now += 0.5  # one more in total

    assert client.chat_postMessage(channel=channels[3], text="hej")["ok"]


def test_disconnect_carries_the_call_out_and_drops_the_answer(
    slack: LocalSlack, client: WebClient
) -> None:
    slack.faults.add("chat.postMessage", "disconnect", count=1)

    with pytest.raises(OSError):  # http.client.RemoteDisconnected
        client.chat_postMessage(channel=RAD, text="Kallelse")

    [call] = slack.calls_to("chat.postMessage")
    assert call.fault == "disconnect"
    assert [m["text"] for m in slack.messages(RAD)] == ["Kallelse"]  # Slack acted
    assert client.chat_postMessage(channel=RAD, text="Igen")["ok"]  # the next call is answered


def test_token_revoked_after_some_calls_revokes_the_token_for_good(
    slack: LocalSlack, client: WebClient
) -> None:
    slack.faults.add("chat.postMessage", "token_revoked", count=1, after=1)
    assert client.chat_postMessage(channel=RAD, text="Ett")["ok"]
    for call in (
        lambda: client.chat_postMessage(channel=RAD, text="Två"),
        lambda: client.chat_postMessage(channel=RAD, text="Tre"),  # the rule is spent...
        lambda: client.conversations_history(channel=RAD),  # ...but the token stays revoked
    ):
        with pytest.raises(SlackApiError) as raised:
            call()
        assert raised.value.response["error"] == "token_revoked"
    assert not slack.installed
    slack.reinstall()
    assert client.chat_postMessage(channel=RAD, text="Fyra")["ok"]
    assert [m["text"] for m in slack.messages(RAD)] == ["Ett", "Fyra"]
