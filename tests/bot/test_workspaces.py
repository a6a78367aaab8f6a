"""A removed workspace's data is deleted whole after the period, on both backends (the
deletion walks the schema's foreign keys, children first), and another workspace keeps all."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from adapters.runtime.services import Services
from adapters.slack.ids import SLACK, account, conversation
from adapters.storage.models import (
    ActionItem,
    AgendaPoint,
    Attendance,
    Base,
    Conversation,
    Council,
    CouncilAgreement,
    Event,
    Forening,
    Meeting,
    Minutes,
    Person,
)
from bot.minutes.publish import PublishService
from bot.privacy.retention import months_later
from bot.privacy.workspaces import UNINSTALLED_KEEP_MONTHS, apply_workspace_retention
from tests.bot.minutes_council import ANNA, LINA, RAD, SARA, TEAM, at, council


def _count(services: Services, model: type[Base], team: str | None = None) -> int:
    with services.uow() as uow:
        query = select(func.count()).select_from(model)
        if team is not None:
            query = query.where(model.__table__.c.team_id == team)  # the column, whatever its name
        return int(uow.session.scalar(query) or 0)


def test_a_removed_workspace_is_deleted_after_the_period_and_another_kept(
    services: Services,
) -> None:
    c = council(services)
    c.write("punkt 5", "beslut: Kortare väntetider.", f"åtgärd: <@{ANNA}> Ring regionen")
    c.send()
    assert c.approve(LINA, 1)
    PublishService(services.uow, services.agenda, None).publish(**c.where(SARA, at(5, 11)))
    services.agreements.record(  # the council's written agreement, recorded by the secretary
        who=account(TEAM, SARA),
        where=conversation(TEAM, RAD),
        link="https://intranat.example.se/form.pdf",
        adopted_on=None,
        now=at(5, 12),
    )
    with services.uow() as uow:  # another workspace's council in the same database
        uow.councils.add(
            Council(
                workspace="T0OTHER",
                conversations=[
                    Conversation(platform=SLACK, workspace="T0OTHER", external_id="C0X")
                ],
                name="X",
                created_at=at(1, 9),
            )
        )
        uow.commit()
    for model in (Meeting, AgendaPoint, Attendance, ActionItem, Minutes, Event, CouncilAgreement):
        assert _count(services, model) > 0, model
    with services.uow() as uow:
        people_ids = [p.id for p in uow.workspaces.people_of(TEAM)]
    removed = at(7, 9)
    assert services.workspaces.removed(TEAM, "app_uninstalled", now=removed)
    assert not services.workspaces.removed(TEAM, "tokens_revoked", now=at(8, 9))  # first counts

    due = months_later(removed, UNINSTALLED_KEEP_MONTHS)
    assert apply_workspace_retention(services.uow, due - timedelta(minutes=1)) == 0
    assert _count(services, Meeting) > 0
    assert apply_workspace_retention(services.uow, due) == 1
    for model in (Meeting, AgendaPoint, Attendance, ActionItem, Minutes, CouncilAgreement):
        assert _count(services, model) == 0, model
    assert _count(services, Council, TEAM) == 0 and _count(services, Council, "T0OTHER") == 1
    assert _count(services, Forening, TEAM) == 0
    with services.uow() as uow:
        people = uow.session.scalars(select(Person).where(Person.id.in_(people_ids))).all()
        assert people and all(p.erased_at == due and not p.accounts for p in people)
    assert apply_workspace_retention(services.uow, due) == 0
