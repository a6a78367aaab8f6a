"""A mixed council (issue 24): Sara and Olle in Slack, Anna in Teams, Eva by email only.

Sara binds the council's Teams channel with a code from its Slack channel (`/brukarrad
koppla`, then `@Brukarbot brukarrad koppla <kod>` in Teams, which makes that Teams account hers
too), adds Anna there, and the council's cycle runs through the local Slack, the local Teams
(the bot's real token check in the path) and a real SMTP server: the point reminder, the
kallelse, the reminder to answer it, the published minutes and the återkoppling on Anna's point.
Each reaches each person exactly once, on that person's own channel, never on a second one;
the council's posts go to both of its channels once."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage, Person
from adapters.teams.ids import TEAMS
from bot.core.clock import ManualClock
from bot.core.identity import Account, Conversation
from bot.core.outbox import message_id
from bot.core.vocabulary import OutboxStatus
from devtools.localteams.server import LocalTeams
from tests.conftest import STOCKHOLM
from tests.databases import SqliteTemplate
from tests.e2e.attendance_steps import person_id, plan, send_kallelse
from tests.e2e.cast import OLLE, RAD, SARA, say, seed_workspace
from tests.e2e.smtp_inbox import PUBLIC, Inbox, mail_settings
from tests.e2e.test_email_members import CONFIRM_LINK, confirm, text_of

SARA_T, ANNA_T = "29:1sara-" + "x" * 60, "29:1anna-" + "y" * 60  # as long as Teams' ids
CHANNEL = "19:" + "c0ffee42" * 4 + "@thread.tacv2"
TEAM = "19:" + "7ea3" * 8 + "@thread.tacv2"
EVA = "eva@example.org"
MEETING = "stormöte torsdag 3 december kl 13-16 i Stora salen"
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)
CODE = re.compile(r"`(\d+-[0-9a-f]+)`")


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock, inbox: Inbox
) -> Iterator[LocalStack]:
    """The local Slack (the cast seeded), the local Teams and email to `inbox`; at the end
    neither Slack nor Teams was answered with anything but 200 nor sent what it refuses."""
    env = {**mail_settings(inbox), "PUBLIC_URL": PUBLIC}
    stack = LocalStack.start(
        database_url=_sqlite_template.fresh(tmp_path / "mixed.db"), clock=clock, env=env, teams=True
    )
    seed_workspace(stack.slack)
    try:
        yield stack
    finally:
        stack.stop()
    assert stack.driver.refused == [] and stack.slack.refusals == []
    assert stack.teams is not None and stack.teams.refusals == []


def _teams(stack: LocalStack) -> LocalTeams:
    assert stack.teams is not None
    return stack.teams


def _answer(teams: LocalTeams, conversation: str) -> str:
    return str(teams.sent_to(conversation)[-1]["text"])


def _in_teams(stack: LocalStack, user: str, text: str) -> str:
    """`user` writes to the bot in the council's Teams channel; the bot's answer there."""
    teams = _teams(stack)
    assert teams.say(user, teams.channel(CHANNEL, TEAM), text).status == 200
    stack.background.settle()
    return _answer(teams, CHANNEL)


def _add_in_teams(stack: LocalStack, user: str, name: str) -> None:
    """Sara adds `user` in the Teams channel as a member for Attention, by mentioning them."""
    teams = _teams(stack)
    tag = f"<at>{name}</at>"
    mention = {"type": "mention", "text": tag, "mentioned": {"id": user, "name": name}}
    bot = {"id": f"28:{teams.app_id}", "name": "Brukarbot"}
    add = teams.activity(
        "message",
        SARA_T,
        teams.channel(CHANNEL, TEAM),
        text=f"<at>Brukarbot</at> brukarrad ledamot {tag} ledamot Attention",
        entities=[{"type": "mention", "text": "<at>Brukarbot</at>", "mentioned": bot}, mention],
    )
    assert teams.deliver(add).status == 200
    stack.background.settle()


def _mixed_council(stack: LocalStack, inbox: Inbox) -> None:
    """Sara creates the council in Slack with Olle and Eva (by address, confirmed), binds
    the Teams channel and adds Anna there; Anna adds the app and sends a point from her chat."""
    teams = _teams(stack)
    say(stack, SARA, RAD, "/brukarrad", "skapa Brukarrådet Väst")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{OLLE}|olle> ordförande RSMH Väst")
    say(stack, SARA, RAD, "/brukarrad", f'ledamot e-post {EVA} ledamot "RSMH Väst" Eva Ek')
    [link] = CONFIRM_LINK.findall(text_of(inbox.to(EVA)[0]))
    confirm(stack, link)

    given = CODE.search(say(stack, SARA, RAD, "/brukarrad", "koppla"))
    assert given is not None
    teams.add_user(SARA_T, "Sara Sekreterare")
    teams.add_user(ANNA_T, "Anna Andersson")
    assert "Brukarrådet Väst" in _in_teams(stack, SARA_T, f"brukarrad koppla {given.group(1)}")
    _add_in_teams(stack, ANNA_T, "Anna Andersson")
    assert "Anna Andersson" in _answer(teams, CHANNEL)

    plan(stack, MEETING)
    assert teams.install(ANNA_T).status == 200
    stack.background.settle()  # her welcome, sent once she can be written to
    personal = teams.personal(ANNA_T)
    assert teams.say(ANNA_T, personal, "punkt Parkeringen: fler platser för besökare").status == 200
    stack.background.settle()
    assert "Parkeringen" in _answer(teams, personal["id"])


def _cycle(stack: LocalStack, clock: ManualClock) -> None:
    """The point reminder, the kallelse, the reminder to answer it; the minutes with a
    decision on Anna's point, published (no justering), with its återkoppling."""
    stack.tick(datetime(2026, 11, 23, 9, 0, tzinfo=STOCKHOLM))  # the agenda deadline is near
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    stack.tick(clock.now())
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # answer the kallelse
    agenda = say(stack, SARA, RAD, "/dagordning")
    number = re.search(r"(\d+)\.\s+\*?Parkeringen", agenda)
    assert number is not None, agenda
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", f"punkt {number.group(1)}")
    say(stack, SARA, RAD, "/protokoll", "beslut: Verksamheten ordnar fler platser.")
    clock.set(AFTER)
    say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    assert "publicerat" in say(stack, SARA, RAD, "/protokoll", "publicera")
    for minutes in (0, 1, 5):  # a pass repeated sends nothing again
        stack.tick(AFTER + timedelta(minutes=minutes))


