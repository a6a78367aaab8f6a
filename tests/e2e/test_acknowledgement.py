"""Slash commands are acknowledged before any work, and answered through their response_url,
so a slow database never makes Slack give up on a command."""

from __future__ import annotations

import importlib
import pkgutil
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

import handlers.commands
from bot.localslack.driver import Driver
from bot.localslack.server import LocalSlack
from bot.runtime.http import EVENTS_PATH
from bot.sandbox.stack import SIGNING_SECRET, LocalStack
from storage.migrate import upgrade
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, say, seed_workspace
from tests.processes import serving

COMMANDS = sorted(
    importlib.import_module(f"handlers.commands.{m.name}").COMMAND
    for m in pkgutil.iter_modules(handlers.commands.__path__)
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


def test_a_point_is_acknowledged_while_the_database_is_busy_and_answered_once_it_is_free(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)  # does not settle
    with _write_locked(stack.services.settings.database_url):
        acknowledged = impatient.command(ANNA, RAD, "/punkt", "Väntetider: till läkare")
        assert acknowledged.status == 200 and acknowledged.body == ""
        assert acknowledged.responses == []  # the point waits for the lock, unanswered
    assert stack.background.settle()
    assert "Tack! Din punkt *Väntetider*" in acknowledged.answer["text"]
    assert [p["text"] for p in acknowledged.responses] == [acknowledged.answer["text"]]


def test_a_point_written_in_the_channel_is_acknowledged_before_it_is_stored(
    stack: LocalStack,
) -> None:
    """An event not answered within three seconds is delivered again by Slack."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)
    with _write_locked(stack.services.settings.database_url):
        delivered = impatient.message(ANNA, RAD, "punkt: Fika till alla")
        assert delivered.status == 200
        assert stack.slack.messages(RAD, thread_ts=delivered.ts)[1:] == []
    assert stack.background.settle()
    [receipt] = stack.slack.messages(RAD, thread_ts=delivered.ts)[1:]  # under Anna's message
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
    with _write_locked(stack.services.settings.database_url):
        pressed = impatient.block_action(
            SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
        )
        assert pressed.status == 200 and pressed.body == ""
        assert len(stack.slack.calls_to("chat.postMessage")) == posts_before
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


def test_serve_answers_what_it_acknowledged_before_it_stops_on_sigterm(tmp_path: Path) -> None:
    """A deploy stops `serve` with SIGTERM: a command acknowledged just before still gets its
    work done and its answer, and the process then ends cleanly."""
    database_url = f"sqlite:///{tmp_path / 'serve.db'}"
    upgrade(database_url)
    with LocalSlack() as slack:
        seed_workspace(slack)
        with serving(database_url, slack, tmp_path) as served:
            driver = Driver(slack, f"http://127.0.0.1:{served.port}{EVENTS_PATH}", SIGNING_SECRET)
            with _write_locked(database_url):
                sent = driver.command(SARA, RAD, "/brukarrad", "skapa Rådet i Väst")
                assert sent.status == 200 and sent.body == ""
                served.process.send_signal(signal.SIGTERM)
            assert served.process.wait(timeout=30) == 0, "".join(served.log)
        assert slack.wait_for_answer(str(sent.response_url), timeout=0)
        assert "Rådet i Väst" in sent.answer["text"]
