"""Steps the attendance and fee end-to-end tests share: a meeting, people, the register."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.ids import account
from adapters.storage.models import Attendance
from tests.conftest import STOCKHOLM
from tests.e2e.cast import RAD, SARA, say

MEETING = "stormöte torsdag 11 mars kl 13-16 i Stora salen"
STARTS = datetime(2027, 3, 11, 13, 0, tzinfo=STOCKHOLM)


def plan(stack: LocalStack, when: str = MEETING, by: str = SARA) -> int:
    text = say(stack, by, RAD, "/mote", when)
    return int(text.split("(nr ")[1].split(")")[0])


def send_kallelse(stack: LocalStack, user: str, which: str = "") -> None:
    """Preview the kallelse (`/kallelse [förmöte|nr]`) and press its send button."""
    preview = stack.driver.command(user, RAD, "/kallelse", which)
    assert preview.ok and preview.reply_ts, preview
    sent = stack.driver.block_action(
        user, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert sent.ok, sent


def dms(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    return stack.slack.messages(stack.slack.dm_channel(user))


def person_id(stack: LocalStack, user: str) -> int:
    with stack.services.uow() as uow:
        person = uow.directory.person(account(stack.slack.team_id, user))
        assert person is not None
        return person.id


def register(stack: LocalStack, meeting_id: int) -> dict[int, Attendance]:
    with stack.services.uow() as uow:
        rows = uow.session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
        return {row.person_id: row for row in rows}


def press(stack: LocalStack, user: str, message: dict[str, Any], label: str) -> None:
    [button] = [
        e
        for b in message["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["text"]["text"] == label
    ]
    delivery = stack.driver.block_action(
        user,
        action_id=button["action_id"],
        message_ts=message["ts"],
        channel_id=stack.slack.dm_channel(user),
    )
    assert delivery.ok, delivery
