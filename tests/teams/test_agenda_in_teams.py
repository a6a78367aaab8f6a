"""`dagordning` written to the bot in Teams: the next meeting's agenda with each point and its
status (late, settled with the outcome), the officers' hint, `förmöte` and a meeting's number
read as in Slack; a long agenda in several messages, each a valid card within Teams' limit."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Meeting
from devtools.localteams.server import LocalTeams
from tests.teams.cast import ANNA, LINA, SARA, VERA, answers, council, say, shown, write
from tests.teams.schema import valid_card

MEETING = "torsdag 3 december kl 13-16 i Stora salen"


def _agenda(stack: LocalStack, teams: LocalTeams, user: str, text: str) -> list[dict]:
    """The agenda's messages, each checked as Teams takes it."""
    said = answers(stack, teams, user, text)
    for activity in said:
        valid_card(activity)
    return said


def test_the_agenda_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    assert "Stormöte planerat" in say(stack, teams, SARA, f"mote stormöte {MEETING}")
    for user, point in ((ANNA, "Väntetider till läkare: Många väntar."), (LINA, "Mer fika")):
        assert point[:8] in write(stack, teams, user, f"punkt {point}")
    assert "Parkering" in say(stack, teams, VERA, "punkt Parkering")
    with stack.services.uow() as uow:
        [parking_id] = uow.session.scalars(
            select(AgendaPoint.id).where(AgendaPoint.title == "Parkering")
        ).all()
        [meeting_id] = uow.session.scalars(select(Meeting.id)).all()
    say(stack, teams, SARA, f"punkt avslå {parking_id} Frågan hör till regionen")

    [agenda] = _agenda(stack, teams, ANNA, "dagordning")
    text = shown(agenda)
    assert "Dagordning – stormöte" in text and "Stora salen" in text
    assert f"möte nr {meeting_id}" in text and "Brukarrådet Väst" in text
    assert "Punkter tas emot till och med" in text
    assert "**Väntetider till läkare** (punkt nr" in text
    assert "Anna Andersson, RSMH Väst" in text and "Lina Lind, Attention" in text
    # Settled: the point, its status and the outcome.
    assert "Avgjorda punkter" in text
    assert "**Parkering**" in text and "_avslagen_: Frågan hör till regionen" in text
    assert "punkt <rubrik>" in text and "punkt avslå" not in text
    # The secretary is told how to change the points.
    [managed] = _agenda(stack, teams, SARA, "dagordning")
    assert "punkt avslå <nr> <skäl>" in shown(managed)
    # The same words as Slack: a meeting's number, förmöte, help.
    [by_number] = _agenda(stack, teams, ANNA, f"dagordning {meeting_id}")
    assert "Väntetider till läkare" in shown(by_number)
    assert "Inget sådant möte är planerat" in say(stack, teams, ANNA, "dagordning förmöte")
    assert "/dagordning förmöte" in say(stack, teams, ANNA, "dagordning hjälp")
    assert teams.refusals == []


def test_a_long_agenda_is_several_messages_within_teams_limit(
    stack: LocalStack, teams: LocalTeams
) -> None:
    council(stack, teams)
    say(stack, teams, SARA, f"mote stormöte {MEETING}")
    titles = [f"Punkt {n:03} " + "om tillgänglighet och bemötande " * 8 for n in range(90)]
    for title in titles:
        assert "punkt nr" in write(stack, teams, ANNA, f"punkt {title.strip()}")

    pages = _agenda(stack, teams, ANNA, "dagordning")
    assert len(pages) > 1
    texts = [shown(page) for page in pages]
    assert "Dagordning – stormöte" in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"dagordningen fortsätter (sida {number})" in text
    for number, text in enumerate(texts[:-1], start=2):
        assert f"sida {number} av {len(pages)}" in text
    # Every point once, in order, across the messages.
    joined = "".join(texts)
    found = [joined.index(f"Punkt {n:03} ") for n in range(90)]
    assert found == sorted(found) and all(joined.count(f"Punkt {n:03} ") == 1 for n in range(90))
    assert "punkt <rubrik>" in texts[-1]
    assert teams.refusals == []
