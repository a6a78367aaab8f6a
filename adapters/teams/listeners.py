"""The work of an activity taken in from Teams (adapters/teams/http.py), run through the
inbox: a failure runs it again, and what it changed marks it done in the same transaction.

- Every activity says where its conversation is served (its service URL): kept as the route
  the messenger posts by (adapters/teams/messenger.py); one in a personal chat, or the app
  installed for a person (`installationUpdate`, `conversationUpdate`), is that person's route.
- A message to the bot (`@Brukarbot mote torsdag kl 13` in a channel, `narvaro kommer` in a
  personal chat) is a command in the same words as Slack's, read by the same parsers
  (adapters/teams/commands); who and where are the activity's sender and conversation. Its
  answer is the reply to the request, in the conversation it came from (as Slack's
  response_url is), and what the change queued for others is sent at once after it.
- An action on one of the bot's cards (adapters/teams/actions.py) changes the card in place:
  pressed as Action.Execute, the invoke is answered with the card as it now is (the work runs
  before the answer, `inline`); sent as a message (Action.Submit), or run again after a
  failure, the card's activity is updated through the Bot Connector.
- "Lägg till som punkt" on a message (the message extension ADD_AS_POINT, Slack's shortcut)
  makes the message a point of the conversation's council, as the shortcut does; Teams is
  answered at once that it is being taken (`acknowledge`), and the receipt goes to the person
  in their personal chat with the bot (in the conversation, if they have none).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from microsoft_teams.api import MessageActivityInput

from adapters.runtime.background import BackgroundWork
from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.storage.repositories.inbox import Claim
from adapters.teams import actions, card
from adapters.teams.commands import (
    Asked,
    Privately,
    arbetsgrupp,
    arvode,
    atgard,
    brukarrad,
    dagordning,
    kallelse,
    minadata,
    mote,
    narvaro,
    one,
    paminnelser,
    protokoll,
    punkt,
)
from adapters.teams.connector import Connector, Refused
from adapters.teams.http import LISTENER
from adapters.teams.ids import TEAMS, caller_of, personal, where_of
from adapters.teams.text import entities_of, written_text
from bot.agenda.points import title_and_description
from bot.attendance.receipts import point_receipt
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.message import Message
from bot.councils.welcome import welcome_again

log = logging.getLogger(__name__)

ADD_AS_POINT = "add_as_point"  # the message extension's command id (the app's manifest)
FETCH_TASK = "composeExtension/fetchTask"
CARD = "application/vnd.microsoft.card.adaptive"
SAID = "application/vnd.microsoft.activity.message"
# Each command as it is written to the bot, and who answers it (several messages: one after
# another, as Teams holds less in one).
COMMANDS: dict[str, Callable[[Asked, str], Message | list[Message] | Privately]] = {
    "brukarrad": brukarrad.run,
    "mote": mote.run,
    "punkt": punkt.run,
    "kallelse": kallelse.run,
    "narvaro": narvaro.run,
    "protokoll": protokoll.run,
    "arbetsgrupp": arbetsgrupp.run,
    "atgard": atgard.run,
    "dagordning": dagordning.run,
    "paminnelser": paminnelser.run,
    "minadata": minadata.run,
    "arvode": arvode.run,
}


class TeamsListeners:
    def __init__(
        self, services: Services, connector: Connector, background: BackgroundWork | None = None
    ) -> None:
        self._services = services
        self._connector = connector
        # Where a card's action sends what it owes others once Teams has its card (none: at
        # once, as the inbox's drain runs it).
        self._background = background

    def work(self, claim: Claim, payload: str) -> dict[str, Any] | None:
        """The work of a new entry: after the 200 (on the background executor), or before it
        for a card's action (`inline`), whose answer it returns."""
        return self._run(claim, payload, LISTENER, answering=True)

    def replay(self, claim: Claim, listener: str, payload: str) -> None:
        """The inbox's drain, for an entry of ours (its work failed before)."""
        self._run(claim, payload, listener, answering=False)

    def inline(self, activity: Mapping[str, Any]) -> bool:
        """Whether Teams waits for the work's outcome in the answer: a card's Action.Execute."""
        return activity.get("type") == "invoke" and activity.get("name") == actions.INVOKE

    def acknowledge(self, activity: dict[str, Any]) -> dict[str, Any] | None:
        """What Teams shows at once for an invoke: the message extension's task is a line
        saying the point is being taken (the work, and its receipt, come after); a card's
        action Teams delivered again was taken the first time."""
        lang = self._services.settings.language
        if self.inline(activity):
            return _said(card.text(one("teams.card.taken", lang)))
        if not _adds_a_point(activity):
            return None
        return {"task": {"type": "message", "value": card.text(one("teams.point.taking", lang))}}

    def _run(
        self, claim: Claim, payload: str, listener: str, *, answering: bool
    ) -> dict[str, Any] | None:
        activity = json.loads(payload)
        answers: list[dict[str, Any] | None] = []
        self._services.inbox.run(
            claim, lambda: answers.append(self._act(activity, answering)), name=listener
        )
        if answers or not self.inline(activity):
            return answers[0] if answers else None
        # It failed: it runs again from the inbox, and the card is updated then.
        return _said(card.text(one("teams.card.later", self._services.settings.language)))

    def _act(self, activity: dict[str, Any], answering: bool) -> dict[str, Any] | None:
        self._remember_route(activity)
        action = actions.pressed(activity)
        if action is not None:
            return self._card_action(activity, action, answering=answering)
        if activity.get("type") == "message" and activity.get("text"):
            self._command(activity)
        elif _adds_a_point(activity):
            self._message_as_point(activity)
        return None

    def _asked(self, activity: dict[str, Any]) -> Asked:
        who, where = caller_of(activity), where_of(activity)
        now = self._services.clock.now()
        if personal(activity):
            lang = self._services.councils.language_of(who, now=now)
        else:
            lang = self._services.councils.locale(where).lang
        return Asked(self._services, activity, who, where, lang, now)

    def _command(self, activity: dict[str, Any]) -> None:
        asked = self._asked(activity)
        name, _, rest = written_text(activity).lstrip("/").partition(" ")
        run = COMMANDS.get(name.lower())
        try:
            answer = run(asked, rest.strip()) if run else one("teams.commands", asked.lang)
        except UserError as err:
            answer = one(err.key, asked.lang, **err.params)
        if isinstance(answer, Privately):
            sent = self._to_person(asked.who, answer.said)
            answer = one("teams.private.sent" if sent else "teams.private.no_chat", asked.lang)
        for said in answer if isinstance(answer, list) else [answer]:
            self._reply(activity, said)
        send_now(self._services, asked.queued)

    def _card_action(
        self, activity: dict[str, Any], action: actions.Pressed, *, answering: bool
    ) -> dict[str, Any] | None:
        asked = self._asked(activity)
        try:
            acted = actions.act(asked, action)
        except UserError as err:
            acted = actions.Acted(beside=one(err.key, asked.lang, **err.params))
        inline = answering and self.inline(activity)

        def after() -> None:  # what the action owes others, and what is said beside the card
            send_now(self._services, acted.queued)
            if acted.beside is not None and not (inline and acted.card is None):
                self._reply(activity, acted.beside)

        if inline and self._background is not None:
            self._background.submit(after)  # Teams waits for the card, not for these
        else:
            after()
        if inline and acted.card is None:
            # The card stays; what is said of it is the line Teams shows beside it.
            return _said(card.text(acted.beside) if acted.beside is not None else "")
        if inline:
            return {"statusCode": 200, "type": CARD, "value": card.card(acted.card)}
        shown = activity.get("replyToId")
        if acted.card is not None and shown:
            self._update(activity, str(shown), acted.card)
        return None

    def _message_as_point(self, activity: dict[str, Any]) -> None:
        message = (activity.get("value") or {}).get("messagePayload") or {}
        content = ((message.get("body") or {}).get("content")) or ""
        who, where = caller_of(activity), where_of(activity)
        lang = self._services.councils.locale(where).lang
        text = written_text({"text": content, "entities": entities_of(message)})
        title, description = title_and_description(text)
        try:
            submitted = self._services.agenda.submit(
                who=who,
                where=where,
                title=title,
                description=description,
                source_key=f"{LISTENER}:{where.external_id}:{message.get('id')}"[:200],
                source_link=message.get("linkToMessage") or None,
                now=self._services.clock.now(),
            )
            key, params = point_receipt(submitted)
            answer = one(key, submitted.lang, **params)
        except UserError as err:
            answer = one(err.key, lang, **err.params)
        if not self._to_person(who, answer):
            # no personal chat with the bot yet: in the conversation's thread
            self._reply(activity, answer)

    def _to_person(self, who: Account, said: Message) -> bool:
        """`said` in the person's personal chat with the bot; False when they have none."""
        with self._services.uow() as uow:
            route = uow.routes.find(TEAMS, who.workspace, who.external_id)
            to = (route.service_url, route.conversation) if route is not None else None
        if to is None:
            return False
        try:
            self._connector.send(to[0], to[1], _activity(said))
        except Refused as err:
            log.warning("teams: the personal answer was refused: %s", err.status)
        return True

    def _remember_route(self, activity: Mapping[str, Any]) -> None:
        service_url = str(activity.get("serviceUrl") or "")
        where = where_of(activity)
        if not (service_url and where.external_id):
            return
        now = self._services.clock.now()
        again: list[str] = []
        with self._services.uow() as uow:
            route = {"service_url": service_url, "conversation": where.external_id, "now": now}
            uow.routes.remember(TEAMS, where.workspace, where.external_id, **route)
            removed = (activity.get("action") or "") == "remove"
            if personal(activity) and not removed:
                who = caller_of(activity)
                first = uow.routes.find(TEAMS, who.workspace, who.external_id) is None
                uow.routes.remember(TEAMS, who.workspace, who.external_id, **route)
                person = uow.directory.person(who) if first else None
                if person is not None:  # the welcome that could not reach them, now in Teams
                    again = welcome_again(uow, person.id, now)
            uow.commit()
        send_now(self._services, again)

    def _reply(self, activity: Mapping[str, Any], said: Message) -> None:
        conversation = str((activity.get("conversation") or {}).get("id") or "")
        answer = _activity(said).model_copy(update={"reply_to_id": activity.get("id")})
        try:
            self._connector.send(str(activity.get("serviceUrl")), conversation, answer)
        except Refused as err:
            log.warning("teams: the answer was refused: %s", err.status)

    def _update(self, activity: Mapping[str, Any], shown: str, said: Message) -> None:
        """The card `shown` in the activity's conversation, as it now is."""
        conversation = str((activity.get("conversation") or {}).get("id") or "")
        updated = MessageActivityInput.model_validate(card.carried(said))
        try:
            self._connector.update(str(activity.get("serviceUrl")), conversation, shown, updated)
        except Refused as err:
            log.warning("teams: the card was not updated: %s", err.status)


def _activity(said: Message) -> MessageActivityInput:
    return MessageActivityInput.model_validate(card.activity(said))


def _said(text: str) -> dict[str, Any]:
    """An invoke's answer that Teams shows as a line, the card as it was."""
    return {"statusCode": 200, "type": SAID, "value": text}


def _adds_a_point(activity: Mapping[str, Any]) -> bool:
    value = activity.get("value") or {}
    return (
        activity.get("type") == "invoke"
        and activity.get("name") == FETCH_TASK
        and isinstance(value, dict)
        and value.get("commandId") == ADD_AS_POINT
    )
