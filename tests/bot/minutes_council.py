"""A council with minutes to write: Sara secretary (the unit), Olle chair, Anna and Lina
members and justerare, Erik ersättare (RSMH), Vera from the unit; a stormöte on Thursday
3 December 2026 13–16 with three points, and the next one on 11 March."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.slack.markup import MinutesWords
from adapters.slack.text import from_slack
from adapters.storage.uow import UnitOfWork
from bot.core.identity import NamedAccount
from bot.core.notices import Notice
from bot.core.vocabulary import Answer, MeetingKind, Role
from bot.core.when import When
from bot.minutes.capture import Captured, Edited, EntryInput
from bot.minutes.render import markdown
from devtools.localslack.composer import as_sent
from tests.conftest import NOW, STOCKHOLM

TEAM, RAD = "T0LOCAL", "C0RAD"
SARA, OLLE, ANNA, LINA, ERIK, VERA = (
    "U0SARA",
    "U0OLLE",
    "U0ANNA",
    "U0LINA",
    "U0ERIK",
    "U0VERA",
)
NAMES = {
    SARA: "Sara Sekreterare",
    OLLE: "Olle Ordförande",
    ANNA: "Anna Andersson",
    LINA: "Lina Lind",
    ERIK: "Erik Ersättare",
    VERA: "Vera Verksamhet",
}
START = datetime(2026, 12, 3, 13, 0, tzinfo=STOCKHOLM)
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)


def typed(text: str) -> str:
    """What the Slack adapter hands on when a person types `text` in Slack (its picks, such as
    `<@U0VERA>`, written in Slack's markup): the stored form (bot/core/written.py)."""
    return from_slack(as_sent(text))


def slack_words(names: Mapping[str, str]) -> MinutesWords:
    """Lines as Slack writes them, each person mentioned named as Slack would: `names`."""
    return MinutesWords(lambda user_id, label: names.get(user_id) or label or user_id)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=STOCKHOLM)


@dataclass
class Council:
    services: Services
    meeting: int

    def where(self, user: str, now: datetime) -> dict[str, Any]:
        return {"who": account(TEAM, user), "where": conversation(TEAM, RAD), "now": now}

    def write(self, *lines: str, user: str = SARA, now: datetime = DURING) -> list[Captured]:
        read = slack_words(NAMES)
        return [
            self.services.minutes.capture.line(
                who=account(TEAM, user),
                where=conversation(TEAM, RAD),
                text=typed(line),
                read=read,
                now=now,
            )
            for line in lines
        ]

    def edit(
        self, item: str, inputs: list[EntryInput], user: str = SARA, now: datetime = AFTER
    ) -> Edited:
        return self.services.minutes.capture.edit(
            who=account(TEAM, user),
            meeting_id=self.meeting,
            item=item,
            inputs=inputs,
            names=NAMES,
            now=now,
        )

    def entry(self, item: str, starts: str) -> str:
        form = self.services.minutes.capture.form(
            who=account(TEAM, SARA), item=item, meeting_id=self.meeting, now=AFTER
        )
        return next(e.id for e in form.entries if e.text.startswith(starts))

    def send(self, now: datetime = AFTER) -> int:
        return self.services.minutes.justering.send(**self.where(SARA, now)).version

    def approve(self, user: str, version: int, now: datetime = AFTER) -> bool:
        return self.services.minutes.justering.approve(
            who=account(TEAM, user), meeting_id=self.meeting, version=version, now=now
        ).locked

    def told(self, notices: Iterable[Notice]) -> dict[str, Notice]:
        """Notices by the Slack user of the person each is addressed to."""
        with self.services.uow() as uow:
            return {self._user(uow, n.person_id): n for n in notices}

    def users(self, people: Iterable[int]) -> list[str]:
        """The Slack users of these people."""
        with self.services.uow() as uow:
            return [self._user(uow, person_id) for person_id in people]

    @staticmethod
    def _user(uow: UnitOfWork, person_id: int) -> str:
        person = uow.people.get(person_id)
        assert person is not None
        return person.chat_account

    def markdown(self, now: datetime = AFTER) -> str:
        draft = self.services.minutes.capture.draft(**self.where(SARA, now))
        return markdown(draft.layout)


def council(services: Services) -> Council:
    councils = services.councils
    councils.create(
        where=conversation(TEAM, RAD), private=False, name="Brukarrådet Psykiatri Väst",
        creator=NamedAccount(SARA, NAMES[SARA]), now=NOW,
    )  # fmt: skip
    for user, role, forening in (
        (OLLE, Role.ORDFORANDE, "RSMH Väst"),
        (ANNA, Role.LEDAMOT, "RSMH Väst"),
        (ANNA, Role.JUSTERARE, "RSMH Väst"),
        (ERIK, Role.ERSATTARE, "RSMH Väst"),
        (LINA, Role.LEDAMOT, "Attention"),
        (LINA, Role.JUSTERARE, "Attention"),
        (VERA, Role.VERKSAMHET, None),
    ):
        councils.add_member(
            who=account(TEAM, SARA),
            where=conversation(TEAM, RAD),
            member=NamedAccount(user, NAMES[user]),
            role=role,
            forening=forening,
            now=NOW,
        )
    meetings = services.meetings
    planned = meetings.plan(
        who=account(TEAM, SARA), where=conversation(TEAM, RAD), kind=MeetingKind.STORMOTE,
        when=When(START, at(3, 16)), place="Stora salen", now=NOW,
    )  # fmt: skip
    meetings.plan(
        who=account(TEAM, SARA), where=conversation(TEAM, RAD), kind=MeetingKind.STORMOTE,
        when=When(datetime(2027, 3, 11, 13, tzinfo=STOCKHOLM)), place=None, now=NOW,
    )  # fmt: skip
    for user, title in (
        (ANNA, "Väntetider till läkare"),
        (LINA, "Mer fika"),
        (VERA, "Nya telefontider"),
    ):
        services.agenda.submit(
            who=account(TEAM, user),
            where=conversation(TEAM, RAD),
            title=title,
            description=None,
            now=NOW,
        )
    attendance = services.attendance
    apology = attendance.answer(
        who=account(TEAM, ANNA), where=conversation(TEAM, RAD), answer=Answer.NOT_COMING, now=NOW
    )
    assert apology.search is not None
    [ask] = apology.search.asks  # Erik goes in Anna's place
    attendance.substitute_answer(
        request_id=ask.request_id, who=account(TEAM, ERIK), accept=True, now=NOW
    )
    attendance.answer(
        who=account(TEAM, VERA), where=conversation(TEAM, RAD), answer=Answer.NOT_COMING, now=NOW
    )
    for user, remote in ((OLLE, False), (LINA, True), (SARA, False), (ERIK, False)):
        attendance.check_in(
            who=account(TEAM, user), where=conversation(TEAM, RAD), remote=remote, now=DURING
        )
    return Council(services, planned.meeting.id)
