"""What a person is told once their answer or point is taken, as catalogue words (key and
parameters) that each channel renders its own way: the chat reply, the member page."""

from __future__ import annotations

from bot.agenda.points import Submitted
from bot.attendance.service import Answered
from bot.core.texts.render import Mention, Value
from bot.core.vocabulary import Answer
from bot.core.when import format_date
from bot.meetings.labels import meeting_label

Words = tuple[str, dict[str, Value]]


def answer_receipt(answered: Answered) -> list[Words]:
    """Coming or not, and for an apology whom it asks to go instead (or that nobody can)."""
    lang = answered.lang
    key = "narvaro.answer.coming" if answered.answer == Answer.COMING else "narvaro.answer.away"
    lines: list[Words] = [(key, {"meeting": meeting_label(answered.meeting, lang)})]
    search = answered.search
    forening = search.forening or "" if search else ""
    if search is not None and search.asks:
        names: list[Value] = [Mention(ask.name, ask.account) for ask in search.asks]
        lines.append(("narvaro.answer.asked", {"forening": forening, "names": names}))
    elif search is not None and search.nobody_to_ask:
        key = "narvaro.answer.nobody" if search.secretary_told else "narvaro.answer.nobody_covered"
        lines.append((key, {"forening": forening}))
    if answered.replaced_by:
        lines.append(("narvaro.answer.replaced", {"substitute": answered.replaced_by}))
    return lines


def point_receipt(submitted: Submitted) -> Words:
    """Taken for a meeting (on time or late), kept for the next one, or already there."""
    lang, point = submitted.lang, submitted.point
    params: dict[str, Value] = {"title": point.title, "id": point.id}
    if submitted.duplicate:
        return "punkt.duplicate", params
    if submitted.meeting is None:
        return "punkt.received_waiting", params
    params["meeting"] = meeting_label(submitted.meeting, lang)
    if point.late:
        params["deadline"] = format_date(submitted.meeting.dates.agenda_deadline, lang)
        return "punkt.received_late", params
    return "punkt.received", params
