"""A note for one person's eyes where they acted (an ephemeral message) goes through the outbox
like any message: a 429 shows nothing, so it is shown later, once; where Slack will not show it
(the bot not in that channel) it goes to the person's DM, once."""

from __future__ import annotations

from datetime import timedelta

from adapters.runtime.services import Services
from adapters.slack.ids import SLACK, account
from bot.core.identity import Conversation
from bot.core.outbox import Message, queue
from bot.reminders.sender import DrainReport, Sender
from devtools.localslack import LocalSlack
from tests.conftest import NOW
from tests.reminders.conftest import TEAM, delivery_to, people, posted

CHANNEL = "C0RAD"


def _told(services: Services, user: str, text: str, *, known: bool = True) -> str:
    """Queue the note for `user` in CHANNEL, under a message of theirs; its key."""
    with services.uow() as uow:
        person = uow.people.ensure(account(TEAM, user), user.lower(), now=NOW) if known else None
        note = Message.ephemeral(
            account(TEAM, user),
            Conversation(SLACK, TEAM, CHANNEL),
            text,
            person.id if person else None,
            thread_ts="1700000000.000100",
        )
        queue(uow, [note], NOW)
        uow.commit()
        return note.key


def _sender(services: Services, slack: LocalSlack) -> Sender:
    return Sender(services.uow, delivery_to(slack), worker_id="w1")


def test_a_rate_limited_ephemeral_is_shown_later_once(
    services: Services, slack: LocalSlack
) -> None:
    [anna] = people(slack, 1)
    slack.add_channel(CHANNEL, "brukarrad", members=[anna])
    _told(services, anna, "Du kan inte skicka punkter här.")
    slack.faults.add("chat.postEphemeral", "ratelimited", count=1, retry_after=120)
    sender = _sender(services, slack)

    assert sender.drain(NOW) == DrainReport(retrying=1)
    assert slack.ephemerals(channel=CHANNEL) == []
    assert sender.drain(NOW + timedelta(minutes=1)) == DrainReport()  # its Retry-After
    assert sender.drain(NOW + timedelta(minutes=3)) == DrainReport(sent=1)
    assert sender.drain(NOW + timedelta(minutes=4)) == DrainReport()
    [shown] = slack.ephemerals(channel=CHANNEL)
    assert (shown["user"], shown["text"]) == (anna, "Du kan inte skicka punkter här.")
    assert shown["thread_ts"] == "1700000000.000100"
    assert slack.messages(slack.dm_channel(anna)) == []


def test_an_ephemeral_slack_will_not_show_there_goes_to_the_dm_once(
    services: Services, slack: LocalSlack
) -> None:
    [anna, bo] = people(slack, 2)
    slack.add_channel(CHANNEL, "brukarrad", members=[bo])  # Anna is not in it
    key = _told(services, anna, "Din rad är noterad.")
    _told(services, bo, "Bara rådets ledamöter kan skicka punkter.", known=False)
    sender = _sender(services, slack)

    assert sender.drain(NOW) == DrainReport(sent=2)
    assert sender.drain(NOW + timedelta(minutes=5)) == DrainReport()
    assert posted(slack, [anna]) == {key: 1}
    [dm] = slack.messages(slack.dm_channel(anna))
    assert dm["text"] == "Din rad är noterad."
    # Someone the bot does not know yet is still told why, where they wrote.
    [shown] = slack.ephemerals(channel=CHANNEL)
    assert (shown["user"], shown["text"]) == (bo, "Bara rådets ledamöter kan skicka punkter.")
