"""`arvode` written to the bot in Teams: one's own pay data and claims, and the secretary's
summary of everyone's claims; each answered in the writer's personal chat only (a channel is
told so), the summary saying where the file is."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import Person
from bot.fees.claims import Stated
from devtools.localteams.server import LocalTeams
from tests.conftest import STOCKHOLM
from tests.teams.cast import (
    ANNA,
    LINA,
    NAMES,
    PUBLIC,
    SARA,
    browser,
    chat,
    council,
    say,
    shown,
    sign_in,
    write,
)
from tests.teams.schema import valid_card

MEETING = "torsdag 3 december kl 13-16 i Stora salen"
CSV_LINK = re.compile(re.escape(PUBLIC) + r"(/m/arvode/[0-9]+/2026-12\.csv)")
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def env() -> dict[str, str]:
    return {"PUBLIC_URL": PUBLIC}


def _latest(teams: LocalTeams, user: str, words: str) -> str:
    """The last message in `user`'s personal chat that says `words`."""
    [said] = [shown(a) for a in chat(teams, user) if words in shown(a)][-1:]
    return said


def test_ones_own_pay_data_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    saved = write(stack, teams, ANNA, "arvode mina uppgifter lön 33000 skift ja resa 120")
    assert "Dina uppgifter för arvodet" in saved and "33\xa0000" in saved and "120" in saved
    # Asked in the channel: answered in her chat, nothing of it in the channel.
    told = say(stack, teams, ANNA, "arvode mina uppgifter")
    assert "svarat i vår chatt" in told and "33\xa0000" not in told
    assert "33\xa0000" in _latest(teams, ANNA, "Dina uppgifter för arvodet")
    assert "raderade" in write(stack, teams, ANNA, "arvode mina uppgifter radera")
    assert "Rådets arvodesregler" in write(stack, teams, SARA, "arvode inställningar")


def test_claims_mine_and_the_secretarys_summary_in_teams(
    stack: LocalStack, teams: LocalTeams
) -> None:
    council(stack, teams)
    say(stack, teams, SARA, f"mote stormöte {MEETING}")
    write(stack, teams, ANNA, "arvode mina uppgifter lön 33000 resa 120")
    stack.clock.set(DURING)
    for user in (ANNA, LINA):
        assert "incheckad" in say(stack, teams, user, "narvaro incheckning")
    stack.clock.set(AFTER)
    with stack.services.uow() as uow:
        anna = uow.session.scalars(select(Person.id).where(Person.display_name == NAMES[ANNA]))
        anna_id = anna.one()
    [council_id] = stack.services.claims.of_person(person_id=anna_id, now=AFTER)
    stack.services.claims.confirm(
        person_id=anna_id,
        council_id=council_id,
        day=date(2026, 12, 3),
        stated=Stated(travel=12_000),
        now=AFTER,
    )

    assert "svarat i vår chatt" in say(stack, teams, ANNA, "arvode mitt december 2026")
    mine = _latest(teams, ANNA, "december 2026")
    assert "torsdag 3 december 2026" in mine and "kr" in mine

    told = say(stack, teams, SARA, "arvode december 2026")
    assert "svarat i vår chatt" in told and "Anna Andersson" not in told
    [summary] = [a for a in chat(teams, SARA) if "Ersättningsanmälningar" in shown(a)][-1:]
    valid_card(summary)
    text = shown(summary)
    assert "Brukarrådet Väst, december 2026" in text
    assert "Anna Andersson:" in text and "kr (bekräftad" in text
    assert "Lina Lind (torsdag 3 december 2026)" in text  # there, not confirmed yet
    # The file is on the member page, for the secretary once she has signed in.
    [path] = CSV_LINK.findall(text)
    sara, anna = browser(stack), browser(stack)
    assert sara.get(path).status_code == 401  # not signed in: nothing of it
    assert unquote(sign_in(stack, teams, sara, SARA)) == path  # she lands on the file
    got = sara.get(path)
    assert got.status_code == 200 and got.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(got.get_data().decode("utf-8-sig")), delimiter=";"))
    assert [r["Namn"] for r in rows] == ["Anna Andersson"]
    sign_in(stack, teams, anna, ANNA)
    assert anna.get(path).status_code == 404  # a member sees no one's claims
    assert teams.refusals == []
