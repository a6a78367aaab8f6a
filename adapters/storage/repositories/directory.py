"""The Directory port (bot.core.ports): who an account or a conversation is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session

from adapters.storage.models import Account, Conversation, Council, Membership, Person
from adapters.storage.repositories.held import hold
from adapters.storage.repositories.memberships import active
from bot.core import identity

# Every request asks these first: built once, with their values bound at each call, instead
# of a statement built and its cache key computed again each time.
PERSON = (
    select(Person)
    .join(Account, Account.person_id == Person.id)
    .where(
        Account.platform == bindparam("platform"),
        Account.external_id == bindparam("external_id"),
    )
    .order_by(Account.workspace != bindparam("workspace"), Account.id)
    .limit(1)
)
# The same person with the memberships they hold in a council at an instant: one statement.
PERSON_IN = (
    select(Person, Membership)
    .outerjoin(
        Membership,
        and_(
            Membership.person_id == Person.id,
            Membership.council_id == bindparam("council_id"),
            *active(bindparam("now", type_=Membership.active_from.type)),
        ),
    )
    .where(Person.id == PERSON.with_only_columns(Person.id).scalar_subquery())
    .order_by(Membership.id)
)
COUNCIL = (
    select(Council)
    .join(Conversation, Conversation.council_id == Council.id)
    .where(
        Conversation.platform == bindparam("platform"),
        Conversation.external_id == bindparam("external_id"),
    )
)


# The conversation's council with who asks as it records them (PERSON's order: the council's
# own workspace first, in two looks, as SQLite lets no subquery's ORDER BY name the query
# around it) and the memberships they hold there: one statement for what two were.
_ACCOUNTS = select(Account.person_id).where(
    Account.platform == bindparam("account_platform"),
    Account.external_id == bindparam("account_id"),
)
ASKER = (
    select(Council, Person, Membership)
    .join(Conversation, Conversation.council_id == Council.id)
    .outerjoin(
        Person,
        Person.id
        == func.coalesce(
            _ACCOUNTS.where(Account.workspace == Council.workspace)
            .order_by(Account.id)
            .limit(1)
            .correlate(Council)
            .scalar_subquery(),
            _ACCOUNTS.order_by(Account.id).limit(1).scalar_subquery(),
        ),
    )
    .outerjoin(
        Membership,
        and_(
            Membership.person_id == Person.id,
            Membership.council_id == Council.id,
            *active(bindparam("now", type_=Membership.active_from.type)),
        ),
    )
    .where(
        Conversation.platform == bindparam("platform"),
        Conversation.external_id == bindparam("external_id"),
    )
    .order_by(Membership.id)
)


class Directory:
    def __init__(self, session: Session) -> None:
        self._session = session

    def person(self, who: identity.Account) -> Person | None:
        """The person of an account: the one recorded in `workspace`, else in another. An
        account id is one person in every workspace of its platform (a Slack user id is
        org-wide on Enterprise Grid, and a Slack Connect user keeps their own), so someone in
        a council of a shared channel is found from their own workspace too."""
        found = {
            "platform": who.platform,
            "external_id": who.external_id,
            "workspace": who.workspace,
        }
        person = self._session.scalars(PERSON, found).first()
        if person is not None:  # who asks is often named again by what they asked for
            hold(self._session, [person])
        return person

    def person_in(
        self, who: identity.Account, council_id: int, *, now: datetime
    ) -> tuple[Person | None, list[Membership]]:
        found = {
            "platform": who.platform,
            "external_id": who.external_id,
            "workspace": who.workspace,
            "council_id": council_id,
            "now": now,
        }
        rows = self._session.execute(PERSON_IN, found).all()
        if not rows:
            return None, []
        person = rows[0][0]
        hold(self._session, [person])
        return person, [held for _, held in rows if held is not None]

    def council_and_person(
        self, where: identity.Conversation, who: identity.Account, *, now: datetime
    ) -> tuple[Council, Person | None, list[Membership]] | None:
        found = {
            "platform": where.platform,
            "external_id": where.external_id,
            "account_platform": who.platform,
            "account_id": who.external_id,
            "now": now,
        }
        rows = self._session.execute(ASKER, found).all()
        if not rows:
            return None
        council, person, _ = rows[0]
        if person is not None:
            hold(self._session, [person])
        return council, person, [held for _, _, held in rows if held is not None]

    def council(self, where: identity.Conversation) -> Council | None:
        """The conversation's council, whichever workspace asks (see Conversation)."""
        found = {"platform": where.platform, "external_id": where.external_id}
        return self._session.scalars(COUNCIL, found).one_or_none()
