"""Showing a meeting's agenda to whoever asks, as much as they may see."""

from __future__ import annotations

from datetime import datetime
from typing import Unpack

from adapters.storage.models import Council, Meeting
from bot.agenda.points import AgendaView, UowFactory
from bot.agenda.view import agenda_view
from bot.core.authz import Action, Viewer, allowed
from bot.core.errors import UserError
from bot.core.ports import UnitOfWork
from bot.core.viewers import council_and_viewer
from bot.meetings.asked import MeetingAsked
from bot.meetings.service import (
    next_of_kind,
    visible_to,
)


class Viewing:
    _uow: UowFactory

    def agenda(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> AgendaView:
        with self._uow() as uow:
            council, viewer = council_and_viewer(uow, asked["where"], asked["who"], now=now)
            meeting = self._shown_meeting(
                uow, council, viewer, asked.get("meeting_id"), asked.get("formote", False), now
            )
            return agenda_view(
                uow, council, meeting, can_manage=allowed(Action.MANAGE_AGENDA, viewer)
            )

    def _shown_meeting(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        meeting_id: int | None,
        formote: bool,
        now: datetime,
    ) -> Meeting:
        if meeting_id is not None:
            meeting = uow.meetings.get(council.id, meeting_id)
            if meeting is None or not visible_to(viewer, meeting):
                raise UserError("punkt.no_such_meeting", id=meeting_id)
            return meeting
        meeting = next_of_kind(uow, council, viewer, formote=formote, now=now)
        if meeting is None:
            raise UserError("dagordning.no_meeting")
        return meeting
