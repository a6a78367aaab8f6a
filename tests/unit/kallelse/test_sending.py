"""Sending the kallelse, on the fakes: once, to whom, by email too, and late only when asked."""

from __future__ import annotations

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Event, OutboxMessage
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.ports.messenger import EMAIL
from bot.core.vocabulary import MeetingKind, Role
from bot.kallelse.service import KallelseService, NeedsConfirmation, Sent
from tests.fakes.mail import FakeMailer
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    ERIK,
    NOW,
    SARA,
    TEAM,
    UNA,
    add_member,
    council,
    plan,
    queued,
)

MAILER = FakeMailer()


def _send(
    uow: FakeUnitOfWorkFactory, meeting_id: int, *, anyway: bool = False, by: NamedAccount = SARA
) -> Sent:
    return KallelseService(uow, mailer=MAILER).send(
        meeting_id=meeting_id,
        anyway=anyway,
        now=NOW,
        who=account(TEAM, by.external_id),
        where=conversation(TEAM, CHANNEL),
    )


def _email(uow: FakeUnitOfWorkFactory, user: str, address: str) -> None:
    KallelseService(uow, mailer=MAILER).set_email(
        who=account(TEAM, user), where=conversation(TEAM, CHANNEL), email=address, now=NOW
    )


def test_a_stormotes_kallelse_reaches_every_member_and_emails_those_with_an_address(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    _email(uow, ANNA.external_id, "anna@example.org")
    meeting = plan(uow, "torsdag 10 december kl 13-16").meeting
    sent = _send(uow, meeting.id)
    assert sent.conversation == CHANNEL and not sent.late
    # Each by their account, as the domain names one (not a bare chat id).
    assert {r.account for r in sent.recipients} == {
        account(TEAM, u.external_id) for u in (SARA, ANNA, ERIK, UNA)
    }
    [email] = [row for row in uow.store.all(OutboxMessage) if row.payload.get("via") == EMAIL]
    assert email.idempotency_key in sent.emails
    assert "kallelse.sent" in [e.kind for e in uow.store.all(Event)]


def test_a_kallelse_goes_once(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    meeting = plan(uow, "torsdag 10 december kl 13-16").meeting
    _send(uow, meeting.id)
    with pytest.raises(UserError) as err:
        _send(uow, meeting.id)
    assert err.value.key == "kallelse.already_sent"


def test_a_late_kallelse_needs_the_secretarys_word_and_is_logged(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    meeting = plan(uow, "torsdag 26 november kl 13-16").meeting  # notice was due 19 November
    with pytest.raises(NeedsConfirmation):
        _send(uow, meeting.id)
    assert queued(uow) == []
    assert _send(uow, meeting.id, anyway=True).late
    assert "kallelse.sent_late" in [e.kind for e in uow.store.all(Event)]


def test_a_formotes_kallelse_is_the_associations_alone(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    add_member(uow, ANNA, Role.ORDFORANDE)  # an officer who speaks for RSMH sends it
    _email(uow, UNA.external_id, "una@example.org")
    plan(uow, "torsdag 10 december kl 13-16")
    formote = plan(uow, "onsdag 9 december kl 13-15", MeetingKind.FORMOTE, by=ANNA).meeting
    sent = _send(uow, formote.id, by=ANNA)
    assert sent.conversation is None  # not posted in the channel the unit reads
    assert {r.account for r in sent.recipients} == {
        account(TEAM, u.external_id) for u in (ANNA, ERIK)
    }
    assert sent.emails == ()  # Una's address is never used for it
