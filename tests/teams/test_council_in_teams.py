"""A council's cycle in Teams, through the local Teams with the bot's real token check in the
path: the secretary creates the council in a channel (`@Brukarbot brukarrad skapa …`) and
adds a member by mentioning them, the member installs the app and sends a point from their
personal chat, the secretary plans the meeting (`mote …`) and sends the kallelse from its
preview card, which reaches the member there once (the council's post in the channel), and
the member answers on the card, which is updated in place."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Attendance, OutboxMessage
from adapters.teams.ids import TEAMS
from bot.core.identity import Account, Conversation
from bot.core.vocabulary import Answer, MeetingKind, OutboxStatus
from bot.core.when import parse_when
from devtools.localteams.server import LocalTeams, buttons
from tests.teams.cast import ANNA, CHANNEL, SARA, TEAM, say
from tests.teams.schema import valid_card


def _answer(teams: LocalTeams, conversation: str) -> str:
    return str(teams.sent_to(conversation)[-1]["text"])


def _council_with_anna(stack: LocalStack, teams: LocalTeams) -> dict:
    """Sara creates the council in a channel and adds Anna by mentioning her; Anna installs
    the app and sends a point from her personal chat. Anna's personal chat."""
    teams.add_user(SARA, "Sara Sekreterare")
    teams.add_user(ANNA, "Anna Andersson")
    channel = teams.channel(CHANNEL, TEAM)

    assert teams.say(SARA, channel, "brukarrad skapa Brukarrådet Väst").status == 200
    stack.background.settle()
    assert "Brukarrådet Väst" in _answer(teams, CHANNEL)
    assert "Sara Sekreterare" in _answer(teams, CHANNEL)

    added = say(stack, teams, SARA, "brukarrad ledamot @Anna Andersson ledamot RSMH", ANNA)
    assert "Anna Andersson" in added

    assert teams.install(ANNA).status == 200
    stack.background.settle()  # her welcome, sent once she can be written to
    personal = teams.personal(ANNA)
    assert teams.say(ANNA, personal, "punkt Parkeringen: fler platser för besökare").status == 200
    stack.background.settle()
    with stack.services.uow() as uow:
        [point] = uow.session.scalars(select(AgendaPoint)).all()
        assert (point.title, point.description) == ("Parkeringen", "fler platser för besökare")
    assert "Parkeringen" in _answer(teams, personal["id"])
    return personal


def _send_kallelse(stack: LocalStack, teams: LocalTeams, *, limited: int | None = None) -> None:
    """Sara plans the meeting by writing `mote …` to the bot in the channel, previews the
    kallelse (`kallelse`: a card with its send button) and presses the button (`limited`:
    Teams answers the next call the sending makes 429, come back in that many seconds)."""
    channel = teams.channel(CHANNEL, TEAM)
    assert teams.say(SARA, channel, "mote stormöte torsdag 17 december kl 13-16 i Stora salen")
    stack.background.settle()
    assert "Stormöte planerat" in _answer(teams, CHANNEL)
    assert teams.say(SARA, channel, "kallelse").status == 200
    stack.background.settle()
    preview = teams.sent_to(CHANNEL)[-1]
    valid_card(preview)
    [preview_id] = [c.activity_id for c in teams.calls if c.body is preview]
    send = buttons(preview)["kallelse_send"]
    if limited is not None:
        teams.rate_limit(limited)
    pressed = teams.press(SARA, channel, str(preview_id), send)
    stack.background.settle()  # what the press owes others, sent after
    assert pressed.status == 200
    assert "Kallelsen till stormöte" in _shown(teams.shown(str(preview_id)))  # the preview, now


def _kallelser(teams: LocalTeams, conversation: str) -> list[dict]:
    """The kallelser sent there (each a card, its summary the kallelse's)."""
    return [a for a in teams.sent_to(conversation) if a.get("summary", "").startswith("Kallelse:")]


def _shown(activity: dict) -> str:
    return json.dumps(activity, ensure_ascii=False)


def test_create_add_a_point_and_the_kallelse_reaches_the_teams_member_once(
    stack: LocalStack, teams: LocalTeams
) -> None:
    personal = _council_with_anna(stack, teams)
    _send_kallelse(stack, teams)
    now = stack.clock.now()
    stack.tick(now)
    stack.tick(now + timedelta(minutes=1))  # a second pass sends nothing again

    [kallelse] = _kallelser(teams, personal["id"])
    assert "Parkeringen" in _shown(kallelse)  # the agenda, with Anna's point
    assert len(_kallelser(teams, CHANNEL)) == 1  # the council's post in its channel
    assert teams.refusals == []


def test_a_429_from_teams_is_waited_out_as_its_retry_after_says(
    stack: LocalStack, teams: LocalTeams
) -> None:
    personal = _council_with_anna(stack, teams)
    now = stack.clock.now()
    _send_kallelse(stack, teams, limited=30)  # its first post is refused: back in 30 seconds
    stack.tick(now)
    with stack.services.uow() as uow:
        [waiting] = [r for r in uow.session.scalars(select(OutboxMessage)) if r.last_error == "429"]
        assert waiting.status == OutboxStatus.PENDING
        assert now + timedelta(seconds=30) <= waiting.due_at < now + timedelta(seconds=31)
    sent = len(teams.calls)
    stack.tick(now + timedelta(seconds=20))
    assert len(teams.calls) == sent  # not before Teams said
    stack.tick(now + timedelta(seconds=31))
    assert len(_kallelser(teams, personal["id"])) == 1
    assert len(_kallelser(teams, CHANNEL)) == 1


