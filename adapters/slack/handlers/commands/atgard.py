"""/atgard: the council's open action items, and closing one (`klar <nr> [kommentar]`); the
words are read by bot.commands.atgard."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, escape, guarded, text_reply
from adapters.slack.ids import caller_of, channel_of
from adapters.slack.mrkdwn import t
from adapters.slack.users import deliver
from bot.commands.atgard import COMMAND, OpenItems, parse
from bot.commands.help import Help
from bot.core.notices import Notice
from bot.core.written import readable
from bot.meetings.labels import due_text
from bot.minutes.action_items import ActionList


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def atgard(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        notices: list[Notice] = []
        reply = guarded(
            lambda: _dispatch(services, command, lang, notices), lang=lang, where=COMMAND
        )
        answer(respond, reply)
        deliver(services, notices)


def _dispatch(
    services: Services, command: dict[str, Any], lang: str, notices: list[Notice]
) -> Reply:
    request = parse(command.get("text") or "")
    if isinstance(request, Help):
        return text_reply(t("atgard.help", lang))
    common = {
        "who": caller_of(command),
        "where": channel_of(command),
        "now": services.clock.now(),
    }
    if isinstance(request, OpenItems):
        return text_reply(listing(services.actions.open_items(**common)))
    # The comment is kept in words like the minutes lines it follows up.
    closed = services.actions.close(
        item_id=request.item_id, comment=readable(request.comment), **common
    )
    notices.extend(closed.notices)
    return text_reply(t("atgard.closed", closed.lang, id=closed.id, text=escape(closed.text)))


def listing(found: ActionList) -> str:
    lang = found.lang
    if not found.items:
        return t("atgard.none", lang, council=escape(found.council_name))
    lines = [t("atgard.title", lang, council=escape(found.council_name))]
    for item in found.items:
        line = t(
            "atgard.line",
            lang,
            id=item.id,
            text=escape(item.text),
            owner=escape(item.owner) if item.owner else t("punkt.unknown_submitter", lang),
            due=due_text(item.due, lang),
        )
        if item.overdue:
            line += t("atgard.overdue", lang)
        if item.mine:
            line += t("atgard.mine", lang)
        lines.append(line)
    lines.append(t("atgard.hint", lang))
    return "\n".join(lines)
