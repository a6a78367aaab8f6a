"""Attendance buttons: the ersättare's yes or no, and checking in from the meeting's message."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.attendance import (
    CHECKIN_ACTION,
    checked_in_reply,
    substitute_reply,
)
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.replies import Reply, guarded
from adapters.slack.ids import account, team_id
from adapters.slack.users import deliver
from bot.attendance.asks import SUBSTITUTE_ACTION
from bot.attendance.substitutes import SubstituteAnswered


def register(app: App, services: Services) -> None:
    @button(app, re.compile(f"^{SUBSTITUTE_ACTION}"))
    def substitute_answer(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        what, _, request_id = str(action["value"]).partition(":")
        answers: list[SubstituteAnswered] = []

        def answer() -> Reply:
            answered = services.attendance.substitute_answer(
                request_id=int(request_id),
                accept=what == "yes",
                who=account(team_id(body), body["user"]["id"]),
                now=services.clock.now(),
            )
            answers.append(answered)
            return substitute_reply(answered)

        reply = guarded(answer, lang=services.settings.language, where="action:substitute")
        # The question is replaced by its outcome, so the buttons cannot be pressed twice.
        respond(replace_original=True, **reply.as_message())
        for answered in answers:
            deliver(services, answered.notices)

    @button(app, re.compile(f"^{CHECKIN_ACTION}"))
    def check_in(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        where, _, meeting_id = str(action["value"]).partition(":")
        reply = guarded(
            lambda: checked_in_reply(
                services.attendance.check_in(
                    meeting_id=int(meeting_id),
                    who=account(team_id(body), body["user"]["id"]),
                    remote=where == "remote",
                    now=services.clock.now(),
                )
            ),
            lang=services.settings.language,
            where="action:checkin",
        )
        # Only the person who pressed sees it; the message stays for the others.
        respond(replace_original=False, **reply.as_message())
