"""The console in-process: a script typed into the real bot through the local Slack."""

from __future__ import annotations

import copy
import io
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient
from sqlalchemy import select

from adapters.console import demo
from adapters.console.chat import Console
from adapters.console.stack import LocalStack
from adapters.console.state import StateFile
from adapters.console.terminal import Terminal
from adapters.storage.models import AgendaPoint
from bot.core.clock import ManualClock
from devtools.localslack.driver import Delivery
from tests.conftest import NOW

STOCKHOLM = ZoneInfo("Europe/Stockholm")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def stack(sqlite_url: str) -> Iterator[LocalStack]:
    stack = LocalStack.start(database_url=sqlite_url, clock=ManualClock(NOW))
    yield stack
    stack.stop()


def chat(stack: LocalStack, *lines: str, lang: str = "sv", state: StateFile | None = None) -> str:
    out = io.StringIO()
    terminal = Terminal(io.StringIO("".join(f"{line}\n" for line in lines)), out, interactive=False)
    console = Console(stack, terminal, lang=lang, zone=STOCKHOLM, database="test.db", state=state)
    assert console.run() == 0
    return out.getvalue()


def after(transcript: str, typed: str, nth: int = 1) -> str:
    """What the console printed after the ``nth`` line ``typed`` (up to the next prompt)."""
    rest = transcript.split(f"]> {typed}\n", nth)[nth]
    return re.split(r"^\[[^\]\n]*\]> ", rest, maxsplit=1, flags=re.MULTILINE)[0]


def _web(stack: LocalStack) -> WebClient:
    return WebClient(token=stack.slack.bot_token, base_url=stack.slack.api_url)


