"""People leave: someone who leaves the council's channel or whose Slack account is closed
stays a member until an officer decides; the secretary and the chair hear the seat may be
empty, `/brukarrad visa` shows it, and nothing more is sent to a closed account."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Account, OutboxMessage
from bot.core.clock import ManualClock
from bot.core.outbox import KIND
from bot.core.vocabulary import OutboxStatus
from bot.councils.onboarding import KIND as ONBOARDING
from bot.reminders.sweep import sweep
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, LINA, OLLE, RAD, SARA, council_with_members, say


def _dms(stack: LocalStack, user: str) -> list[str]:
    return [m.get("text", "") for m in stack.slack.messages(stack.slack.dm_channel(user))]


def test_leaving_the_channel_tells_the_officers_and_shows_in_visa(stack: LocalStack) -> None:
    council_with_members(stack)
    left = stack.driver.event(
        {"type": "member_left_channel", "user": LINA, "channel": RAD, "channel_type": "C"}
    )
    assert left.ok, left
    for officer in (SARA, OLLE):
        assert any("*Lina Lind* har lämnat kanalen" in text for text in _dms(stack, officer))
    assert not any("har lämnat kanalen" in text for text in _dms(stack, ANNA))
    shown = say(stack, SARA, RAD, "/brukarrad", "visa")
    assert "Lina Lind – ledamot _(har lämnat kanalen)_" in shown
    # Back again: no longer shown as gone, and nobody is told twice.
    stack.driver.event(
        {"type": "member_joined_channel", "user": LINA, "channel": RAD, "channel_type": "C"}
    )
    assert "har lämnat kanalen" not in say(stack, SARA, RAD, "/brukarrad", "visa")


def test_a_closed_account_is_shown_and_gets_no_more_reminders(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    at = datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)
    assert sweep(stack.services.uow, at) > 0  # Lina's reminder is queued...
    closed = stack.driver.event(
        {"type": "user_change", "user": {"id": LINA, "name": "lina", "deleted": True}}
    )
    assert closed.ok, closed
    assert any("*Lina Lind* har inte längre något konto i Slack" in t for t in _dms(stack, SARA))
    stack.tick(at)  # ...and dropped when its turn comes
    with stack.services.uow() as uow:
        rows = uow.session.execute(
            select(OutboxMessage.kind, OutboxMessage.status, OutboxMessage.last_error)
            .join(Account, Account.person_id == OutboxMessage.person_id)
            .where(Account.external_id == LINA, OutboxMessage.kind != KIND)  # not her welcome
            .where(OutboxMessage.due_at <= at)
        ).all()
    reminders = [(s, e) for kind, s, e in rows if kind != ONBOARDING]
    assert reminders == [(OutboxStatus.DROPPED, "deactivated")]
    # Her first weeks' messages due by then (days 1 and 4) are dropped the same way.
    assert [(s, e) for kind, s, e in rows if kind == ONBOARDING] == [
        (OutboxStatus.DROPPED, "deactivated")
    ] * 2
    assert "Lina Lind – ledamot _(kontot i Slack är avstängt)_" in say(
        stack, SARA, RAD, "/brukarrad", "visa"
    )
