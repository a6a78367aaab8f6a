"""Buttons of the minutes: edit an item, justera or propose a change, agree to an amendment."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.minutes import edit_modal, propose_modal
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.replies import SILENT, Reply, answered, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.mrkdwn import t
from adapters.slack.users import deliver
from bot.minutes.message import AMENDMENT, APPROVE, EDIT, PROPOSE


def register(app: App, services: Services) -> None:
    def numbers(action: dict[str, Any]) -> tuple[int, int]:
        first, second = str(action["value"]).split(":")
        return int(first), int(second)

    @button(app, re.compile(f"^{EDIT}_"))
    def edit(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, user, channel = team_id(body), body["user"]["id"], body["channel"]["id"]
        meeting, _, item = str(action["value"]).partition(":")
        lang = services.councils.locale(conversation(team, channel)).lang

        def open_form() -> Reply:
            form = services.minutes.capture.form(
                who=account(team, user),
                item=item,
                meeting_id=int(meeting),
                now=services.clock.now(),
            )
            client.views_open(trigger_id=body["trigger_id"], view=edit_modal(form, channel))
            return SILENT

        refusal = guarded(open_form, lang=lang, where="action:minutes_edit")
        if refusal.text:
            respond(replace_original=False, **refusal.as_message())

    def decided(
        body: dict[str, Any], respond: Respond, where: str, run: Callable[[], Reply]
    ) -> None:
        reply = guarded(run, lang=services.settings.language, where=where)
        respond(replace_original=True, **answered(body, reply))

    @button(app, APPROVE)
    def approve(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        meeting_id, version = numbers(action)

        def run() -> Reply:
            approved = services.minutes.justering.approve(
                who=account(team_id(body), body["user"]["id"]),
                meeting_id=meeting_id,
                version=version,
                now=services.clock.now(),
            )
            deliver(services, approved.notices)
            key = "already" if approved.already else "locked" if approved.locked else "thanks"
            return text_reply(t(f"protokoll.approve.{key}", approved.lang))

        decided(body, respond, "action:minutes_approve", run)

    @button(app, PROPOSE)
    def propose(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        meeting_id, version = numbers(action)
        client.views_open(
            trigger_id=body["trigger_id"],
            view=propose_modal(meeting_id, version, services.settings.language),
        )

    @button(app, re.compile(f"^{AMENDMENT}_"))
    def amendment(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        answer, meeting, amendment_id = str(action["value"]).split(":")

        def run() -> Reply:
            result = services.minutes.justering.decide_amendment(
                who=account(team_id(body), body["user"]["id"]),
                meeting_id=int(meeting),
                amendment_id=int(amendment_id),
                confirm=answer == "yes",
                now=services.clock.now(),
            )
            deliver(services, result.notices)
            key = "confirmed" if result.confirmed else "declined"
            return text_reply(t(f"protokoll.amendment.{key}", result.lang))

        decided(body, respond, "action:minutes_amendment", run)
