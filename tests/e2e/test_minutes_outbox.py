"""The minutes go through the outbox from the first message to the archive files: the bot's
first message of the minutes' thread, held up by Slack, is posted once later, and the lines
written in its thread are the minutes'; a förmöte's goes to the writer's DM and never to the
council's channel. The published minutes' files, held up or half sent, arrive once in the
thread of the minutes' post."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, OLLE, RAD, SARA, say
from tests.e2e.cast import shown as _text
from tests.e2e.test_protokoll import (
    AFTER,
    DURING,
    _council,
    _council_with_formote,
    _justering_messages,
    _press,
)

INTRO = "*Protokoll* – skriv raderna här"  # protokoll.thread.intro
FORMOTE_DURING = datetime(2026, 12, 3, 10, 5, tzinfo=STOCKHOLM)


def _intros(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in messages if m.get("text", "").startswith(INTRO)]


def _held_up(stack: LocalStack) -> None:
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=1, retry_after=60)


def _later(stack: LocalStack, start: datetime) -> None:
    for minutes in (5, 10):
        stack.tick(start + timedelta(minutes=minutes))


def test_the_intro_held_up_by_slack_is_posted_once_later_and_its_thread_takes_the_lines(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)
    clock.set(DURING)
    _held_up(stack)
    say(stack, SARA, RAD, "/protokoll", "start")
    assert _intros(stack.slack.messages(RAD)) == []
    _later(stack, DURING)
    [intro] = _intros(stack.slack.messages(RAD))
    for line in ("punkt 1", "beslut: Mötet öppnas."):
        assert stack.driver.message(SARA, RAD, line, thread_ts=intro["ts"]).ok
    draft = _text(stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer)
    assert "Beslut: Mötet öppnas." in draft
    # Started again: said in the same thread, no second thread.
    say(stack, SARA, RAD, "/protokoll", "start")
    assert len(_intros(stack.slack.messages(RAD))) == 1
    assert len(_intros(stack.slack.messages(RAD, thread_ts=intro["ts"]))) == 2


def test_a_formotes_intro_held_up_goes_to_the_writers_dm_once_and_never_to_the_channel(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council_with_formote(stack)
    clock.set(FORMOTE_DURING)
    _held_up(stack)
    say(stack, OLLE, RAD, "/protokoll", "start")
    dm = stack.slack.dm_channel(OLLE)
    assert _intros(stack.slack.messages(dm)) == []
    _later(stack, FORMOTE_DURING)
    [intro] = _intros(stack.slack.messages(dm))
    assert stack.driver.message(OLLE, dm, "punkt 3", thread_ts=intro["ts"]).ok
    assert stack.driver.message(OLLE, dm, "beslut: Vi kräver besked.", thread_ts=intro["ts"]).ok
    draft = _text(stack.driver.command(OLLE, RAD, "/protokoll", "förmöte utkast").answer)
    assert "Vi kräver besked." in draft
    # Started again: in the DM's thread; the channel never has it.
    say(stack, OLLE, RAD, "/protokoll", "förmöte start")
    assert len(_intros(stack.slack.messages(dm))) == 1
    assert len(_intros(stack.slack.messages(dm, thread_ts=intro["ts"]))) == 2
    assert _intros(stack.slack.messages(RAD)) == []


def _publish(stack: LocalStack, clock: ManualClock) -> None:
    """A stormöte's minutes written and published (the council publishes without justering)."""
    _council(stack)
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "punkt 1")
    say(stack, SARA, RAD, "/protokoll", "beslut: Mötet öppnas.")
    clock.set(AFTER)
    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    assert "publicerat i kanalen" in say(stack, SARA, RAD, "/protokoll", "publicera")


def _shared(stack: LocalStack) -> list[tuple[str, set[str]]]:
    """Each message in the channel's threads sharing files: its thread, the files' names."""
    return [
        (parent["ts"], {f["name"] for f in reply["files"]})
        for parent in stack.slack.messages(RAD)
        for reply in stack.slack.messages(RAD, thread_ts=parent["ts"])[1:]
        if reply.get("files")
    ]


