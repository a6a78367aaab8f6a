"""Each reminder kind with an explicit clock: when it is due, and only for those who need it.

The stormöte is Thursday 10 December 13:00, so with the council's defaults the agenda
deadline and the kallelse's last day are Thursday 3 December and the minutes are due
Thursday 24 December.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.ids import account, conversation
from bot.core.clock import ManualClock
from bot.core.ports import Passes
from bot.core.vocabulary import ActionStatus, Answer, MeetingKind, MeetingStatus
from bot.reminders.kinds import ReminderKind
from tests.conftest import NOW
from tests.reminders.world import (
    ANNA,
    ASSOCIATIONS,
    EVERYONE,
    LINA,
    OLLE,
    RAD,
    SARA,
    TEAM,
    VERA,
    World,
    at,
)


@pytest.fixture
def world(sqlite_url: str, clock: ManualClock) -> Iterator[World]:
    """SQLite only: the rules are the same on both backends, whose SQL the sender, the
    concurrency and the end-to-end tests run on PostgreSQL too."""
    services = build_services(load_settings({"DATABASE_URL": sqlite_url}), clock=clock)
    yield World.build(services)
    services.engine.dispose()


def test_punkt_goes_to_every_member_three_days_and_one_day_before_the_agenda_deadline(
    world: World,
) -> None:
    world.plan()
    assert world.sweep(at(11, 30, 8, 59)) == []
    assert world.who(world.sweep(at(11, 30, 9)), "punkt") == EVERYONE
    assert world.sweep(at(11, 30, 15)) == []  # queued once, not every minute
    assert world.who(world.sweep(at(12, 2, 9)), "punkt") == EVERYONE
    assert world.who(world.sweep(at(12, 3, 20)), "punkt") == set()
    assert world.who(world.sweep(at(12, 4, 0, 1)), "punkt") == set()


def test_a_formote_is_reminded_only_to_the_associations(world: World) -> None:
    stormote = world.plan()
    world.plan(MeetingKind.FORMOTE, at(12, 9, 17))
    # The förmöte's agenda deadline is 2 December: its first reminder is 29 November.
    assert world.who(world.sweep(at(11, 29, 9)), "punkt") == ASSOCIATIONS
    # No kallelse reminder for a förmöte: only the stormöte's.
    kallelse = [r for r in world.sweep(at(11, 30, 9)) if r.kind == "kallelse"]
    assert {r.idempotency_key.split(":")[1] for r in kallelse} == {f"m{stormote}"}
    assert world.who(world.sweep(at(12, 9, 8)), "mötesdag") == ASSOCIATIONS
    unit = [world.text(row) for row in world.outbox() if world.user(row) in {SARA, VERA}]
    assert unit and not any("förmöte" in text for text in unit)


def test_kallelse_reminds_secretary_and_chair_until_it_is_sent(world: World) -> None:
    meeting = world.plan()
    assert world.who(world.sweep(at(11, 30, 9)), "kallelse") == {SARA, OLLE}
    world.update(meeting, kallelse_sent_at=at(12, 1, 10))
    assert world.who(world.sweep(at(12, 2, 9)), "kallelse") == set()


def test_handlingar_go_to_the_invited_who_have_not_read_them_and_are_coming(
    world: World,
) -> None:
    meeting = world.plan()
    world.update(meeting, kallelse_sent_at=at(12, 1, 10))
    world.attend(meeting, ANNA, read_documents_at=at(12, 5, 20))
    world.attend(meeting, LINA, answer=Answer.NOT_COMING.value)
    assert world.who(world.sweep(at(12, 7, 8, 59)), "handlingar") == set()
    assert world.who(world.sweep(at(12, 7, 9)), "handlingar") == {SARA, OLLE, VERA}


def test_svar_comes_only_after_the_kallelse_to_those_who_have_not_answered(
    world: World,
) -> None:
    meeting = world.plan()
    assert world.who(world.sweep(at(12, 5, 9)), "svar") == set()  # no kallelse yet
    # Sent late on the day of the reminder: people get a day with it first.
    world.update(meeting, kallelse_sent_at=at(12, 5, 8))
    world.attend(meeting, ANNA, answer=Answer.COMING.value)
    assert world.who(world.sweep(at(12, 5, 10)), "svar") == set()
    # Those who hold a förening's seat: not the unit's Sara and Vera.
    assert world.who(world.sweep(at(12, 6, 8)), "svar") == {OLLE, LINA}


def test_motesdag_comes_in_the_morning_with_the_place(world: World) -> None:
    meeting = world.plan(place="Stora salen, Vårdvägen 3")
    world.attend(meeting, LINA, answer=Answer.NOT_COMING.value)
    assert world.who(world.sweep(at(12, 10, 7, 59)), "mötesdag") == set()
    rows = world.sweep(at(12, 10, 8))
    assert world.who(rows, "mötesdag") == EVERYONE - {LINA}
    text = next(world.text(r) for r in rows if world.user(r) == ANNA)
    assert "I dag är det stormöte torsdag 10 december 2026 kl. 13.00" in text
    assert "Stora salen, Vårdvägen 3" in text


def test_a_place_is_encoded_once_and_pings_nobody(world: World) -> None:
    """The place as people wrote it (bot/core/written.py): "&" and "<" encoded once for Slack, a
    link kept, @here only words."""
    world.plan(place="Rum <3> & Co <link:https://meet.example/j?id=1&pw=2|Teams> @here")
    rows = world.sweep(at(12, 10, 8))
    text = next(world.text(r) for r in rows if world.user(r) == ANNA)
    assert "Rum &lt;3&gt; &amp; Co <https://meet.example/j?id=1&amp;pw=2|Teams> @here" in text


def test_protokoll_reminds_the_secretary_until_the_minutes_are_sent(world: World) -> None:
    meeting = world.plan()
    assert world.who(world.sweep(at(12, 21, 9)), "protokoll") == {SARA}
    assert world.who(world.sweep(at(12, 24, 9)), "protokoll") == {SARA}
    world.update(meeting, minutes_sent_at=at(12, 24, 10))
    assert world.who(world.sweep(at(12, 24, 11)), "protokoll") == set()


def test_minutes_sent_in_time_mean_no_protokoll_reminder(world: World) -> None:
    meeting = world.plan()
    world.update(meeting, minutes_sent_at=at(12, 14, 10))
    assert world.who(world.sweep(at(12, 21, 9)), "protokoll") == set()


def test_atgard_goes_to_the_owner_of_an_open_item_only(world: World) -> None:
    world.action(ANNA, date(2026, 12, 15), "Fråga om fler lästider", ActionStatus.OPEN)
    world.action(LINA, date(2026, 12, 15), "Boka lokal", ActionStatus.DONE)
    rows = world.sweep(at(12, 12, 9))
    assert world.who(rows, "åtgärd") == {ANNA}
    assert "Fråga om fler lästider" in world.text(rows[0])
    assert world.who(world.sweep(at(12, 15, 9)), "åtgärd") == {ANNA}
    assert world.who(world.sweep(at(12, 16, 9)), "åtgärd") == set()


def test_a_cancelled_meeting_gets_no_reminders(world: World) -> None:
    meeting = world.plan()
    world.update(meeting, status=MeetingStatus.CANCELLED)
    for instant in (at(11, 30, 9), at(12, 7, 9), at(12, 10, 8), at(12, 21, 9)):
        assert world.sweep(instant) == []


def test_after_downtime_the_latest_reminder_is_sent_late_once_and_passed_ones_never(
    world: World,
) -> None:
    world.plan()
    # Nothing ran on 30 November or 2 December morning: one punkt each, for 2 December.
    rows = world.sweep(at(12, 2, 15))
    assert sorted(world.user(r) for r in rows if r.kind == "punkt") == sorted(EVERYONE)
    assert all(r.idempotency_key.endswith("20261202T0800Z") for r in rows if r.kind == "punkt")
    assert world.sweep(at(12, 2, 16)) == []
    # Down again over the meeting morning: the mötesdag reminder is gone once it starts.
    assert world.who(world.sweep(at(12, 10, 13, 1)), "mötesdag") == set()


def _passes(world: World) -> Passes:
    with world.services.uow() as uow:
        return uow.reminders.passes()


def test_a_restart_resumes_from_the_last_pass_kept_in_the_database(
    world: World, sqlite_url: str, clock: ManualClock
) -> None:
    world.plan()
    assert world.sweep(at(11, 30, 8, 55)) == []
    restarted = World(build_services(load_settings({"DATABASE_URL": sqlite_url}), clock=clock))
    try:
        # The 09:00 punkt slot lies between the pass before the restart and the first after.
        assert world.who(restarted.sweep(at(11, 30, 9, 5)), "punkt") == EVERYONE
        assert _passes(restarted)[:2] == (at(11, 30, 9, 5), at(11, 30, 8, 55))  # not a full one
    finally:
        restarted.services.engine.dispose()


def test_a_short_downtime_over_a_slot_is_covered_by_the_next_pass_since_the_last(
    world: World,
) -> None:
    world.plan()
    assert world.sweep(at(11, 30, 8, 50)) == []
    assert world.sweep(at(11, 30, 8, 58)) == []
    # Down from 08:58 to 09:04, over the 09:00 slot; not long enough for a full pass.
    assert world.who(world.sweep(at(11, 30, 9, 4)), "punkt") == EVERYONE
    assert _passes(world).full_at == at(11, 30, 8, 50)
    assert world.sweep(at(11, 30, 9, 5)) == []


def test_quiet_hours_hold_a_reminder_until_the_next_allowed_hour_and_send_it_once(
    world: World,
) -> None:
    world.plan()
    world.prefer(ANNA, "tider", "10-18")
    assert world.who(world.sweep(at(11, 30, 9)), "punkt") == EVERYONE - {ANNA}
    assert world.sweep(at(11, 30, 9, 59)) == []
    assert world.who(world.sweep(at(11, 30, 10)), "punkt") == {ANNA}
    assert world.sweep(at(11, 30, 11)) == []


def test_allowed_weekdays_move_a_reminder_to_the_next_allowed_day(world: World) -> None:
    world.plan()
    world.prefer(ANNA, "dagar", "tis-fre")  # 30 November is a Monday
    assert ANNA not in world.who(world.sweep(at(11, 30, 9)), "punkt")
    assert world.who(world.sweep(at(12, 1, 8)), "punkt") == {ANNA}


def test_pause_stops_everything_and_resuming_sends_what_is_still_current(world: World) -> None:
    meeting = world.plan()
    world.update(meeting, kallelse_sent_at=at(12, 1, 10))
    world.prefer(OLLE, "paus")
    assert OLLE not in world.who(world.sweep(at(11, 30, 9)), "punkt") | world.who(
        world.outbox(), "kallelse"
    )
    world.prefer(OLLE, "fortsätt")
    assert world.who(world.sweep(at(11, 30, 12)), "punkt") == {OLLE}


def test_a_kind_turned_off_is_not_sent_and_the_others_are(world: World) -> None:
    world.plan()
    world.prefer(OLLE, "av", "kallelse mötesdag")
    rows = world.sweep(at(11, 30, 9))
    assert OLLE in world.who(rows, "punkt")
    assert world.who(rows, "kallelse") == {SARA}
    world.prefer(OLLE, "på", "kallelse")
    assert world.who(world.sweep(at(11, 30, 10)), "kallelse") == {OLLE}


def test_the_council_chooses_the_days_before(world: World) -> None:
    world.plan()
    for kind, days in ((ReminderKind.PUNKT, (5,)), (ReminderKind.KALLELSE, ())):
        world.services.reminders.change_council_timing(
            who=account(TEAM, SARA), where=conversation(TEAM, RAD), kind=kind, days=days, now=NOW
        )
    assert world.who(world.sweep(at(11, 28, 9)), "punkt") == EVERYONE
    assert world.sweep(at(12, 2, 9)) == []  # neither 3 nor 1 day before, and no kallelse


def test_texts_are_warm_say_how_and_whom_to_ask(world: World) -> None:
    world.plan()
    rows = {world.user(r): world.text(r) for r in world.sweep(at(11, 30, 9)) if r.kind == "punkt"}
    anna = rows[ANNA]
    assert "Skicka din punkt senast *torsdag 3 december 2026*" in anna
    assert "`/punkt &lt;rubrik&gt;`" in anna
    assert f"Hör av dig till <@{SARA}>" in anna
    assert "`/paminnelser`" in anna
    assert f"Hör av dig till <@{OLLE}>" in rows[SARA]  # never yourself
