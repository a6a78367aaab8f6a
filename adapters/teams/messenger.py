"""Teams' messenger: a claimed outbox message delivered through the Bot Connector.

A person is reached in the personal chat the app was installed in for them (its route is
kept when Teams tells the bot, adapters/teams/listeners.py); one who has not installed it
cannot be written to first (Teams refuses): the message is `not_installed` there, and the
sender sends it to them by email instead, with, once, the letter saying how to add the app
(adapters/teams/adding.py). A council's channel is reached at the service URL
its activities came from; a message under an earlier one is a reply in its thread.

How it looks: a neutral message as adapters/teams/card.py renders it (text, or an Adaptive
Card); one a chat's adapter composed as text goes as that text.

Teams keeps no message metadata a bot could search, so a retry after a crash between the post
and its record cannot look for the earlier post as Slack's messenger does: it posts again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from microsoft_teams.api import MessageActivityInput

from adapters.storage.uow import UnitOfWork
from adapters.teams import card
from adapters.teams.adding import how_to_add
from adapters.teams.connector import Connector, Refused
from adapters.teams.ids import TEAMS
from bot.core.identity import Account
from bot.core.ports.messenger import Delivered, DeliveryError, Outbound

NOT_INSTALLED = "not_installed"


def teams_activity(message: Outbound) -> MessageActivityInput:
    """The message as Teams shows it; CardTooLarge when it cannot fit in one."""
    if message.said is not None:
        return MessageActivityInput.model_validate(card.activity(message.said))
    return MessageActivityInput(text=message.text, text_format="plain")


class TeamsMessenger:
    name = TEAMS

    def __init__(
        self, connector: Connector, uow: Callable[[], UnitOfWork], *, language: str
    ) -> None:
        """`language`: the bot's (BOT_LANGUAGE), for the letter on adding the app to whom
        neither they nor their councils chose one."""
        self._connector = connector
        self._uow = uow
        self._how_to_add = how_to_add(language)

    def deliver(self, message: Outbound) -> Delivered | None:
        if not message.may_send:
            return None  # nothing of an earlier attempt can be looked for (see above)
        to = message.to
        if to is None or to.platform != TEAMS:
            raise DeliveryError("no_teams_address", permanent=True)
        if message.files and not message.text and message.said is None:
            raise DeliveryError("files_not_supported", permanent=True)
        with self._uow() as uow:
            route = uow.routes.find(TEAMS, to.workspace, to.external_id)
            found = None if route is None else (route.service_url, route.conversation)
        if found is None:
            if isinstance(to, Account):  # by email meanwhile, if they have an address
                raise DeliveryError(
                    NOT_INSTALLED, permanent=True, elsewhere=True, how_to_reach=self._how_to_add
                )
            raise DeliveryError("no_route", permanent=True)
        service_url, conversation = found
        # A reply in a channel's thread is posted to "<channel>;messageid=<the post's id>".
        posted_in = (
            f"{conversation};messageid={message.thread.ref}" if message.thread else conversation
        )
        try:
            ref = self._connector.send(service_url, posted_in, teams_activity(message))
        except card.CardTooLarge:
            raise DeliveryError("too_large", permanent=True) from None
        except Refused as err:
            raise _error(err) from None
        except OSError as err:  # no connection: Teams may be back at the next attempt
            raise DeliveryError(type(err).__name__, permanent=False) from None
        return Delivered(conversation=conversation, ref=ref)

    def done(self) -> None:
        """Each call is its own connection: nothing is held open."""


def _error(err: Refused) -> DeliveryError:
    if err.status == 429:
        wait = timedelta(seconds=err.retry_after if err.retry_after is not None else 1)
        return DeliveryError("429", permanent=False, retry_after=wait)
    # 5xx and 408: Teams may take it later; anything else it refused for good (401, 403: the
    # app was removed or the user blocked it; 404; 413: too large).
    return DeliveryError(str(err.status), permanent=not (err.status >= 500 or err.status == 408))
