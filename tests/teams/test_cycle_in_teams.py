"""A council's whole cycle in Teams, every step through the local Teams with the bot's real
token check in the path: created and filled in its channel, a meeting planned, points sent
from personal chats, the kallelse previewed and sent from its card, answered on the card
(an apology, its ersättare asked and saying yes on their own card), reminders at the sweep's
hours, the minutes written by command, drafted, sent for justering and approved on the
justerare's card, published, and each submitter's feedback in their chat. Every card is a
valid Adaptive Card 1.5, and each person gets each message once, in their Teams chat."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import ActionItem, AgendaPoint, Attendance, OutboxMessage, Person
from adapters.teams.listeners import SAID
from bot.core.vocabulary import Answer, OutboxStatus
from devtools.localteams.server import LocalTeams, buttons
from tests.conftest import STOCKHOLM
from tests.teams.cast import (
    ANNA,
    CHANNEL,
    ERIK,
    LINA,
    NAMES,
    OLLE,
    SARA,
    VERA,
    chat,
    council,
    in_channel,
    say,
    shown,
    write,
)
from tests.teams.schema import valid_card

MEETING = "torsdag 3 december kl 13-16 i Stora salen"
SVAR_DAY = datetime(2026, 11, 28, 9, 5, tzinfo=STOCKHOLM)  # five days before: answer
MEETING_DAY = datetime(2026, 12, 3, 8, 5, tzinfo=STOCKHOLM)
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)


def _card(teams: LocalTeams, conversation: str, summary: str) -> tuple[str, dict]:
    """The one card sent to `conversation` whose summary begins with `summary`: its id."""
    [(found, activity)] = [
        (c.activity_id, teams.shown(str(c.activity_id)))
        for c in teams.calls
        if c.kind == "send"
        and c.conversation == conversation
        and str(c.body.get("summary", "")).startswith(summary)
    ]
    assert found is not None and activity is not None
    return found, activity


def _said(teams: LocalTeams, user: str, words: str) -> list[str]:
    return [shown(a) for a in chat(teams, user) if words in shown(a)]


def test_a_whole_cycle_in_teams(stack: LocalStack, teams: LocalTeams) -> None:
    council(stack, teams)
    planned = say(stack, teams, SARA, f"mote stormöte {MEETING}")
    assert "Stormöte planerat" in planned
    assert "Väntetider" in write(stack, teams, ANNA, "punkt Väntetider till läkare: Många väntar.")
    assert "Mer fika" in write(stack, teams, LINA, "punkt Mer fika")
    assert "Parkering" in write(stack, teams, VERA, "punkt Parkering")
    with stack.services.uow() as uow:
        parking = uow.session.scalars(select(AgendaPoint).where(AgendaPoint.title == "Parkering"))
        parking_id = parking.one().id
    refused = say(stack, teams, SARA, f"punkt avslå {parking_id} Frågan hör till regionen")
    assert "Parkering" in refused and "avslagen" in refused
    assert "Frågan hör till regionen" in _said(teams, VERA, "Parkering")[-1]

    # The kallelse: previewed as a card in the channel, sent from its button.
    assert "kallelse" in say(stack, teams, SARA, "kallelse").lower()
    preview_id, preview = _card(teams, CHANNEL, "Förhandsvisning")
    valid_card(preview)
    assert teams.press(SARA, in_channel(teams), preview_id, buttons(preview)["kallelse_send"])
    stack.background.settle()  # what the press owes others, sent after
    assert "Klart! Kallelsen till stormöte" in shown(teams.shown(preview_id))
    assert "kallelse_send" not in buttons(teams.shown(preview_id) or {})
    stack.tick(stack.clock.now())

    members = (OLLE, ANNA, ERIK, LINA, VERA, SARA)
    kallelser = {}
    for user in members:
        personal = teams.personal(user)["id"]
        kallelser[user] = _card(teams, personal, "Kallelse:")
        valid_card(kallelser[user][1])
    assert "Väntetider till läkare" in shown(kallelser[ANNA][1])

    # Anna cannot come (Action.Execute): her card shows it, Erik is asked on a card of his.
    anna_id, anna_card = kallelser[ANNA]
    away = buttons(anna_card)["kallelse_answer_not_coming"]
    assert teams.press(ANNA, teams.personal(ANNA), anna_id, away).status == 200
    stack.background.settle()  # what the press owes others, sent after
    assert "du kan inte komma" in shown(teams.shown(anna_id))
    assert "Erik Ersättare" in _said(teams, ANNA, "frågar ersättarna")[-1]  # beside the card
    ask_id, ask = next(
        (c.activity_id, teams.shown(str(c.activity_id)))
        for c in teams.calls
        if c.kind == "send"
        and c.conversation == teams.personal(ERIK)["id"]
        and "narvaro_substitute_yes" in buttons(c.body)
    )
    valid_card(ask or {})
    # Erik says yes from a client without Universal Actions: the card is updated in place.
    yes = buttons(ask or {})["narvaro_substitute_yes"]
    assert teams.submit(ERIK, teams.personal(ERIK), str(ask_id), yes).status == 200
    stack.background.settle()
    assert "narvaro_substitute_yes" not in buttons(teams.shown(str(ask_id)) or {})
    assert [c.kind for c in teams.calls if c.activity_id == ask_id] == ["send", "update"]
    assert _said(teams, ANNA, "Erik Ersättare")  # Anna hears who goes instead
    # Lina is coming.
    lina_id, lina_card = kallelser[LINA]
    coming = buttons(lina_card)["kallelse_answer_coming"]
    assert teams.press(LINA, teams.personal(LINA), lina_id, coming).status == 200
    stack.background.settle()  # what the press owes others, sent after

    # Reminders at their hours, once however often the sweep runs.
    for at in (SVAR_DAY, SVAR_DAY + timedelta(minutes=5), MEETING_DAY, MEETING_DAY):
        stack.tick(at)
    assert len(_said(teams, OLLE, "Kommer du på mötet")) == 1  # he has not answered
    assert not _said(teams, LINA, "Kommer du på mötet")  # she has
    assert len(_said(teams, LINA, "I dag är det")) == 1

    # The minutes, written to the bot during the meeting.
    stack.clock.set(DURING)
    assert "igång" in say(stack, teams, SARA, "protokoll start")
    assert "Väntetider" in say(stack, teams, SARA, "protokoll punkt 5")
    say(stack, teams, SARA, "protokoll beslut: Rådet ber verksamheten redovisa väntetiderna.")
    action = "protokoll åtgärd: @Vera Verksamhet Ta fram statistik över väntetider senast 1 mars"
    assert "Åtgärd" in say(stack, teams, SARA, action, VERA)
    assert "incheckad" in say(stack, teams, LINA, "narvaro incheckning")
    say(stack, teams, SARA, "protokoll nästa punkt")
    say(stack, teams, SARA, "protokoll avslag: Det finns ingen budget för fika i år.")
    stack.clock.set(AFTER)
    draft = say(stack, teams, SARA, "protokoll utkast")
    assert "redovisa väntetiderna" in draft
    valid_card(teams.sent_to(CHANNEL)[-1])
    assert "version 1" in say(stack, teams, SARA, "protokoll justera")

    # Lina approves on her card (Action.Execute).
    request_id, request = _card(teams, teams.personal(LINA)["id"], "Protokoll")
    valid_card(request)
    approve = buttons(request)["minutes_approve"]
    assert teams.press(LINA, teams.personal(LINA), request_id, approve).status == 200
    stack.background.settle()  # what the press owes others, sent after
    assert "minutes_approve" not in buttons(teams.shown(request_id) or {})
    assert _said(teams, SARA, "Alla justerare har godkänt")

    # Published in the channel; each submitter's feedback in their chat.
    published = say(stack, teams, SARA, "protokoll publicera")
    assert "publicerat i kanalen" in published
    _, minutes = _card(teams, CHANNEL, "Protokoll:")
    valid_card(minutes)
    assert "redovisa väntetiderna" in shown(minutes)
    [anna_told] = _said(teams, ANNA, "Väntetider till läkare")[-1:]
    assert "redovisa väntetiderna" in anna_told
    assert "Skälet: Det finns ingen budget för fika i år." in _said(teams, LINA, "Mer fika")[-1]

    # The action item followed up, and closed by its owner.
    listed = say(stack, teams, ANNA, "atgard")
    assert "Ta fram statistik över väntetider" in listed and "Vera Verksamhet" in listed
    with stack.services.uow() as uow:
        [item] = uow.session.scalars(select(ActionItem)).all()
    closed = say(stack, teams, VERA, f"atgard klar {item.id} Statistiken finns på intranätet")
    assert "är avslutad" in closed

    # The evaluation after the meeting, answered on its card: the thanks as Teams' line.
    stack.tick(AFTER + timedelta(hours=1))
    evaluation_id, evaluation = _card(teams, teams.personal(LINA)["id"], "Hur var")
    valid_card(evaluation)
    good = buttons(evaluation)["evaluation_answer_1"]
    pressed = teams.press(LINA, teams.personal(LINA), evaluation_id, good)
    stack.background.settle()  # what the press owes others, sent after
    thanks = json.loads(pressed.answer)
    assert (thanks["type"], thanks["value"]) == (SAID, "Tack! Ditt svar är räknat, utan ditt namn.")

    # Each person got each message once, in their Teams chat, nothing refused, nothing left.
    for user in members:
        sent = [shown(a) for a in chat(teams, user)]
        assert not [m for m, n in Counter(sent).items() if n > 1], NAMES[user]
        for activity in chat(teams, user):
            if activity.get("attachments"):
                valid_card(activity)
    assert teams.refusals == []
    with stack.services.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage)).all()
        due = [r for r in rows if not r.idempotency_key.startswith("onboarding:")]  # later
        left = [(r.idempotency_key, r.last_error) for r in due if r.status != OutboxStatus.SENT]
        # Teams takes no file from a bot in a channel: the archive files are the one thing left.
        assert left == [("post:protokoll:files:m1:v1", "files_not_supported")]
        answers = {
            uow.session.get(Person, a.person_id).display_name: a.answer  # type: ignore[union-attr]
            for a in uow.session.scalars(select(Attendance))
        }
    assert answers["Anna Andersson"] == Answer.NOT_COMING
    assert answers["Lina Lind"] == Answer.COMING
