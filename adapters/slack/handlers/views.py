"""View submissions: the point modal and the secretary's reason/outcome modal."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

from adapters.runtime.services import Services
from adapters.slack.blocks.agenda import DECISION_MODAL, POINT_MODAL, receipt
from adapters.slack.handlers import attendance_views, minutes_views
from adapters.slack.handlers.commands.dagordning import render_agenda
from adapters.slack.handlers.forms import form
from adapters.slack.handlers.replies import error_text
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.users import deliver, tell
from bot.core.errors import UserError


def field(view: dict[str, Any], block: str) -> Any:
    """The submitted value of an input block (its element's action_id is "value")."""
    state = view["state"]["values"].get(block, {}).get("value") or {}
    if "selected_option" in state:
        return (state["selected_option"] or {}).get("value")
    if "selected_options" in state:
        return [o["value"] for o in state["selected_options"] or []]
    return state.get("value")


def _errors(ack: Ack, block: str, err: UserError, lang: str) -> None:
    ack(response_action="errors", errors={block: error_text(err, lang)})


def register(app: App, services: Services) -> None:
    attendance_views.register(app, services)
    minutes_views.register(app, services)

    @form(app, services, POINT_MODAL)
    def point_submitted(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient
    ) -> None:
        team, user = team_id(body), body["user"]["id"]
        channel = view["private_metadata"]
        lang = services.councils.locale(conversation(team, channel)).lang
        links = (field(view, "links") or "").strip()
        description = "\n\n".join(
            p for p in ((field(view, "description") or "").strip(), links) if p
        )
        meeting = field(view, "meeting")
        try:
            submitted = services.agenda.submit(
                who=account(team, user),
                where=conversation(team, channel),
                title=field(view, "title") or "",
                description=description,
                meeting_id=int(meeting) if meeting else None,
                presents_self="yes" in (field(view, "presents") or []),
                now=services.clock.now(),
            )
        except UserError as err:
            _errors(ack, "title", err, lang)
            return
        ack()
        text = receipt(submitted)
        tell(services, channel, account(team, user), text)
        deliver(services, submitted.notices)

    @form(app, services, DECISION_MODAL)
    def decided(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        team, user = team_id(body), body["user"]["id"]
        meta = json.loads(view["private_metadata"])
        channel = meta["channel"]
        lang = services.councils.locale(conversation(team, channel)).lang
        text = field(view, "text") or ""
        common = {
            "who": account(team, user),
            "where": conversation(team, channel),
            "point_id": int(meta["point"]),
            "now": services.clock.now(),
        }
        try:
            change = (
                services.agenda.reject(reason=text, **common)
                if meta["what"] == "reject"
                else services.agenda.handle(outcome=text, **common)
            )
        except UserError as err:
            _errors(ack, "text", err, lang)
            return
        ack()
        deliver(services, change.notices)
        if meta.get("response_url"):
            agenda = render_agenda(
                services,
                account(team, user),
                conversation(team, channel),
                meeting_id=change.point.meeting_id,
                page=int(meta.get("page", 0)),
            )
            WebhookClient(meta["response_url"]).send(
                replace_original=True,
                **{k: v for k, v in agenda.as_message().items() if k != "response_type"},
            )
