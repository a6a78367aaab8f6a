"""A council bound to a channel on another chat platform (bot.councils.conversations), on
the fakes: an officer's code binds one channel once, for a day, makes the account that used it
the officer's, and a member added there is recorded on that platform's workspace."""

from __future__ import annotations

from datetime import timedelta

import pytest

from adapters.slack.ids import account, conversation
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation, NamedAccount
from bot.core.vocabulary import Role
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, CHANNEL, NOW, SARA, TEAM, council, councils, person_id

TENANT = "72f988bf-0000-4000-8000-000000000001"
SARA_T = Account("teams", TENANT, "29:sara")
TEAMS_CHANNEL = Conversation("teams", TENANT, "19:rad@thread.tacv2")


def _code(uow: FakeUnitOfWorkFactory, who: str = SARA.external_id) -> str:
    return councils(uow).binding_code(
        who=account(TEAM, who), where=conversation(TEAM, CHANNEL), now=NOW
    )


def _bind(uow: FakeUnitOfWorkFactory, code: str, **given: object) -> str:
    asked = {"who": SARA_T, "where": TEAMS_CHANNEL, "private": False, "now": NOW, **given}
    return councils(uow).bind(code=code, **asked)  # type: ignore[arg-type]


def _refused(uow: FakeUnitOfWorkFactory, code: str, **given: object) -> str:
    with pytest.raises(UserError) as err:
        _bind(uow, code, **given)
    return err.value.key


def test_a_code_binds_the_channel_and_makes_the_account_the_officers(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    code = _code(uow)
    assert _bind(uow, code) == "Rådet"
    with uow() as work:
        sara = work.directory.person(SARA_T)
        assert sara is not None and sara.id == person_id(uow, SARA)
        found = work.directory.council(TEAMS_CHANNEL)
        assert found is not None and [c.platform for c in found.conversations] == [
            "slack",
            "teams",
        ]
    # In the bound channel Sara is the secretary: a member she adds is on Teams' tenant.
    councils(uow).add_member(
        member=NamedAccount("29:anna", "Anna"),
        role=Role.LEDAMOT,
        forening="Attention",
        new_forening=True,
        who=SARA_T,
        where=TEAMS_CHANNEL,
        now=NOW,
    )
    with uow() as work:
        anna = work.directory.person(Account("teams", TENANT, "29:anna"))
        assert anna is not None and [a.workspace for a in anna.accounts] == [TENANT]
    assert _refused(uow, code, where=Conversation("teams", TENANT, "19:annan")) == (
        "brukarrad.bind.bad_code"  # once only
    )


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"private": True}, "brukarrad.bind.not_in_dm"),
        ({"now": NOW + timedelta(days=1)}, "brukarrad.bind.bad_code"),
        ({"where": conversation(TEAM, CHANNEL)}, "brukarrad.bind.has_council"),
        ({"where": conversation(TEAM, "C0ANNAN")}, "brukarrad.bind.platform_taken"),
        ({"who": account(TEAM, ANNA.external_id)}, "brukarrad.bind.someone_else"),
    ],
)
def test_a_code_binds_only_a_new_channel_on_another_platform_within_a_day(
    uow: FakeUnitOfWorkFactory, change: dict[str, object], key: str
) -> None:
    council(uow)
    code = _code(uow)
    councils(uow).add_member(
        member=ANNA,
        role=Role.LEDAMOT,
        forening="RSMH",
        new_forening=True,
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        now=NOW,
    )
    assert _refused(uow, code, **change) == key
    assert _refused(uow, code + "0") == "brukarrad.bind.bad_code"  # a code changed
    assert _bind(uow, code) == "Rådet"  # none of those used it up


def test_only_an_officer_gets_a_code(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    with pytest.raises(UserError) as err:
        _code(uow, ANNA.external_id)
    assert err.value.key.startswith("refused")
