"""The messengers this deployment has: Slack always, email when SMTP_URL is set.

The mail adapter (smtplib, ssl, the letters and their calendar files) is loaded only then: a
tick or a `serve` without email never needs it (tests/bot/test_start_imports.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.runtime.settings import Settings
from adapters.slack.lazy import SlackOnFirstUse
from bot.core.ports import Messenger

if TYPE_CHECKING:
    from adapters.mail.smtp import SmtpMailer


def mailer_of(settings: Settings) -> SmtpMailer | None:
    """The SMTP mailer SMTP_URL describes; None without one."""
    if settings.smtp_url is None:
        return None
    from adapters.mail.smtp import mailer_from

    return mailer_from(settings)


def messengers_from(settings: Settings) -> list[Messenger]:
    messengers: list[Messenger] = [SlackOnFirstUse(settings)]
    mailer = mailer_of(settings)
    if mailer is not None:
        from adapters.mail.smtp import MailMessenger

        messengers.append(MailMessenger(mailer, replies=settings.imap_url is not None))
    return messengers
