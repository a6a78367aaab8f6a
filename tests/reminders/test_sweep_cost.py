"""The sweep's statements follow what it does, not the region: councils with a meeting or an
action item near `now` are loaded together, so more of them cost rows, not queries."""

from __future__ import annotations

from datetime import timedelta

from adapters.storage.models import ActionItem
from bot.core.vocabulary import ActionStatus, MeetingKind, Platform, Role
from bot.core.when import When
from bot.councils.service import SlackUser
from bot.reminders.passes import FULL_EVERY
from bot.reminders.sweep import sweep
from bot.runtime.services import Services
from tests.conftest import NOW
from tests.reminders.world import STORMOTE, TEAM, at
from tests.statements import statements

# The agenda deadline and the kallelse's last day of the stormöte are 3 December: their
# first slots have come, and so has the action items' (due 4 December).
SWEEP_AT = at(12, 1, 10)


def add_council(services: Services, number: int) -> None:
    """A council with a secretary, two ledamöter, a stormöte and an open action item."""
    channel = f"C{number:04d}"
    secretary = SlackUser(f"U{number:04d}S", f"Sekreterare {number}")
    services.councils.create(
        team_id=TEAM, channel_id=channel, name=f"Råd {number}", creator=secretary, now=NOW
    )
    for n, forening in enumerate(("RSMH", "Attention")):
        services.councils.add_member(
            team_id=TEAM,
            channel_id=channel,
            actor_user_id=secretary.user_id,
            member=SlackUser(f"U{number:04d}{n}", f"Ledamot {number}-{n}"),
            role=Role.LEDAMOT,
            forening=forening,
            now=NOW,
        )
    services.meetings.plan(
        team_id=TEAM,
        channel_id=channel,
        actor_user_id=secretary.user_id,
        kind=MeetingKind.STORMOTE,
        when=When(start=STORMOTE + timedelta(minutes=number)),
        place=None,
        now=NOW,
    )
    with services.uow() as uow:
        council = uow.directory.council(Platform.SLACK, channel)
        person = uow.directory.person(Platform.SLACK, TEAM, secretary.user_id)
        assert council is not None and person is not None
        uow.session.add(
            ActionItem(
                council_id=council.id,
                owner_id=person.id,
                text="Boka lokal.",
                due_on=at(12, 4).date(),
                status=ActionStatus.OPEN,
                created_at=NOW,
            )
        )
        uow.commit()


def test_a_sweep_sends_as_many_statements_for_six_councils_as_for_two(
    services: Services,
) -> None:
    counted: list[tuple[int, int]] = []  # (statements, rows queued) a sweep
    added = 0
    # Passes over everything: the first one, and the next FULL_EVERY later.
    for size, instant in ((2, SWEEP_AT), (6, SWEEP_AT + FULL_EVERY)):
        while added < size:
            added += 1
            add_council(services, added)
        with statements(services.engine) as sent:
            queued = sweep(services.uow, instant)
        counted.append((len(sent), queued))
    (few, queued_few), (many, queued_many) = counted
    # Per new council: three members' punkt reminders, the secretary's kallelse and action item.
    assert (queued_few, queued_many) == (2 * 5, 4 * 5)
    assert many == few


def test_a_minute_with_nothing_due_costs_as_many_statements_for_six_councils_as_for_two(
    services: Services,
) -> None:
    counted: list[tuple[int, int]] = []  # (statements, rows queued) the pass a minute later
    added = 0
    for size, instant in ((2, SWEEP_AT), (6, SWEEP_AT + FULL_EVERY)):
        while added < size:
            added += 1
            add_council(services, added)
        sweep(services.uow, instant)
        with statements(services.engine) as sent:
            queued = sweep(services.uow, instant + timedelta(minutes=1))
        counted.append((len(sent), queued))
    (few, queued_few), (many, queued_many) = counted
    assert (queued_few, queued_many) == (0, 0)
    assert many == few
    # No member was read: no council had anything to look at.
    assert not [s for s in sent if "FROM memberships" in s.statement]
