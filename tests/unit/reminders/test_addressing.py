"""Addressing on the fakes: a message goes by the messenger of the platform its person or its
council is reached on, whichever that is; nothing in the sender prefers Slack. A second chat
platform ("teams" here, as issue 24 will add) needs only its messenger registered by name."""

from __future__ import annotations

from datetime import timedelta

from adapters.slack.ids import SLACK
from adapters.storage.models import Account as AccountRow
from adapters.storage.models import Conversation as ConversationRow
from adapters.storage.models import OutboxMessage, Person
from adapters.teams.adding import how_to_add
from bot.core.identity import Account, Conversation
from bot.core.message import Message as Said
from bot.core.message import Paragraph, Words
from bot.core.outbox import Message, queue
from bot.core.ports.messenger import EMAIL, DeliveryError, Posted
from bot.core.vocabulary import OutboxStatus
from bot.reminders.sender import DrainReport, Sender
from tests.fakes.messenger import FakeMessenger
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import NOW, council

TEAMS = "teams"
LINA = Account(TEAMS, "tenant-1", "29:lina")
RAD_IN_TEAMS = Conversation(TEAMS, "tenant-1", "19:rad@thread")


def _person_on_teams(uow: FakeUnitOfWorkFactory) -> int:
    with uow() as work:
        account = AccountRow(platform=TEAMS, workspace=LINA.workspace, external_id="29:lina")
        person = work.store.add(Person(display_name="Lina", created_at=NOW, accounts=[account]))
        work.commit()
        return person.id


def _queue(uow: FakeUnitOfWorkFactory, *messages: Message) -> None:
    with uow() as work:
        queue(work, messages, NOW)
        work.commit()


def _reached_in_teams_too(uow: FakeUnitOfWorkFactory) -> int:
    """Rådet (in a Slack channel) is reached in a Teams channel as well."""
    council(uow)
    with uow() as work:
        [rad] = work.store.all(ConversationRow)
        place = ConversationRow(
            council_id=rad.council_id,
            platform=TEAMS,
            workspace="tenant-1",
            external_id="19:rad@thread",
        )
        found = work.councils.get(rad.council_id)
        assert found is not None
        found.conversations.append(place)
        work.store.flush()
        work.commit()
        return rad.council_id


def _row(uow: FakeUnitOfWorkFactory, key: str) -> OutboxMessage:
    [row] = [r for r in uow.store.all(OutboxMessage) if r.idempotency_key == key]
    return row


def test_a_message_to_a_person_on_another_platform_goes_by_its_messenger_not_slack(
    uow: FakeUnitOfWorkFactory,
) -> None:
    lina = _person_on_teams(uow)
    _queue(uow, Message(lina, "Hej Lina", key="hej"))
    slack, teams = FakeMessenger(SLACK), FakeMessenger(TEAMS)
    assert Sender(uow, [slack, teams], worker_id="w").drain(NOW) == DrainReport(sent=1)
    assert slack.delivered == []
    [sent] = teams.delivered
    assert (sent.to, sent.text) == (LINA, "Hej Lina")
    row = _row(uow, "hej")
    assert (row.status, row.via, row.conversation, row.ref) == (
        OutboxStatus.SENT,
        TEAMS,
        "D-29:lina",
        "1.0",
    )


def test_with_no_messenger_for_the_persons_platform_the_message_fails_saying_which(
    uow: FakeUnitOfWorkFactory,
) -> None:
    lina = _person_on_teams(uow)
    _queue(uow, Message(lina, "Hej Lina", key="hej"))
    slack = FakeMessenger(SLACK)
    assert Sender(uow, slack, worker_id="w").drain(NOW) == DrainReport(failed=1)
    assert slack.delivered == []
    assert (_row(uow, "hej").status, _row(uow, "hej").last_error) == (
        OutboxStatus.FAILED,
        "no_teams",
    )


