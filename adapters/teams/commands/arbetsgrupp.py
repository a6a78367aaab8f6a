"""`arbetsgrupp` from Teams: the working groups, answered as in every chat by the same core
(bot.councils.working_groups); a group's meeting planned as `mote` plans one."""

from __future__ import annotations

from adapters.teams.commands import Asked, joined, one
from adapters.teams.ids import TEAMS
from adapters.teams.text import read_mention
from bot.commands import arbetsgrupp
from bot.commands.help import Help
from bot.core.identity import Account
from bot.core.message import Message
from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.vocabulary import MeetingKind
from bot.core.when import format_when


def run(asked: Asked, rest: str) -> Message:
    services, lang, who = asked.services, asked.lang, asked.who
    zone = services.councils.locale(asked.where).zone
    request = arbetsgrupp.parse(rest, read_mention, now=asked.now, zone=zone)
    if isinstance(request, Help):
        return one("arbetsgrupp.help", lang)
    if isinstance(request, arbetsgrupp.PlanMeeting):
        meeting = services.meetings.plan(
            kind=MeetingKind.ARBETSGRUPP,
            when=request.when,
            place=request.place,
            group_id=request.group_id,
            **asked.caller,
        ).meeting
        place: Value = Ref("mote.place", params={"place": meeting.place}) if meeting.place else ""
        return one(
            "mote.planned",
            lang,
            kind=Ref(f"kind.{meeting.kind.value}"),
            when=format_when(meeting.when, lang=lang),
            place=place,
            id=meeting.id,
        )
    said = services.working_groups.answer(
        request,
        account=lambda person: Account(TEAMS, who.workspace, person.account),
        **asked.caller,
    )
    return Message.of(*(joined(said.lang, line) for line in said.lines))
