"""The secretary's attendance checklist, submitted."""

from __future__ import annotations

import json
from datetime import time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.attendance import REGISTER_MODAL, register_errors, registered_text
from adapters.slack.handlers.forms import form
from adapters.slack.handlers.outgoing import tell_later
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.mrkdwn import t
from adapters.slack.users import tell
from bot.attendance.service import RegisterEntry
from bot.core.errors import UserError
from bot.core.vocabulary import Presence


def _entries(values: dict[str, dict[str, Any]]) -> list[RegisterEntry]:
    """{presence_<id>, arrived_<id>, left_<id>} input blocks into one entry per person."""
    people = sorted(
        {int(block.split("_", 1)[1]) for block in values if block.startswith("presence_")}
    )

    def chosen(block: str) -> Any:
        state = values.get(block, {}).get("value") or {}
        return state.get("selected_option") or state.get("selected_time")

    def clock(block: str) -> time | None:
        picked = chosen(block)
        return time.fromisoformat(picked) if picked else None

    return [
        RegisterEntry(
            person_id=pid,
            presence=Presence(option["value"]) if (option := chosen(f"presence_{pid}")) else None,
            arrived=clock(f"arrived_{pid}"),
            left=clock(f"left_{pid}"),
        )
        for pid in people
    ]


def register(app: App, services: Services) -> None:
    @form(app, services, REGISTER_MODAL)
    def checklist_submitted(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient
    ) -> None:
        team, user = team_id(body), body["user"]["id"]
        meta = json.loads(view["private_metadata"])
        lang = services.councils.locale(conversation(team, meta["channel"])).lang
        try:
            registered = services.attendance.register(
                who=account(team, user),
                meeting_id=int(meta["meeting"]),
                entries=_entries(view["state"]["values"]),
                now=services.clock.now(),
            )
        except UserError as err:
            text = t(err.key, lang, **err.params)
            person_id = err.params.get("person_id")
            if person_id is not None:
                ack(**register_errors(int(person_id), text))
                return
            ack()
            tell_later(services, account(team, user), text)
            return
        ack()
        text = registered_text(registered)
        tell(services, meta["channel"], account(team, user), text)
