"""Showing a meeting's agenda to whoever asks, as much as they may see."""

from __future__ import annotations

from datetime import datetime

from bot.agenda.points import AgendaView, UowFactory
from bot.agenda.view import agenda_view
from bot.authz import Action, Viewer, allowed
from bot.context import council_for, viewer_of
from bot.errors import UserError
from bot.meetings import (
    next_of_kind,
    visible_to,
)
from storage.models import Council, Meeting
from storage.uow import UnitOfWork


class Viewing:
    _uow: UowFactory

    def agenda(
        self,
        *,
        team_id: str,
        channel_id: str,
        user_id: str,
        now: datetime,
        meeting_id: int | None = None,
        formote: bool = False,
    ) -> AgendaView:
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            meeting = self._shown_meeting(uow, council, viewer, meeting_id, formote, now)
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
