"""Kallelse buttons: the secretary's send (and "skicka ändå"), and each member's answers."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.outgoing import delivered, send_now
from adapters.runtime.services import Services
from adapters.slack.blocks.attendance import answered_reply, deliver_answer, substitute_asks
from adapters.slack.blocks.kallelse import (
    member_message,
    preview_reply,
    sent_text,
)
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.replies import Reply, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from bot.attendance.service import Answered
from bot.core.vocabulary import Answer
from bot.kallelse.message import ANSWER, SEND, SEND_ANYWAY
from bot.kallelse.service import NeedsConfirmation


def register(app: App, services: Services) -> None:
    # SEND is a prefix of SEND_ANYWAY: one listener for both.
    @button(app, re.compile(f"^{SEND}"))
    def send(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, user, channel = team_id(body), body["user"]["id"], body["channel"]["id"]
        meeting_id = int(action["value"])
        lang = services.councils.locale(conversation(team, channel)).lang
        common = {"who": account(team, user), "where": conversation(team, channel)}

        def run() -> Reply:
            now = services.clock.now()
            try:
                sent = services.kallelse.send(
                    meeting_id=meeting_id,
                    anyway=action["action_id"] == SEND_ANYWAY,
                    now=now,
                    **common,
                )
            except NeedsConfirmation:
                # It became late since the preview: show it again, now with "Skicka ändå".
                return preview_reply(
                    services.kallelse.preview(meeting_id=meeting_id, now=now, **common)
                )
            # Sent now; what cannot go yet is retried until it does.
            send_now(services, sent.keys)
            return text_reply(sent_text(sent, delivered(services, sent.dms)))

        # The preview is replaced, so its button cannot be pressed again by mistake.
        respond(
            replace_original=True, **guarded(run, lang=lang, where="action:kallelse").as_message()
        )

    @button(app, re.compile(f"^{ANSWER}_"))
    def answer(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        what = str(action["action_id"]).removeprefix(f"{ANSWER}_")
        team, user = team_id(body), body["user"]["id"]
        meeting_id = int(action["value"])
        answers: list[Answered] = []
        redrawn: list[bool] = []

        def run() -> Reply:
            now = services.clock.now()
            if what == "read":
                services.attendance.mark_read(
                    meeting_id=meeting_id, who=account(team, user), now=now
                )
            else:
                coming = Answer.COMING if what == "coming" else Answer.NOT_COMING
                answers.append(
                    services.attendance.answer(
                        meeting_id=meeting_id,
                        who=account(team, user),
                        answer=coming,
                        now=now,
                        compose=substitute_asks,
                    )
                )
            copy = services.kallelse.member_copy(
                who=account(team, user), meeting_id=meeting_id, now=now
            )
            redrawn.append(True)
            return member_message(copy)

        reply = guarded(run, lang=services.settings.language, where="action:kallelse_answer")
        # The DM shows the member's own answer; a refusal comes beside it, the DM stays.
        respond(replace_original=bool(redrawn), **reply.as_message())
        for answered in answers:
            if answered.search is not None:
                respond(replace_original=False, **answered_reply(answered).as_message())
            deliver_answer(services, answered)
