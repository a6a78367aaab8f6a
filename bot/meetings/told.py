"""Whom a meeting's change (planned, moved, cancelled) is told to beyond the answer in the
conversation, the same from every chat: a förmöte's people privately, as it is theirs alone
(the adapter words it: `text` as its chat composed it, or `said` in the neutral form), and
what the service queued itself (whoever's points moved, the calendar emails)."""

from __future__ import annotations

from bot.core.message import Message as Said
from bot.core.notices import keys
from bot.core.outbox import Message
from bot.core.vocabulary import MeetingKind, MeetingStatus
from bot.meetings.service import Planned


def told_privately(planned: Planned, *, text: str = "", said: Said | None = None) -> list[Message]:
    if planned.meeting.kind != MeetingKind.FORMOTE:
        return []
    meeting = planned.meeting
    # Checked when sent like every message: still a member of the förmöte's side; and still
    # this meeting, unless it is the news that it is off.
    about = None if meeting.status == MeetingStatus.CANCELLED else f"m{meeting.id}"
    return [
        Message(person, text, said=said, council_id=planned.council_id, subject=about)
        for person in planned.private_audience
    ]


def queued_with(planned: Planned) -> list[str]:
    """The keys of what the service queued with the change itself."""
    return [*planned.queued, *keys(planned.notices)]