def _sent_to(stack: LocalStack, person: int) -> list[OutboxMessage]:
    with stack.services.uow() as uow:
        rows = uow.session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.person_id == person, OutboxMessage.status == OutboxStatus.SENT
            )
        ).all()
        for row in rows:
            uow.session.expunge(row)
        return list(rows)


def _eva(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return uow.session.scalars(select(Person.id).where(Person.email == EVA)).one()


def _anna(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return uow.session.scalars(
            select(Person.id).where(Person.display_name == "Anna Andersson")
        ).one()


def _kinds(rows: list[OutboxMessage]) -> Counter[str]:
    return Counter(row.kind for row in rows)


def test_a_mixed_council_reaches_each_person_once_on_their_own_channel(
    stack: LocalStack, clock: ManualClock, inbox: Inbox
) -> None:
    teams = _teams(stack)
    _mixed_council(stack, inbox)
    _cycle(stack, clock)

    sara, olle, anna, eva = (
        person_id(stack, SARA),
        person_id(stack, OLLE),
        _anna(stack),
        _eva(stack),
    )
    rows = {who: _sent_to(stack, who) for who in (sara, olle, anna, eva)}
    # Each person's messages went by one channel, their own; Sara's Teams account (hers
    # since she bound the channel) never got one: her Slack DM comes first.
    assert {who: {r.via for r in got} for who, got in rows.items()} == {
        sara: {"slack"},
        olle: {"slack"},
        anna: {"teams"},
        eva: {"email"},
    }
    assert teams.sent_to(teams.personal(SARA_T)["id"]) == []
    # Exactly what was sent arrived, each once, where it was sent.
    for user, who in ((SARA, sara), (OLLE, olle)):
        dm = [m["ts"] for m in stack.slack.messages(stack.slack.dm_channel(user))]
        assert sorted(dm) == sorted(r.ref for r in rows[who])
    personal = [a for a in teams.calls if a.conversation == teams.personal(ANNA_T)["id"]]
    replies = [c for c in personal if c.body.get("replyToId")]  # her point's receipt
    assert len(replies) == 1
    assert sorted(c.activity_id for c in personal if c not in replies) == sorted(
        r.ref for r in rows[anna]
    )
    letters = Counter(m["Message-ID"] for m in inbox.to(EVA))
    assert letters == Counter(message_id(r.idempotency_key) for r in rows[eva])

    # Every step of the cycle reached each of them.
    for who in (olle, anna, eva):
        keys = [r.idempotency_key for r in rows[who]]
        for step in ("punkt:", "dm:kallelse:", "svar:"):  # the point reminder, the kallelse…
            assert len([k for k in keys if k.startswith(step)]) == 1, (step, keys)
    assert _kinds(rows[eva])["protokoll"] == 1  # the minutes by email: no channel to see
    notices = [r for r in rows[anna] if "punkt.notice" in json.dumps(r.payload)]
    assert len(notices) == 1  # the återkoppling on her point, in Teams
    assert "Verksamheten ordnar fler platser" in json.dumps(
        teams.sent_to(teams.personal(ANNA_T)["id"]), ensure_ascii=False
    )
    assert [r for r in rows[anna] if r.idempotency_key.startswith("reach:")] == []

    # The council's posts (the meeting, the kallelse, the minutes…) in each of its channels,
    # once; the minutes' archive files, which a bot cannot post in Teams, as their links on
    # the member page there.
    with stack.services.uow() as uow:
        posts = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.person_id.is_(None))
        ).all()
    slack_posts = {p.idempotency_key: p for p in posts if "@c" not in p.idempotency_key}
    teams_posts = {p.idempotency_key.split("@c")[0]: p for p in posts if "@c" in p.idempotency_key}
    assert slack_posts.keys() == teams_posts.keys() and len(slack_posts) >= 3
    files = [k for k, p in slack_posts.items() if "files" in p.payload]
    assert len(files) == 1
    assert {(p.status, p.via, p.conversation) for p in slack_posts.values()} == {
        (OutboxStatus.SENT, "slack", RAD)
    }
    assert {(p.status, p.via, p.conversation) for p in teams_posts.values()} == {
        (OutboxStatus.SENT, "teams", CHANNEL)
    }
    [linked] = [teams.shown(str(teams_posts[k].ref)) for k in files]
    assert f"{PUBLIC}/m/protokoll/" in json.dumps(linked)
    in_rad = Counter(m["ts"] for m in stack.slack.messages(RAD))
    assert all(
        in_rad[p.ref] == 1 for p in slack_posts.values() if p.ref and "files" not in p.payload
    )
    in_channel = Counter(c.activity_id for c in teams.calls if c.conversation == CHANNEL)
    assert all(in_channel[p.ref] == 1 for k, p in teams_posts.items() if k not in files)
    said = json.dumps(teams.sent_to(CHANNEL), ensure_ascii=False)
    assert "Stora salen" in said and "Verksamheten ordnar fler platser" in said


