"""Block actions: buttons and menus in the bot's messages."""

from __future__ import annotations

import json
import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.agenda import (
    PICK_COUNCIL,
    POINT_ACTION,
    decision_modal,
    page_of,
    receipt,
)
from adapters.slack.handlers import (
    attendance_actions,
    claim_actions,
    evaluation_actions,
    kallelse_actions,
    minutes_actions,
    privacy_actions,
)
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.commands.dagordning import render_agenda
from adapters.slack.handlers.commands.punkt import written_point
from adapters.slack.handlers.messages import shared_file, source_key
from adapters.slack.handlers.replies import Reply, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.text import from_slack
from adapters.slack.users import deliver
from bot.agenda import Change
from bot.commands.punkt import point_text
from bot.core.errors import UserError


def _chosen(action: dict[str, Any]) -> str:
    """A button's value, or the chosen entry of an overflow menu."""
    return str(action.get("value") or action["selected_option"]["value"])


def register(app: App, services: Services) -> None:
    attendance_actions.register(app, services)
    claim_actions.register(app, services)
    evaluation_actions.register(app, services)
    kallelse_actions.register(app, services)
    minutes_actions.register(app, services)
    privacy_actions.register(app, services)

    @button(app, re.compile(f"^{POINT_ACTION}"))
    def point_action(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, user = team_id(body), body["user"]["id"]
        channel = body["channel"]["id"]
        lang = services.councils.locale(conversation(team, channel)).lang
        what, _, number = _chosen(action).partition(":")
        point_id = int(number)
        page = page_of(action.get("block_id"))
        if what in ("reject", "handle"):
            client.views_open(
                trigger_id=body["trigger_id"],
                view=decision_modal(what, point_id, channel, body.get("response_url"), lang, page),
            )
            return
        changed: list[Change] = []

        def apply() -> Reply:
            common = {
                "who": account(team, user),
                "where": conversation(team, channel),
                "point_id": point_id,
                "now": services.clock.now(),
            }
            if what in ("up", "down"):
                change = services.agenda.reorder(up=what == "up", **common)
            elif what == "move":
                change = services.agenda.move(to_meeting_id=None, **common)
            elif what in ("take", "ovriga"):
                change = services.agenda.place(ovriga=what == "ovriga", **common)
            else:
                raise UserError("error.unknown_subcommand", word=what, command="/dagordning")
            changed.append(change)
            return render_agenda(
                services,
                account(team, user),
                conversation(team, channel),
                meeting_id=change.point.meeting_id,
                page=page,
            )

        reply = guarded(apply, lang=lang, where="action:point")
        # The agenda is redrawn in place; a refusal comes as a new message beside it.
        respond(replace_original=bool(changed), **reply.as_message())
        for change in changed:
            deliver(services, [*change.notices, *change.posts])

    @button(app, re.compile(f"^{PICK_COUNCIL}"))
    def pick_council(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """A DM'd point: the person said which council it is for."""
        chosen = json.loads(action["value"])
        team, user, dm = team_id(body), body["user"]["id"], body["channel"]["id"]
        lang = services.settings.language

        def submit() -> Reply:
            written = _dm_message(client, dm, str(chosen["ts"]))
            text = point_text(written.get("text") or "", addressed=True)
            if text is None:  # edited since into something that is no point
                raise UserError("punkt.need_title")
            title, description = written_point(client, text)
            submitted = services.agenda.submit(
                who=account(team, user),
                council_id=int(chosen["c"]),
                title=title,
                description=description,
                source_key=source_key(team, dm, str(chosen["ts"])),
                attachment=shared_file(written),
                now=services.clock.now(),
            )
            deliver(services, submitted.notices)
            return text_reply(receipt(submitted))

        reply = guarded(submit, lang=lang, where="action:pick_council")
        respond(replace_original=True, **reply.as_message())


def _dm_message(client: WebClient, channel: str, ts: str) -> dict[str, Any]:
    """One message in a DM with the bot, as it stands now and as typed (its text, its files)."""
    found = client.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1)
    messages = found.get("messages") or []
    if not messages or messages[0].get("ts") != ts:
        raise UserError("punkt.dm_message_gone")
    message = dict(messages[0])
    message["text"] = from_slack(str(message.get("text") or ""))
    return message
