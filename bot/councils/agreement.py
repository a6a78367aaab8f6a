"""The council's written agreement on its form and function ("Form och funktion för
brukarrådet", shared/seeds/000 L68–70, L148–163): how the council works and on what, and how
the parties act when someone feels the work is not functioning. The document lives where the
council keeps it; the bot keeps each version's link, the day the council adopted it and who
recorded it, shows the current one, and brings it up for review a year after it was adopted
(bot.reminders.agreement_review)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from adapters.storage.models import CouncilAgreement
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized, council_at

UowFactory = Callable[[], UnitOfWork]


def years_after(day: date, years: int) -> date:
    """The same day `years` later (earlier when negative); 29 February, in a year without
    one, is 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def review_due(adopted_on: date) -> date:
    """An agreement is reviewed a year after the council adopted it."""
    return years_after(adopted_on, 1)


@dataclass(frozen=True)
class Agreement:
    version: int
    link: str
    adopted_on: date

    @property
    def next_review(self) -> date:
        return review_due(self.adopted_on)

    @classmethod
    def of(cls, row: CouncilAgreement) -> Agreement:
        return cls(row.version, row.link, row.adopted_on)


class AgreementService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def current(self, *, where: Conversation) -> tuple[str, Agreement | None]:
        """The council's name and its current agreement, if it has recorded one: for anyone
        in it, as the council itself is (`/brukarrad visa`)."""
        with self._uow() as uow:
            council = council_at(uow, where)
            row = uow.agreements.current(council.id)
            return council.name, Agreement.of(row) if row else None

    def record(
        self,
        *,
        who: Account,
        where: Conversation,
        link: str,
        adopted_on: date | None,
        now: datetime,
    ) -> Agreement:
        """A new version, adopted on `adopted_on` (the council's today when None), by an
        officer; kept with who recorded it and in the chair's audit log."""
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.CHANGE_SETTINGS, now=now)
            today = now.astimezone(ZoneInfo(council.timezone)).date()
            adopted = adopted_on or today
            if adopted > today:
                raise UserError("brukarrad.form.future_date", date=adopted.isoformat())
            previous = uow.agreements.current(council.id)
            row = uow.agreements.add(
                CouncilAgreement(
                    council_id=council.id,
                    version=previous.version + 1 if previous else 1,
                    link=link,
                    adopted_on=adopted,
                    recorded_at=now,
                    recorded_by=actor.person_id,
                )
            )
            uow.events.append(
                "council.agreement_recorded",
                at=now,
                council_id=council.id,
                actor_id=actor.person_id,
                data={"version": row.version, "adopted_on": adopted.isoformat()},
            )
            result = Agreement.of(row)
            uow.commit()
            return result