LINA_T = "29:1lina-" + "z" * 60


def test_a_teams_member_without_the_app_gets_email_and_once_how_to_add_it_then_teams(
    stack: LocalStack, clock: ManualClock, inbox: Inbox
) -> None:
    """Lina is added in the Teams channel but has not added the app, so the bot cannot write
    to her there: the point reminder and the kallelse come by email, with one letter saying
    in plain steps how to add the app; once she has, the reminder to answer comes in Teams
    and no more email."""
    teams = _teams(stack)
    _mixed_council(stack, inbox)
    teams.add_user(LINA_T, "Lina Lind")
    _add_in_teams(stack, LINA_T, "Lina Lind")
    sara_t = Account(TEAMS, teams.tenant, SARA_T)
    where = Conversation(TEAMS, teams.tenant, CHANNEL)
    stack.services.kallelse.set_email(  # as an officer sets it for a member (/kallelse e-post)
        who=sara_t, where=where, email="lina@example.org", for_account=LINA_T, now=clock.now()
    )

    stack.tick(datetime(2026, 11, 23, 9, 0, tzinfo=STOCKHOLM))  # the agenda deadline is near
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM))
    send_kallelse(stack, SARA)
    stack.tick(clock.now())
    letters = inbox.to("lina@example.org")
    told = [m for m in letters if m["Subject"] == "Lägg till Brukarbot i Teams"]
    assert len(told) == 1
    steps = text_of(told[0])
    assert "Välj Appar" in steps and "Sök efter Brukarbot" in steps and "Välj Lägg till" in steps
    assert any(m["Subject"].startswith("Kallelse: stormöte") for m in letters)
    assert teams.sent_to(teams.personal(LINA_T)["id"]) == []

    assert teams.install(LINA_T).status == 200
    stack.background.settle()
    before = len(letters)
    stack.tick(datetime(2026, 11, 28, 9, 0, tzinfo=STOCKHOLM))  # answer the kallelse
    assert len(inbox.to("lina@example.org")) == before
    with stack.services.uow() as uow:
        lina = uow.session.scalars(
            select(Person.id).where(Person.display_name == "Lina Lind")
        ).one()
    after = {r.idempotency_key.split(":")[0]: r for r in _sent_to(stack, lina) if r.via == "teams"}
    assert "svar" in after  # the reminder to answer, in her chat with the bot now
    in_chat = {a.activity_id for a in teams.calls if a.conversation == teams.personal(LINA_T)["id"]}
    assert {r.ref for r in after.values()} == in_chat
    before_install = {r.idempotency_key for r in _sent_to(stack, lina) if r.via == "email"}
    assert any(k.startswith("dm:kallelse:") for k in before_install)
    assert f"reach:teams:{lina}" in before_install
