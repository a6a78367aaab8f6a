"""Agenda points: submitted by chat, placed on a meeting's agenda, followed to an outcome.

Every status change is written to the event log and yields a `Notice` for the submitter,
so nobody's point disappears without them being told what happened to it.
"""

from bot.agenda.moves import attach_waiting_points, rehome_points
from bot.agenda.points import (
    MAX_DESCRIPTION,
    MAX_TITLE,
    OPEN,
    AgendaLine,
    AgendaView,
    Attachment,
    Change,
    FollowUp,
    PointInfo,
    Submitted,
    accepts_points,
    default_standing_points,
    outline,
    point_infos,
)
from bot.agenda.service import AgendaService
from bot.agenda.view import agenda_view

__all__ = [
    "MAX_DESCRIPTION",
    "MAX_TITLE",
    "OPEN",
    "AgendaLine",
    "AgendaService",
    "AgendaView",
    "Attachment",
    "Change",
    "FollowUp",
    "PointInfo",
    "Submitted",
    "accepts_points",
    "agenda_view",
    "attach_waiting_points",
    "default_standing_points",
    "outline",
    "point_infos",
    "rehome_points",
]
