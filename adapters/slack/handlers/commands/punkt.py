"""/punkt: send an agenda point, or change one (take back, place, move, no, handled); the
words are read by bot.commands.punkt."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.agenda import point_modal, receipt
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import SILENT, Reply, answer, escape, guarded, text_reply
from adapters.slack.ids import caller_of, channel_of
from adapters.slack.mrkdwn import t
from adapters.slack.users import deliver, named
from bot.agenda.requests import change_point
from bot.commands.help import Help
from bot.commands.punkt import COMMAND, ChangePoint, OpenForm, parse, split_point
from bot.core.notices import ChannelNotice, Notice


def written_point(client: WebClient, text: str) -> tuple[str, str | None]:
    """A point's title and description as written in Slack, the people it mentions named
    (adapters/slack/users.named)."""
    return split_point(named(client, text))


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def punkt(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        notices: list[Notice] = []
        posts: list[ChannelNotice] = []
        answer(respond, punkt_reply(services, command, client, notices, posts))
        deliver(services, [*notices, *posts])


def punkt_reply(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    notices: list[Notice],
    posts: list[ChannelNotice],
) -> Reply:
    """What /punkt answers. A point sent is answered in the language its receipt carries, so
    the council is read once, by the service; the council's language is looked up only for
    what else is said (help, a form, a change, a refusal)."""

    @cache
    def lang() -> str:
        return services.councils.locale(channel_of(command)).lang

    return guarded(
        lambda: _dispatch(services, command, client, lang, notices, posts),
        lang=lang,
        where=COMMAND,
    )


def _open_form(services: Services, command: dict[str, Any], client: WebClient, lang: str) -> Reply:
    found = services.agenda.meetings_for(
        who=caller_of(command),
        where=channel_of(command),
        now=services.clock.now(),
    )
    client.views_open(
        trigger_id=command["trigger_id"], view=point_modal(found, command["channel_id"], lang)
    )
    return SILENT


def _dispatch(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    lang_of: Callable[[], str],
    notices: list[Notice],
    posts: list[ChannelNotice],
) -> Reply:
    request = parse(command.get("text") or "")
    if isinstance(request, OpenForm):
        return _open_form(services, command, client, lang_of())
    if isinstance(request, Help):
        return text_reply(t("punkt.help", lang_of()))
    where = {
        "who": caller_of(command),
        "where": channel_of(command),
        "now": services.clock.now(),
    }
    if isinstance(request, ChangePoint):
        change = change_point(services.agenda, request, **where)
        notices += change.notices
        posts += change.posts
        lang = lang_of()
        status = t(f"status.{change.point.status.value}", lang)
        renumbered = request.point_id != change.point.id
        return text_reply(
            t(
                "punkt.changed_renumbered" if renumbered else "punkt.changed",
                lang,
                id=change.point.id,
                old=request.point_id,
                title=escape(change.point.title),
                status=status,
            )
        )
    title, description = written_point(client, request.text)
    submitted = services.agenda.submit(
        title=title, description=description, formote=request.formote, **where
    )
    notices += submitted.notices
    return text_reply(receipt(submitted))
