"""`mote`: plan, list, move and cancel meetings from Teams, read by bot.commands.mote; a
förmöte's people are told in their own chats (it is theirs alone), any other meeting is
answered in the conversation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from adapters.runtime.outgoing import Outgoing
from adapters.teams.commands import Asked, said
from bot.commands.help import Help
from bot.commands.mote import EXAMPLE_ROOM, Cancel, ListMeetings, Move, parse
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message
from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.vocabulary import MeetingKind
from bot.core.when import When, format_when
from bot.meetings.labels import deadline_dates
from bot.meetings.service import MIN_STORMOTEN_PER_YEAR, MeetingInfo, Planned, passed_deadlines
from bot.meetings.told import queued_with, told_privately

T = TypeVar("T")
Line = tuple[str, dict[str, Value]]


def run(asked: Asked, rest: str) -> Said:
    services, lang, now = asked.services, asked.lang, asked.now
    locale = services.councils.locale(asked.where)
    request = parse(rest, now=now, zone=locale.zone)
    if isinstance(request, Help):
        return said(lang, ("mote.help", {"link": EXAMPLE_ROOM}))
    if isinstance(request, ListMeetings):
        upcoming = services.meetings.upcoming(who=asked.who, where=asked.where, now=now)
        lines: list[Line] = [("mote.list.title", {"council": upcoming.council_name})]
        lines += [("mote.list.item", _fields(m, lang)) for m in upcoming.meetings]
        if not upcoming.meetings:
            lines.append(("mote.list.empty", {}))
        lines += _few(upcoming.stormoten_this_year, upcoming.year)
        return said(lang, *lines)
    if isinstance(request, Move):

        def moved(result: tuple[Planned, When]) -> list[Line]:
            planned, old = result
            meeting = planned.meeting
            fields = {**_fields(meeting, lang), "old": format_when(old, lang=lang)}
            return [("mote.moved", fields), *_passed(meeting, lang, now)]

        moving = _told(lambda result: result[0], moved, lang)
        planned, old = services.meetings.move(
            meeting_id=request.meeting_id, when=request.when, compose=moving, **asked.caller
        )
        asked.queued += moving.keys
        return said(lang, *moved((planned, old)))
    if isinstance(request, Cancel):

        def cancelled(planned: Planned) -> list[Line]:
            return [("mote.cancelled", _fields(planned.meeting, lang))]

        cancelling = _told(lambda planned: planned, cancelled, lang)
        planned = services.meetings.cancel(
            meeting_id=request.meeting_id, compose=cancelling, **asked.caller
        )
        asked.queued += cancelling.keys
        return said(lang, *cancelled(planned))

    def planned_lines(planned: Planned) -> list[Line]:
        meeting = planned.meeting
        lines = [
            ("mote.planned", _fields(meeting, lang)),
            ("mote.dates", deadline_dates(meeting, lang)),
        ]
        if meeting.kind != MeetingKind.ARBETSGRUPP:
            formote = meeting.kind == MeetingKind.FORMOTE
            lines.append(("mote.open_agenda_formote" if formote else "mote.open_agenda", {}))
        return lines + _passed(meeting, lang, now)

    planning = _told(lambda planned: planned, planned_lines, lang)
    planned = services.meetings.plan(
        kind=request.kind,
        when=request.when,
        place=request.place,
        compose=planning,
        **asked.caller,
    )
    asked.queued += planning.keys
    lines = planned_lines(planned)
    if planned.meeting.kind == MeetingKind.STORMOTE:
        lines += _few(planned.stormoten_this_year, planned.meeting.when.start.year)
    return said(lang, *lines)


def _told(
    planned_of: Callable[[T], Planned], lines_of: Callable[[T], list[Line]], lang: str
) -> Outgoing[T]:
    """A förmöte's people told in their own chats, as Slack's /mote tells them; whoever's
    points moved, and the calendar emails, as the service queued them."""

    def compose(result: T) -> list[Message]:
        told = Said.of(*(Words(key, params, lang) for key, params in lines_of(result)))
        return told_privately(planned_of(result), said=told)

    return Outgoing(compose, lambda result: queued_with(planned_of(result)))


def _fields(meeting: MeetingInfo, lang: str) -> dict[str, Value]:
    place: Value = Ref("mote.place", params={"place": meeting.place}) if meeting.place else ""
    return {
        "kind": Ref(f"kind.{meeting.kind.value}"),
        "id": meeting.id,
        "when": format_when(meeting.when, lang=lang),
        "place": place,
    }


def _passed(meeting: MeetingInfo, lang: str, now: datetime) -> list[Line]:
    dates = deadline_dates(meeting, lang)
    return [(key, {"id": meeting.id, **dates}) for key in passed_deadlines(meeting, now)]


def _few(planned: int | None, year: int) -> list[Line]:
    if planned is None or planned >= MIN_STORMOTEN_PER_YEAR:
        return []
    return [("mote.few_stormoten", {"count": planned, "year": year})]
