"""/mote: plan, list, move and cancel meetings; tell everyone affected. The words are read by
bot.commands.mote, once its links are addresses."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.commands.help import Help
from bot.commands.mote import COMMAND, Cancel, ListMeetings, Move, parse
from bot.councils import Locale
from bot.meetings import (
    MIN_STORMOTEN_PER_YEAR,
    MeetingInfo,
    Planned,
    Upcoming,
    passed_deadlines,
)
from bot.outbox import Message
from bot.services import Services
from bot.texts import t
from bot.vocabulary import MeetingKind
from bot.when import format_date, format_when
from handlers.ack_first import slash_command
from handlers.outgoing import queue_and_send, send_now
from handlers.replies import Reply, answer, escape, guarded, section, text_reply
from handlers.slack_markup import plain_links
from handlers.slack_users import notice_message


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def mote(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        locale = services.councils.locale(command["team_id"], command["channel_id"])
        private: list[Message] = []
        queued: list[str] = []
        reply = guarded(
            lambda: _dispatch(services, command, locale, private, queued),
            lang=locale.lang,
            where=COMMAND,
        )
        answer(respond, reply)
        queue_and_send(services, (m for m in private if m.user_id != command["user_id"]))
        send_now(services, queued)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    locale: Locale,
    private: list[Message],
    queued: list[str],
) -> Reply:
    lang = locale.lang
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    # A link (a meeting's place) reaches the grammar as its address.
    request = parse(plain_links(command.get("text") or ""), now=now, zone=locale.zone)
    if isinstance(request, Help):
        return text_reply(t("mote.help", lang))
    if isinstance(request, ListMeetings):
        return _list_reply(
            services.meetings.upcoming(
                team_id=team, channel_id=channel, viewer_user_id=user, now=now
            ),
            lang,
        )
    if isinstance(request, Move):
        planned, old = services.meetings.move(
            team_id=team,
            channel_id=channel,
            actor_user_id=user,
            meeting_id=request.meeting_id,
            when=request.when,
            now=now,
        )
        moved = t(
            "mote.moved", lang, **_fields(planned.meeting, lang), old=format_when(old, lang=lang)
        )
        return _announce(
            planned, "\n".join([moved, *_passed(planned.meeting, lang, now)]), private, queued
        )
    if isinstance(request, Cancel):
        planned = services.meetings.cancel(
            team_id=team,
            channel_id=channel,
            actor_user_id=user,
            meeting_id=request.meeting_id,
            now=now,
        )
        return _announce(
            planned, t("mote.cancelled", lang, **_fields(planned.meeting, lang)), private, queued
        )
    planned = services.meetings.plan(
        team_id=team,
        channel_id=channel,
        actor_user_id=user,
        kind=request.kind,
        when=request.when,
        place=request.place,
        now=now,
    )
    reply = _announce(planned, _planned_text(planned, lang, now), private, queued)
    if planned.meeting.kind != MeetingKind.STORMOTE:
        return reply
    year = planned.meeting.when.start.year
    return replace(reply, aside=_few_stormoten(planned.stormoten_this_year, year, lang))


def _fields(meeting: MeetingInfo, lang: str) -> dict[str, Any]:
    return {
        "kind": t(f"kind.{meeting.kind.value}", lang),
        "id": meeting.id,
        "when": format_when(meeting.when, lang=lang),
        "place": t("mote.place", lang, place=escape(meeting.place)) if meeting.place else "",
    }


def _dates(meeting: MeetingInfo, lang: str) -> dict[str, str]:
    return {
        "agenda": format_date(meeting.dates.agenda_deadline, lang),
        "kallelse": format_date(meeting.dates.kallelse_last_day, lang),
        "minutes": format_date(meeting.dates.minutes_due, lang),
    }


def _passed(meeting: MeetingInfo, lang: str, now: datetime) -> list[str]:
    """The deadlines a meeting this close has already missed, and what that means."""
    return [
        t(key, lang, id=meeting.id, **_dates(meeting, lang))
        for key in passed_deadlines(meeting, now)
    ]


def _planned_text(planned: Planned, lang: str, now: datetime) -> str:
    meeting = planned.meeting
    lines = [
        t("mote.planned", lang, **_fields(meeting, lang)),
        t("mote.dates", lang, **_dates(meeting, lang)),
    ]
    if meeting.kind != MeetingKind.ARBETSGRUPP:
        formote = meeting.kind == MeetingKind.FORMOTE
        lines.append(t("mote.open_agenda_formote" if formote else "mote.open_agenda", lang))
    lines += _passed(meeting, lang, now)
    return "\n".join(lines)


def _few_stormoten(planned: int | None, year: int, lang: str) -> str:
    """The guideline's warning, for the officers who plan (None: the viewer does not)."""
    if planned is None or planned >= MIN_STORMOTEN_PER_YEAR:
        return ""
    return t("mote.few_stormoten", lang, count=planned, year=year)


def _announce(planned: Planned, text: str, private: list[Message], queued: list[str]) -> Reply:
    """A förmöte is told only to the associations (by DM); other meetings to the channel.
    Whoever's points the change moved is told by DM too, and what the change queued itself
    (the calendar emails) goes at once."""
    queued += planned.queued
    private += [notice_message(n) for n in planned.notices]
    if planned.meeting.kind == MeetingKind.FORMOTE:
        private += [Message(user_id, text) for user_id in planned.private_audience]
        return text_reply(text)
    return text_reply(text, in_channel=True)


def _list_reply(upcoming: Upcoming, lang: str) -> Reply:
    lines = [t("mote.list.title", lang, council=escape(upcoming.council_name))]
    lines += [t("mote.list.item", lang, **_fields(m, lang)) for m in upcoming.meetings]
    if not upcoming.meetings:
        lines.append(t("mote.list.empty", lang))
    lines.append(_few_stormoten(upcoming.stormoten_this_year, upcoming.year, lang))
    text = "\n".join(line for line in lines if line)
    return Reply(text=text, blocks=(section(text),))
