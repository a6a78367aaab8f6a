"""The evaluation after a meeting (bot.meetings.evaluation): one tap on an answer counts it,
and that question's buttons give way to a thanks in the DM, which does not say what was
answered (the other questions stay to be answered, or not)."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.models.blocks import ContextBlock, MarkdownTextObject

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.replies import error_text
from adapters.slack.ids import account, team_id
from adapters.slack.mrkdwn import t
from bot.core.errors import UserError
from bot.meetings.evaluation import ANSWER, pressed

ANSWERED = re.compile(rf"^{ANSWER}_\d+$")


def register(app: App, services: Services) -> None:
    @button(app, ANSWERED)
    def answer(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        meeting_id, question, choice = pressed(str(action["action_id"]), str(action["value"]))
        lang = services.settings.language
        try:
            lang = services.evaluation.answer(
                who=account(team_id(body), body["user"]["id"]),
                meeting_id=meeting_id,
                question=question,
                choice=choice,
                now=services.clock.now(),
            )
            said = t("evaluation.thanks", lang)
        except UserError as refused:
            said = error_text(refused, lang)
        thanks = ContextBlock(elements=[MarkdownTextObject(text=said)]).to_dict()
        blocks = [
            thanks if b.get("block_id") == action.get("block_id") else b
            for b in (body.get("message") or {}).get("blocks", [])
        ]
        text = (body.get("message") or {}).get("text", said)
        respond(replace_original=True, text=text, blocks=blocks)
