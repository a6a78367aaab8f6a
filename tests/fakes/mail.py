"""The Mailer port's fake: email is on, from this address (nothing is sent: the outbox holds
the emails, and a Messenger would deliver them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FakeMailer:
    sender: str = "brukarbot@example.org"
