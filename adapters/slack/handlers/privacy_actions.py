"""The buttons of `/minadata radera`: erase the clicker's own data, or leave it be.

The button carries nothing: whoever clicks erases themselves and nobody else, so a copied
or forged button cannot reach another person's data.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.replies import Reply, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.mrkdwn import t
from bot.privacy.shown import ERASE, ERASE_CANCEL


def register(app: App, services: Services) -> None:
    @button(app, ERASE)
    def erase(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, user = team_id(body), body["user"]["id"]
        lang = services.councils.locale(conversation(team, body["channel"]["id"])).lang

        def run() -> Reply:
            services.privacy.erase(who=account(team, user), now=services.clock.now())
            return text_reply(t("minadata.erase.done", lang))

        respond(replace_original=True, **guarded(run, lang=lang, where="action:erase").as_message())

    @button(app, ERASE_CANCEL)
    def cancel(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        lang = services.councils.locale(conversation(team_id(body), body["channel"]["id"])).lang
        respond(
            replace_original=True, **text_reply(t("minadata.erase.cancelled", lang)).as_message()
        )
