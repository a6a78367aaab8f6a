"""Issue 18: whether a message may go is read on the account it is addressed to, not on the
person's Slack account: deactivated in one workspace, a person is still reached by their
account in another, or by email when they prefer it."""

from __future__ import annotations

from adapters.slack.ids import SLACK
from adapters.storage.models import Account as AccountRow
from adapters.storage.models import Conversation as ConversationRow
from adapters.storage.models import OutboxMessage
from bot.core.identity import Account
from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message, queue
from bot.core.ports.messenger import EMAIL
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import DrainReport, Sender
from tests.fakes.messenger import FakeMessenger
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, NOW, council, person_id

TEAMS = "teams"


def _deactivated_in_slack(uow: FakeUnitOfWorkFactory) -> tuple[int, int]:
    """Anna, a member of Rådet, whose Slack account is deactivated; her id and Rådet's."""
    council(uow)
    anna = person_id(uow, ANNA)
    with uow() as work:
        person = work.people.get(anna)
        assert person is not None and person.chat is not None
        person.chat.deactivated_at = NOW
        [rad] = work.store.all(ConversationRow)
        work.commit()
        return anna, rad.council_id


def _hello(uow: FakeUnitOfWorkFactory, anna: int, rad: int) -> None:
    with uow() as work:
        said = Said.of(Words("protokoll.propose.sent", {}, "sv"))
        queue(work, [Message(anna, "Hej Anna", said=said, key="hej", council_id=rad)], NOW)
        work.commit()


def _row(uow: FakeUnitOfWorkFactory) -> OutboxMessage:
    [row] = [r for r in uow.store.all(OutboxMessage) if r.idempotency_key == "hej"]
    return row


def test_deactivated_in_slack_a_person_is_reached_by_their_other_account(
    uow: FakeUnitOfWorkFactory,
) -> None:
    anna, rad = _deactivated_in_slack(uow)
    with uow() as work:
        person = work.people.get(anna)
        assert person is not None
        person.accounts.append(AccountRow(platform=TEAMS, workspace="t-1", external_id="29:a"))
        work.commit()
    _hello(uow, anna, rad)
    slack, teams = FakeMessenger(SLACK), FakeMessenger(TEAMS)
    assert Sender(uow, [slack, teams], worker_id="w").drain(NOW) == DrainReport(sent=1)
    assert slack.delivered == []
    assert [m.to for m in teams.delivered] == [Account(TEAMS, "t-1", "29:a")]
    assert _row(uow).status == OutboxStatus.SENT


def test_deactivated_in_slack_a_person_who_prefers_email_gets_it_by_email(
    uow: FakeUnitOfWorkFactory,
) -> None:
    anna, rad = _deactivated_in_slack(uow)
    with uow() as work:
        person = work.people.get(anna)
        assert person is not None
        person.email, person.email_verified_at, person.prefers_email = "anna@x.se", NOW, True
        work.commit()
    _hello(uow, anna, rad)
    slack, mail = FakeMessenger(SLACK), FakeMessenger(EMAIL)
    assert Sender(uow, [slack, mail], worker_id="w").drain(NOW) == DrainReport(sent=1)
    assert slack.delivered == []
    assert [m.mail_to.address for m in mail.delivered if m.mail_to] == ["anna@x.se"]


def test_deactivated_in_slack_with_no_other_way_it_is_dropped(
    uow: FakeUnitOfWorkFactory,
) -> None:
    anna, rad = _deactivated_in_slack(uow)
    _hello(uow, anna, rad)
    assert Sender(uow, FakeMessenger(SLACK), worker_id="w").drain(NOW) == DrainReport(dropped=1)
    assert _row(uow).last_error == "deactivated"
