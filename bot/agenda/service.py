"""AgendaService: the one object handlers use for agenda points, composed of its parts."""

from __future__ import annotations

from bot.agenda.decisions import Decisions
from bot.agenda.following import Following
from bot.agenda.points import UowFactory
from bot.agenda.standing import Standing
from bot.agenda.submission import Submission
from bot.agenda.viewing import Viewing


class AgendaService(Submission, Viewing, Following, Decisions, Standing):
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow
