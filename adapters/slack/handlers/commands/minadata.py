"""/minadata: what the bot stores about the caller; export it as a file, or erase it.

Works in any channel or DM and is only ever about the caller: the reply is ephemeral and
the file goes to their DM with the bot. The words are read by bot.commands.minadata.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.blocks.privacy import inventory_reply
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, guarded, shown, text_reply
from adapters.slack.ids import account, channel_of
from adapters.slack.markup import plain_addresses
from adapters.slack.message import mrkdwn
from adapters.slack.mrkdwn import t
from bot.commands.help import Help
from bot.commands.minadata import COMMAND, ByEmail, ClosePage, Erase, Export, Page, parse
from bot.core.identity import Account
from bot.privacy.shown import by_email, erase_question

FILENAME = "minadata.json"
log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def minadata(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        answer(
            respond,
            guarded(lambda: _dispatch(services, command, client, lang), lang=lang, where=COMMAND),
        )


def _dispatch(services: Services, command: dict[str, Any], client: WebClient, lang: str) -> Reply:
    request = parse(command.get("text") or "", plain_addresses)
    team, user = command["team_id"], command["user_id"]
    if isinstance(request, Help):
        return text_reply(t("minadata.help", lang))
    if isinstance(request, Export):
        found = services.privacy.export(who=account(team, user), now=services.clock.now())
        content = json.dumps(found.to_json(), ensure_ascii=False, indent=2)
        try:
            channel = client.conversations_open(users=user)["channel"]["id"]
            client.files_upload_v2(
                channel=channel,
                content=content,
                filename=FILENAME,
                title=t("minadata.export.title", lang),
            )
        except SlackApiError as err:
            log.warning("uploading a data export failed: %s", err.response.get("error"))
            return text_reply(t("minadata.export.failed", lang))
        return text_reply(t("minadata.export.sent", lang))
    now = services.clock.now()
    if isinstance(request, Page):
        issued = services.member_links.send_link(who=account(team, user), now=now)
        send_now(services, [issued.key])
        return text_reply(t("minadata.page.sent", lang))
    if isinstance(request, ClosePage):
        services.member_links.revoke_all(who=account(team, user), now=now)
        return text_reply(t("minadata.page.closed", lang))
    if isinstance(request, ByEmail):
        return _by_email(services, request, account(team, user), now)
    if isinstance(request, Erase):
        services.privacy.require_known(who=account(team, user))
        return shown(erase_question(lang))
    return inventory_reply(services.privacy.mine(who=account(team, user)), lang)


def _by_email(services: Services, request: ByEmail, who: Account, now: datetime) -> Reply:
    """Everything by email from now (at a new address once it is confirmed), or by the chat."""
    said, queued = by_email(services.member_links, request, who, now)
    send_now(services, queued)
    return text_reply(mrkdwn(said))