def test_a_council_reached_on_two_platforms_has_its_post_in_each_its_thread_in_each(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """Rådet is reached in a Slack channel and a Teams channel (a mixed council): its post
    goes to each once, and the reply under it goes into the thread of the post in each; the
    kallelse's post is the first conversation's alone (the meeting keeps one)."""
    rad = _reached_in_teams_too(uow)
    post = Message.in_council(rad, "Kallelse", key="post", kallelse_of=7)
    _queue(uow, post, Message.in_council(rad, "Ny punkt", key="reply", thread="post"))
    slack, teams = FakeMessenger(SLACK), FakeMessenger(TEAMS)
    report = Sender(uow, [slack, teams], worker_id="w").drain(NOW)
    assert (report.sent, report.failed) == (4, 0)  # each reply waited for its post
    [first, reply] = slack.delivered
    assert first.to is not None and first.to.platform == SLACK and first.thread is None
    assert reply.thread == Posted(first.to.external_id, "1.0")
    [there, reply_there] = teams.delivered
    assert (there.to, there.thread) == (RAD_IN_TEAMS, None)
    assert (reply_there.to, reply_there.thread) == (RAD_IN_TEAMS, Posted("19:rad@thread", "1.0"))
    assert "kallelse_of" in _row(uow, "post").payload
    [teams_post] = [
        r for r in uow.store.all(OutboxMessage) if r.idempotency_key.startswith("post@")
    ]
    assert "kallelse_of" not in teams_post.payload


def test_without_a_messenger_for_one_of_its_platforms_a_council_post_fails_there_only(
    uow: FakeUnitOfWorkFactory,
) -> None:
    rad = _reached_in_teams_too(uow)
    _queue(uow, Message.in_council(rad, "Kallelse", key="post"))
    teams = FakeMessenger(TEAMS)
    assert Sender(uow, [teams], worker_id="w").drain(NOW) == DrainReport(sent=1, failed=1)
    assert [m.to for m in teams.delivered] == [RAD_IN_TEAMS]
    assert (_row(uow, "post").status, _row(uow, "post").last_error) == (
        OutboxStatus.FAILED,
        "no_slack",
    )


def test_a_rate_limited_delivery_waits_its_retry_after_without_using_an_attempt(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """Teams answers 429 with Retry-After (it took nothing): the message goes again when it
    said, not earlier and not at the sender's own backoff, and the wait costs no attempt."""
    lina = _person_on_teams(uow)
    _queue(uow, Message(lina, "Hej Lina", key="hej"))
    teams = FakeMessenger(TEAMS)
    wait = timedelta(seconds=7)
    teams.refusals.append(DeliveryError("429", permanent=False, retry_after=wait))
    sender = Sender(uow, [teams], worker_id="w")
    assert sender.drain(NOW) == DrainReport(retrying=1)
    row = _row(uow, "hej")
    # (the sender stamps outcomes at the drain's `now` plus the time the drain took)
    second = timedelta(seconds=1)
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 0)
    assert NOW + wait <= row.due_at < NOW + wait + second
    assert sender.drain(NOW + wait - second) == DrainReport()
    assert sender.drain(NOW + wait + second) == DrainReport(sent=1)
    assert [m.text for m in teams.delivered] == ["Hej Lina"]


def test_a_member_teams_cannot_reach_yet_gets_the_message_by_email_meanwhile(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """Lina has not added the app in Teams (it cannot write to her first): the message goes
    to her address as a letter instead, once, at the sender's next pass."""
    lina = _person_on_teams(uow)
    with uow() as work:
        person = work.people.get(lina)
        assert person is not None
        person.email, person.email_verified_at = "lina@example.org", NOW
        work.commit()
    hello = Said((Paragraph(Words("teams.commands", {}, "sv")),))
    _queue(uow, Message(lina, said=hello, key="hej"))
    teams, mail = FakeMessenger(TEAMS), FakeMessenger(EMAIL)
    teams.refusals.append(DeliveryError("not_installed", permanent=True, elsewhere=True))
    sender = Sender(uow, [teams, mail], worker_id="w")
    assert sender.drain(NOW) == DrainReport(sent=1, retrying=1)  # re-addressed, then sent
    assert sender.drain(NOW + timedelta(minutes=1)) == DrainReport()
    [letter] = mail.delivered
    assert letter.mail_to is not None and letter.mail_to.address == "lina@example.org"
    assert teams.delivered == []
    assert (_row(uow, "hej").status, _row(uow, "hej").via) == (OutboxStatus.SENT, EMAIL)


def test_with_no_address_a_member_teams_cannot_reach_is_not_written_to(
    uow: FakeUnitOfWorkFactory,
) -> None:
    lina = _person_on_teams(uow)
    hello = Said((Paragraph(Words("teams.commands", {}, "sv")),))
    _queue(uow, Message(lina, said=hello, key="hej"))
    teams, mail = FakeMessenger(TEAMS), FakeMessenger(EMAIL)
    teams.refusals.append(DeliveryError("not_installed", permanent=True, elsewhere=True))
    sender = Sender(uow, [teams, mail], worker_id="w")
    assert sender.drain(NOW) == DrainReport(failed=1, retrying=1)
    assert mail.delivered == [] and _row(uow, "hej").status == OutboxStatus.FAILED
    assert _row(uow, "hej").last_error == "no_address"
    assert len(uow.store.all(OutboxMessage)) == 1  # nor told how to add the app


def test_a_member_teams_cannot_reach_yet_is_told_once_by_email_how_to_add_the_app(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """Lina has not added the app: each message goes to her by email meanwhile, and the
    letter saying how to add it goes once, in her council's language, however many messages
    Teams could not take; once she has added it, Teams takes them and no email goes."""
    lina = _person_on_teams(uow)
    with uow() as work:
        person = work.people.get(lina)
        assert person is not None
        person.email, person.email_verified_at, person.language = "lina@example.org", NOW, "en"
        work.commit()
    hello = Said((Paragraph(Words("teams.commands", {}, "sv")),))
    _queue(uow, Message(lina, said=hello, key="hej"), Message(lina, said=hello, key="hej2"))
    teams, mail = FakeMessenger(TEAMS), FakeMessenger(EMAIL)

    def not_installed() -> DeliveryError:
        return DeliveryError(
            "not_installed", permanent=True, elsewhere=True, how_to_reach=how_to_add("sv")
        )

    teams.refusals += [not_installed(), not_installed()]
    sender = Sender(uow, [teams, mail], worker_id="w")
    assert sender.drain(NOW) == DrainReport(sent=3, retrying=2)
    _queue(uow, Message(lina, said=hello, key="hej3"))
    teams.refusals.append(not_installed())
    assert sender.drain(NOW + timedelta(minutes=1)) == DrainReport(sent=1, retrying=1)

    told = [m for m in mail.delivered if m.key == f"reach:{TEAMS}:{lina}"]
    assert len(told) == 1 and told[0].said is not None and told[0].said.summary is not None
    assert told[0].said.summary.key == "teams.add_app.subject"
    assert told[0].said.summary.lang == "en"  # hers, not the bot's
    assert sorted(m.key for m in mail.delivered if m not in told) == ["hej", "hej2", "hej3"]
    assert teams.delivered == []

    _queue(uow, Message(lina, said=hello, key="hej4"))  # she has added the app
    assert sender.drain(NOW + timedelta(minutes=2)) == DrainReport(sent=1)
    assert [m.key for m in teams.delivered] == ["hej4"]
    assert len(mail.delivered) == 4
