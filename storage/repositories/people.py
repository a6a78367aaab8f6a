"""People (Slack users the bot knows) and associations (föreningar)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Forening, Person


def forening_key(name: str) -> str:
    """Case- and space-insensitive identity, so 'RSMH  Väst' and 'rsmh väst' are one."""
    return " ".join(name.split()).casefold()


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, person_id: int) -> Person | None:
        return self._session.get(Person, person_id)

    def by_ids(self, person_ids: Collection[int]) -> dict[int, Person]:
        """The people with these ids, in one query (for lists naming many people)."""
        if not person_ids:
            return {}
        found = self._session.scalars(select(Person).where(Person.id.in_(person_ids)))
        return {person.id: person for person in found}

    def by_slack_id(self, team_id: str, slack_user_id: str) -> Person | None:
        """The person of a Slack user: recorded in workspace `team_id`, else in another. A
        Slack user id is one person in every workspace (org-wide on Enterprise Grid; a Slack
        Connect user keeps their own), so someone in a council of a shared channel is found
        from their own workspace too."""
        return self._session.scalars(
            select(Person)
            .where(Person.slack_user_id == slack_user_id)
            .order_by(Person.team_id != team_id, Person.id)
            .limit(1)
        ).first()

    def ensure(
        self, team_id: str, slack_user_id: str, display_name: str, *, now: datetime
    ) -> Person:
        """The person for a Slack user, created on first sight; the name follows Slack's."""
        person = self.by_slack_id(team_id, slack_user_id)
        if person is None:
            person = Person(
                team_id=team_id,
                slack_user_id=slack_user_id,
                display_name=display_name,
                created_at=now,
            )
            self._session.add(person)
            self._session.flush()
        elif display_name and display_name != person.display_name:
            person.display_name = display_name
        return person


class ForeningRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, forening_id: int) -> Forening | None:
        return self._session.get(Forening, forening_id)

    def by_ids(self, forening_ids: Collection[int]) -> dict[int, Forening]:
        if not forening_ids:
            return {}
        found = self._session.scalars(select(Forening).where(Forening.id.in_(forening_ids)))
        return {forening.id: forening for forening in found}

    def in_team(self, team_id: str) -> list[Forening]:
        return list(
            self._session.scalars(
                select(Forening).where(Forening.team_id == team_id).order_by(Forening.id)
            )
        )

    def ensure(self, team_id: str, name: str) -> Forening:
        clean = " ".join(name.split())
        found = self._session.scalars(
            select(Forening).where(
                Forening.team_id == team_id, Forening.name_key == forening_key(clean)
            )
        ).one_or_none()
        if found is not None:
            return found
        forening = Forening(team_id=team_id, name=clean, name_key=forening_key(clean))
        self._session.add(forening)
        self._session.flush()
        return forening
