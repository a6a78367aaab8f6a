"""The agenda of one meeting as people see it: standing points, points, the årshjul's items,
follow-up."""

from __future__ import annotations

from adapters.storage.models import Council, Meeting, Person
from bot.agenda.points import OPEN, AgendaView, FollowUp, PointInfo, shown
from bot.agenda.sending import awaited
from bot.core.audience import Audience
from bot.core.ports import PointRow, UnitOfWork
from bot.core.vocabulary import PointStatus
from bot.councils import arshjul, working_groups
from bot.meetings.service import meeting_info


def agenda_view(
    uow: UnitOfWork, council: Council, meeting: Meeting, *, can_manage: bool
) -> AgendaView:
    """A meeting's agenda as it stands; the caller has checked who may see it."""
    rows = uow.points.shown_for_meeting(meeting.id)
    points = [shown(row) for row in rows]
    on_agenda = [p for p in points if p.status == PointStatus.ON_AGENDA]
    return AgendaView(
        council_name=council.name,
        meeting=meeting_info(council, meeting),
        standing=[(s.title, s.kind) for s in uow.standing.for_council(council.id, meeting.kind)],
        points=[p for p in on_agenda if not p.under_ovriga]
        + [p for p in on_agenda if p.under_ovriga],
        late=[p for p in points if p.status == PointStatus.SUBMITTED],
        settled=[p for p in points if p.status not in OPEN],
        follow_up=_follow_up(uow, council, meeting, points, rows),
        can_manage=can_manage,
        lang=council.language,
        yearly=arshjul.on_agenda(uow, council, meeting),
    )


def _follow_up(
    uow: UnitOfWork,
    council: Council,
    meeting: Meeting,
    points: list[PointInfo],
    rows: list[PointRow],
) -> FollowUp:
    """Open action items, the meeting's open points carried over (`points` shows `rows`),
    points sent on, awaiting their answer, and the working groups reporting back."""
    # A stormöte's agenda reaches the unit, whoever asks: a förmöte's items never show there.
    readers = Audience.of_meeting(meeting.kind)
    items = uow.actions.open_for_council(council.id, audience=readers)
    owners = uow.people.by_ids({item.owner_id for item in items if item.owner_id})
    actions = [
        (item.id, item.text, _name(owners.get(item.owner_id or 0)), item.due_on) for item in items
    ]
    carried = [
        info
        for info, row in zip(points, rows, strict=True)
        if row.carried_from_id is not None and row.status in OPEN
    ]
    return FollowUp(
        actions=actions,
        carried=carried,
        awaited=awaited(uow, council, meeting),
        reports=working_groups.reporting(uow, council, meeting),
    )


def _name(person: Person | None) -> str | None:
    return person.display_name if person else None