def _files_row(stack: LocalStack) -> OutboxMessage:
    with stack.services.uow() as uow:
        [row] = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.like("%protokoll:files%"))
        )
        return row


def _minutes_post(stack: LocalStack) -> str:
    with stack.services.uow() as uow:
        [ts] = uow.session.scalars(
            select(OutboxMessage.ref).where(OutboxMessage.idempotency_key.like("post:protokoll:m%"))
        )
        assert ts is not None
        return ts


def _uploaded(stack: LocalStack) -> int:
    return sum(1 for f in stack.slack.files.values() if f["name"].endswith(".docx"))


def test_archive_files_held_up_by_429_and_5xx_arrive_once_in_the_minutes_thread(
    stack: LocalStack, clock: ManualClock
) -> None:
    stack.slack.faults.add("files.getUploadURLExternal", "ratelimited", count=1, retry_after=60)
    stack.slack.faults.add("files.completeUploadExternal", "server_error", count=1)
    _publish(stack, clock)
    assert _shared(stack) == []
    _later(stack, AFTER)
    [(thread, names)] = _shared(stack)
    assert thread == _minutes_post(stack)
    assert {n.rsplit(".", 1)[1] for n in names} == {"docx", "md"}
    assert _files_row(stack).status == OutboxStatus.SENT


def test_files_shared_before_the_answer_was_lost_are_not_uploaded_again(
    stack: LocalStack, clock: ManualClock
) -> None:
    """Slack shares the files and the connection drops before its answer."""
    stack.slack.faults.add("files.completeUploadExternal", "disconnect", count=1)
    _publish(stack, clock)
    assert _files_row(stack).status == OutboxStatus.PENDING
    _later(stack, AFTER)
    assert len(_shared(stack)) == 1 and _uploaded(stack) == 1
    assert _files_row(stack).status == OutboxStatus.SENT


def test_a_crash_between_the_upload_and_marking_it_sent_does_not_upload_twice(
    stack: LocalStack, clock: ManualClock
) -> None:
    _publish(stack, clock)
    assert len(_shared(stack)) == 1
    # What a sender killed after the upload leaves: its claim on the row, never finished.
    with stack.services.uow() as uow:
        uow.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.idempotency_key.like("%protokoll:files%"))
            .values(
                status=OutboxStatus.SENDING,
                claimed_by="a process that died",
                claimed_at=AFTER,
                sent_at=None,
                ref=None,
                conversation=None,
            )
        )
        uow.commit()
    stack.tick(AFTER + timedelta(minutes=15))  # after the dead claim's lease
    assert len(_shared(stack)) == 1 and _uploaded(stack) == 1
    row = _files_row(stack)
    assert (row.status, row.conversation) == (OutboxStatus.SENT, RAD)


def test_the_proposers_thanks_held_up_by_slack_arrive_once_later(
    stack: LocalStack, clock: ManualClock
) -> None:
    """Issue 18: a justerare acknowledged for a change proposal is told it is sent, through
    the outbox, even when Slack refuses every DM of that moment."""
    _council(stack)
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "punkt 1")
    say(stack, SARA, RAD, "/protokoll", "beslut: Mötet öppnas.")
    clock.set(AFTER)
    say(stack, SARA, RAD, "/protokoll", "justera")
    [asked] = _justering_messages(stack, ANNA)
    _press(stack, ANNA, asked, "minutes_propose")
    proposal = stack.slack.open_view(ANNA)
    assert proposal is not None
    # As many refusals as the DMs of the moment: the writers' notices and the thanks.
    stack.slack.faults.add("chat.postMessage", "ratelimited", count=3, retry_after=60)
    stack.driver.view_submission(ANNA, proposal["id"], {"text": {"value": "Skriv datumet."}})
    assert _thanks(stack) == []
    for minutes in range(5, 30, 5):
        stack.tick(AFTER + timedelta(minutes=minutes))
    assert len(_thanks(stack)) == 1


def _thanks(stack: LocalStack) -> list[dict[str, Any]]:
    dm = stack.slack.messages(stack.slack.dm_channel(ANNA))
    return [m for m in dm if m.get("text", "").startswith("Tack! Ditt förslag är skickat")]
