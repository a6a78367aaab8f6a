"""AgendaService: the one object handlers use for agenda points, composed of its parts."""

from __future__ import annotations

from bot.agenda.decisions import Decisions
from bot.agenda.following import Following
from bot.agenda.points import UowFactory
from bot.agenda.standing import Standing
from bot.agenda.submission import Submission
from bot.agenda.viewing import Viewing
from storage.uow import JoinedUnitOfWork, UnitOfWork


class AgendaService(Submission, Viewing, Following, Decisions, Standing):
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def within(self, uow: UnitOfWork) -> AgendaService:
        """The same service as part of `uow`'s change: committed, or not, with the rest."""
        return AgendaService(lambda: JoinedUnitOfWork(uow))
