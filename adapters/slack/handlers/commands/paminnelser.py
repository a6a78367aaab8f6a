"""/paminnelser: show and change one's own reminders, and (officers) the council's timing; the
words are read by bot.commands.paminnelser."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, guarded, text_reply
from adapters.slack.ids import account, channel_of, conversation
from adapters.slack.message import rendered
from bot.commands.help import Help
from bot.commands.paminnelser import (
    COMMAND,
    ChangeCouncil,
    PaminnelserRequest,
    ShowCouncil,
    ShowMine,
    parse,
)
from bot.core.message import Message
from bot.reminders import overview


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def paminnelser(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        answer(
            respond, guarded(lambda: _dispatch(services, command, lang), lang=lang, where=COMMAND)
        )


def _dispatch(services: Services, command: dict[str, Any], lang: str) -> Reply:
    request = parse(command.get("text") or "")
    team, user = command["team_id"], command["user_id"]
    if isinstance(request, Help):
        return _said(overview.usage(lang))
    if isinstance(request, ShowCouncil | ChangeCouncil):
        return _council(services, command, request, lang)
    if isinstance(request, ShowMine):
        return _said(overview.mine(services.reminders.mine(who=account(team, user)), lang))
    prefs = services.reminders.change_mine(
        who=account(team, user),
        user_name=command.get("user_name") or user,
        change=request.change,
        now=services.clock.now(),
    )
    return _said(overview.mine(prefs, lang, changed=True))


def _said(said: Message) -> Reply:
    """The lines as one section, as this command has always answered."""
    return text_reply(rendered(said).text)


def _council(
    services: Services, command: dict[str, Any], request: PaminnelserRequest, lang: str
) -> Reply:
    team, channel = command["team_id"], command["channel_id"]
    if not isinstance(request, ChangeCouncil):
        timing = services.reminders.council_timing(where=conversation(team, channel))
        return _said(overview.council(timing, lang))
    timing = services.reminders.change_council_timing(
        who=account(team, command["user_id"]),
        where=conversation(team, channel),
        kind=request.kind,
        days=request.days,
        now=services.clock.now(),
    )
    return _said(overview.council(timing, lang, changed=True))
