"""Points the council sends on, chased until they are answered.

A council cannot decide everything itself: a point goes on to the verksamhetschef, the nämnd
or the region (seeds/002 L1380–1387: "Vart tar det vägen?"), and the people who raised it
too often never hear back (seeds/003 L1156–1162). So an officer sends a point on with whom
it went to and the day an answer is asked for (`/punkt vidare <nr> till <vem> senast
<datum>`); its sender is told. Until the answer is recorded (`/punkt svar <nr> <svaret>`)
the point stands under uppföljning on every agenda of its kind (bot.agenda.view), and from
the day asked for the officer who sent it on is reminded each week (bot.reminders.sent_on).
The answer is the point's outcome, and its sender gets it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Meeting
from bot.agenda.decisions import Decisions
from bot.agenda.points import Awaited, Change
from bot.core.audience import Audience
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.ports import UnitOfWork
from bot.core.viewers import require
from bot.core.vocabulary import PointStatus
from bot.core.when import format_date
from bot.meetings.asked import Caller

MAX_TO = 200  # the column's length


def awaited(uow: UnitOfWork, council: Council, meeting: Meeting) -> list[Awaited]:
    """The points sent on and unanswered that the meeting's readers may see (a förmöte's
    never on the stormöte's agenda), but for one sent on from this very meeting, which
    its own agenda shows as settled."""
    points = uow.points.awaiting_answer(council.id, audience=Audience.of_meeting(meeting.kind))
    return [
        Awaited(p.id, p.title, p.sent_to or "", p.answer_by)
        for p in points
        if p.meeting_id != meeting.id
    ]


class Sending(Decisions):
    def send_on(
        self,
        *,
        point_id: int,
        to: str,
        answer_by: date,
        now: datetime,
        **caller: Unpack[Caller],
    ) -> Change:
        to = " ".join(to.split())
        if not to:
            raise UserError("punkt.send_on.usage")
        if len(to) > MAX_TO:
            raise UserError("error.too_long", length=len(to), limit=MAX_TO)
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            today = now.astimezone(ZoneInfo(council.timezone)).date()
            if answer_by < today:
                raise UserError("punkt.send_on.past", date=format_date(answer_by, council.language))
            point.status = PointStatus.SENT_ON
            point.sent_to, point.answer_by = to, answer_by
            point.sent_by_id = viewer.person_id
            return self._record(
                uow,
                council,
                viewer,
                point,
                "point.sent_on",
                now,
                "punkt.notice.sent_on",
                to=to,
                answer_by=format_date(answer_by, council.language),
            )

    def record_answer(
        self, *, point_id: int, answer: str, now: datetime, **caller: Unpack[Caller]
    ) -> Change:
        answer = answer.strip()
        if not answer:
            raise UserError("punkt.answer.usage")
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            if point.status != PointStatus.SENT_ON:
                raise UserError("punkt.answer.not_sent_on", id=point.id)
            if point.answered_at is not None:
                raise UserError("punkt.answer.already", id=point.id)
            point.outcome, point.answered_at = answer, now
            return self._record(
                uow,
                council,
                viewer,
                point,
                "point.answered",
                now,
                "punkt.notice.answered",
                to=point.sent_to or "",
                answer=answer,
            )
