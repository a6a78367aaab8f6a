"""The messengers this deployment has: Slack always, email when SMTP_URL is set."""

from __future__ import annotations

from adapters.mail.smtp import MailMessenger, mailer_from
from adapters.runtime.settings import Settings
from adapters.slack.lazy import SlackOnFirstUse
from bot.core.ports import Messenger


def messengers_from(settings: Settings) -> list[Messenger]:
    messengers: list[Messenger] = [SlackOnFirstUse(settings)]
    mailer = mailer_from(settings)
    if mailer is not None:
        messengers.append(MailMessenger(mailer, replies=settings.imap_url is not None))
    return messengers
