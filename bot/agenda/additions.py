"""A point taken onto the agenda after the kallelse went out is told to those who got it."""

from __future__ import annotations

from datetime import datetime

from adapters.storage.models import AgendaPoint, Council, Meeting
from bot.agenda.moves import meeting_phrase
from bot.core.notices import ChannelNotice, Notice
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewers_of
from bot.core.vocabulary import MeetingKind
from bot.meetings.service import visible_to


def agenda_addition(
    uow: UnitOfWork,
    council: Council,
    meeting: Meeting,
    point: AgendaPoint,
    *,
    ovriga: bool,
    actor_id: int | None,
    now: datetime,
) -> tuple[list[Notice], list[ChannelNotice]]:
    """The addition notice, once the kallelse has gone out: in the kallelse's thread for a
    meeting summoned in the channel; by DM to the förmöte's own people for a förmöte (never
    where the unit reads). The actor knows, and the submitter is told on their own."""
    if meeting.kallelse_sent_at is None:
        return [], []
    key = "punkt.addition.ovriga" if ovriga else "punkt.addition.agenda"
    params: dict[str, object] = {
        "title": point.title,
        "id": point.id,
        "meeting": meeting_phrase(council, meeting),
        "council": council.name,
    }
    about = (council.id, f"m{meeting.id}")
    if meeting.kind != MeetingKind.FORMOTE:
        post = ChannelNotice(meeting.kallelse_ts, key, params, council.language, *about)
        return [], [post]
    return [
        Notice(v.person_id, key, params, council.language, *about)
        for v in viewers_of(uow, council, now=now)
        if v.person_id is not None
        and v.is_member
        and visible_to(v, meeting)
        and v.person_id != actor_id
        and v.person_id != point.submitter_id
    ], []
