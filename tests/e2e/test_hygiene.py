"""Request hygiene: forged or stale requests change nothing, sizes are limited, people's words
never ping anyone when echoed, and what people write stays out of the logs."""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy import func, select

from adapters.console.stack import LocalStack
from adapters.slack.mrkdwn import t
from adapters.storage.models import AgendaPoint, Council
from tests.e2e.cast import ANNA, LINA, RAD, SARA, VERA, council_with_members, say


def _count(stack: LocalStack, model: type) -> int:
    with stack.services.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_bad_signature_gets_401_and_changes_nothing(stack: LocalStack) -> None:
    forged = stack.driver.command(SARA, RAD, "/brukarrad", "skapa Falskt råd", signature="v0=00")
    assert forged.status == 401
    assert _count(stack, Council) == 0


def test_a_request_older_than_five_minutes_gets_401_and_changes_nothing(
    stack: LocalStack,
) -> None:
    stale = str(int(time.time()) - 6 * 60)
    replayed = stack.driver.command(SARA, RAD, "/brukarrad", "skapa Gammalt råd", timestamp=stale)
    assert replayed.status == 401
    assert _count(stack, Council) == 0
    fresh = str(int(time.time()) - 4 * 60)  # inside the window: accepted
    assert stack.driver.command(SARA, RAD, "/brukarrad", "skapa Nytt råd", timestamp=fresh).ok
    assert _count(stack, Council) == 1


def test_free_text_is_size_limited_with_a_clear_message(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    answer = say(stack, ANNA, RAD, "/punkt", "x" * 301)
    assert "Texten är för lång (301 tecken)" in answer and "under 300" in answer
    answer = say(stack, ANNA, RAD, "/punkt", "Rubrik: " + "y" * 3001)
    assert "för lång" in answer
    assert "för lång" in say(stack, SARA, RAD, "/brukarrad", "skapa " + "z" * 2100)
    assert _count(stack, AgendaPoint) == 0


def test_echoed_words_never_ping_a_crowd(stack: LocalStack) -> None:
    """@channel, @here and @everyone in someone's words read as words when the bot repeats
    them; a person they mentioned and a link they gave stay what they wrote
    (bot/core/written.py)."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13 i <!here> rummet")
    title = f"<!channel> akut <@{VERA}> <https://evil.example|klicka>"
    receipt = say(stack, ANNA, RAD, "/punkt", title)
    agenda = say(stack, LINA, RAD, "/dagordning")
    listing = say(stack, LINA, RAD, "/mote")
    say(stack, SARA, RAD, "/punkt", "avslå 1 <!everyone> nej")
    notice = stack.slack.messages(stack.slack.dm_channel(ANNA))[-1]["text"]
    for shown in (receipt, agenda, listing, notice):
        for raw in ("<!channel>", "<!here>", "<!everyone>", "&lt;!", "&amp;lt;"):
            assert raw not in shown, (raw, shown)
    assert f"@channel akut <@{VERA}> <https://evil.example|klicka>" in receipt
    assert f"@channel akut <@{VERA}> <https://evil.example|klicka>" in agenda
    assert "@here rummet" in listing
    assert "@everyone nej" in notice


def test_what_people_write_is_not_logged_at_info(
    stack: LocalStack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    secret = "Min diagnos och min medicinering"
    say(stack, ANNA, RAD, "/punkt", f"{secret}: känsligt")
    stack.driver.message(LINA, RAD, f"punkt: {secret} igen")
    say(stack, SARA, RAD, "/punkt", f"avslå 1 {secret}")
    leaked = [
        r
        for r in caplog.records
        if r.levelno >= logging.INFO and ("diagnos" in r.getMessage() or "Anna" in r.getMessage())
    ]
    assert leaked == []


HUGE = "9223372036854775808"  # one past SQLite's largest integer, far past PostgreSQL's
DIGIT = "\U00010a40"  # KHAROSHTHI DIGIT ONE: str.isdigit() says yes, int() says no


@pytest.mark.parametrize(
    ("command", "text", "expected"),
    [
        ("/dagordning", HUGE, f"inget kommande möte med nummer {HUGE}"),
        ("/kallelse", HUGE, f"inget kommande möte med nummer {HUGE}"),
        ("/mote", f"flytta {HUGE} torsdag kl 13", f"inget kommande möte med nummer {HUGE}"),
        ("/narvaro", f"lista {HUGE}", f"inget kommande möte med nummer {HUGE}"),
        ("/punkt", f"återta {HUGE}", f"ingen punkt nummer {HUGE}"),
        ("/protokoll", f"status {HUGE}", f"inget möte nummer {HUGE}"),
        ("/atgard", f"klar {HUGE}", f"ingen åtgärd nummer {HUGE}"),
        ("/dagordning", DIGIT, t("dagordning.usage", "sv")),
        ("/brukarrad", f"stående ta bort {DIGIT}", t("standing.usage", "sv")),
        ("/brukarrad", f"inställningar punkter {DIGIT}", DIGIT),
        ("/brukarrad", f"logg {DIGIT}", "logg"),
        ("/paminnelser", f"rådet punkt {DIGIT}", DIGIT),
        ("/punkt", f"avslå {DIGIT} för sent", DIGIT),
    ],
)
def test_numbers_no_record_can_have_get_the_usual_answer(
    stack: LocalStack, command: str, text: str, expected: str
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    answer = say(stack, SARA, RAD, command, text)
    assert t("error.unexpected", "sv") not in answer
    assert expected in answer, answer


def test_every_way_of_writing_a_meeting_number_shows_the_same_agenda(stack: LocalStack) -> None:
    council_with_members(stack)
    planned = say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    number = planned.split("(nr ")[1].split(")")[0]
    shown = {say(stack, SARA, RAD, "/dagordning", f"{nr}{number}") for nr in ("", "nr ", "nr")}
    assert len(shown) == 1 and "Dagordning" in shown.pop()
