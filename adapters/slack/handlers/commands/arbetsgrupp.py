"""/arbetsgrupp: the council's working groups, set up as a stormöte decided, their rosters,
meetings and closing. The words are read by bot.commands.arbetsgrupp (a person is a mention,
read_mention); the groups are bot.councils.working_groups', their meetings planned as
/mote plans them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.commands.mote import plan_reply
from adapters.slack.handlers.outgoing import Outgoing, send_now
from adapters.slack.handlers.replies import Reply, answer, guarded, lines_reply, text_reply
from adapters.slack.ids import account, caller_of, channel_of
from adapters.slack.markup import plain_links
from adapters.slack.mrkdwn import slack, t
from adapters.slack.users import read_mention
from bot.commands.arbetsgrupp import (
    COMMAND,
    AddMembers,
    CloseGroup,
    CreateGroup,
    ListGroups,
    PlanMeeting,
    RemoveMember,
    SetConvenor,
    ShowGroup,
    parse,
)
from bot.commands.help import Help
from bot.core.vocabulary import MeetingKind
from bot.councils.working_groups import Answer


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def arbetsgrupp(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        locale = services.councils.locale(channel_of(command))
        queued: list[str] = []
        sent: list[Outgoing[Any]] = []
        reply = guarded(
            lambda: _dispatch(services, command, locale.lang, locale.zone, queued, sent),
            lang=locale.lang,
            where=COMMAND,
        )
        answer(respond, reply)
        send_now(services, queued)
        for outgoing in sent:
            outgoing.send(services)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    lang: str,
    zone: ZoneInfo,
    queued: list[str],
    sent: list[Outgoing[Any]],
) -> Reply:
    now = services.clock.now()
    # A link (a meeting's place) reaches the grammar as its address.
    text = plain_links(command.get("text") or "")
    request = parse(text, read_mention, now=now, zone=zone)
    if isinstance(request, Help):
        return text_reply(t("arbetsgrupp.help", lang))
    common = {"who": caller_of(command), "where": channel_of(command), "now": now}
    groups = services.working_groups
    team = str(command["team_id"])
    if isinstance(request, PlanMeeting):
        return plan_reply(
            services, common, lang, sent, MeetingKind.ARBETSGRUPP, request.when, request.place,
            group_id=request.group_id,
        )  # fmt: skip
    said: Answer
    in_channel = False
    if isinstance(request, ListGroups | ShowGroup):
        group_id = request.group_id if isinstance(request, ShowGroup) else None
        said = groups.show(group_id=group_id, **common)
    elif isinstance(request, CreateGroup):
        said = groups.create(
            name=request.name,
            mandate=request.mandate,
            ends_on=request.ends_on,
            point_id=request.point_id,
            meeting_id=request.meeting_id,
            **common,
        )
        in_channel = True  # the council's decision: everyone reads it
    elif isinstance(request, AddMembers | SetConvenor):
        people = request.people if isinstance(request, AddMembers) else (request.person,)
        said = groups.add_members(
            group_id=request.group_id,
            people=[account(team, p.account) for p in people],
            convenor=isinstance(request, SetConvenor),
            **common,
        )
    elif isinstance(request, RemoveMember):
        said = groups.remove_member(
            group_id=request.group_id, person=account(team, request.person.account), **common
        )
    else:
        assert isinstance(request, CloseGroup)
        said = groups.close(group_id=request.group_id, outcome=request.outcome, **common)
        in_channel = True
    queued += said.keys
    reply = lines_reply([slack(line, said.lang) for line in said.lines])
    return replace(reply, in_channel=in_channel)
