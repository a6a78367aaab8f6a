"""The agenda of one meeting as people see it: standing points, points, follow-up."""

from __future__ import annotations

from bot.agenda.points import OPEN, AgendaView, FollowUp, point_info
from bot.audience import Audience
from bot.meetings import meeting_info
from bot.vocabulary import PointStatus
from storage.models import Council, Meeting
from storage.uow import UnitOfWork


def agenda_view(
    uow: UnitOfWork, council: Council, meeting: Meeting, *, can_manage: bool
) -> AgendaView:
    """A meeting's agenda as it stands; the caller has checked who may see it."""
    points = [point_info(uow, p) for p in uow.points.for_meeting(meeting.id)]
    on_agenda = [p for p in points if p.status == PointStatus.ON_AGENDA]
    return AgendaView(
        council_name=council.name,
        meeting=meeting_info(council, meeting),
        standing=[(s.title, s.kind) for s in uow.standing.for_council(council.id, meeting.kind)],
        points=[p for p in on_agenda if not p.under_ovriga]
        + [p for p in on_agenda if p.under_ovriga],
        late=[p for p in points if p.status == PointStatus.SUBMITTED],
        settled=[p for p in points if p.status not in OPEN],
        follow_up=_follow_up(uow, council, meeting),
        can_manage=can_manage,
        lang=council.language,
    )


def _follow_up(uow: UnitOfWork, council: Council, meeting: Meeting) -> FollowUp:
    actions = []
    # A stormöte's agenda reaches the unit, whoever asks: a förmöte's items never show there.
    readers = Audience.of_meeting(meeting.kind)
    for item in uow.actions.open_for_council(council.id, audience=readers):
        owner = uow.people.get(item.owner_id) if item.owner_id else None
        actions.append((item.id, item.text, owner.display_name if owner else None, item.due_on))
    carried = [
        point_info(uow, p)
        for p in uow.points.for_meeting(meeting.id)
        if p.carried_from_id is not None and p.status in OPEN
    ]
    return FollowUp(actions=actions, carried=carried)
