"""The minutes as one neutral message, on the fakes: the justering request and the published
minutes composed in the domain and queued with `said` (the lines, the decisions, the action
items; the justerare's two actions), no chat's markup in them."""

from __future__ import annotations

import json
from datetime import datetime

from adapters.slack.ids import account, conversation
from adapters.storage.models import Minutes, OutboxMessage
from bot.commands.people import PersonRef
from bot.core.message import Actions, Attachment, Message, Section
from bot.core.outbox import COUNCIL, said_in
from bot.core.vocabulary import MeetingKind, NoteKind, Role
from bot.minutes.capture import EntryInput
from bot.minutes.message import AMENDMENT, APPROVE, PROPOSE
from tests.fakes.lines import PlainLines
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.minutes.test_publishing import AFTER, DURING, _held, _minutes, _publish
from tests.unit.world import (
    ANNA,
    CHANNEL,
    ERIK,
    SARA,
    STOCKHOLM,
    TEAM,
    UNA,
    add_member,
    council,
    person_id,
    plan,
    reads,
)

FORMOTE_DAY = datetime(2026, 12, 2, 13, 30, tzinfo=STOCKHOLM)
MARKUP = ("<@", "<#", "&lt;", "&gt;", "mrkdwn")


def _said(row: OutboxMessage) -> Message:
    said = said_in(row.payload)
    assert said is not None
    assert "blocks" not in row.payload  # nothing rendered for a channel
    stored = json.dumps(row.payload, ensure_ascii=False)
    assert [m for m in MARKUP if m in stored] == []
    return said


class AnnasLines(PlainLines):
    """Lines naming Anna by her account, as a chat adapter reads them."""

    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        before, found, after = text.partition("@anna")
        return (before, PersonRef(ANNA.external_id), after) if found else None


def _action_item(uow: FakeUnitOfWorkFactory) -> None:
    _minutes(uow).capture.line(
        text="åtgärd: @anna Boka tolk senast 20 december",
        read=AnnasLines(),
        now=DURING,
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
    )


def test_the_justering_request_is_the_minutes_with_approve_and_propose(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow)
    _action_item(uow)
    add_member(uow, ANNA, Role.JUSTERARE, "RSMH")
    sent = _minutes(uow).justering.send(
        now=AFTER, who=account(TEAM, SARA.external_id), where=conversation(TEAM, CHANNEL)
    )
    rows = {row.idempotency_key: row for row in uow.store.all(OutboxMessage)}
    [key] = sent.keys
    request = rows[key]
    assert request.person_id == person_id(uow, ANNA) and request.kind == "justering"
    said = _said(request)
    text = reads(request)
    assert "Beslut: Rådet vill ha tolk vid varje besök." in text
    assert "Boka tolk – ansvarig Anna Ledamot" in text  # the action item and its owner
    [actions] = said.parts(Actions)
    meeting_id = uow.store.all(Minutes)[0].meeting_id
    assert [(a.id, a.value) for a in actions.actions] == [
        (APPROVE, f"{meeting_id}:{sent.version}"),
        (PROPOSE, f"{meeting_id}:{sent.version}"),
    ]


def test_published_minutes_are_one_message_in_the_council_with_decisions_and_actions(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow).set_justering(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        on=False,
        now=AFTER,
    )
    _action_item(uow)
    published = _publish(uow)
    rows = {row.idempotency_key: row for row in uow.store.all(OutboxMessage)}
    posted = [rows[key] for key in published.posted]  # type: ignore[attr-defined]
    minutes, files = posted
    assert minutes.payload["conversation"] == COUNCIL and files.payload["files"]
    said = _said(minutes)
    text = reads(minutes)
    assert "Beslut: Rådet vill ha tolk vid varje besök." in text
    assert "Boka tolk – ansvarig Anna Ledamot" in text
    assert said.parts(Actions) == [] and said.parts(Attachment) == []  # files go in the thread


