"""The messengers this deployment has: Slack with SLACK_BOT_TOKEN, Teams when TEAMS_APP_ID
(and its password) is set, email when SMTP_URL is set.

The mail adapter (smtplib, ssl, the letters and their calendar files) and Teams' (its SDK)
are loaded only then: a tick or a `serve` without them never needs them
(tests/bot/test_start_imports.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from adapters.runtime.settings import Settings
from adapters.storage.uow import units_of_work
from bot.core.ports import Messenger

if TYPE_CHECKING:
    from adapters.mail.smtp import SmtpMailer


def mailer_of(settings: Settings) -> SmtpMailer | None:
    """The SMTP mailer SMTP_URL describes; None without one."""
    if settings.smtp_url is None:
        return None
    from adapters.mail.smtp import mailer_from

    return mailer_from(settings)


def messengers_from(settings: Settings, engine: Engine) -> list[Messenger]:
    """`engine`: the database the messengers read their routes from (Teams')."""
    messengers: list[Messenger] = []
    if settings.slack_bot_token:  # a deployment for Teams alone has none
        from adapters.slack.lazy import SlackOnFirstUse

        messengers.append(SlackOnFirstUse(settings))
    if settings.teams is not None:
        from adapters.teams.connector import Connector
        from adapters.teams.messenger import TeamsMessenger

        # The bot's token lives by the wall clock, whatever time a tick is run at.
        connector = Connector(settings.teams, lambda: datetime.now(UTC))
        messengers.append(
            TeamsMessenger(connector, units_of_work(engine), language=settings.language)
        )
    mailer = mailer_of(settings)
    if mailer is not None:
        from adapters.mail.smtp import MailMessenger

        messengers.append(MailMessenger(mailer, replies=settings.imap_url is not None))
    return messengers
