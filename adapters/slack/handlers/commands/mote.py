"""/mote: plan, list, move and cancel meetings; tell everyone affected. The words are read by
bot.commands.mote, once its links are addresses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.outgoing import Outgoing
from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, escape, guarded, section, text_reply
from adapters.slack.ids import account, channel_of, conversation
from adapters.slack.markup import plain_links
from adapters.slack.mrkdwn import t
from bot.commands.help import Help
from bot.commands.mote import COMMAND, EXAMPLE_ROOM, Cancel, ListMeetings, Move, parse
from bot.core.outbox import Message
from bot.core.vocabulary import MeetingKind
from bot.core.when import When, format_when
from bot.councils.service import Locale
from bot.meetings.labels import deadline_dates
from bot.meetings.service import (
    MIN_STORMOTEN_PER_YEAR,
    MeetingInfo,
    Planned,
    Upcoming,
    passed_deadlines,
)
from bot.meetings.told import queued_with, told_privately

T = TypeVar("T")


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def mote(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        locale = services.councils.locale(channel_of(command))
        sent: list[Outgoing[Any]] = []
        reply = guarded(
            lambda: _dispatch(services, command, locale, sent), lang=locale.lang, where=COMMAND
        )
        answer(respond, reply)
        for outgoing in sent:
            outgoing.send(services)


def _dispatch(
    services: Services, command: dict[str, Any], locale: Locale, sent: list[Outgoing[Any]]
) -> Reply:
    """The reply to the person; what others are told is queued with the change and goes
    once it has committed (`sent`)."""
    lang = locale.lang
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    # A link (a meeting's place) reaches the grammar as its address.
    request = parse(plain_links(command.get("text") or ""), now=now, zone=locale.zone)
    if isinstance(request, Help):
        return text_reply(t("mote.help", lang, link=EXAMPLE_ROOM))
    if isinstance(request, ListMeetings):
        return _list_reply(
            services.meetings.upcoming(
                who=account(team, user), where=conversation(team, channel), now=now
            ),
            lang,
        )
    common = {"who": account(team, user), "where": conversation(team, channel), "now": now}
    if isinstance(request, Move):

        def moved_text(moved: tuple[Planned, When]) -> str:
            planned, old = moved
            line = t(
                "mote.moved",
                lang,
                **_fields(planned.meeting, lang),
                old=format_when(old, lang=lang),
            )
            return "\n".join([line, *_passed(planned.meeting, lang, now)])

        moving = _told(lambda moved: moved[0], moved_text)
        sent.append(moving)
        planned, old = services.meetings.move(
            meeting_id=request.meeting_id, when=request.when, compose=moving, **common
        )
        return _announce(planned, moved_text((planned, old)))
    if isinstance(request, Cancel):

        def cancelled_text(planned: Planned) -> str:
            return t("mote.cancelled", lang, **_fields(planned.meeting, lang))

        cancelling = _told(lambda planned: planned, cancelled_text)
        sent.append(cancelling)
        planned = services.meetings.cancel(
            meeting_id=request.meeting_id, compose=cancelling, **common
        )
        return _announce(planned, cancelled_text(planned))

    return plan_reply(services, common, lang, sent, request.kind, request.when, request.place)


def plan_reply(
    services: Services,
    common: dict[str, Any],
    lang: str,
    sent: list[Outgoing[Any]],
    kind: MeetingKind,
    when: When,
    place: str | None,
    group_id: int | None = None,
) -> Reply:
    """Plan a meeting (with `group_id`, a working group's: /arbetsgrupp möte) and say so."""
    now = common["now"]

    def planned_text(planned: Planned) -> str:
        return _planned_text(planned, lang, now)

    planning = _told(lambda planned: planned, planned_text)
    sent.append(planning)
    planned = services.meetings.plan(
        kind=kind, when=when, place=place, compose=planning, group_id=group_id, **common
    )
    reply = _announce(planned, planned_text(planned))
    if planned.meeting.kind != MeetingKind.STORMOTE:
        return reply
    year = planned.meeting.when.start.year
    return replace(reply, aside=_few_stormoten(planned.stormoten_this_year, year, lang))


def _told(planned_of: Callable[[T], Planned], text_of: Callable[[T], str]) -> Outgoing[T]:
    """What a change tells others, queued in its transaction: a förmöte's people privately
    (it is theirs alone), and nothing more for other meetings (the reply is in the channel);
    whoever's points moved is told, and the calendar emails go (queued by the service)."""

    def compose(result: T) -> list[Message]:
        return told_privately(planned_of(result), text=text_of(result))

    return Outgoing(compose, lambda result: queued_with(planned_of(result)))


def _fields(meeting: MeetingInfo, lang: str) -> dict[str, Any]:
    return {
        "kind": t(f"kind.{meeting.kind.value}", lang),
        "id": meeting.id,
        "when": format_when(meeting.when, lang=lang),
        "place": t("mote.place", lang, place=escape(meeting.place)) if meeting.place else "",
    }


def _passed(meeting: MeetingInfo, lang: str, now: datetime) -> list[str]:
    """The deadlines a meeting this close has already missed, and what that means."""
    return [
        t(key, lang, id=meeting.id, **deadline_dates(meeting, lang))
        for key in passed_deadlines(meeting, now)
    ]


def _planned_text(planned: Planned, lang: str, now: datetime) -> str:
    meeting = planned.meeting
    lines = [
        t("mote.planned", lang, **_fields(meeting, lang)),
        t("mote.dates", lang, **deadline_dates(meeting, lang)),
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


def _announce(planned: Planned, text: str) -> Reply:
    """A förmöte is told only to the associations (by DM, `_told`); other meetings in the
    channel."""
    return text_reply(text, in_channel=planned.meeting.kind != MeetingKind.FORMOTE)


def _list_reply(upcoming: Upcoming, lang: str) -> Reply:
    lines = [t("mote.list.title", lang, council=escape(upcoming.council_name))]
    lines += [t("mote.list.item", lang, **_fields(m, lang)) for m in upcoming.meetings]
    if not upcoming.meetings:
        lines.append(t("mote.list.empty", lang))
    lines.append(_few_stormoten(upcoming.stormoten_this_year, upcoming.year, lang))
    text = "\n".join(line for line in lines if line)
    return Reply(text=text, blocks=(section(text),))
