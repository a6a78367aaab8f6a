"""The evaluations' answers: after a meeting (bot.meetings.evaluation) and the council's own
yearly one of its goals (bot.councils.goals). One tap on an answer counts it, and that
question's buttons give way to a thanks in the DM, which does not say what was answered (the
other questions stay to be answered, or not)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
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
from bot.core.identity import Account
from bot.councils import goals
from bot.meetings import evaluation

# Count a tap (who, the button's action id and value, now); the language to thank them in.
Count = Callable[[Account, str, str, datetime], str]


def register(app: App, services: Services) -> None:
    def after_meeting(who: Account, action_id: str, value: str, now: datetime) -> str:
        meeting_id, question, choice = evaluation.pressed(action_id, value)
        return services.evaluation.answer(
            who=who, meeting_id=meeting_id, question=question, choice=choice, now=now
        )

    def of_goals(who: Account, action_id: str, value: str, now: datetime) -> str:
        round_id, goal_id, choice = goals.pressed(action_id, value)
        return services.goals.answer(
            who=who, round_id=round_id, goal_id=goal_id, choice=choice, now=now
        )

    _answering(app, services, evaluation.ANSWER, after_meeting)
    _answering(app, services, goals.ANSWER, of_goals)


def _answering(app: App, services: Services, prefix: str, count: Count) -> None:
    @button(app, re.compile(rf"^{prefix}_\d+$"))
    def answer(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        lang = services.settings.language
        try:
            who = account(team_id(body), body["user"]["id"])
            now = services.clock.now()
            lang = count(who, str(action["action_id"]), str(action.get("value") or ""), now)
            said = t("evaluation.thanks", lang)
        except UserError as refused:
            said = error_text(refused, lang)
        thanks = ContextBlock(elements=[MarkdownTextObject(text=said)]).to_dict()
        shown = (body.get("message") or {}).get("blocks", [])
        if not any(b.get("block_id") == action.get("block_id") for b in shown):
            # The question is no longer on the message (answered, or the message replaced
            # since): the line is said beside it, for their eyes, the message left as it is.
            respond(replace_original=False, response_type="ephemeral", text=said)
            return
        blocks = [thanks if b.get("block_id") == action.get("block_id") else b for b in shown]
        text = (body.get("message") or {}).get("text", said)
        respond(replace_original=True, text=text, blocks=blocks)