def test_a_formotes_minutes_never_reach_the_unit(uow: FakeUnitOfWorkFactory) -> None:
    service = council(uow)
    add_member(uow, ANNA, Role.ORDFORANDE)  # an officer for RSMH writes the förmöte's minutes
    service.set_justering(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        on=False,
        now=AFTER,
    )
    plan(uow, "torsdag 3 december kl 13-16")
    plan(uow, "onsdag 2 december kl 13-15", MeetingKind.FORMOTE, by=ANNA)
    anna = {"who": account(TEAM, ANNA.external_id), "where": conversation(TEAM, CHANNEL)}
    for line in ("punkt 1", "beslut: Vi tar upp väntetiderna på stormötet."):
        _minutes(uow).capture.line(
            text=line, read=PlainLines(), now=FORMOTE_DAY, formote=True, **anna
        )
    published = _minutes(uow).publishing.publish(now=AFTER, formote=True, **anna)
    rows = {row.idempotency_key: row for row in uow.store.all(OutboxMessage)}
    posted = [rows[key] for key in published.posted]
    associations = {person_id(uow, ANNA), person_id(uow, ERIK)}
    assert posted and {row.person_id for row in posted} <= associations
    assert all(row.payload.get("conversation") != COUNCIL for row in rows.values())
    assert person_id(uow, UNA) not in {row.person_id for row in rows.values()}
    assert any("Vi tar upp väntetiderna" in reads(row) for row in posted if "said" in row.payload)


def test_the_minutes_thread_starts_with_a_neutral_message_the_domain_queues(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow)
    started = _minutes(uow).capture.start(
        now=DURING, who=account(TEAM, SARA.external_id), where=conversation(TEAM, CHANNEL)
    )
    rows = {row.idempotency_key: row for row in uow.store.all(OutboxMessage)}
    [key] = started.keys
    intro = rows[key]
    assert intro.payload["conversation"] == COUNCIL and intro.payload["minutes_of"]
    [agenda] = _said(intro).parts(Section)
    assert [line.number for line in agenda.lines] == ["1", "2", "3", "4", "5", "6", "7"]
    text = reads(intro)
    assert "en rad per meddelande" in text and "5. Tolk vid besök" in text


def test_a_change_to_approved_minutes_is_asked_of_the_second_officer_in_a_neutral_message(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow)
    add_member(uow, ANNA, Role.JUSTERARE, "RSMH")
    add_member(uow, ERIK, Role.ORDFORANDE, "RSMH")  # the second officer
    sara, where = account(TEAM, SARA.external_id), conversation(TEAM, CHANNEL)
    minutes = _minutes(uow)
    version = minutes.justering.send(now=AFTER, who=sara, where=where).version
    meeting_id = uow.store.all(Minutes)[0].meeting_id
    minutes.justering.approve(
        version=version, now=AFTER, who=account(TEAM, ANNA.external_id), meeting_id=meeting_id
    )
    edited = minutes.capture.edit(
        item="5",
        inputs=[EntryInput(None, NoteKind.INFO, "Tolk bokas via regionen.")],
        names={},
        now=AFTER,
        who=sara,
        meeting_id=meeting_id,
    )
    asked = edited.amendment
    assert asked is not None and asked.requested_by.account == sara  # an account, not an id
    rows = {row.idempotency_key: row for row in uow.store.all(OutboxMessage)}
    questions = [rows[key] for key in edited.keys]
    assert [row.person_id for row in questions] == [person_id(uow, ERIK)] == list(asked.confirmers)
    said = _said(questions[0])
    [answers] = said.parts(Actions)
    assert [(a.id, a.value) for a in answers.actions] == [
        (f"{AMENDMENT}_{answer}", f"{answer}:{meeting_id}:{asked.id}") for answer in ("yes", "no")
    ]
    text = reads(questions[0])
    assert "Sara Sekreterare vill ändra punkt 5. Tolk vid besök" in text
    assert "Info: Tolk bokas via regionen." in text  # the item as it would read
