"""Shortcuts: "Lägg till som punkt" on any message in the council channel."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.services import Services
from adapters.slack.blocks.agenda import receipt
from adapters.slack.handlers.ack_first import shortcut
from adapters.slack.handlers.messages import source_key
from adapters.slack.handlers.replies import Reply, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.users import deliver, named
from bot.agenda.points import title_and_description

ADD_AS_POINT = "add_as_point"


def register(app: App, services: Services) -> None:
    @shortcut(app, ADD_AS_POINT)
    def add_as_point(
        body: dict[str, Any], shortcut: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, channel = team_id(shortcut), shortcut["channel"]["id"]
        user, message = shortcut["user"]["id"], shortcut["message"]
        lang = services.councils.locale(conversation(team, channel)).lang

        def submit() -> Reply:
            title, description = title_and_description(message.get("text") or "")
            # Named after the cut, which counts words: a name has spaces, a mention none.
            title, description = named(client, title), description and named(client, description)
            submitted = services.agenda.submit(
                who=account(team, user),
                where=conversation(team, channel),
                title=title,
                description=description,
                source_key=source_key(team, channel, message["ts"]),
                source_link=_permalink(client, channel, message["ts"]),
                now=services.clock.now(),
            )
            deliver(services, submitted.notices)
            return text_reply(receipt(submitted))

        reply = guarded(submit, lang=lang, where="shortcut:add_as_point")
        respond(text=reply.text, response_type="ephemeral")


def _permalink(client: WebClient, channel: str, ts: str) -> str | None:
    try:
        return str(client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"])
    except SlackApiError:
        return None  # the point stands without its link
