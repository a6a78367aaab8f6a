"""A message queued before its meeting was cancelled, its person removed or moved to the
unit is not sent when its turn comes: the sender checks the council and subject it carries,
and records why it dropped it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from tests.conftest import NOW
from tests.e2e.cast import ANNA, ERIK, LINA, NILS, OLLE, RAD, SARA, council_with_members, say
from tests.e2e.test_agenda_cycle import LATE, _dms, _meetings, _plan, _points, _send_kallelse
from tests.e2e.test_protokoll import AFTER, written


def dropped_reasons(stack: LocalStack) -> dict[str, int]:
    """The rows the sender dropped, by its reason."""
    with stack.services.uow() as uow:
        rows = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.DROPPED)
        ).all()
    reasons: dict[str, int] = {}
    for row in rows:
        reasons[row.last_error or ""] = reasons.get(row.last_error or "", 0) + 1
    return reasons


def _held_then(stack: LocalStack, method: str, count: int, act: Callable[[], None]) -> None:
    """`act` while Slack turns away `count` calls of `method` for a minute; then the
    scheduler's pass."""
    stack.slack.faults.add(method, "ratelimited", count=count, retry_after=60)
    act()
    stack.slack.faults.clear()
    stack.tick(NOW + timedelta(minutes=5))


def _take(stack: LocalStack, user: str) -> None:
    say(stack, user, RAD, "/punkt", f"ta med {_points(stack)[-1].id}")


def test_a_point_notice_waiting_for_someone_then_removed_is_not_sent(stack: LocalStack) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", LATE)
    say(stack, LINA, RAD, "/punkt", "Sen fråga")

    def taken_then_removed() -> None:
        _take(stack, SARA)
        say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>")

    _held_then(stack, "conversations.open", 50, taken_then_removed)
    assert not any("står nu på dagordningen" in m for m in _dms(stack, LINA))
    assert dropped_reasons(stack).get("not_a_member") == 1


def test_a_late_point_post_waiting_when_the_meeting_is_cancelled_is_not_posted(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", LATE)
    _send_kallelse(stack, SARA)
    [meeting] = _meetings(stack)
    say(stack, LINA, RAD, "/punkt", "Tolk vid besök")

    def taken_then_cancelled() -> None:
        _take(stack, SARA)  # the DM to Lina, then the post in the kallelse's thread
        say(stack, SARA, RAD, "/mote", f"ställ in {meeting.id}")

    _held_then(stack, "chat.postMessage", 2, taken_then_cancelled)
    thread = stack.slack.messages(RAD, thread_ts=meeting.kallelse_ts)
    assert not any("Tillägg till dagordningen" in m.get("text", "") for m in thread)
    assert dropped_reasons(stack).get("meeting_cancelled", 0) >= 1


def test_a_formote_addition_waiting_for_someone_now_with_the_unit_is_not_sent(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    _plan(stack, "stormöte", LATE)
    _plan(stack, "förmöte", "torsdag 26 november kl 10-12")
    _send_kallelse(stack, OLLE, "förmöte")
    say(stack, ANNA, RAD, "/punkt", "förmöte Hemlig fråga")

    def taken_then_lina_joins_the_unit() -> None:
        _take(stack, OLLE)
        say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>")
        say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{LINA}|lina> verksamhet")

    _held_then(stack, "conversations.open", 50, taken_then_lina_joins_the_unit)
    assert any("Hemlig fråga" in m for m in _dms(stack, ERIK))
    assert not any("Hemlig fråga" in m for m in _dms(stack, LINA))
    assert dropped_reasons(stack).get("not_allowed") == 1


def test_a_substitute_question_waiting_when_the_meeting_is_cancelled_is_not_sent(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    number = _plan(stack, "stormöte", LATE)

    def away_then_cancelled() -> None:
        assert f"<@{ERIK}>" in say(stack, ANNA, RAD, "/narvaro", f"{number} kommer inte")
        say(stack, SARA, RAD, "/mote", f"ställ in {number}")

    _held_then(stack, "conversations.open", 50, away_then_cancelled)
    assert not any("Kan du gå i stället" in m for m in _dms(stack, ERIK))
    assert dropped_reasons(stack).get("meeting_cancelled") == 1


def test_a_welcome_waiting_for_someone_removed_again_is_not_sent(stack: LocalStack) -> None:
    say(stack, SARA, RAD, "/brukarrad", "skapa Brukarrådet Psykiatri Väst")

    def added_by_mistake_then_removed() -> None:
        assert "Klart" in say(
            stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot RSMH"
        )
        say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{NILS}>")

    _held_then(stack, "conversations.open", 50, added_by_mistake_then_removed)
    assert not any("Du är nu" in m for m in _dms(stack, NILS))
    assert dropped_reasons(stack).get("not_a_member") == 1


def test_a_justering_request_waiting_for_a_justerare_who_left_is_not_sent(
    stack: LocalStack, clock: ManualClock
) -> None:
    written(stack, clock, "punkt 5", "beslut: Väntetiderna följs upp.")  # Anna, Lina justerare

    def sent_then_lina_leaves() -> None:
        assert "version 1 är skickad" in say(stack, SARA, RAD, "/protokoll", "justera")
        say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{LINA}>")

    stack.slack.faults.add("conversations.open", "ratelimited", count=50, retry_after=60)
    sent_then_lina_leaves()
    stack.slack.faults.clear()
    stack.tick(AFTER + timedelta(minutes=5))
    assert len([m for m in _dms(stack, ANNA) if "att justera" in m]) == 1
    assert not any("att justera" in m for m in _dms(stack, LINA))
    assert dropped_reasons(stack).get("not_a_member", 0) >= 1
