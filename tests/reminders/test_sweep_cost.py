"""The sweep's statements follow what it does, not the region: councils with a meeting or an
action item near `now` are loaded together, so more of them cost rows, not queries; and a
pass over a large region loads them a slice of councils at a time."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import ActionItem, OutboxMessage
from bot.core.identity import NamedAccount
from bot.core.vocabulary import ActionStatus, MeetingKind, Role
from bot.core.when import When
from bot.councils.onboarding import KIND as ONBOARDING
from bot.reminders.passes import FULL_EVERY
from bot.reminders.sweep import sweep
from devtools.statements import statements
from tests.conftest import NOW
from tests.reminders.world import STORMOTE, TEAM, at

# The agenda deadline and the kallelse's last day of the stormöte are 3 December: their
# first slots have come, and so has the action items' (due 4 December).
SWEEP_AT = at(12, 1, 10)


def add_council(services: Services, number: int) -> None:
    """A council with a secretary, two ledamöter, a stormöte and an open action item."""
    channel = f"C{number:04d}"
    secretary = NamedAccount(f"U{number:04d}S", f"Sekreterare {number}")
    services.councils.create(
        where=conversation(TEAM, channel),
        private=False,
        name=f"Råd {number}",
        creator=secretary,
        now=NOW,
    )
    for n, forening in enumerate(("RSMH", "Attention")):
        services.councils.add_member(
            who=account(TEAM, secretary.external_id),
            where=conversation(TEAM, channel),
            member=NamedAccount(f"U{number:04d}{n}", f"Ledamot {number}-{n}"),
            role=Role.LEDAMOT,
            forening=forening,
            now=NOW,
        )
    services.meetings.plan(
        who=account(TEAM, secretary.external_id),
        where=conversation(TEAM, channel),
        kind=MeetingKind.STORMOTE,
        when=When(start=STORMOTE + timedelta(minutes=number)),
        place=None,
        now=NOW,
    )
    with services.uow() as uow:
        council = uow.directory.council(conversation("T", channel))
        person = uow.directory.person(account(TEAM, secretary.external_id))
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


def add_agreement(services: Services, number: int) -> None:
    """The council's written agreement, adopted a year before SWEEP_AT: up for review."""
    services.agreements.record(
        who=account(TEAM, f"U{number:04d}S"),
        where=conversation(TEAM, f"C{number:04d}"),
        link="https://intranat.example.se/form.pdf",
        adopted_on=date(2025, 12, 1),
        now=NOW,
    )


@pytest.mark.parametrize("reviews", [False, True])
def test_a_sweep_sends_as_many_statements_for_six_councils_as_for_two(
    services: Services, reviews: bool
) -> None:
    counted: list[tuple[int, int]] = []  # (statements, rows queued) a sweep
    added = 0
    # Passes over everything: the first one, and the next FULL_EVERY later.
    for size, instant in ((2, SWEEP_AT), (6, SWEEP_AT + FULL_EVERY)):
        while added < size:
            added += 1
            add_council(services, added)
            if reviews:
                add_agreement(services, added)
        with statements(services.engine) as sent:
            queued = sweep(services.uow, instant)
        counted.append((len(sent), queued))
    (few, queued_few), (many, queued_many) = counted
    # Per new council: three members' punkt reminders, the secretary's kallelse and action
    # item, and with an agreement a year old the secretary's review (the council has no chair).
    each = 6 if reviews else 5
    assert (queued_few, queued_many) == (2 * each, 4 * each)
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


# The council ids a statement reads the rows of: `.council_id IN (?, ?, …)` on SQLite,
# `(%(council_id_1_1)s::INTEGER, …)` on PostgreSQL.
_PLACEHOLDER = r"(?:\?|%\(\w+\)s(?:::\w+)?)"
_COUNCILS_IN = re.compile(rf"\.council_id IN \(({_PLACEHOLDER}(?:, {_PLACEHOLDER})*)\)")


def test_a_pass_loads_one_slice_of_councils_at_a_time_and_queues_the_same(
    services: Services,
) -> None:
    for number in range(1, 7):
        add_council(services, number)
    with statements(services.engine) as sent:
        queued = sweep(services.uow, SWEEP_AT, slice_size=2)
    # Every council's five reminders, as in one slice (the tests above).
    assert queued == 6 * 5
    with services.uow() as uow:
        councils = uow.session.scalars(
            select(OutboxMessage.council_id).where(OutboxMessage.kind != ONBOARDING)
        ).all()  # the sweep's, not the first weeks' messages queued with the members
    assert sorted(Counter(councils).values()) == [5] * 6
    # Meetings, items and members are read for two councils at a time, never all six.
    read = {
        table: [
            len(found.group(1).split(", "))
            for s in sent
            if f"FROM {table}" in s.statement
            for found in _COUNCILS_IN.finditer(s.statement)
        ]
        for table in ("meetings", "action_items", "memberships")
    }
    assert read == {table: [2, 2, 2] for table in ("meetings", "action_items", "memberships")}
