"""A change to one point as `punkt` asks for it (bot.commands.punkt.ChangePoint), done by the
agenda service: the same from every chat."""

from __future__ import annotations

from datetime import datetime

from bot.agenda.points import Change as AgendaChange
from bot.agenda.service import AgendaService
from bot.commands.punkt import Change, ChangePoint
from bot.core.identity import Account, Conversation


def change_point(
    agenda: AgendaService, request: ChangePoint, *, who: Account, where: Conversation, now: datetime
) -> AgendaChange:
    common = {"point_id": request.point_id, "who": who, "where": where, "now": now}
    if request.change is Change.WITHDRAW:
        return agenda.withdraw(**common)
    if request.change is Change.REJECT:
        return agenda.reject(reason=request.note, **common)
    if request.change is Change.HANDLE:
        return agenda.handle(outcome=request.note, **common)
    if request.change is Change.MOVE:
        return agenda.move(to_meeting_id=request.to_meeting_id, **common)
    if request.change is Change.SEND_ON:
        assert request.answer_by is not None  # read with the command
        return agenda.send_on(to=request.sent_to, answer_by=request.answer_by, **common)
    if request.change is Change.ANSWER:
        return agenda.record_answer(answer=request.note, **common)
    return agenda.place(ovriga=request.change is Change.OVRIGA, **common)
