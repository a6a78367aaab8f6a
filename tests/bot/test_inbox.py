"""The inbox: a request taken in once, its work done once (its change and the entry's `done`
in one transaction), run again after a failure or a dead process, given up on when an answer
could no longer reach the person, and forgotten a day after."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from adapters.runtime.inbox import Inbox, Ran
from adapters.runtime.services import Services
from adapters.storage.models import Forening, InboxEntry
from adapters.storage.repositories.inbox import Claim, ClaimLostError
from bot.core.clock import ManualClock
from devtools.statements import statements
from tests.conftest import NOW

Replayed = list[tuple[Claim, str, str]]


def _entry(services: Services, entry_id: int) -> InboxEntry:
    with services.uow() as uow:
        entry = uow.session.get(InboxEntry, entry_id)
        assert entry is not None
        return entry


def _add_forening(services: Services, name: str) -> None:
    """The work of a request: a change of its own, committed the usual way."""
    with services.uow() as uow:
        uow.session.add(Forening(team_id="T1", name=name, name_key=name.lower()))
        uow.commit()


def _forening_names(services: Services) -> list[str]:
    with services.uow() as uow:
        return list(uow.session.scalars(select(Forening.name).order_by(Forening.name)))


def _database_fails() -> None:
    raise OperationalError("INSERT", {}, Exception("the database does not answer"))


def _replaying_into(replayed: Replayed) -> object:
    def replay(claim: Claim, listener: str, payload: str) -> None:
        replayed.append((claim, listener, payload))

    return replay


def test_a_request_is_taken_in_once_and_its_change_marks_it_done(services: Services) -> None:
    inbox = services.inbox
    claim = inbox.take_in("event:Ev1", "message:punkt", '{"text": "punkt: Tolk"}')
    assert claim is not None and claim.attempt == 0
    assert inbox.take_in("event:Ev1", "message:punkt", '{"text": "punkt: Tolk"}') is None
    assert inbox.run(claim, lambda: _add_forening(services, "RSMH"), name="punkt") is Ran.DONE
    entry = _entry(services, claim.entry_id)
    assert entry.done_at == NOW and entry.outcome == "done"
    assert entry.payload == ""  # what someone wrote is not kept once it has had its effect
    assert inbox.take_in("event:Ev1", "message:punkt", "{}") is None  # still a redelivery


def test_a_request_is_stored_as_the_orm_stores_instants(services: Services) -> None:
    """Taken in outside the ORM, its instants compare in SQL like every other (SQLite
    compares them as text): a claim holds to its last instant, not a moment less."""
    inbox = services.inbox
    assert NOW.microsecond == 0  # where SQLite's own text for an instant would differ
    claim = inbox.take_in("command:T0", "/punkt", "{}")
    assert claim is not None
    with services.uow() as uow:
        found = uow.session.scalars(select(InboxEntry.id).where(InboxEntry.received_at == NOW))
        assert list(found) == [claim.entry_id]
    replayed: Replayed = []
    assert inbox.drain(_replaying_into(replayed), now=NOW + inbox.policy.lease) == 0
    later = NOW + inbox.policy.lease + timedelta(microseconds=1)
    assert inbox.drain(_replaying_into(replayed), now=later) == 1


def test_work_that_wrote_is_done_even_if_it_fails_after(services: Services) -> None:
    """The answer failing after the change landed must not make the change happen twice."""
    inbox = services.inbox
    claim = inbox.take_in("command:T1", "/punkt", "{}")
    assert claim is not None

    def change_then_fail() -> None:
        _add_forening(services, "Attention")
        raise ConnectionError("the answer could not be posted")

    assert inbox.run(claim, change_then_fail, name="/punkt") is Ran.LATER
    replayed: Replayed = []
    assert inbox.drain(_replaying_into(replayed), now=NOW + timedelta(hours=1)) == 0
    assert replayed == [] and _forening_names(services) == ["Attention"]


def test_work_the_database_failed_runs_again_after_a_backoff(
    services: Services, clock: ManualClock
) -> None:
    inbox = services.inbox
    claim = inbox.take_in("command:T2", "/punkt", '{"command": "/punkt"}')
    assert claim is not None
    assert inbox.run(claim, _database_fails, name="/punkt") is Ran.LATER
    replayed: Replayed = []
    first_retry = inbox.policy.backoff(0)
    assert inbox.drain(_replaying_into(replayed), now=NOW + first_retry / 2) == 0
    assert inbox.drain(_replaying_into(replayed), now=NOW + first_retry) == 1
    [(again, listener, payload)] = replayed
    assert (listener, payload, again.attempt) == ("/punkt", '{"command": "/punkt"}', 1)
    clock.set(NOW + first_retry)
    assert inbox.run(again, lambda: _add_forening(services, "RSMH"), name="/punkt") is Ran.DONE
    assert inbox.drain(_replaying_into(replayed), now=NOW + timedelta(hours=1)) == 0
    assert _forening_names(services) == ["RSMH"]


def test_a_dead_process_s_request_is_taken_over_and_its_late_change_cannot_land(
    services: Services,
) -> None:
    inbox = services.inbox
    dead = inbox.take_in("shortcut:T3", "add_as_point", "{}")
    assert dead is not None
    replayed: Replayed = []
    assert inbox.drain(_replaying_into(replayed), now=NOW + inbox.policy.lease / 2) == 0
    assert inbox.drain(_replaying_into(replayed), now=NOW + inbox.policy.lease * 2) == 1
    [(taken_over, _, _)] = replayed
    assert taken_over.token != dead.token
    # The first process was only slow after all: its change is refused, nothing half-written.
    late = inbox.run(dead, lambda: _add_forening(services, "Hjärnkoll"), name="add_as_point")
    assert late is Ran.LATER and _forening_names(services) == []
    assert inbox.run(taken_over, lambda: _add_forening(services, "Hjärnkoll"), name="x") is Ran.DONE
    assert _forening_names(services) == ["Hjärnkoll"]


def test_after_25_minutes_of_failures_the_inbox_gives_up(
    services: Services, clock: ManualClock
) -> None:
    inbox = services.inbox
    claim = inbox.take_in("command:T4", "/punkt", "{}")
    assert claim is not None
    clock.set(NOW + inbox.policy.give_up_after)
    assert inbox.run(claim, _database_fails, name="/punkt") is Ran.GAVE_UP
    entry = _entry(services, claim.entry_id)
    assert entry.outcome == "gave_up" and entry.payload == ""
    replayed: Replayed = []
    assert inbox.drain(_replaying_into(replayed), now=NOW + timedelta(hours=2)) == 0


def test_a_stopping_process_lets_go_so_the_next_takes_over_at_once(services: Services) -> None:
    inbox = services.inbox
    claim = inbox.take_in("command:T5", "/punkt", "{}")
    assert claim is not None
    assert inbox.release() == 1
    replayed: Replayed = []
    assert inbox.drain(_replaying_into(replayed), now=NOW) == 1
    # The stopped process's work, should it still finish, no longer holds the entry.
    with pytest.raises(ClaimLostError), services.uow() as uow:
        uow.inbox.finish(claim)


def test_done_entries_are_forgotten_after_a_day(services: Services) -> None:
    inbox = services.inbox
    claim = inbox.take_in("event:Ev6", "message:punkt", "{}")
    assert claim is not None
    inbox.run(claim, lambda: None, name="punkt")
    unused: Replayed = []
    inbox.drain(_replaying_into(unused), now=NOW + inbox.policy.kept - timedelta(minutes=1))
    assert inbox.take_in("event:Ev6", "message:punkt", "{}") is None
    inbox.drain(_replaying_into(unused), now=NOW + inbox.policy.kept + timedelta(minutes=1))
    assert inbox.take_in("event:Ev6", "message:punkt", "{}") is not None


def test_two_inboxes_never_take_over_the_same_entry(services: Services) -> None:
    """Two processes draining at once (serve and worker): each entry goes to one of them."""
    first, second = services.inbox, Inbox(services.uow, services.engine, services.clock)
    claim = first.take_in("command:T7", "/punkt", "{}")
    assert claim is not None
    first.release()
    got: Replayed = []
    late = NOW + timedelta(seconds=1)
    assert (
        first.drain(_replaying_into(got), now=late) + second.drain(_replaying_into(got), now=late)
        == 1
    )


def test_a_forked_process_claims_with_tokens_of_its_own() -> None:
    """Claim tokens come from a counter, not a system call per request; a worker forked from
    a process must not count on from the same point, or a dead process's late change could
    land over its successor's claim."""
    from adapters.runtime import inbox as module

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: hand its next token over and leave at once
        os.write(write, module._token().encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read, 100).decode()
    os.close(read)
    os.close(write)
    parents = [module._token() for _ in range(3)]
    assert len(set(parents)) == 3 and child not in parents


def test_work_that_wrote_is_marked_done_in_its_own_transaction_and_no_other(
    services: Services,
) -> None:
    """On SQLite every writer waits for each write transaction: a /punkt has one, not a
    second to mark its entry done again."""
    inbox = services.inbox
    claim = inbox.take_in("command:T9", "/punkt", "{}")
    assert claim is not None
    with statements(services.engine) as sent:
        assert inbox.run(claim, lambda: _add_forening(services, "RSMH"), name="/punkt") is Ran.DONE
    assert [s.statement.split()[0] for s in sent if "inbox" in s.statement] == ["UPDATE"]
    assert _entry(services, claim.entry_id).outcome == "done"


def test_work_that_wrote_nothing_is_marked_done_after(services: Services) -> None:
    inbox = services.inbox
    claim = inbox.take_in("command:T10", "/punkt", "{}")
    assert claim is not None
    assert inbox.run(claim, lambda: None, name="/punkt") is Ran.DONE
    assert _entry(services, claim.entry_id).done_at == NOW
