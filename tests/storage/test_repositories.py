"""Repositories and the unit of work, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from adapters.slack.ids import SLACK, account, conversation
from adapters.storage.db import make_session_factory
from adapters.storage.models import Conversation, Council, Membership, Person
from adapters.storage.uow import UnitOfWork
from bot.core.identity import Account
from bot.core.vocabulary import Role
from tests.conftest import NOW


def _uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(make_session_factory(engine))


def _council(uow: UnitOfWork, channel: str = "C1") -> Council:
    return uow.councils.add(
        Council(
            workspace="T1",
            conversations=[Conversation(platform=SLACK, workspace="T1", external_id=channel)],
            name="Rådet",
            created_at=NOW,
        )
    )


def test_council_defaults_follow_the_domain_brief(engine: Engine) -> None:
    with _uow(engine) as uow:
        council = _council(uow)
        uow.commit()
    with _uow(engine) as uow:
        found = uow.directory.council(conversation("T", "C1"))
        assert found is not None
        assert (found.agenda_deadline_days, found.min_notice_days, found.minutes_due_days) == (
            7,
            7,
            14,
        )
        assert found.fee_level == 1
        assert found.created_at == NOW
        assert found.created_at.tzinfo is not None
        assert council.id == found.id


def test_one_council_per_channel_is_enforced_by_the_database(engine: Engine) -> None:
    with _uow(engine) as uow:
        _council(uow)
        uow.commit()
    with _uow(engine) as uow, pytest.raises(IntegrityError):
        _council(uow)


def test_naive_datetimes_are_refused(engine: Engine) -> None:
    with _uow(engine) as uow, pytest.raises(Exception, match="naive"):
        uow.councils.add(
            Council(
                workspace="T1",
                conversations=[Conversation(platform=SLACK, workspace="T1", external_id="C9")],
                name="x",
                created_at=datetime(2026, 1, 1),
            )
        )


def test_leaving_without_commit_rolls_back(engine: Engine) -> None:
    with _uow(engine) as uow:
        _council(uow)
    with _uow(engine) as uow:
        assert uow.directory.council(conversation("T", "C1")) is None


def test_person_ensure_creates_once_and_follows_the_slack_name(engine: Engine) -> None:
    with _uow(engine) as uow:
        first = uow.people.ensure(account("T1", "U1"), "Anna", now=NOW)
        again = uow.people.ensure(account("T1", "U1"), "Anna A", now=NOW)
        assert first.id == again.id
        assert again.display_name == "Anna A"
        # A Slack user id is one person in every workspace (Enterprise Grid, Slack Connect).
        other_team = uow.people.ensure(account("T2", "U1"), "Anna", now=NOW)
        assert other_team.id == first.id


def test_the_slack_ids_read_from_accounts_and_conversations_also_in_a_query(
    engine: Engine,
) -> None:
    with _uow(engine) as uow:
        council = _council(uow, "C7")
        anna = uow.people.ensure(account("T1", "U7"), "Anna", now=NOW)
        uow.commit()
    with _uow(engine) as uow:
        assert uow.session.scalars(select(Person).where(Person.chat_account == "U7")).all() == [
            uow.people.get(anna.id)
        ]
        found = uow.session.scalars(select(Council).where(Council.conversation == "C7")).one()
        assert (found.id, found.conversation) == (council.id, "C7")


def test_forening_names_match_regardless_of_case_and_spaces(engine: Engine) -> None:
    with _uow(engine) as uow:
        a = uow.foreningar.ensure("T1", "RSMH  Väst")
        b = uow.foreningar.ensure("T1", "rsmh väst")
        assert a.id == b.id
        assert a.name == "RSMH Väst"


def test_memberships_are_active_within_their_window(engine: Engine) -> None:
    with _uow(engine) as uow:
        council = _council(uow)
        anna = uow.people.ensure(account("T1", "U1"), "Anna", now=NOW)
        bo = uow.people.ensure(account("T1", "U2"), "Bo", now=NOW)
        uow.memberships.add(
            Membership(council_id=council.id, person_id=anna.id, role=Role.LEDAMOT, active_from=NOW)
        )
        uow.memberships.add(
            Membership(
                council_id=council.id,
                person_id=bo.id,
                role=Role.SEKRETERARE,
                active_from=NOW - timedelta(days=30),
                active_to=NOW - timedelta(days=1),
            )
        )
        uow.commit()
        active = uow.memberships.active(council.id, now=NOW)
        assert [r.person.display_name for r in active] == ["Anna"]
        assert uow.memberships.active(council.id, now=NOW - timedelta(days=2))[0].person.id == bo.id
        assert uow.memberships.holders(council.id, frozenset({Role.LEDAMOT}), now=NOW) == [anna]
        assert uow.memberships.council_ids_of(anna.id, now=NOW) == [council.id]


def test_event_log_appends_in_order_with_aware_times(engine: Engine) -> None:
    with _uow(engine) as uow:
        council = _council(uow)
        uow.events.append("a", at=NOW, council_id=council.id, data={"n": 1})
        uow.events.append("b", at=NOW + timedelta(minutes=1), council_id=council.id)
        uow.commit()
    with _uow(engine) as uow:
        events = uow.events.for_council(council.id)
        assert [e.kind for e in events] == ["a", "b"]
        assert events[0].data == {"n": 1}
        assert events[1].at == (NOW + timedelta(minutes=1)).astimezone(UTC)
        assert [e.kind for e in uow.events.for_council(council.id, kind="b")] == ["b"]


def test_an_account_on_any_platform_is_kept_and_finds_its_person(engine: Engine) -> None:
    """A platform is whatever name its adapter gives it (a second chat, issue 24): the same
    id on another platform is someone else."""
    on_teams = Account("teams", "tenant-1", "U1")
    with _uow(engine) as uow:
        lina = uow.people.ensure(on_teams, "Lina", now=NOW)
        uow.people.ensure(account("T1", "U1"), "Ulla", now=NOW)
        uow.commit()
    with _uow(engine) as uow:
        found = uow.directory.person(on_teams)
        assert found is not None and found.id == lina.id
        assert [(a.platform, a.external_id) for a in found.accounts] == [("teams", "U1")]
        assert found.chat_account is None  # no Slack account
