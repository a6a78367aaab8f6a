"""Points sent on, on the fakes (bot.agenda.sending): the sender is told when it goes and
when the answer comes, the point stands under uppföljning on every later agenda of its kind
until then, and the officer who sent it on is reminded from the day asked for, each week,
until the answer is recorded."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from adapters.slack.ids import account, conversation
from bot.agenda import outline
from bot.core.audience import Audience
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.texts.render import plain
from bot.core.vocabulary import MeetingKind, PointStatus, Role
from bot.reminders.sent_on import reminder_rows
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    add_member,
    agenda,
    council,
    councils,
    person_id,
    plan,
    queued,
    reads,
    submit,
)

WHERE = conversation(TEAM, CHANNEL)
OLLE = NamedAccount("U0OLLE", "Olle Ordförande")
ANSWER_BY = date(2026, 12, 15)


def _send_on(
    uow: FakeUnitOfWorkFactory,
    point_id: int,
    by: NamedAccount = SARA,
    day: date = ANSWER_BY,
    to: str = "verksamhetschefen",
) -> None:
    agenda(uow).send_on(
        who=account(TEAM, by.external_id), where=WHERE, point_id=point_id, to=to, answer_by=day,
        now=NOW,
    )  # fmt: skip


def _answer(uow: FakeUnitOfWorkFactory, point_id: int, by: NamedAccount = SARA) -> None:
    agenda(uow).record_answer(
        who=account(TEAM, by.external_id),
        where=WHERE,
        point_id=point_id,
        answer="Tolk bokas från mars",
        now=NOW,
    )


def _told(uow: FakeUnitOfWorkFactory, who: NamedAccount) -> list[str]:
    pid = person_id(uow, who)
    return [reads(r) for r in queued(uow) if r.person_id == pid]


def _follow_up(uow: FakeUnitOfWorkFactory, meeting_id: int, by: NamedAccount = SARA) -> list[str]:
    view = agenda(uow).agenda(
        who=account(TEAM, by.external_id), where=WHERE, meeting_id=meeting_id, now=NOW
    )
    return [plain(line.awaited.phrase("sv"), "sv") for line in outline(view) if line.awaited]


def _reminders(uow: FakeUnitOfWorkFactory, at: datetime) -> list[dict[str, object]]:
    with uow() as work:
        return reminder_rows(work, at)


def test_the_sender_hears_it_went_on_and_then_the_answer(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    first = plan(uow, "torsdag 3 december kl 13-16").meeting.id
    later = plan(uow, "torsdag 4 februari kl 13-16").meeting.id
    point = submit(uow, "Tolk vid besök").point.id
    _send_on(uow, point)
    [sent] = _told(uow, ANNA)
    assert "Din punkt Tolk vid besök i Rådet har skickats vidare till verksamhetschefen" in sent
    assert "Svar väntas senast tisdag 15 december 2026" in sent
    # Under uppföljning on the later agenda; its own meeting shows it as settled.
    assert _follow_up(uow, later) == [
        "Skickad vidare till verksamhetschefen (nr 1): Tolk vid besök – svar väntas senast "
        "tisdag 15 december 2026"
    ]
    assert _follow_up(uow, first) == []
    _answer(uow, point)
    answered = _told(uow, ANNA)[-1]
    assert answered == (
        "Hej! Nu har verksamhetschefen svarat på din punkt Tolk vid besök i Rådet: "
        "Tolk bokas från mars"
    )
    assert _follow_up(uow, later) == []
    with uow() as work:
        stored = work.points.get(1, point, audience=Audience.ASSOCIATIONS)
        assert stored is not None and stored.status == PointStatus.SENT_ON
        assert stored.outcome == "Tolk bokas från mars"


def test_the_officer_is_reminded_weekly_from_the_day_until_the_answer(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    plan(uow, "torsdag 3 december kl 13-16")
    point = submit(uow, "Tolk vid besök").point.id
    _send_on(uow, point)
    assert _reminders(uow, datetime(2026, 12, 15, 8, 59, tzinfo=STOCKHOLM)) == []
    [first] = _reminders(uow, datetime(2026, 12, 15, 9, tzinfo=STOCKHOLM))
    assert first["person_id"] == person_id(uow, SARA)
    [same_week] = _reminders(uow, datetime(2026, 12, 21, 9, tzinfo=STOCKHOLM))
    [next_week] = _reminders(uow, datetime(2026, 12, 22, 9, tzinfo=STOCKHOLM))
    assert first["idempotency_key"] == same_week["idempotency_key"]
    assert next_week["idempotency_key"] != first["idempotency_key"]
    # Once Sara is no officer, the council's officers are reminded in her place.
    add_member(uow, OLLE, Role.ORDFORANDE, "RSMH")
    councils(uow).remove_member(
        who=account(TEAM, OLLE.external_id), where=WHERE, member=SARA.external_id, role=None,
        now=NOW, anyway=True,
    )  # fmt: skip
    [instead] = _reminders(uow, datetime(2026, 12, 22, 9, tzinfo=STOCKHOLM))
    assert instead["person_id"] == person_id(uow, OLLE)
    _answer(uow, point, by=OLLE)
    assert _reminders(uow, datetime(2026, 12, 29, 9, tzinfo=STOCKHOLM)) == []


def test_only_officers_send_on_an_open_point_to_a_day_to_come(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    plan(uow, "torsdag 3 december kl 13-16")
    point = submit(uow, "Tolk vid besök").point.id
    with pytest.raises(UserError) as refused:
        _send_on(uow, point, by=ANNA)
    assert refused.value.key == "refused.officers"
    with pytest.raises(UserError) as past:
        _send_on(uow, point, day=date(2026, 11, 1))
    assert past.value.key == "punkt.send_on.past"
    with pytest.raises(UserError) as not_sent:
        _answer(uow, point)
    assert not_sent.value.key == "punkt.answer.not_sent_on"
    _send_on(uow, point)
    with pytest.raises(UserError) as twice:
        _send_on(uow, point)
    assert twice.value.key == "punkt.already_settled"


def test_a_formote_point_sent_on_stays_off_the_stormotes_agenda(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    add_member(uow, OLLE, Role.ORDFORANDE, "RSMH")
    plan(uow, "torsdag 3 december kl 13-16")
    plan(uow, "tisdag 1 december kl 10-12", MeetingKind.FORMOTE, by=ANNA)
    stormote = plan(uow, "torsdag 4 februari kl 13-16").meeting.id
    formote = plan(uow, "tisdag 2 februari kl 10-12", MeetingKind.FORMOTE, by=ANNA).meeting.id
    point = submit(uow, "Vår hållning", formote=True).point.id
    _send_on(uow, point, by=OLLE, to="NSPH")
    assert _follow_up(uow, stormote) == []
    assert _follow_up(uow, formote, ANNA)[0].startswith("Skickad vidare till NSPH")