def _plain(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


def test_a_point_through_the_punkt_form_and_the_secretary_uses_its_menu(
    stack: LocalStack,
) -> None:
    out = chat(
        stack,
        "/mote stormöte torsdag 10 december kl 13-16 i Stora salen",
        ":som anna",
        "/punkt",
        "Parkering vid mottagningen",
        *[""] * 6,  # Enter through the optional fields; spare ones are empty lines at the prompt
        ":som sara",
        "/dagordning",
        ":tryck 1",
        "flytta upp",
        ":avsluta",
    )
    assert "[Anna Andersson @ #brukarrad-demo]> /punkt\n" in out
    assert "Ett formulär öppnades" in after(out, "/punkt")
    assert "  Parkering vid mottagningen" not in after(out, "/punkt")  # answers are echoed once
    agenda = after(out, "/dagordning")
    assert "Parkering vid mottagningen" in agenda
    assert "[1] " in agenda
    pressed = after(out, ":tryck 1")
    assert "(ändrat):" in pressed
    assert "gick inte fram" not in out


def test_a_modal_is_a_form_and_the_bots_errors_are_asked_again(
    stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = [
        {"text": _plain("Stormöte"), "value": "storm"},
        {"text": _plain("Förmöte"), "value": "for"},
    ]
    view = {
        "type": "modal",
        "callback_id": "sandbox-test",
        "title": _plain("Testformulär"),
        "submit": _plain("Skicka"),
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": "Hej <@U0SARA>!"}},
            {
                "type": "input",
                "block_id": "title",
                "label": _plain("Rubrik"),
                "element": {"type": "plain_text_input", "action_id": "t"},
            },
            {
                "type": "input",
                "block_id": "kind",
                "label": _plain("Typ"),
                "element": {
                    "type": "static_select",
                    "action_id": "k",
                    "options": options,
                    "initial_option": options[0],
                },
            },
            {
                "type": "input",
                "block_id": "day",
                "optional": True,
                "label": _plain("Dag"),
                "element": {"type": "datepicker", "action_id": "d"},
            },
            {
                "type": "input",
                "block_id": "who",
                "label": _plain("Vilka"),
                "element": {"type": "multi_users_select", "action_id": "w"},
            },
        ],
    }
    trigger = stack.slack.issue_trigger(demo.SARA.user_id)
    view_id = _web(stack).views_open(trigger_id=trigger, view=view)["view"]["id"]
    submitted: list[dict[str, Any]] = []
    real_submission = stack.driver.view_submission

    def bot_wants_a_longer_title(user_id: str, view_id: str, values: Any = None) -> Delivery:
        submitted.append(copy.deepcopy(values))  # the console fills on in the same dict
        if len(submitted) == 1:
            errors = {"response_action": "errors", "errors": {"title": "Rubriken är för kort."}}
            return Delivery(200, errors, {}, [], stack.slack)
        return real_submission(user_id, view_id, values)

    monkeypatch.setattr(stack.driver, "view_submission", bot_wants_a_longer_title)
    out = chat(
        stack,
        ":kanal nytt",  # any act shows what is new, here the modal
        "",  # required: asked again
        "Kort",
        "",  # keeps the initial option
        "31/12",  # not a date: asked again
        "2026-12-31",
        "anna, olle",
        "En längre rubrik",
        ":avsluta",
    )
    form = after(out, ":kanal nytt")
    assert "Ett formulär öppnades: Testformulär" in form
    assert "Hej @Sara Sekreterare!" in form
    assert "Det här fältet måste fyllas i." in form
    assert "  Typ [Stormöte]: " in form and "      2) Förmöte" in form
    assert "Skriv datumet som ÅÅÅÅ-MM-DD" in form
    assert "Boten ber dig rätta:\n  Rubrik: Rubriken är för kort." in form
    assert submitted == [
        {
            "title": {"t": "Kort"},
            "day": {"d": "2026-12-31"},
            "who": {"w": [demo.ANNA.user_id, demo.OLLE.user_id]},
        },
        {
            "title": {"t": "En längre rubrik"},
            "day": {"d": "2026-12-31"},
            "who": {"w": [demo.ANNA.user_id, demo.OLLE.user_id]},
        },
    ]
    # No listener for this modal in the bot: Slack would say so, and the form is closed.
    assert "”Testformulär” gick inte fram: boten svarade HTTP 404." in form
    state = stack.slack.views[view_id]
    assert state["closed"]
    assert state["state"]["values"]["kind"]["k"]["selected_option"]["value"] == "storm"


def test_what_a_tick_posts_shows_with_numbered_buttons_and_confirms_come_first(
    stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm = {
        "title": _plain("Säker?"),
        "text": _plain("Punkten tas bort."),
        "confirm": _plain("Ta bort"),
        "deny": _plain("Behåll"),
    }
    buttons = [
        {"type": "button", "action_id": "keep", "text": _plain("Behåll")},
        {"type": "button", "action_id": "drop", "text": _plain("Ta bort"), "confirm": confirm},
    ]
    real_tick = stack.tick

    def tick_posting_a_question(now: datetime) -> None:  # as a scheduler pass might
        real_tick(now)
        _web(stack).chat_postMessage(
            channel=demo.NEW_CHANNEL.channel_id,
            text="Vad gör vi med punkten?",
            blocks=[{"type": "actions", "elements": buttons}],
        )

    monkeypatch.setattr(stack, "tick", tick_posting_a_question)
    out = chat(
        stack,
        ":som lina",
        ":kanal nytt",
        ":klocka +1h",
        ":tryck 2",
        "n",
        ":tryck 1",
        ":tryck 9",
        ":avsluta",
    )
    shown = after(out, ":klocka +1h")
    assert "brukarbot i #nytt-rad:" in shown
    assert "[1] Behåll  [2] Ta bort" in shown
    # Denied: nothing is sent, so the bot (which has no listener for these) says nothing.
    assert after(out, ":tryck 2") == "Säker?: Punkten tas bort. (j = Ta bort, n = Behåll) n\n"
    assert "Skriv numret på en knapp, 1–2" in after(out, ":tryck 9")
    # Pressed: the click reaches the bot, which has no listener for it: acknowledged, nothing
    # else (no warning, as Slack would show for anything but a 200).
    assert after(out, ":tryck 1") == ""


def test_meta_commands_switch_person_and_place_move_the_clock_and_explain_mistakes(
    stack: LocalStack,
) -> None:
    out = chat(
        stack,
        ":som",
        ":som ol",
        ":som x",
        ":kanal dm",
        ":klocka +2d",
        ":klocka +3h",
        ":klocka 2020-01-01T10:00",
        ":klocka när som helst",
        ":klocka 2026-12-01T09:00",
        ":klocka",
        ":hoppsan",
        ":vem",
    )  # the script ends without :avsluta: end of input quits too
    assert "Demorådet *Brukarrådet Psykiatri Väst* är skapat i #brukarrad-demo" in out
    assert "→ Sara Sekreterare (@sara) – sekreterare, från verksamheten" in after(out, ":som")
    assert "Du är Olle Ordförande (U0OLLE)" in after(out, ":som ol")
    assert "Ingen i sandlådan heter ”x”" in after(out, ":som x")
    assert "[Olle Ordförande @ DM med boten]> :klocka +2d" in out
    assert "tisdag 24 november 2026 kl. 10.00" in after(out, ":klocka +2d")
    assert "tisdag 24 november 2026 kl. 13.00" in after(out, ":klocka +3h")
    assert "bara framåt" in after(out, ":klocka 2020-01-01T10:00")
    assert "Skriv till exempel `:klocka +2d`" in after(out, ":klocka när som helst")
    assert stack.clock.now() == NOW.replace(month=12, day=1, hour=9)
    assert "tisdag 1 december 2026 kl. 09.00" in after(out, ":klocka")
    assert "Jag känner inte igen `:hoppsan`. Skriv `:hjälp`" in after(out, ":hoppsan")
    assert out.rstrip().endswith("Hej då! Det du gjort finns kvar i test.db.")
    # A second start finds the council in the database and does not make it again.
    again = chat(stack, ":who", lang="en")
    assert "The demo council *Brukarrådet Psykiatri Väst* is already in the database" in again
    assert "You are Sara Sekreterare (U0SARA) in #brukarrad-demo" in after(again, ":who")
    assert stack.clock.now() - NOW == timedelta(days=8, hours=23)


def test_dm_shows_every_direct_message_and_thread_reply_again(stack: LocalStack) -> None:
    dm = stack.slack.dm_channel(demo.SARA.user_id)
    web = _web(stack)
    first = web.chat_postMessage(channel=dm, text="Hej Sara, här är ditt underlag.")["ts"]
    web.chat_postMessage(channel=dm, thread_ts=first, text="Och en rad till i tråden.")
    out = chat(stack, ":dm", ":dm", ":avsluta")
    for shown in (after(out, ":dm"), after(out, ":dm", 2)):
        assert "brukarbot till dig (DM med boten):\n    Hej Sara, här är ditt underlag." in shown
        assert "Och en rad till i tråden." in shown
    assert "Det gick inte" not in out


def test_files_the_bot_sends_are_named_and_saved_with_fil(
    stack: LocalStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = chat(
        stack,
        "/mote stormöte måndag 23 november kl 10-12",
        ":klocka 2026-11-23T10:05",
        ":som anna",
        "/narvaro incheckning",
        ":som sara",
        "/protokoll punkt 1",
        "/protokoll beslut: Mötet öppnas.",
        "/protokoll utkast",
        "/arvode november",
        "/minadata export",
        ":fil",
        ":fil 3",
        ":fil 3",
        ":som olle",
        ":fil 3",
        ":file",
        ":avsluta",
    )
    draft = after(out, "/protokoll utkast")
    assert re.search(r"📎 protokoll-[\w-]+\.docx \(DOCX, \d+,\d kB\) – spara med `:fil 1`", draft)
    markdown = r"📎 protokoll-[\w-]+\.md \(MD, [\d,]+ (kB|byte)\) – spara med `:fil 2`"
    assert re.search(markdown, draft)
    # No claim confirmed yet: the claims, and no file (the CSV comes with confirmed claims).
    assert "Inga bekräftade anmälningar för november 2026 ännu." in after(out, "/arvode november")
    assert "📎 minadata.json (JSON, " in after(out, "/minadata export")
    assert after(out, ":fil").count("📎") == 3
    saved = tmp_path / "minadata.json"
    assert f"Fil 3, minadata.json, är sparad som {saved}." in after(out, ":fil 3")
    assert json.loads(saved.read_text(encoding="utf-8"))
    # Saved again: a second copy beside the first, never over it.
    assert "minadata (2).json" in after(out, ":fil 3", 2)
    assert (tmp_path / "minadata (2).json").read_bytes() == saved.read_bytes()
    # Olle never got Sara's DMs, so her files are not his to save.
    assert "Du har ingen fil nr 3." in after(out, ":fil 3", 3)
    assert "The bot has not" not in out and "Du har inte fått några filer" in after(out, ":file")


def test_minutes_lines_in_the_kallelse_thread_and_the_point_shortcut_on_a_message(
    stack: LocalStack,
) -> None:
    out = chat(
        stack,
        "/mote stormöte torsdag 26 november kl 10-12",
        "/kallelse",
        ":tryck 1",
        "j",
        ":klocka 2026-11-26T10:05",
        ":tråd",
        ":tråd 3",
        "punkt 1",
        "beslut: Vi bjuder in regionen.",
        ":som anna",
        "Bra beslut!",
        ":thread",
        "Vi behöver en ny ramp vid entrén",
        ":genväg 9",
        ":shortcut m4",
        ":som sara",
        ":tråd 3",
        "/protokoll utkast",  # a command in a thread goes to the channel, as in Slack
        ":kanal nytt",
        ":avsluta",
    )
    assert "Skriv `:tråd <nummer>`" in after(out, ":tråd")
    opened = after(out, ":tråd 3")
    assert "m3 · brukarbot i #brukarrad-demo:" in opened and "Kallelse till stormöte" in opened
    assert "Tråden under m3 är öppen" in opened
    assert "[Sara Sekreterare @ #brukarrad-demo › tråd m3]> punkt 1\n" in out
    assert "brukarbot i tråden under m3 i #brukarrad-demo:" in after(out, "punkt 1")
    assert "[Anna Andersson @ #brukarrad-demo › tråd m3]> Bra beslut!\n" in out
    assert "[Anna Andersson @ #brukarrad-demo]> Vi behöver en ny ramp vid entrén\n" in out
    assert "(ditt meddelande är m4)" in after(out, "Vi behöver en ny ramp vid entrén")
    assert "ditt meddelande" not in after(out, "Bra beslut!")  # replies have no number
    assert "Det finns inget meddelande m9 i #brukarrad-demo" in after(out, ":genväg 9")
    assert "Din punkt *Vi behöver en ny ramp vid entrén*" in after(out, ":shortcut m4")
    # Opened again: the whole thread, the replies of others under the message they answer.
    again = after(out, ":tråd 3", 2)
    assert "Anna Andersson i tråden under m3 i #brukarrad-demo:\n    Bra beslut!" in again
    assert "• Beslut: Vi bjuder in regionen." in after(out, "/protokoll utkast")
    assert "[Sara Sekreterare @ #nytt-rad]> :avsluta" in out  # :kanal left the thread
    kallelse = stack.slack.messages(demo.DEMO_CHANNEL.channel_id)[2]
    thread = stack.slack.messages(demo.DEMO_CHANNEL.channel_id, thread_ts=kallelse["ts"])
    replies = [(m["user"], m["text"]) for m in thread if "bot_id" not in m]
    assert replies == [
        (demo.SARA.user_id, "punkt 1"),
        (demo.SARA.user_id, "beslut: Vi bjuder in regionen."),
        (demo.ANNA.user_id, "Bra beslut!"),
    ]
    with stack.services.uow() as uow:
        titles = [p.title for p in uow.session.scalars(select(AgendaPoint))]
    assert "Vi behöver en ny ramp vid entrén" in titles


SANDBOX_WORDS = {
    "sv": (":fil", ":tråd", ":genväg", ":spara"),
    "en": (":file", ":thread", ":shortcut", ":save"),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_help_and_the_readme_name_every_sandbox_command(stack: LocalStack, lang: str) -> None:
    out = chat(stack, ":hjälp", ":spara", lang=lang)
    shown = after(out, ":hjälp")
    assert "sqlite:///brukarbot.db" in after(out, ":spara")  # no state file: it says how
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The sandbox", 1)[1].split("\n## ", 1)[0]
    own, other = SANDBOX_WORDS[lang], SANDBOX_WORDS["en" if lang == "sv" else "sv"]
    for word in own:
        assert f"`{word}" in shown, word
        assert f"`{word}" in table, word
    for word in other:  # the other language's names are listed as aliases
        assert f"{word}," in shown or f"{word}." in shown, word


def test_a_restart_on_the_same_database_keeps_the_clock_the_messages_and_the_files(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state = StateFile.beside(sqlite_url, tmp_path)
    assert state is not None and state.path == tmp_path / "test.db.sandbox.json"
    first = LocalStack.start(database_url=sqlite_url, clock=ManualClock(NOW))
    try:
        out = chat(
            first,
            "/mote stormöte torsdag 26 november kl 10-12",
            "/kallelse",
            ":tryck 1",
            "j",
            ":klocka 2026-11-24T09:00",
            "/minadata export",
            ":kanal nytt",
            ":spara",
            state=state,
        )
    finally:
        first.stop()
    saved = after(out, ":spara")
    assert f"Sparat i {state.path}: klockan (tisdag 24 november 2026 kl. 09.00)" in saved
    # Started again a month of wall-clock time later, on the same database file.
    second = LocalStack.start(database_url=sqlite_url, clock=ManualClock(NOW + timedelta(days=30)))
    try:
        again = chat(
            second,
            ":klocka",
            ":kanal brukarrad-demo",
            ":tråd 3",
            ":dm",
            ":fil 1",
            ":som anna",
            ":dm",
            ":tryck 1",
            ":avsluta",
            state=state,
        )
    finally:
        second.stop()
    assert "Sandlådan fortsätter där du slutade" in again
    assert "[Sara Sekreterare @ #nytt-rad]> :klocka\n" in again
    assert "Klockan är tisdag 24 november 2026 kl. 09.00." in after(again, ":klocka")
    assert "Kallelse till stormöte" in after(again, ":tråd 3")
    assert "📎 minadata.json (JSON, " in after(again, ":dm")
    assert json.loads((tmp_path / "minadata.json").read_text(encoding="utf-8"))
    # The bot's buttons on a message from before the restart still work.
    assert "*Ditt svar:* du kommer." in after(again, ":tryck 1")
    assert "Det gick inte" not in again


def test_messages_written_after_a_restart_are_read_like_those_before_it(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot's inbox remembers the event ids it has taken in, so a second start must not
    hand out the first start's ids again."""
    monkeypatch.chdir(tmp_path)
    state = StateFile.beside(sqlite_url, tmp_path)
    for title in ("Fika på mötena", "Tolk vid besök"):
        stack = LocalStack.start(database_url=sqlite_url, clock=ManualClock(NOW))
        try:
            out = chat(stack, f"punkt: {title}", ":hem", ":avsluta", state=state)
            with stack.services.uow() as uow:
                titles = [p.title for p in uow.session.scalars(select(AgendaPoint))]
        finally:
            stack.stop()
        assert f"Din punkt *{title}*" in after(out, f"punkt: {title}")
        assert "*Brukarrådet Psykiatri Väst*" in after(out, ":hem")
    assert titles == ["Fika på mötena", "Tolk vid besök"]
