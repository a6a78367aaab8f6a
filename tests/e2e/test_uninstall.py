"""The app removed from a workspace: nothing more is sent there (what was queued is dropped
with the reason), its data is erased UNINSTALLED_KEEP_MONTHS later unless the app comes
back, and coming back resumes everything."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from adapters.console.stack import LocalStack
from adapters.slack.ids import SLACK, conversation
from adapters.storage.models import Conversation, Council, Event, Meeting, OutboxMessage, Person
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from bot.privacy.retention import months_later
from bot.privacy.workspaces import UNINSTALLED_KEEP_MONTHS
from bot.reminders.sweep import sweep
from tests.conftest import NOW, STOCKHOLM
from tests.e2e.cast import NILS, RAD, SARA, council_with_members, onboarding_sent, say

# The 10 December meeting's agenda deadline is 3 December: reminders 3 days and 1 day before.
REMINDED = datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)
LATER = datetime(2026, 12, 2, 9, tzinfo=STOCKHOLM)


def _meeting(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")


def _outbox(stack: LocalStack) -> dict[int, tuple[str, OutboxStatus, str | None]]:
    with stack.services.uow() as uow:
        rows = uow.session.execute(
            select(
                OutboxMessage.id, OutboxMessage.kind, OutboxMessage.status, OutboxMessage.last_error
            )
        ).all()
    return {row_id: (kind, status, error) for row_id, kind, status, error in rows}


def _due_by(stack: LocalStack, at: datetime) -> set[int]:
    with stack.services.uow() as uow:
        return set(uow.session.scalars(select(OutboxMessage.id).where(OutboxMessage.due_at <= at)))


def test_after_an_uninstall_a_tick_sends_nothing_and_the_rows_say_why(
    stack: LocalStack, clock: ManualClock
) -> None:
    _meeting(stack)
    # A welcome held up by Slack (Retry-After longer than a drain waits) stays queued...
    stack.slack.faults.add("conversations.open", "ratelimited", retry_after=60)
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot RSMH Väst")
    stack.slack.faults.clear()
    # ...and so do the reminders that fell due.
    assert sweep(stack.services.uow, REMINDED) > 0
    before = _outbox(stack)
    # What is due by then: the first weeks' messages of later days wait for their day.
    due = _due_by(stack, REMINDED)
    queued = {
        i: kind
        for i, (kind, status, _) in before.items()
        if status == OutboxStatus.PENDING and i in due
    }
    assert "meddelande" in queued.values() and len(set(queued.values())) > 1

    assert all(d.ok for d in stack.driver.uninstall())
    calls = len(stack.slack.calls)
    report = stack.tick(REMINDED)
    assert stack.slack.calls[calls:] == []  # not one call: not even to learn the token is gone
    assert report.drained.sent == 0 and report.drained.dropped == len(queued)
    assert _outbox(stack) == {
        **before,
        **{i: (kind, OutboxStatus.DROPPED, "tokens_revoked") for i, kind in queued.items()},
    }
    # Days later, nothing new is even queued for the workspace.
    assert stack.tick(LATER).queued == 0
    assert stack.slack.calls[calls:] == []


def test_a_token_revoked_answer_mid_send_stops_the_rest_and_a_reinstall_resumes(
    stack: LocalStack, clock: ManualClock
) -> None:
    _meeting(stack)
    before, calls = _outbox(stack), len(stack.slack.calls)
    # Slack takes the first reminder, then the token is revoked (the app removed meanwhile).
    stack.slack.faults.add("chat.postMessage", "token_revoked", count=1, after=1)
    report = stack.tick(REMINDED)
    assert report.queued >= 3
    posts = [c for c in stack.slack.calls[calls:] if c.method == "chat.postMessage"]
    assert [c.response.get("error") for c in posts] == [None, "token_revoked"]
    # Every row this pass took (the reminders, and the members' first weeks' messages of
    # days 1 and 4): the first sent, the rest dropped.
    after = _outbox(stack)
    taken = [after[i][1:] for i in sorted(after) if after[i] != before.get(i)]
    assert sorted(taken) == sorted(
        [(OutboxStatus.SENT, None), *[(OutboxStatus.DROPPED, "token_revoked")] * (len(taken) - 1)]
    )
    assert {i for i in after if i not in before} <= {i for i in after if after[i] != before.get(i)}
    assert len(taken) == report.queued + 4 * 2
    with stack.services.uow() as uow:
        assert uow.workspaces.gone(stack.slack.team_id) == "token_revoked"

    # Installed again: the first command from the workspace resumes sending.
    stack.slack.reinstall()
    assert "Brukarrådet Psykiatri Väst" in say(stack, SARA, RAD, "/brukarrad", "visa")
    with stack.services.uow() as uow:
        assert uow.workspaces.gone(stack.slack.team_id) is None
    introduced = onboarding_sent(stack)
    day_before = stack.tick(LATER)
    assert day_before.queued > 0
    # And the members' first weeks' messages of day 8 (30 November) with them.
    assert (
        day_before.drained.sent
        == day_before.queued + onboarding_sent(stack) - introduced
        == (day_before.queued + 4)
    )


def test_an_old_event_delivered_late_does_not_bring_the_workspace_back(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    old = {"type": "member_joined_channel", "user": NILS, "channel": RAD, "channel_type": "C"}
    clock.set(clock.now() + timedelta(minutes=5))
    stack.driver.uninstall()
    # Slack retries an event from before the removal: its event_time is older.
    envelope_time = int((clock.now() - timedelta(minutes=2)).timestamp())
    stack.slack.clock = lambda: float(envelope_time)
    assert stack.driver.event(old, retry_num=1).ok
    with stack.services.uow() as uow:
        assert uow.workspaces.gone(stack.slack.team_id) == "tokens_revoked"


def test_the_workspace_data_is_erased_after_the_period_and_not_before(
    stack: LocalStack, clock: ManualClock
) -> None:
    _meeting(stack)
    with stack.services.uow() as uow:  # a council in another workspace of the same database
        uow.councils.add(
            Council(
                workspace="T0OTHER",
                conversations=[
                    Conversation(platform=SLACK, workspace="T0OTHER", external_id="C0OTHER")
                ],
                name="Annat",
                created_at=NOW,
            )
        )
        uow.commit()
    stack.driver.uninstall()
    erase_at = months_later(clock.now(), UNINSTALLED_KEEP_MONTHS)

    assert stack.tick(erase_at - timedelta(minutes=1)).workspaces_erased == 0
    with stack.services.uow() as uow:
        assert uow.directory.council(conversation("T", RAD)) is not None
        assert uow.session.scalar(select(func.count()).select_from(Meeting)) > 0

    assert stack.tick(erase_at).workspaces_erased == 1
    with stack.services.uow() as uow:
        assert [c.workspace for c in uow.session.scalars(select(Council))] == ["T0OTHER"]
        assert uow.session.scalar(select(func.count()).select_from(Meeting)) == 0
        assert uow.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        people = uow.session.scalars(select(Person)).all()
        assert people and all(p.erased_at is not None for p in people)
        assert {p.display_name for p in people} == {"f.d. ledamot"}
        assert not uow.session.scalars(select(Event).where(Event.council_id.is_not(None))).all()
    assert stack.tick(erase_at + timedelta(days=1)).workspaces_erased == 0  # once


def test_a_reinstall_within_the_period_stops_the_clock(
    stack: LocalStack, clock: ManualClock
) -> None:
    _meeting(stack)
    stack.driver.uninstall()
    stack.slack.reinstall()
    clock.set(clock.now() + timedelta(days=1))
    assert "Brukarrådet Psykiatri Väst" in say(stack, SARA, RAD, "/brukarrad", "visa")
    later = months_later(clock.now(), UNINSTALLED_KEEP_MONTHS + 1)
    assert stack.tick(later).workspaces_erased == 0
    assert "Brukarrådet Psykiatri Väst" in say(stack, SARA, RAD, "/brukarrad", "visa")
