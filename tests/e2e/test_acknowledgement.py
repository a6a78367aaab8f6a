"""Slash commands are acknowledged before any work, and answered through their response_url,
so a slow database never makes Slack give up on a command."""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

import adapters.slack.handlers.commands
from adapters.console.stack import SIGNING_SECRET, LocalStack
from adapters.storage.models import AgendaPoint
from devtools.localslack.driver import Driver
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, say

ACK_SECONDS = 3.0  # what Slack gives a request before it counts it as failed
NOT_SAVED = "Jag kan inte spara något just nu"
COMMANDS = sorted(
    importlib.import_module(f"adapters.slack.handlers.commands.{m.name}").COMMAND
    for m in pkgutil.iter_modules(adapters.slack.handlers.commands.__path__)
)


@contextmanager
def _write_locked(database_url: str) -> Iterator[None]:
    """Another connection holds the database's write lock, as a long migration or a stuck
    writer would; readers go on (WAL), writers wait."""
    path = make_url(database_url).database
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_point_sent_while_the_database_is_locked_is_told_at_once_and_works_after(
    stack: LocalStack,
) -> None:
    """The inbox cannot take the point in: rather than a 200 and silence, the person reads at
    once, within Slack's three seconds, that nothing was saved."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)  # does not settle
    with _write_locked(stack.services.settings.database_url):
        began = time.monotonic()
        refused = impatient.command(ANNA, RAD, "/punkt", "Väntetider: till läkare")
        assert time.monotonic() - began < ACK_SECONDS
        assert refused.status == 200 and NOT_SAVED in refused.body
    assert stack.background.settle()
    assert refused.responses == []  # told once, in the acknowledgement
    with stack.services.uow() as uow:
        assert uow.session.scalars(select(AgendaPoint)).first() is None
    assert "Tack! Din punkt *Väntetider*" in say(stack, ANNA, RAD, "/punkt", "Väntetider")


def test_a_point_written_in_the_channel_while_the_database_is_locked_is_told_its_writer(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)
    with _write_locked(stack.services.settings.database_url):
        began = time.monotonic()
        delivered = impatient.message(ANNA, RAD, "punkt: Fika till alla")
        assert time.monotonic() - began < ACK_SECONDS
        assert delivered.status == 200
    assert stack.background.settle()
    assert stack.slack.messages(RAD, thread_ts=delivered.ts)[1:] == []  # nothing in public
    assert NOT_SAVED in stack.slack.ephemerals(user=ANNA)[-1]["text"]
    again = stack.driver.message(ANNA, RAD, "punkt: Fika till alla")
    [receipt] = stack.slack.messages(RAD, thread_ts=again.ts)[1:]  # under Anna's message
    assert "Tack! Din punkt *Fika till alla*" in receipt["text"]


def test_the_kallelse_button_is_acknowledged_before_forty_slack_calls_are_made(
    stack: LocalStack,
) -> None:
    """Sending the kallelse posts to the channel and DMs every member: in real Slack that
    takes longer than the three seconds a button press is given, so it is done after."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16 i Stora salen")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)
    posts_before = len(stack.slack.calls_to("chat.postMessage"))
    stack.slack.faults.add("chat.postMessage", "slow", delay=0.6)  # 7 posts: over 4 seconds
    began = time.monotonic()
    pressed = impatient.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert time.monotonic() - began < ACK_SECONDS
    assert pressed.status == 200 and pressed.body == ""
    assert stack.background.settle()
    sent = stack.slack.calls_to("chat.postMessage")[posts_before:]
    assert {c.args["channel"] for c in sent} >= {RAD} and len(sent) == 1 + 6  # channel + DMs
    assert "köad som direktmeddelande till 6 personer" in pressed.responses[-1]["text"]
    assert "levererad till 6." in pressed.responses[-1]["text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_acknowledges_empty_and_answers_on_its_response_url(
    stack: LocalStack, command: str
) -> None:
    delivery = stack.driver.command(ANNA, RAD, command, "hjälp")
    assert delivery.status == 200 and delivery.body == ""
    assert command in delivery.answer["text"]
    assert delivery.reply_ts in [e["ts"] for e in stack.slack.ephemerals(user=ANNA)]
