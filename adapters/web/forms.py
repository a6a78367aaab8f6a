"""Reading the member page's form fields; a field no form of ours sends is a 400."""

from __future__ import annotations

from datetime import date

from flask import abort
from werkzeug.datastructures import MultiDict

from bot.core.vocabulary import Answer, Role

ANSWERS = {"kommer": Answer.COMING, "kommer_inte": Answer.NOT_COMING}


def meeting_of(form: MultiDict[str, str], field: str = "meeting") -> int:
    """The id a hidden field carries."""
    value = form.get(field, "")
    if not (value.isascii() and value.isdigit()):
        abort(400)
    return int(value)


def optional_meeting(form: MultiDict[str, str]) -> int | None:
    """The meeting chosen for a point; none: the next one, as /punkt does."""
    return meeting_of(form) if form.get("meeting") else None


def answer_of(form: MultiDict[str, str]) -> Answer:
    answer = ANSWERS.get(form.get("answer", ""))
    if answer is None:
        abort(400)
    return answer


def day_of(form: MultiDict[str, str]) -> date:
    """The day a hidden field carries (ISO)."""
    try:
        return date.fromisoformat(form.get("day", ""))
    except ValueError:
        abort(400)


def role_of(form: MultiDict[str, str]) -> Role:
    try:
        return Role(form.get("role", ""))
    except ValueError:
        abort(400)
