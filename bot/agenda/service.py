"""AgendaService: the one object handlers use for agenda points, composed of its parts."""

from __future__ import annotations

from bot.agenda.decisions import Decisions
from bot.agenda.following import Following
from bot.agenda.points import UowFactory
from bot.agenda.sending import Sending
from bot.agenda.standing import Standing
from bot.agenda.submission import Submission
from bot.agenda.viewing import Viewing
from bot.core.ports import UnitOfWork


class AgendaService(Submission, Viewing, Following, Sending, Decisions, Standing):
    def __init__(self, uow: UowFactory, *, tells: bool = True) -> None:
        self._uow = uow
        self._tells = tells

    def within(self, uow: UnitOfWork) -> AgendaService:
        """The same service as part of `uow`'s change: committed, or not, with the rest; the
        change tells people what it owes them itself (the minutes, with the link to them)."""
        return AgendaService(uow.lent, tells=False)
