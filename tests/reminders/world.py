"""A council to remind: Sara secretary (the unit), Olle chair and Anna (RSMH), Lina
(Attention), Vera from the unit; a stormöte on Thursday 10 December 2026 at 13."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.slack.message import rendered
from adapters.storage.models import ActionItem, Attendance, Meeting, OutboxMessage
from bot.core.identity import NamedAccount
from bot.core.outbox import said_in
from bot.core.vocabulary import ActionStatus, MeetingKind, Role
from bot.core.when import When
from bot.councils.onboarding import KIND as ONBOARDING
from bot.reminders.grammar import parse_change
from bot.reminders.sweep import sweep
from tests.conftest import NOW, STOCKHOLM

TEAM, RAD = "T0LOCAL", "C0RAD"
SARA, OLLE, ANNA, LINA, VERA = "U0SARA", "U0OLLE", "U0ANNA", "U0LINA", "U0VERA"
EVERYONE = frozenset({SARA, OLLE, ANNA, LINA, VERA})
ASSOCIATIONS = frozenset({OLLE, ANNA, LINA})
NAMES = {SARA: "Sara", OLLE: "Olle", ANNA: "Anna", LINA: "Lina", VERA: "Vera"}


def at(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A local instant in the winter of 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=STOCKHOLM)


STORMOTE = at(12, 10, 13)


def shown(row: OutboxMessage) -> str:
    """What a queued row says, as Slack shows it when it is sent."""
    said = said_in(row.payload)
    assert said is not None
    return rendered(said).text


@dataclass
class World:
    services: Services

    @classmethod
    def build(cls, services: Services) -> World:
        councils = services.councils
        councils.create(
            where=conversation(TEAM, RAD),
            private=False,
            name="Rådet",
            creator=NamedAccount(SARA, "Sara"),
            now=NOW,
        )
        for user, role, forening in (
            (OLLE, Role.ORDFORANDE, "RSMH Väst"),
            (ANNA, Role.LEDAMOT, "RSMH Väst"),
            (LINA, Role.LEDAMOT, "Attention"),
            (VERA, Role.VERKSAMHET, None),
        ):
            councils.add_member(
                who=account(TEAM, SARA),
                where=conversation(TEAM, RAD),
                member=NamedAccount(user, NAMES[user]),
                role=role,
                forening=forening,
                now=NOW,
            )
        return cls(services)

    def plan(
        self,
        kind: MeetingKind = MeetingKind.STORMOTE,
        start: datetime = STORMOTE,
        *,
        place: str | None = None,
    ) -> int:
        planned = self.services.meetings.plan(
            who=account(TEAM, OLLE if kind == MeetingKind.FORMOTE else SARA),
            where=conversation(TEAM, RAD),
            kind=kind,
            when=When(start=start),
            place=place,
            now=NOW,
        )
        return planned.meeting.id

    def update(self, meeting_id: int, **values: Any) -> None:
        with self.services.uow() as uow:
            meeting = uow.session.get(Meeting, meeting_id)
            assert meeting is not None
            for name, value in values.items():
                setattr(meeting, name, value)
            uow.commit()

    def attend(self, meeting_id: int, user: str, **values: Any) -> None:
        with self.services.uow() as uow:
            person = uow.directory.person(account(TEAM, user))
            assert person is not None
            uow.session.add(Attendance(meeting_id=meeting_id, person_id=person.id, **values))
            uow.commit()

    def action(self, owner: str, due_on: date, text: str, status: ActionStatus) -> None:
        with self.services.uow() as uow:
            person = uow.directory.person(account(TEAM, owner))
            council = uow.directory.council(conversation(TEAM, RAD))
            assert person is not None and council is not None
            uow.session.add(
                ActionItem(
                    council_id=council.id,
                    owner_id=person.id,
                    text=text,
                    due_on=due_on,
                    status=status,
                    created_at=NOW,
                )
            )
            uow.commit()

    def prefer(self, user: str, command: str, rest: str = "") -> None:
        """As `/paminnelser <command> <rest>` would."""
        self.services.reminders.change_mine(
            who=account(TEAM, user),
            user_name=NAMES[user],
            change=parse_change(command, rest),
            now=NOW,
        )

    def outbox(self) -> list[OutboxMessage]:
        """The outbox but the members' first weeks' messages (queued with their seats, each
        due on its day: bot.councils.onboarding), which tests/unit and the e2e tests cover."""
        with self.services.uow() as uow:
            return list(
                uow.session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.kind != ONBOARDING)
                    .order_by(OutboxMessage.id)
                )
            )

    def user(self, row: OutboxMessage) -> str:
        """The Slack user of the person a row goes to."""
        with self.services.uow() as uow:
            person = uow.people.get(row.person_id) if row.person_id is not None else None
            assert person is not None
            return person.chat_account

    text = staticmethod(shown)

    def who(self, rows: list[OutboxMessage], kind: str) -> set[str]:
        """The Slack users the rows of one kind go to."""
        return {self.user(row) for row in rows if row.kind == kind}

    def sweep(self, now: datetime) -> list[OutboxMessage]:
        """The rows this sweep queued."""
        before = len(self.outbox())
        sweep(self.services.uow, now)
        return self.outbox()[before:]
