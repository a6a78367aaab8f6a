"""Planning and cancelling meetings, on the fakes."""

from __future__ import annotations

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Event, Meeting
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind, MeetingStatus
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    ERIK,
    NOW,
    SARA,
    TEAM,
    council,
    meetings,
    person_id,
    plan,
    submit,
)


def test_a_planned_stormote_is_stored_logged_and_counted(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    planned = plan(uow, "torsdag 10 december kl 13-16")
    assert planned.meeting.when.start.hour == 13 and planned.meeting.kind == MeetingKind.STORMOTE
    assert planned.stormoten_this_year == 1
    assert [e.kind for e in uow.store.all(Event)][-1] == "meeting.planned"


def test_only_officers_plan_and_a_refusal_stores_nothing(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    with pytest.raises(UserError):
        plan(uow, "torsdag 10 december kl 13-16", by=ANNA)
    assert uow.store.all(Meeting) == []


def test_a_formote_needs_a_stormote_after_it(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    with pytest.raises(UserError) as err:
        plan(uow, "onsdag 9 december kl 13-15", MeetingKind.FORMOTE, by=ANNA)
    assert err.value.key == "mote.formote_needs_stormote"


def test_a_formote_belongs_to_the_next_stormote_and_is_told_to_the_associations_only(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    stormote = plan(uow, "torsdag 10 december kl 13-16")
    # The associations plan their förmöte: Anna, of RSMH.
    formote = plan(uow, "onsdag 9 december kl 13-15", MeetingKind.FORMOTE, by=ANNA)
    assert formote.meeting.parent_id == stormote.meeting.id
    # Erik speaks for RSMH too; neither Una (the unit's) nor Sara (the secretary) is told.
    assert formote.private_audience == (person_id(uow, ERIK),)


def test_cancelling_a_meeting_tells_each_open_points_sender_where_it_went(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    first = plan(uow, "torsdag 10 december kl 13-16")
    second = plan(uow, "torsdag 11 februari kl 13-16")
    submitted = submit(uow, "Tolk")
    cancelled = meetings(uow).cancel(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        meeting_id=first.meeting.id,
        now=NOW,
    )
    assert cancelled.meeting.status == MeetingStatus.CANCELLED
    [notice] = cancelled.notices
    assert notice.person_id == person_id(uow, ANNA)
    assert notice.key == "punkt.notice.cancelled_moved"
    with uow() as work:
        assert notice.id in work.outbox.existing_keys([notice.id])
        [moved] = work.points.for_meeting(second.meeting.id)
        assert moved.title == "Tolk" and moved.carried_from_id == submitted.point.id
