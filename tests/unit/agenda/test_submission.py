"""Submitting agenda points, on the fakes: where a point goes, who is told, and that a
förmöte's point never reaches a message the unit can read."""

from __future__ import annotations

from adapters.storage.models import AgendaPoint
from bot.core.vocabulary import MeetingKind, PointStatus, Role
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    ERIK,
    SARA,
    UNA,
    add_member,
    council,
    person_id,
    plan,
    queued,
    reads,
    submit,
)


def test_a_point_sent_with_nothing_planned_waits_and_goes_onto_the_first_stormote(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    waiting = submit(uow, "Tolk vid besök")
    assert waiting.meeting is None
    planned = plan(uow, "torsdag 10 december kl 13-16")
    with uow() as work:
        [point] = work.points.for_meeting(planned.meeting.id)
        assert point.id == waiting.point.id and point.status == PointStatus.ON_AGENDA


def test_a_point_in_time_tells_nobody(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    plan(uow, "torsdag 10 december kl 13-16")  # points until 3 December
    submitted = submit(uow, "Tolk vid besök")
    assert submitted.notices == ()
    assert queued(uow) == []


def test_a_late_point_is_told_to_the_officers_in_the_outbox(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    plan(uow, "torsdag 26 november kl 13-16")  # points were due on 19 November
    submitted = submit(uow, "Tolk vid besök")
    [notice] = submitted.notices
    assert notice.key == "punkt.notice.late_for_officers"
    assert notice.person_id == person_id(uow, SARA)
    [row] = queued(uow)
    assert (row.idempotency_key, row.person_id) == (notice.id, notice.person_id)
    assert "Tolk vid besök" in reads(row)


def test_the_same_chat_message_twice_is_one_point(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    first = submit(uow, "Tolk", source_key="C:1700000000.1")
    again = submit(uow, "Tolk", source_key="C:1700000000.1")
    assert (first.duplicate, again.duplicate) == (False, True)
    assert again.point.id == first.point.id
    assert len(uow.store.all(AgendaPoint)) == 1


def test_a_formote_points_content_never_reaches_a_message_the_unit_can_read(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    add_member(uow, ANNA, Role.ORDFORANDE)  # Anna chairs too: an officer who speaks for RSMH
    plan(uow, "torsdag 26 november kl 13-16")
    plan(uow, "onsdag 25 november kl 13-15", MeetingKind.FORMOTE, by=ANNA)
    submitted = submit(uow, "Personalen på boendet", by=ERIK, formote=True)
    assert submitted.meeting is not None and submitted.meeting.kind == MeetingKind.FORMOTE
    told = {row.person_id: reads(row) for row in queued(uow)}
    # The late point is told to the one officer who may read the förmöte: Anna.
    assert "Personalen på boendet" in told[person_id(uow, ANNA)]
    # Sara (the secretary) and Una (the unit's) speak for no förening: nothing reaches them.
    assert person_id(uow, SARA) not in told and person_id(uow, UNA) not in told
