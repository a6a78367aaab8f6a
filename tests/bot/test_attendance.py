"""Attendance rules beyond the happy paths: read receipts, a substitute who drops out, who
is asked, late answers, and the förmöte's register."""

from __future__ import annotations

from datetime import datetime

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from bot.attendance.stats import ForeningShare
from bot.core.errors import UserError
from bot.core.vocabulary import Answer, MeetingKind
from tests.bot.test_substitutes import ANNA, ERIK, NILS, OLLE, SARA, council, plan
from tests.conftest import NOW, STOCKHOLM

STARTS = datetime(2027, 3, 11, 13, 0, tzinfo=STOCKHOLM)


def test_read_receipts_keep_the_first_time_and_the_persons_own_hours(services: Services) -> None:
    meeting = council(services)
    read = services.attendance.mark_read(
        meeting_id=meeting, who=account("T", ANNA.external_id), minutes=150, now=NOW
    )
    assert read.reading_minutes == 150
    services.attendance.mark_read(
        who=account("T", ANNA.external_id), where=conversation("T", "C"), now=STARTS.replace(hour=9)
    )
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA.external_id))
        assert anna is not None
        row = uow.attendance.get(meeting, anna.id)
        assert row is not None
        assert (row.read_documents_at, row.reading_minutes) == (NOW, 150)


def test_a_substitute_who_drops_out_hands_the_place_back(services: Services) -> None:
    meeting = council(services)
    apology = services.attendance.answer(
        meeting_id=meeting, who=account("T", ANNA.external_id), answer=Answer.NOT_COMING, now=NOW
    )
    assert apology.search is not None
    [erik_ask] = [a for a in apology.search.asks if a.account == account("T", ERIK.external_id)]
    services.attendance.substitute_answer(
        request_id=erik_ask.request_id, who=account("T", ERIK.external_id), accept=True, now=NOW
    )
    dropped = services.attendance.answer(
        meeting_id=meeting, who=account("T", ERIK.external_id), answer=Answer.NOT_COMING, now=NOW
    )
    assert dropped.search is not None
    assert [a.account for a in dropped.search.asks] == [
        account("T", NILS.external_id)
    ]  # not Erik again
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA.external_id))
        assert anna is not None
        assert uow.attendance.replacement_for(meeting, anna.id) is None


def test_a_substitute_already_going_is_not_asked_again(services: Services) -> None:
    meeting = council(services)
    with pytest.raises(UserError) as refused:  # no seat of their own to send apologies for
        services.attendance.answer(
            meeting_id=meeting,
            who=account("T", NILS.external_id),
            answer=Answer.NOT_COMING,
            now=NOW,
        )
    assert refused.value.key == "narvaro.answer.substitute_only"
    first = services.attendance.answer(
        meeting_id=meeting, who=account("T", ANNA.external_id), answer=Answer.NOT_COMING, now=NOW
    )
    assert first.search is not None
    [erik_ask] = [a for a in first.search.asks if a.account == account("T", ERIK.external_id)]
    services.attendance.substitute_answer(
        request_id=erik_ask.request_id, who=account("T", ERIK.external_id), accept=True, now=NOW
    )
    second = services.attendance.answer(
        meeting_id=meeting, who=account("T", OLLE.external_id), answer=Answer.NOT_COMING, now=NOW
    )
    assert second.search is not None
    assert [a.account for a in second.search.asks] == [account("T", NILS.external_id)]


def test_answers_close_when_the_meeting_starts(services: Services) -> None:
    meeting = council(services)
    with pytest.raises(UserError) as refused:
        services.attendance.answer(
            meeting_id=meeting, who=account("T", ANNA.external_id), answer=Answer.COMING, now=STARTS
        )
    assert refused.value.key == "narvaro.answer.started"


def test_the_formote_register_is_the_associations_own(services: Services) -> None:
    council(services)
    formote = plan(services, MeetingKind.FORMOTE, "tisdag 9 mars kl 10-12", OLLE)
    during = datetime(2027, 3, 9, 10, 30, tzinfo=STOCKHOLM)
    with pytest.raises(UserError) as refused:
        services.attendance.checklist(
            who=account("T", SARA.external_id),
            where=conversation("T", "C"),
            meeting_id=formote,
            now=during,
        )
    assert refused.value.key == "mote.not_found"
    roll = services.attendance.checklist(
        who=account("T", OLLE.external_id), where=conversation("T", "C"), now=during
    )
    assert roll.meeting.id == formote
    assert {e.name for e in roll.entries} == {"Olle Ordförande", "Anna Andersson", "Lina Lind"}


@pytest.mark.parametrize(
    ("attended", "meetings", "flagged"),
    [(0, 1, False), (0, 2, True), (1, 3, True), (2, 4, False), (3, 5, False)],
)
def test_only_repeated_absences_suggest_the_chair_gets_in_touch(
    attended: int, meetings: int, flagged: bool
) -> None:
    """One missed stormöte is life; missing again and again, most of the time, is worth a call."""
    assert ForeningShare("Attention", attended, meetings).often_missing is flagged
