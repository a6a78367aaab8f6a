"""A change and the messages it owes commit together: when the database refuses the
messages, the change is not made either (and the next try does both, once)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import func, select, text

from adapters.console.stack import LocalStack
from adapters.storage.models import (
    AgendaPoint,
    Attendance,
    Event,
    Meeting,
    Membership,
    Minutes,
    OutboxMessage,
)
from bot.core.clock import ManualClock
from bot.core.vocabulary import MeetingStatus, MinutesStatus, PointStatus
from tests.conftest import STOCKHOLM
from tests.e2e.cast import (
    ANNA,
    ERIK,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    reply_text,
    say,
)
from tests.e2e.test_agenda_cycle import LATE, _number
from tests.e2e.test_kallelse_delivery import _kallelser
from tests.e2e.test_outbox_dms import _told, ready_to_publish


@contextmanager
def outbox_refused(stack: LocalStack) -> Iterator[None]:
    """The database itself refuses every new outbox row (a trigger), as a full disk or a
    lost connection would refuse the second write of a change."""
    with stack.services.engine.begin() as db:
        db.execute(
            text(
                "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"
            )
        )
    try:
        yield
    finally:
        with stack.services.engine.begin() as db:
            db.execute(text("DROP TRIGGER refuse_outbox"))


def _outbox_rows(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(OutboxMessage)) or 0


def test_a_kallelse_whose_dms_cannot_be_queued_is_not_marked_sent(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(datetime(2026, 11, 22, 10, tzinfo=STOCKHOLM))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    queued = _outbox_rows(stack)  # the welcomes
    with outbox_refused(stack):
        pressed = stack.driver.block_action(
            SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
        )
    assert pressed.ok, pressed
    assert "ingenting har ändrats" in reply_text(pressed.answer)
    with stack.services.uow() as uow:
        [meeting] = uow.session.scalars(select(Meeting))
        assert meeting.kallelse_sent_at is None
        kinds = set(uow.session.scalars(select(Event.kind)))
        assert "kallelse.sent" not in kinds
    assert _outbox_rows(stack) == queued
    assert "inte skickad än" in say(stack, SARA, RAD, "/kallelse", "status")
    everyone = [SARA, OLLE, ANNA, ERIK, LINA, VERA]
    assert sum(_kallelser(stack, everyone).values()) == 0
    # Pressed again with the database well: sent, to each once.
    again = stack.driver.command(SARA, RAD, "/kallelse")
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=again.reply_ts, channel_id=RAD
    )
    assert sorted(_kallelser(stack, everyone).values()) == [1] * 6


def test_minutes_whose_aterkoppling_cannot_be_queued_are_not_published(
    stack: LocalStack, clock: ManualClock
) -> None:
    titles = ready_to_publish(stack, clock)
    queued = _outbox_rows(stack)
    with outbox_refused(stack):
        refused = say(stack, SARA, RAD, "/protokoll", "publicera")
    assert "ingenting har ändrats" in refused
    with stack.services.uow() as uow:
        statuses = set(uow.session.scalars(select(AgendaPoint.status)))
        assert PointStatus.HANDLED not in statuses and PointStatus.REJECTED not in statuses
        [minutes] = uow.session.scalars(select(Minutes))
        assert minutes.status != MinutesStatus.PUBLISHED
    assert _outbox_rows(stack) == queued
    assert not [m for m in stack.slack.messages(RAD) if m.get("text", "").startswith("Protokoll")]
    # Published again with the database well: the minutes once, every submitter told once.
    assert "publicerat i kanalen" in say(stack, SARA, RAD, "/protokoll", "publicera")
    posted = [m for m in stack.slack.messages(RAD) if m.get("text", "").startswith("Protokoll")]
    assert len(posted) == 1
    for user, title in titles.items():
        assert len(_told(stack, user, title)) == 1, (user, _told(stack, user, title))


def _members(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Membership)) or 0


def test_a_member_whose_welcome_cannot_be_queued_is_not_added(stack: LocalStack) -> None:
    council_with_members(stack)
    members = _members(stack)
    with outbox_refused(stack):
        refused = say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot RSMH Väst")
    assert "ingenting har ändrats" in refused
    assert _members(stack) == members
    # Added again with the database well: a member, welcomed once.
    assert "Klart" in say(
        stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot Attention"
    )
    assert len([m for m in _dm_texts(stack, NILS) if "Du är nu" in m]) == 1


def test_an_apology_whose_question_to_the_ersattare_cannot_be_queued_is_not_taken(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    number = _number(say(stack, SARA, RAD, "/mote", f"stormöte {LATE}"))
    with outbox_refused(stack):
        refused = say(stack, ANNA, RAD, "/narvaro", f"{number} kommer inte")
    assert "ingenting har ändrats" in refused
    with stack.services.uow() as uow:
        assert list(uow.session.scalars(select(Attendance))) == []
    assert f"<@{ERIK}>" in say(stack, ANNA, RAD, "/narvaro", f"{number} kommer inte")
    assert len([m for m in _dm_texts(stack, ERIK) if "Kan du gå i stället" in m]) == 1


def test_a_formote_cancelled_whose_news_cannot_be_queued_stays_planned(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", f"stormöte {LATE}")
    formote = _number(say(stack, OLLE, RAD, "/mote", "förmöte torsdag 26 november kl 10-12"))
    with outbox_refused(stack):
        refused = say(stack, OLLE, RAD, "/mote", f"ställ in {formote}")
    assert "ingenting har ändrats" in refused
    with stack.services.uow() as uow:
        meeting = uow.meetings.get(uow.session.scalars(select(Meeting.council_id)).first(), formote)
        assert meeting is not None and meeting.status == MeetingStatus.PLANNED
    say(stack, OLLE, RAD, "/mote", f"ställ in {formote}")
    for user in (ANNA, LINA):
        assert len([m for m in _dm_texts(stack, user) if "inställt" in m.casefold()]) == 1, user
    assert not any("inställt" in m.casefold() for m in _dm_texts(stack, VERA))


def _dm_texts(stack: LocalStack, user: str) -> list[str]:
    return [m.get("text", "") for m in stack.slack.messages(stack.slack.dm_channel(user))]
