"""Meeting rules: derived cycle dates, the four-a-year count, förmöte parentage, DST."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import Council, Meeting
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Role
from bot.core.when import When, parse_when
from bot.meetings.service import cycle_dates
from tests.conftest import NOW

STHLM = ZoneInfo("Europe/Stockholm")
SEK = NamedAccount("U0SEK", "Sara")
ANNA = NamedAccount("U0ANNA", "Anna")
LISA = NamedAccount("U0LISA", "Lisa")


def _council(services: Services) -> None:
    services.councils.create(
        where=conversation("T", "C"), private=False, name="Rådet", creator=SEK, now=NOW
    )
    _member(services, ANNA, "RSMH")


def _member(services: Services, member: NamedAccount, forening: str) -> None:
    services.councils.add_member(
        who=account("T", SEK.external_id),
        where=conversation("T", "C"),
        member=member,
        role=Role.LEDAMOT,
        forening=forening,
        now=NOW,
    )


def _plan(
    services: Services,
    text: str,
    kind: MeetingKind = MeetingKind.STORMOTE,
    user: str = SEK.external_id,
):  # type: ignore[no-untyped-def]
    return services.meetings.plan(
        who=account("T", user),
        where=conversation("T", "C"),
        kind=kind,
        when=parse_when(text, now=NOW),
        place=None,
        now=NOW,
    )


def test_cycle_dates_follow_the_councils_settings() -> None:
    council = Council(
        agenda_deadline_days=10, min_notice_days=7, minutes_due_days=14, timezone="Europe/Stockholm"
    )
    # 00:30 local on 1 April is still 31 March in UTC: local dates must come from local time.
    starts = datetime(2027, 4, 1, 0, 30, tzinfo=STHLM)
    dates = cycle_dates(council, starts)
    assert dates.agenda_deadline == date(2027, 3, 22)
    assert dates.kallelse_last_day == date(2027, 3, 25)
    assert dates.minutes_due == date(2027, 4, 15)


@pytest.mark.parametrize(
    "day", ["28 mars 2027", "4 april 2027", "31 oktober 2027", "7 november 2027"]
)
def test_a_meeting_at_13_is_13_local_across_dst(services: Services, day: str) -> None:
    _council(services)
    planned = _plan(services, f"{day} kl 13")
    assert planned.meeting.when.start.hour == 13
    with services.uow() as uow:
        stored = uow.session.get(Meeting, planned.meeting.id)
        assert stored is not None
        assert stored.starts_at.astimezone(STHLM).hour == 13


def test_stormoten_are_counted_per_calendar_year_of_the_meeting(services: Services) -> None:
    _council(services)
    counts = [
        _plan(services, f"{d} kl 13").stormoten_this_year
        for d in ("11 mars", "10 juni", "9 september")
    ]
    assert counts == [1, 2, 3]
    assert _plan(services, "2 december kl 13").stormoten_this_year == 1  # 2026


def test_formote_attaches_to_the_next_stormote(services: Services) -> None:
    _council(services)
    march = _plan(services, "11 mars kl 13")
    _plan(services, "10 juni kl 13")
    _member(services, LISA, "Attention")
    pre = _plan(services, "9 mars kl 10", MeetingKind.FORMOTE, ANNA.external_id)
    assert pre.meeting.parent_id == march.meeting.id
    with services.uow() as uow:
        lisa = uow.directory.person(account("T", LISA.external_id))
        assert lisa is not None
    # The associations' people but the one who planned it (she has the reply); not the unit.
    assert pre.private_audience == (lisa.id,)


def test_a_meeting_must_be_ahead_and_have_a_time(services: Services) -> None:
    _council(services)
    with pytest.raises(UserError) as err:
        services.meetings.plan(
            who=account("T", SEK.external_id),
            where=conversation("T", "C"),
            kind=MeetingKind.STORMOTE,
            place=None,
            now=NOW,
            when=When(NOW - timedelta(hours=1)),
        )
    assert err.value.key == "mote.in_past"
    with pytest.raises(UserError) as err:
        _plan(services, "11 mars")
    assert err.value.key == "mote.need_time"
