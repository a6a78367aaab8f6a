"""Councils and their members, on the fakes: creation, roles, the welcome in the outbox, and
a refused change that leaves nothing behind."""

from __future__ import annotations

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Membership
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.outbox import Message
from bot.core.viewers import council_at, viewer_for
from bot.core.vocabulary import MeetingKind, Role
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, CHANNEL, NOW, SARA, TEAM, add_member, council, councils

BO = NamedAccount("U0BO", "Bo")


def test_creating_a_council_makes_its_creator_secretary_with_standing_points(
    uow: FakeUnitOfWorkFactory,
) -> None:
    ref = councils(uow).create(
        where=conversation(TEAM, CHANNEL),
        private=False,
        name="  Rådet   Väst ",
        creator=SARA,
        now=NOW,
    )
    assert ref.name == "Rådet Väst"
    with uow() as work:
        sara = work.directory.person(account(TEAM, SARA.external_id))
        assert sara is not None
        assert [m.role for m in work.memberships.roles_of(ref.id, sara.id, now=NOW)] == [
            Role.SEKRETERARE
        ]
        assert work.standing.for_council(ref.id, MeetingKind.STORMOTE)
        assert [e.kind for e in work.events.latest(ref.id, ["council.created"], limit=5)] == [
            "council.created"
        ]


def test_a_second_council_in_the_same_channel_is_refused(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    with pytest.raises(UserError) as err:
        councils(uow).create(
            where=conversation(TEAM, CHANNEL), private=False, name="Igen", creator=ANNA, now=NOW
        )
    assert err.value.key == "brukarrad.create.exists"


def test_a_new_members_welcome_is_queued_with_the_change(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    change = add_member(
        uow,
        BO,
        Role.LEDAMOT,
        "RSMH",
        compose=lambda result: [Message(result.person_id, text="välkommen", key="welcome:bo")],
    )
    assert change.forening == "RSMH" and change.changed
    with uow() as work:
        [row] = work.outbox.by_keys(["welcome:bo"]).values()
        assert row.person_id == change.person_id


def test_only_officers_manage_members_and_a_refusal_changes_nothing(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    before = len(uow.store.all(Membership))
    with pytest.raises(UserError):
        add_member(uow, BO, Role.LEDAMOT, "RSMH", by=ANNA)
    assert len(uow.store.all(Membership)) == before


def test_a_forening_close_to_a_known_one_is_refused_and_nothing_is_kept(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    with pytest.raises(UserError) as err:
        add_member(uow, BO, Role.LEDAMOT, "RSMHH")
    assert err.value.key == "brukarrad.member.forening_close"
    with uow() as work:
        # Bo was created in the transaction, before the refusal: rolled back with it.
        assert work.directory.person(account(TEAM, "U0BO")) is None


def test_the_overview_groups_members_by_forening(uow: FakeUnitOfWorkFactory) -> None:
    overview = council(uow).overview(where=conversation(TEAM, CHANNEL), now=NOW)
    groups = {str(g.label): [m.account for m in g.members] for g in overview.groups}
    # Each by their account, as the domain names one (not a bare chat id).
    assert groups["RSMH"] == [account(TEAM, "U0ANNA"), account(TEAM, "U0ERIK")]


def test_a_council_reached_from_a_second_workspace_records_people_in_its_own(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """A channel shared with another workspace: the council is found from there, and whom
    its secretary adds from there is recorded in the council's workspace."""
    council(uow)
    elsewhere = conversation("T2", CHANNEL)
    change = councils(uow).add_member(
        who=account("T2", SARA.external_id),
        where=elsewhere,
        member=BO,
        role=Role.LEDAMOT,
        forening="RSMH",
        now=NOW,
    )
    assert change.changed
    with uow() as work:
        bo = work.directory.person(account(TEAM, BO.external_id))
        assert bo is not None and [a.workspace for a in bo.accounts] == [TEAM]
    overview = councils(uow).overview(where=elsewhere, now=NOW)
    # Named by the account the council's own workspace records.
    assert account(TEAM, BO.external_id) in [m.account for g in overview.groups for m in g.members]


def test_an_account_asking_from_another_workspace_is_the_same_person_with_their_roles(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    with uow() as work:
        found = council_at(work, conversation("T2", CHANNEL))
        anna = viewer_for(work, found, account("T2", ANNA.external_id), now=NOW)
        stranger = viewer_for(work, found, account("T2", "U0NOBODY"), now=NOW)
    assert (anna.roles, anna.account, anna.name) == ({Role.LEDAMOT}, ANNA.external_id, ANNA.name)
    assert anna.person_id is not None
    assert (stranger.person_id, stranger.roles, stranger.account) == (None, set(), "U0NOBODY")