def test_lagg_till_som_punkt_makes_a_channel_message_a_point(
    stack: LocalStack, teams: LocalTeams
) -> None:
    """The message extension on a message in the council's channel, as Slack's shortcut:
    Teams is told at once that it is being taken, the message is the point (its first line
    the title), and the receipt reaches the person in their chat with the bot."""
    personal = _council_with_anna(stack, teams)
    written = "<p>Hissen är trasig igen</p><p>Den har stått still i två veckor.</p>"
    invoke = teams.activity(
        "invoke",
        ANNA,
        teams.channel(CHANNEL, TEAM),
        name="composeExtension/fetchTask",
        value={
            "commandId": "add_as_point",
            "commandContext": "message",
            "messagePayload": {
                "id": "1733580000123",
                "body": {"contentType": "html", "content": written},
                "linkToMessage": "https://teams.microsoft.com/l/message/19:rad/1733580000123",
            },
        },
    )
    delivery = teams.deliver(invoke)
    assert delivery.status == 200
    assert "punkt" in json.loads(delivery.answer)["task"]["value"]
    assert teams.deliver(invoke).status == 200  # delivered again: still one point
    stack.background.settle()
    with stack.services.uow() as uow:
        titles = [p.title for p in uow.session.scalars(select(AgendaPoint))]
    assert titles == ["Parkeringen", "Hissen är trasig igen"]
    assert "Hissen" in _answer(teams, personal["id"])


def test_a_working_group_is_set_up_and_staffed_from_teams_in_the_same_words(
    stack: LocalStack, teams: LocalTeams
) -> None:
    """/arbetsgrupp's words in a Teams channel, answered by the same core as Slack's."""
    _council_with_anna(stack, teams)
    now = stack.clock.now()
    where = Conversation(TEAMS, teams.tenant, CHANNEL)
    sara = Account(TEAMS, teams.tenant, SARA)
    when = parse_when("torsdag 3 december kl 13-16", now=now)
    stack.services.meetings.plan(
        who=sara, where=where, kind=MeetingKind.STORMOTE, when=when, place=None, now=now
    )
    stack.clock.set(when.start + timedelta(hours=4))  # the stormöte has decided
    channel = teams.channel(CHANNEL, TEAM)
    create = "arbetsgrupp skapa Tillgänglighet möte 1 till 30 april 2027 mandat Förslag på skyltar"
    assert teams.say(SARA, channel, create).status == 200
    stack.background.settle()
    assert "Klart: arbetsgruppen **Tillgänglighet** (nr 1) är tillsatt." in _answer(teams, CHANNEL)

    added = say(stack, teams, SARA, "arbetsgrupp ledamot 1 @Anna Andersson", ANNA)
    assert "<at>Anna Andersson</at> är med i arbetsgruppen Tillgänglighet (nr 1)" in added  # pinged
    assert teams.say(ANNA, channel, "arbetsgrupp 1").status == 200
    stack.background.settle()
    assert "Ledamot (1): Anna Andersson" in _answer(teams, CHANNEL)


def _card_id(teams: LocalTeams, conversation: str, activity: dict) -> str:
    [found] = [c.activity_id for c in teams.calls if c.kind == "send" and c.body is activity]
    assert found is not None
    return found


def test_the_kallelse_answered_on_its_card_is_updated_in_place(
    stack: LocalStack, teams: LocalTeams
) -> None:
    """Kommer pressed as Action.Execute: the invoke is answered with the card showing the
    answer, and Teams shows that card in place; "jag har läst" sent as a plain submit (a client
    without Universal Actions): the bot updates the card through the Bot Connector. Still one
    kallelse in her chat, and both answers stored."""
    personal = _council_with_anna(stack, teams)
    _send_kallelse(stack, teams)
    stack.tick(stack.clock.now())
    [kallelse] = _kallelser(teams, personal["id"])
    valid_card(kallelse)
    shown = _card_id(teams, personal["id"], kallelse)
    answers = buttons(kallelse)
    assert set(answers) == {
        "kallelse_answer_coming",
        "kallelse_answer_not_coming",
        "kallelse_answer_read",
    }

    pressed = teams.press(ANNA, personal, shown, answers["kallelse_answer_coming"])
    stack.background.settle()  # what the press owes others, sent after
    assert pressed.status == 200
    answer = json.loads(pressed.answer)
    assert (answer["statusCode"], answer["type"]) == (
        200,
        "application/vnd.microsoft.card.adaptive",
    )
    [now_shown] = _kallelser(teams, personal["id"])
    assert "du kommer" in _shown(now_shown)
    valid_card(now_shown)

    assert teams.submit(ANNA, personal, shown, answers["kallelse_answer_read"]).status == 200
    stack.background.settle()
    [update] = [c for c in teams.calls if c.kind == "update"]
    assert (update.conversation, update.activity_id) == (personal["id"], shown)
    [now_shown] = _kallelser(teams, personal["id"])
    assert "du kommer" in _shown(now_shown) and "Du har läst underlaget" in _shown(now_shown)
    valid_card(now_shown)
    with stack.services.uow() as uow:
        [row] = uow.session.scalars(select(Attendance)).all()
        assert row.answer == Answer.COMING and row.read_documents_at is not None
    assert teams.refusals == []


def test_an_update_of_an_activity_teams_does_not_have_is_refused(
    stack: LocalStack, teams: LocalTeams
) -> None:
    """A plain submit naming a card that is not there: Teams answers the bot's update 404,
    which the local Teams records as a refusal (the answer is stored all the same)."""
    personal = _council_with_anna(stack, teams)
    _send_kallelse(stack, teams)
    stack.tick(stack.clock.now())
    [kallelse] = _kallelser(teams, personal["id"])
    coming = buttons(kallelse)["kallelse_answer_coming"]
    assert teams.submit(ANNA, personal, "1699999999999", coming).status == 200
    stack.background.settle()
    assert [status for status, _ in teams.refusals] == [404]
