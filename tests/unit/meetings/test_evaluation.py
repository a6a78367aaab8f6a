"""The evaluation after a meeting on the fakes (bot.meetings.evaluation): asked once, once the
meeting is over, of those the register has there and nobody else; each question counted
once a person, only from someone who was there, and kept as counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from adapters.slack.ids import account
from adapters.storage.models import EvaluationTally
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import Presence
from bot.meetings.evaluation import EvaluationService, evaluation_rows
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, ERIK, NOW, SARA, TEAM, council, person_id, plan

END = datetime(2026, 12, 3, 16, tzinfo=NOW.tzinfo)


def _held(uow: FakeUnitOfWorkFactory) -> int:
    """The stormöte of 3 December: Anna and Sara there, Erik away."""
    council(uow)
    meeting = plan(uow, "torsdag 3 december kl 13-16").meeting.id
    with uow() as work:
        for who, presence in ((ANNA, Presence.PRESENT), (SARA, Presence.REMOTE)):
            work.attendance.ensure(meeting, person_id(uow, who)).presence = presence
        work.attendance.ensure(meeting, person_id(uow, ERIK)).presence = Presence.ABSENT
        work.commit()
    return meeting


def _rows(uow: FakeUnitOfWorkFactory, at: datetime) -> list[dict[str, object]]:
    with uow() as work:
        rows = evaluation_rows(work, at)
        work.outbox.add_new(rows)
        work.commit()
        return rows


def _answer(uow: FakeUnitOfWorkFactory, who: NamedAccount, meeting: int, q: int, c: int) -> None:
    EvaluationService(uow).answer(
        who=account(TEAM, who.external_id), meeting_id=meeting, question=q, choice=c, now=END
    )


def test_those_there_are_asked_once_after_the_meeting(uow: FakeUnitOfWorkFactory) -> None:
    meeting = _held(uow)
    assert _rows(uow, END - timedelta(minutes=1)) == []  # not over yet
    asked = _rows(uow, END + timedelta(hours=1))
    assert sorted(r["person_id"] for r in asked) == sorted(
        person_id(uow, who) for who in (ANNA, SARA)
    )
    assert _rows(uow, END + timedelta(hours=2)) == []  # once
    assert _rows(uow, END + timedelta(days=3)) == []  # and not days after
    counts = [t.count for t in uow.store.all(EvaluationTally) if t.meeting_id == meeting]
    assert counts == [0] * 9  # three questions, three answers each


def test_each_question_counts_once_a_person_and_only_from_who_was_there(
    uow: FakeUnitOfWorkFactory,
) -> None:
    meeting = _held(uow)
    _rows(uow, END + timedelta(hours=1))
    _answer(uow, ANNA, meeting, 1, 1)
    _answer(uow, SARA, meeting, 1, 1)
    _answer(uow, ANNA, meeting, 2, 3)
    with pytest.raises(UserError) as twice:
        _answer(uow, ANNA, meeting, 1, 3)
    assert twice.value.key == "evaluation.already"
    with pytest.raises(UserError) as away:
        _answer(uow, ERIK, meeting, 1, 3)
    assert away.value.key == "evaluation.not_there"
    with pytest.raises(UserError) as odd:
        _answer(uow, ANNA, meeting, 4, 1)
    assert odd.value.key == "evaluation.unknown"
    counted = {(t.question, t.choice): t.count for t in uow.store.all(EvaluationTally)}
    assert counted[(1, 1)] == 2 and counted[(2, 3)] == 1 and sum(counted.values()) == 3
    with uow() as work:
        assert work.evaluations.respondents([meeting]) == {meeting: 2}
