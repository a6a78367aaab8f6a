"""/arbetsgrupp: the council's working groups, set up as a stormöte decided, their rosters,
meetings and closing. The words are read by bot.commands.arbetsgrupp (a person is a mention,
read_mention) and answered by bot.councils.working_groups, as from every chat; the groups'
meetings are planned as /mote plans them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.outgoing import Outgoing, send_now
from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.commands.mote import plan_reply
from adapters.slack.handlers.replies import Reply, answer, guarded, lines_reply, text_reply
from adapters.slack.ids import account, caller_of, channel_of
from adapters.slack.markup import plain_addresses, plain_links
from adapters.slack.mrkdwn import slack, t
from adapters.slack.users import read_mention
from bot.commands.arbetsgrupp import COMMAND, PlanMeeting, parse
from bot.commands.help import Help
from bot.core.vocabulary import MeetingKind


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
    # An email address Slack made a link is written out: a member reached by email is named so.
    text = plain_addresses(plain_links(command.get("text") or ""))
    request = parse(text, read_mention, now=now, zone=zone)
    if isinstance(request, Help):
        return text_reply(t("arbetsgrupp.help", lang))
    common = {"who": caller_of(command), "where": channel_of(command), "now": now}
    if isinstance(request, PlanMeeting):
        return plan_reply(
            services, common, lang, sent, MeetingKind.ARBETSGRUPP, request.when, request.place,
            group_id=request.group_id,
        )  # fmt: skip
    team = str(command["team_id"])
    said = services.working_groups.answer(
        request, account=lambda person: account(team, person.account), **common
    )
    queued += said.keys
    reply = lines_reply([slack(line, said.lang) for line in said.lines])
    return replace(reply, in_channel=said.public)
