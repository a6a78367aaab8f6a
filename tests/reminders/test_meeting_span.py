"""The sweep asks the database only for meetings within meeting_span of `now`: no meeting
outside it may have a reminder due, whatever the council's settings and zone. The meetings
tried are those just outside, where a span too narrow would show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.slack.ids import account
from adapters.storage.models import Council, Meeting
from bot.core.authz import Viewer
from bot.core.ports import TimingSettings
from bot.core.vocabulary import MeetingKind, MeetingStatus, Role
from bot.councils.service import MAX_SETTING_DAYS
from bot.reminders.kinds import (
    KIND_DATES,
    MAX_DAYS_BEFORE,
    MEETING_RULES,
    CouncilPeople,
    ReminderKind,
    meeting_case,
    meeting_reminders,
    meeting_span,
)

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
EVERY_ROLE = [
    Viewer(
        account("T1", f"U{i}"),
        i + 1,
        frozenset({role}),
        forening_id=None if role == Role.VERKSAMHET else 1,
        name=f"Person {i}",
    )
    for i, role in enumerate(Role)
]
days = st.integers(min_value=0, max_value=MAX_SETTING_DAYS)
reminder_days = st.none() | st.dictionaries(
    st.sampled_from([kind.value for kind in ReminderKind]),
    st.lists(st.integers(min_value=0, max_value=MAX_DAYS_BEFORE), max_size=3),
    min_size=1,
)


def test_every_meeting_kind_has_its_dates() -> None:
    assert KIND_DATES.keys() == MEETING_RULES.keys()


@settings(max_examples=1000, deadline=None)
@given(
    agenda_deadline_days=days,
    min_notice_days=days,
    minutes_due_days=days,
    custom=reminder_days,
    zone=st.sampled_from(["Europe/Stockholm", "Pacific/Kiritimati", "America/Adak", "UTC"]),
    kind=st.sampled_from(list(MeetingKind)),
    ahead=st.booleans(),
    beyond=st.integers(min_value=0, max_value=40 * 24 * 60),  # minutes outside the span
    kallelse_sent=st.booleans(),
    with_justerare=st.booleans(),
)
def test_a_meeting_outside_its_span_has_nothing_due(
    agenda_deadline_days: int,
    min_notice_days: int,
    minutes_due_days: int,
    custom: dict[str, list[int]] | None,
    zone: str,
    kind: MeetingKind,
    ahead: bool,
    beyond: int,
    kallelse_sent: bool,
    with_justerare: bool,
) -> None:
    council = Council(
        id=1,
        agenda_deadline_days=agenda_deadline_days,
        min_notice_days=min_notice_days,
        minutes_due_days=minutes_due_days,
        timezone=zone,
        reminder_days=custom,
    )
    timing = TimingSettings(
        agenda_deadline_days, min_notice_days, minutes_due_days, custom is not None
    )
    start, end = meeting_span(timing, NOW)
    outside = timedelta(minutes=beyond)
    starts_at = end + outside if ahead else start - timedelta(minutes=1) - outside
    meeting = Meeting(
        id=1,
        council_id=1,
        kind=kind,
        status=MeetingStatus.PLANNED,
        starts_at=starts_at,
        agenda_opened_at=starts_at - timedelta(days=200),
        kallelse_sent_at=NOW - timedelta(days=2) if kallelse_sent else None,
        minutes_sent_at=None,
    )
    case = meeting_case(
        CouncilPeople(council, EVERY_ROLE),
        meeting,
        [],
        frozenset() if with_justerare else None,
    )
    assert list(meeting_reminders(case, NOW)) == []
