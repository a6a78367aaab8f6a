"""SMTP_URL into a mailer; a mail server that is down is a delivery to try again later."""

from __future__ import annotations

import socket
from email.message import EmailMessage

import pytest

from adapters.mail.smtp import MailMessenger, SmtpMailer, mailer_from
from adapters.runtime.settings import load_settings
from bot.core.ports.messenger import DeliveryError, Outbound


def test_no_smtp_url_means_no_mailer_and_from_defaults_to_the_smtp_host() -> None:
    assert mailer_from(load_settings({})) is None
    mailer = mailer_from(load_settings({"SMTP_URL": "smtps://u:p@mail.example.org:465"}))
    assert mailer is not None and mailer.sender == "brukarbot@mail.example.org"
    chosen = mailer_from(
        load_settings({"SMTP_URL": "smtp+starttls://mail.example.org", "MAIL_FROM": "rad@x.se"})
    )
    assert chosen is not None and chosen.sender == "rad@x.se"


def test_an_unreachable_server_is_a_failure_to_try_again_not_a_crash() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    message = EmailMessage()
    message["To"] = "anna@example.org"
    message.set_content("Hej")
    messenger = MailMessenger(SmtpMailer(f"smtp://127.0.0.1:{port}", "bot@x.se", timeout=2))
    with pytest.raises(DeliveryError) as refused:
        messenger.deliver(Outbound(key="k", text="Hej", email=message))
    assert not refused.value.permanent
    messenger.done()
