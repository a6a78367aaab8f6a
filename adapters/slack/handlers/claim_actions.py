"""A claim offered in a DM after a meeting (bot.fees.offers): confirmed as it stands by its
button (the DM's buttons then give way to what was confirmed), or corrected in a form opened
by the other (what was confirmed comes by DM; the offer's buttons stay, and show or confirm
the claim as it now stands)."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.fees import CLAIM_FIELDS, CLAIM_MODAL, claim_modal, confirmed_text
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.forms import form
from adapters.slack.handlers.outgoing import tell_later
from adapters.slack.handlers.replies import SILENT, Reply, answered, error_text, guarded, text_reply
from adapters.slack.handlers.views import field
from adapters.slack.ids import account, team_id
from bot.core.errors import UserError
from bot.fees.offers import CONFIRM, CORRECT, offered
from bot.fees.parsing import claim_field_errors, claim_stated


def register(app: App, services: Services) -> None:
    @button(app, CONFIRM)
    def confirm(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        council_id, day = offered(str(action["value"]))

        def run() -> Reply:
            confirmed = services.claims.confirm(
                who=account(team_id(body), body["user"]["id"]),
                council_id=council_id,
                day=day,
                stated=None,
                now=services.clock.now(),
            )
            return text_reply(confirmed_text(confirmed))

        reply = guarded(run, lang=services.settings.language, where="action:claim_confirm")
        respond(replace_original=True, **answered(body, reply))

    @button(app, CORRECT)
    def correct(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        council_id, day = offered(str(action["value"]))

        def open_form() -> Reply:
            shown = services.claims.offered(
                who=account(team_id(body), body["user"]["id"]),
                council_id=council_id,
                day=day,
                now=services.clock.now(),
            )
            client.views_open(trigger_id=body["trigger_id"], view=claim_modal(shown, council_id))
            return SILENT

        refusal = guarded(open_form, lang=services.settings.language, where="action:claim_correct")
        if refusal.text:
            respond(replace_original=False, **refusal.as_message())

    @form(app, services, CLAIM_MODAL)
    def corrected(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        meta = json.loads(view["private_metadata"])
        lang = meta["lang"]
        fields = {name: _text(field(view, name)) for name in CLAIM_FIELDS}
        wrong = claim_field_errors(fields)
        if wrong:
            ack(
                response_action="errors",
                errors={name: error_text(err, lang) for name, err in wrong.items()},
            )
            return
        try:
            confirmed = services.claims.confirm(
                who=account(team_id(body), body["user"]["id"]),
                council_id=int(meta["council"]),
                day=offered(f"{meta['council']}:{meta['day']}")[1],
                stated=claim_stated(fields),
                now=services.clock.now(),
            )
        except UserError as err:
            ack(response_action="errors", errors={CLAIM_FIELDS[0]: error_text(err, lang)})
            return
        ack()
        tell_later(services, account(team_id(body), body["user"]["id"]), confirmed_text(confirmed))


def _text(value: Any) -> str:
    """A text input's value, or a ticked box's ("ja"), as the claim's fields read them."""
    if isinstance(value, list):
        return "ja" if "ja" in value else ""
    return str(value or "")
