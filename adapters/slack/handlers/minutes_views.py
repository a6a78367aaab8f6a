"""Modal submissions of the minutes: an item's edit form, a justerare's change proposal."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.blocks.minutes import EDIT_MODAL, NEW, PROPOSE_MODAL, edit_modal
from adapters.slack.handlers.forms import form
from adapters.slack.handlers.replies import error_text
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.mrkdwn import t
from adapters.slack.users import deliver, lookup, tell
from bot.core.errors import UserError
from bot.core.vocabulary import NoteKind
from bot.minutes.capture import EntryInput


def _state(view: dict[str, Any], block: str) -> dict[str, Any]:
    return dict(view["state"]["values"].get(block, {}).get("value") or {})


def _text(view: dict[str, Any], block: str) -> str:
    return str(_state(view, block).get("value") or "")


def _user(view: dict[str, Any], block: str) -> str | None:
    return _state(view, block).get("selected_user") or None


def _date(view: dict[str, Any], block: str) -> date | None:
    raw = _state(view, block).get("selected_date")
    return date.fromisoformat(raw) if raw else None


def _inputs(view: dict[str, Any]) -> list[EntryInput]:
    """Each line's input as submitted, and the new line if it has a kind and a text."""
    inputs = []
    for block in view["state"]["values"]:
        if not block.startswith("text_"):
            continue
        entry_id = block.removeprefix("text_")
        inputs.append(
            EntryInput(
                entry_id,
                None,
                _text(view, block),
                _user(view, f"owner_{entry_id}"),
                _date(view, f"due_{entry_id}"),
            )
        )
    kind = (_state(view, f"{NEW}_kind").get("selected_option") or {}).get("value")
    if kind:
        inputs.append(
            EntryInput(
                None,
                NoteKind(kind),
                _text(view, f"{NEW}_text"),
                _user(view, f"{NEW}_owner"),
                _date(view, f"{NEW}_due"),
            )
        )
    return inputs


def register(app: App, services: Services) -> None:
    @form(app, services, EDIT_MODAL)
    def edited(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        team, user = team_id(body), body["user"]["id"]
        meta = json.loads(view["private_metadata"])
        lang = services.councils.locale(conversation(team, meta["channel"])).lang
        inputs = _inputs(view)
        owners = {i.owner_user_id for i in inputs if i.owner_user_id}
        try:
            result = services.minutes.capture.edit(
                who=account(team, user),
                meeting_id=int(meta["meeting"]),
                item=str(meta["item"]),
                inputs=inputs,
                names={u: lookup(client, u).name for u in owners},
                now=services.clock.now(),
            )
        except UserError as err:
            ack(response_action="errors", errors={f"{NEW}_text": error_text(err, lang)})
            return
        if meta.get("after"):  # more lines than one form holds: the next page
            rest = services.minutes.capture.form(
                who=account(team, user),
                item=str(meta["item"]),
                meeting_id=int(meta["meeting"]),
                now=services.clock.now(),
            )
            page = edit_modal(rest, meta["channel"], after=str(meta["after"]))
            ack(response_action="update", view=page)
        else:
            ack()
        asked = result.amendment
        if asked is None:
            text = t("protokoll.edited", lang, count=result.changed)
        else:
            text = t("protokoll.amendment.asked", lang, count=len(asked.confirmers))
            send_now(services, result.keys)
        tell(services, meta["channel"], account(team, user), text)

    @form(app, services, PROPOSE_MODAL)
    def proposed(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        meta = json.loads(view["private_metadata"])
        lang = services.settings.language
        try:
            result = services.minutes.justering.propose(
                who=account(team_id(body), body["user"]["id"]),
                meeting_id=int(meta["meeting"]),
                version=int(meta["version"]),
                text=_text(view, "text"),
                now=services.clock.now(),
            )
        except UserError as err:
            ack(response_action="errors", errors={"text": error_text(err, lang)})
            return
        ack()
        deliver(services, [*result.notices, *result.thanks])
