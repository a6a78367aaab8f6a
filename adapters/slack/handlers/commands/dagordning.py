"""/dagordning: the next meeting's agenda with each point's status; the secretary's controls.
The words are read by bot.commands.dagordning."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.agenda import agenda_pages
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, guarded, text_reply
from adapters.slack.ids import caller_of, channel_of
from adapters.slack.mrkdwn import t
from bot.commands.dagordning import COMMAND, parse
from bot.commands.help import Help
from bot.core.identity import Account, Conversation


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def dagordning(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        answer(
            respond, guarded(lambda: agenda_for(services, command, lang), lang=lang, where=COMMAND)
        )


def agenda_for(services: Services, command: dict[str, Any], lang: str) -> Reply:
    """The agenda asked for in `command`: the next stormöte, `förmöte`, or a meeting number."""
    request = parse(command.get("text") or "")
    if isinstance(request, Help):
        return text_reply(t("dagordning.help", lang))
    return render_agenda(
        services,
        caller_of(command),
        channel_of(command),
        meeting_id=request.meeting_id,
        formote=request.formote,
    )


def render_agenda(
    services: Services,
    who: Account,
    where: Conversation,
    *,
    meeting_id: int | None = None,
    formote: bool = False,
    page: int | None = None,
) -> Reply:
    """The agenda's first page with the rest as continuation messages; with `page`, only
    that page (a redraw in place after a button on it)."""
    locale = services.councils.locale(where)
    now = services.clock.now()
    view = services.agenda.agenda(
        who=who,
        where=where,
        now=now,
        meeting_id=meeting_id,
        formote=formote,
    )
    pages = agenda_pages(view, now.astimezone(locale.zone).date())
    if page is not None:
        return pages[min(page, len(pages) - 1)]
    return replace(pages[0], more=tuple(pages[1:]))
