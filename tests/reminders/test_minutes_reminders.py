"""The minutes' reminders: justerare who have not approved the version sent, and the
chair when the minutes are past their due date (Thursday 24 December for this meeting)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.ids import account, conversation
from bot.core.clock import ManualClock
from bot.core.identity import NamedAccount
from bot.core.vocabulary import Answer, Presence, Role
from tests.bot.minutes_council import slack_words
from tests.conftest import NOW
from tests.reminders.world import ANNA, LINA, NAMES, OLLE, RAD, SARA, TEAM, World, at


@pytest.fixture
def world(sqlite_url: str, clock: ManualClock) -> Iterator[World]:
    services = build_services(load_settings({"DATABASE_URL": sqlite_url}), clock=clock)
    world = World.build(services)
    for user, forening in ((ANNA, "RSMH Väst"), (LINA, "Attention")):
        services.councils.add_member(
            who=account(TEAM, SARA), where=conversation(TEAM, RAD),
            member=NamedAccount(user, NAMES[user]), role=Role.JUSTERARE, forening=forening, now=NOW,
        )  # fmt: skip
    yield world
    services.engine.dispose()


def _with_justerare(world: World, meeting: int) -> int:
    minutes = world.services.minutes
    where = {"who": account(TEAM, SARA), "where": conversation(TEAM, RAD)}
    for line in ("punkt 1", "info: Allt är som vanligt."):
        minutes.capture.line(text=line, read=slack_words({}), now=at(12, 10, 13, 5), **where)
    return minutes.justering.send(now=at(12, 11, 10), meeting_id=meeting, **where).version


def test_justering_reminds_the_justerare_who_have_not_approved(world: World) -> None:
    meeting = world.plan()
    assert world.who(world.sweep(at(12, 21, 9)), "justering") == set()  # nothing sent yet
    version = _with_justerare(world, meeting)
    assert world.who(world.sweep(at(12, 21, 9)), "justering") == {ANNA, LINA}
    world.services.minutes.justering.approve(
        who=account(TEAM, ANNA), meeting_id=meeting, version=version, now=at(12, 22, 8)
    )
    assert world.who(world.sweep(at(12, 23, 9)), "justering") == {LINA}
    world.services.minutes.justering.approve(
        who=account(TEAM, LINA), meeting_id=meeting, version=version, now=at(12, 23, 10)
    )
    assert world.who(world.sweep(at(12, 23, 11)), "justering") == set()


def test_late_minutes_are_flagged_to_the_chair_once(world: World) -> None:
    world.plan()
    assert world.who(world.sweep(at(12, 24, 20)), "försenat") == set()  # the due day itself
    rows = world.sweep(at(12, 25, 9))
    assert world.who(rows, "försenat") == {OLLE}
    assert "skulle ha skickats ut senast *torsdag 24 december 2026*" in world.text(rows[0])
    assert world.who(world.sweep(at(12, 27, 9)), "försenat") == set()  # once
    assert world.who(world.sweep(at(12, 25, 9)), "protokoll") == set()  # the secretary's has ended


def test_minutes_out_in_time_are_never_flagged(world: World) -> None:
    meeting = world.plan()
    world.update(meeting, minutes_sent_at=at(12, 20, 10))
    assert world.who(world.sweep(at(12, 25, 9)), "försenat") == set()


def test_a_late_flag_missed_on_the_day_comes_within_the_week(world: World) -> None:
    world.plan()
    assert world.who(world.sweep(at(12, 29, 15)), "försenat") == {OLLE}
    assert world.who(world.sweep(at(12, 31, 23)), "försenat") == set()


def test_a_justerare_registered_absent_is_never_reminded(world: World) -> None:
    meeting = world.plan()
    world.attend(meeting, ANNA, answer=Answer.NOT_COMING)
    world.attend(meeting, LINA, presence=Presence.PRESENT)
    _with_justerare(world, meeting)
    assert world.who(world.sweep(at(12, 21, 9)), "justering") == {LINA}
