"""The council service: creation, roles, refusals and the overview, on both backends."""

from __future__ import annotations

from datetime import timedelta

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation, direct
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.vocabulary import Role
from tests.conftest import NOW

SECRETARY = NamedAccount("U0SEK", "Sara Sekreterare")
ANNA = NamedAccount("U0ANNA", "Anna")
BO = NamedAccount("U0BO", "Bo")


def _create(services: Services) -> None:
    services.councils.create(
        where=conversation("T1", "C1"),
        private=False,
        name="  Brukarrådet   Väst ",
        creator=SECRETARY,
        now=NOW,
    )


def _add(
    services: Services,
    member: NamedAccount,
    role: Role,
    forening: str | None = None,
    actor: str = SECRETARY.external_id,
) -> object:
    return services.councils.add_member(
        who=account("T1", actor),
        where=conversation("T1", "C1"),
        member=member,
        role=role,
        forening=forening,
        now=NOW,
    )


def test_create_makes_the_creator_secretary_and_logs_it(services: Services) -> None:
    _create(services)
    overview = services.councils.overview(where=conversation("T1", "C1"), now=NOW)
    assert overview.council.name == "Brukarrådet Väst"
    [group] = overview.groups
    assert group.label == Ref("brukarrad.show.group_none")
    creator = account("T1", "U0SEK")
    assert [(m.account, m.roles) for m in group.members] == [(creator, (Role.SEKRETERARE,))]
    with services.uow() as uow:
        assert [e.kind for e in uow.events.for_council(overview.council.id)] == ["council.created"]


@pytest.mark.parametrize(
    ("channel", "name", "key"),
    [
        ("C1", "Igen", "brukarrad.create.exists"),
        ("C2", "   ", "brukarrad.create.need_name"),
        ("D123", "Privat", "brukarrad.create.not_in_dm"),
    ],
)
def test_create_refusals(services: Services, channel: str, name: str, key: str) -> None:
    _create(services)
    with pytest.raises(UserError) as err:
        services.councils.create(
            where=conversation("T1", channel),
            private=direct(channel),
            name=name,
            creator=ANNA,
            now=NOW,
        )
    assert err.value.key == key


def test_a_person_can_hold_several_roles_and_groups_by_forening(services: Services) -> None:
    _create(services)
    _add(services, ANNA, Role.LEDAMOT, "RSMH Väst")
    change = _add(services, ANNA, Role.JUSTERARE)  # förening taken from her seat
    assert change.forening == "RSMH Väst"  # type: ignore[attr-defined]
    _add(services, BO, Role.VERKSAMHET)
    overview = services.councils.overview(where=conversation("T1", "C1"), now=NOW)
    labels = [g.label for g in overview.groups]
    assert labels == [
        "RSMH Väst",
        Ref("brukarrad.show.group_verksamhet"),
        Ref("brukarrad.show.group_none"),
    ]
    assert overview.groups[0].members[0].roles == (Role.JUSTERARE, Role.LEDAMOT)


def test_adding_the_same_role_twice_changes_nothing(services: Services) -> None:
    _create(services)
    assert _add(services, ANNA, Role.LEDAMOT, "RSMH").changed  # type: ignore[attr-defined]
    assert not _add(services, ANNA, Role.LEDAMOT).changed  # type: ignore[attr-defined]
    assert not _add(services, ANNA, Role.LEDAMOT, "rsmh").changed  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("role", "forening", "key"),
    [
        (Role.LEDAMOT, None, "brukarrad.member.need_forening"),
        (Role.ERSATTARE, None, "brukarrad.member.need_forening"),
        (Role.VERKSAMHET, "RSMH", "brukarrad.member.verksamhet_no_forening"),
    ],
)
def test_forening_rules(services: Services, role: Role, forening: str | None, key: str) -> None:
    _create(services)
    with pytest.raises(UserError) as err:
        _add(services, ANNA, role, forening)
    assert err.value.key == key


def test_only_officers_may_change_members_and_the_refusal_names_them(services: Services) -> None:
    _create(services)
    _add(services, ANNA, Role.LEDAMOT, "RSMH")
    with pytest.raises(UserError) as err:
        _add(services, BO, Role.LEDAMOT, "RSMH", actor=ANNA.external_id)
    assert err.value.key == "refused.officers"
    assert err.value.params["who"] == [Mention("Sara Sekreterare", account("T1", "U0SEK"))]
    _add(services, ANNA, Role.ORDFORANDE)
    _add(services, BO, Role.LEDAMOT, "RSMH", actor=ANNA.external_id)  # the chair may


def test_remove_ends_roles_from_now(services: Services) -> None:
    _create(services)
    _add(services, ANNA, Role.LEDAMOT, "RSMH")
    _add(services, ANNA, Role.JUSTERARE)
    removal = services.councils.remove_member(
        who=account("T1", SECRETARY.external_id),
        where=conversation("T1", "C1"),
        member=ANNA.external_id,
        role=Role.JUSTERARE,
        now=NOW + timedelta(hours=1),
    )
    assert removal.ended == [Role.JUSTERARE]
    assert removal.notices == []  # still RSMH's ledamot: no seat left
    later = services.councils.overview(where=conversation("T1", "C1"), now=NOW + timedelta(hours=2))
    assert later.groups[0].members[0].roles == (Role.LEDAMOT,)
    with pytest.raises(UserError) as err:
        services.councils.remove_member(
            who=account("T1", SECRETARY.external_id),
            where=conversation("T1", "C1"),
            member=BO.external_id,
            role=None,
            now=NOW + timedelta(hours=2),
        )
    assert err.value.key == "brukarrad.remove.none"
    assert removal.council.name == "Brukarrådet Väst"


def test_no_council_in_channel(services: Services) -> None:
    with pytest.raises(UserError) as err:
        services.councils.overview(where=conversation("T1", "C404"), now=NOW)
    assert err.value.key == "error.no_council"
