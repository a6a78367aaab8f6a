"""What the adapter asks Slack about people: their name, and a DM channel to reach them."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.handlers.outgoing import tell_there
from adapters.slack.ids import SLACK
from adapters.slack.markup import slack, slack_person
from bot.commands.people import PersonRef
from bot.core.identity import Account, Conversation, NamedAccount
from bot.core.notices import ChannelNotice, Notice, keys
from bot.core.written import TOKEN, Named, renamed

log = logging.getLogger(__name__)


def lookup(client: WebClient, user_id: str, label: str | None = None) -> NamedAccount:
    """The full name (lists and minutes use it), else the display name, the label, the id."""
    try:
        user = client.users_info(user=user_id)["user"]
    except SlackApiError as err:
        log.warning("users.info failed for %s: %s", user_id, err.response.get("error"))
        return NamedAccount(user_id, label or user_id)
    profile = user.get("profile") or {}
    name = profile.get("real_name") or user.get("real_name") or profile.get("display_name")
    return NamedAccount(user_id, name or label or user_id)


def read_mention(text: str) -> tuple[PersonRef, str] | None:
    """The person a command's words begin with, as a mention (stored as
    `<person:slack:U123|anna>`), and the words after it (bot.commands.people.PersonReader)."""
    found = TOKEN.match(text.strip())
    person = slack_person(found)
    if found is None or person is None:
        return None
    return PersonRef(person.id, person.name or None), text.strip()[found.end() :].strip()


def named(client: WebClient, text: str) -> str:
    """The text with each person it mentions named (bot/core/written.py): the places that
    show no mentions (email, the minutes' documents) read the name there."""
    names: dict[str, str] = {}

    def name(person: Named) -> str:
        if not slack(person):
            return person.name
        if person.id not in names:
            names[person.id] = lookup(client, person.id, person.name or None).name
        return names[person.id]

    return renamed(text, name)


def tell(services: Services, channel_id: str, who: Account, text: str) -> None:
    """A note for one person where they are (after a form: the channel it came from), as an
    ephemeral message through the outbox; a DM when Slack will not show it there (the bot is
    not in that channel, say)."""
    tell_there(services, Conversation(SLACK, who.workspace, channel_id), who, text)


def deliver(services: Services, notices: Iterable[Notice | ChannelNotice]) -> None:
    """Send now the notices a change queued with itself (bot.core.notices): to people, and to
    a council's conversation."""
    send_now(services, keys(notices))
