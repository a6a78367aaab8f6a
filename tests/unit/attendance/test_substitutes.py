"""Answers and substitutes, on the fakes: a ledamot's apology asks the förening's ersättare,
whose yes takes the seat and is told to the one they replace."""

from __future__ import annotations

from adapters.slack.ids import account, conversation
from adapters.storage.models import Attendance, OutboxMessage, SubstituteRequest
from bot.attendance.service import AttendanceService
from bot.core.vocabulary import Answer, SubstituteStatus
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, CHANNEL, ERIK, NOW, TEAM, council, person_id, plan


def _apology(uow: FakeUnitOfWorkFactory, meeting_id: int) -> None:
    AttendanceService(uow).answer(
        answer=Answer.NOT_COMING,
        reason="sjuk",
        now=NOW,
        who=account(TEAM, ANNA.external_id),
        where=conversation(TEAM, CHANNEL),
        meeting_id=meeting_id,
    )


def test_an_apology_asks_the_forenings_ersattare(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    meeting = plan(uow, "torsdag 10 december kl 13-16").meeting
    _apology(uow, meeting.id)
    [request] = uow.store.all(SubstituteRequest)
    assert (request.absent_person_id, request.substitute_person_id, request.status) == (
        person_id(uow, ANNA),
        person_id(uow, ERIK),
        SubstituteStatus.ASKED,
    )
    # The reason is Anna's own: it is in her answer, and in no message to anyone.
    [answer] = uow.store.all(Attendance)
    assert answer.answer_reason == "sjuk"
    assert all("sjuk" not in str(row.payload) for row in uow.store.all(OutboxMessage))


def test_the_ersattares_yes_takes_the_seat_and_tells_the_absent(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    meeting = plan(uow, "torsdag 10 december kl 13-16").meeting
    _apology(uow, meeting.id)
    [request] = uow.store.all(SubstituteRequest)
    answered = AttendanceService(uow).substitute_answer(
        request_id=request.id, who=account(TEAM, ERIK.external_id), accept=True, now=NOW
    )
    assert request.status == SubstituteStatus.ACCEPTED
    with uow() as work:
        seat = work.attendance.replacement_for(meeting.id, person_id(uow, ANNA))
        assert seat is not None and seat.person_id == person_id(uow, ERIK)
        assert seat.answer == Answer.COMING
    told = {n.person_id: n.key for n in answered.notices}
    assert told[person_id(uow, ANNA)] == "narvaro.substitute.found"
    assert set(told) <= {row.person_id for row in uow.store.all(OutboxMessage)}
