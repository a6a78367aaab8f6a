"""The messengers this deployment has: Slack always, email when SMTP_URL is set."""

from __future__ import annotations

from bot.mail import MailMessenger, mailer_from
from bot.messenger import Messenger
from bot.runtime.slack_delivery import SlackDelivery
from bot.settings import Settings


def messengers_from(settings: Settings) -> list[Messenger]:
    messengers: list[Messenger] = [SlackDelivery.from_settings(settings)]
    mailer = mailer_from(settings)
    if mailer is not None:
        messengers.append(MailMessenger(mailer))
    return messengers
