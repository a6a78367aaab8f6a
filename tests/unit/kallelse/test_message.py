"""The kallelse as one neutral message, on the fakes: composed once in the domain, queued
with `said` for every member and every channel, holding what a kallelse must and no chat's
markup; a förmöte's never reaching the unit."""

from __future__ import annotations

import json

from adapters.slack.ids import account, conversation
from adapters.storage.models import OutboxMessage
from bot.core.message import Actions, Calendar, Heading, Message, Section
from bot.core.outbox import COUNCIL, said_in
from bot.core.ports.messenger import EMAIL
from bot.core.vocabulary import MeetingKind, Role
from bot.kallelse.message import ANSWER
from bot.kallelse.service import KallelseService, Sent, dm_key, mail_key, post_key
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
    person_id,
    plan,
    queued,
    reads,
    submit,
)

MARKUP = ("<@", "<#", "&lt;", "&gt;", "mrkdwn")  # a chat's markup


def _send(uow: FakeUnitOfWorkFactory, meeting_id: int, by: str = SARA.external_id) -> Sent:
    return KallelseService(uow, mailer=FakeMailer()).send(
        meeting_id=meeting_id,
        anyway=True,
        now=NOW,
        who=account(TEAM, by),
        where=conversation(TEAM, CHANNEL),
    )


def _rows(uow: FakeUnitOfWorkFactory) -> dict[str, OutboxMessage]:
    return {row.idempotency_key: row for row in queued(uow)}


def _said(row: OutboxMessage) -> Message:
    said = said_in(row.payload)
    assert said is not None
    return said


def test_each_members_kallelse_is_one_neutral_message_with_all_a_kallelse_holds(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    KallelseService(uow, mailer=FakeMailer()).set_email(
        who=account(TEAM, ANNA.external_id),
        where=conversation(TEAM, CHANNEL),
        email="anna@example.org",
        now=NOW,
    )
    meeting = plan(uow, "torsdag 10 december kl 13-16", place="Stora salen").meeting
    submit(uow, "Tolk vid besök", by=ANNA)
    sent = _send(uow, meeting.id)
    rows = _rows(uow)
    handle = ANNA.external_id
    copy, email = rows[dm_key(meeting.id, handle)], rows[mail_key(meeting.id, handle)]
    said = _said(copy)
    # By chat and by email the same message, composed once; nothing rendered for a channel.
    assert _said(email) == said and email.payload["via"] == EMAIL
    assert "blocks" not in copy.payload and "email" not in email.payload
    stored = json.dumps(copy.payload, ensure_ascii=False)
    assert [m for m in MARKUP if m in stored] == []
    text = reads(copy)
    for expected in (
        "Kallelse till stormöte – Rådet",
        "När: torsdag 10 december 2026 kl. 13.00–16.00",
        "Var: Stora salen",
        "Dagordning",
        "Tolk vid besök – Anna Ledamot, RSMH",  # the point and who raised it
        "Kontaktperson: Sara Sekreterare",
    ):
        assert expected in text, expected
    assert isinstance(said.blocks[0], Heading)
    [agenda] = [b for b in said.parts(Section) if b.title and "Dagordning" in reads_of(b)]
    assert [line.number for line in agenda.lines if line.number] == [1, 2, 3, 4, 5, 6]
    # Her answers: coming, not coming (an ersättare is asked), and "I have read".
    [answers] = said.parts(Actions)
    assert [(a.id, a.value) for a in answers.actions] == [
        (f"{ANSWER}_{what}", str(meeting.id)) for what in ("coming", "not_coming", "read")
    ]
    # And the meeting for her calendar.
    [calendar] = said.parts(Calendar)
    assert calendar.start == meeting.when.start and calendar.location == "Stora salen"
    assert "Tolk vid besök" in calendar.description
    # The ersättare reads it and is asked when needed: only "read".
    [erik] = _said(rows[dm_key(meeting.id, ERIK.external_id)]).parts(Actions)
    assert [a.id for a in erik.actions] == [f"{ANSWER}_read"]
    # The council's conversation gets it with no one's buttons.
    post = rows[post_key(meeting.id)]
    assert post.payload["conversation"] == COUNCIL and not _said(post).parts(Actions)
    assert set(sent.keys) == set(rows)


def reads_of(section: Section) -> str:
    return reads(OutboxMessage(payload={"said": Message((section,)).to_json()}))


def test_a_formotes_kallelse_never_reaches_the_unit(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    add_member(uow, ANNA, Role.ORDFORANDE)
    KallelseService(uow, mailer=FakeMailer()).set_email(
        who=account(TEAM, UNA.external_id),
        where=conversation(TEAM, CHANNEL),
        email="una@example.org",
        now=NOW,
    )
    plan(uow, "torsdag 10 december kl 13-16")
    formote = plan(uow, "onsdag 9 december kl 13-15", MeetingKind.FORMOTE, by=ANNA).meeting
    submit(uow, "Hur vi tar upp väntetiderna", by=ANNA, formote=True)
    _send(uow, formote.id, by=ANNA.external_id)
    rows = list(_rows(uow).values())
    associations = {person_id(uow, ANNA), person_id(uow, ERIK)}
    assert rows and {row.person_id for row in rows} == associations
    assert all(row.payload.get("conversation") != COUNCIL for row in rows)
    assert all("Hur vi tar upp väntetiderna" in reads(row) for row in rows)
