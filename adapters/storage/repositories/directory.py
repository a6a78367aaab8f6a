"""The Directory port (bot.core.ports): who an account or a conversation is."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.storage.models import Account, Conversation, Council, Person
from bot.core.vocabulary import Platform


class Directory:
    def __init__(self, session: Session) -> None:
        self._session = session

    def person(self, platform: Platform, workspace: str, external_id: str) -> Person | None:
        """The person of an account: the one recorded in `workspace`, else in another. An
        account id is one person in every workspace of its platform (a Slack user id is
        org-wide on Enterprise Grid, and a Slack Connect user keeps their own), so someone in
        a council of a shared channel is found from their own workspace too."""
        return self._session.scalars(
            select(Person)
            .join(Account, Account.person_id == Person.id)
            .where(Account.platform == platform, Account.external_id == external_id)
            .order_by(Account.workspace != workspace, Account.id)
            .limit(1)
        ).first()

    def council(self, platform: Platform, external_id: str) -> Council | None:
        """The conversation's council, whichever workspace asks (see Conversation)."""
        return self._session.scalars(
            select(Council)
            .join(Conversation, Conversation.council_id == Council.id)
            .where(Conversation.platform == platform, Conversation.external_id == external_id)
        ).one_or_none()
