"""What people naturally type, and what each must do: one row per real phrasing.

Every row is who types what where, and what they must see: a piece of the bot's answer,
or silence (`SILENT`: ordinary talk between people in the channel). A row may also name the
point it must create. The rows run in order against one stack with one council, so a row
may rely on an earlier one (a point made above, the meeting planned in setup); the whole
table takes a few seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.ids import conversation
from adapters.storage.models import AgendaPoint
from bot.core.clock import ManualClock
from tests.conftest import NOW, STOCKHOLM
from tests.databases import SqliteTemplate
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    KARL,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    local_stack,
    say,
)

SILENT = None
NILS_ = f"<@{NILS}|nils>"
MEETING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)  # the stormöte in setup is under way
BOT = "<@U0BOT>"
SV_HELP = "Det här fungerar"
EN_HELP = "This works"
THANKS = "Tack! Din punkt"


@dataclass(frozen=True)
class Row:
    who: str
    where: str  # "kanal" (the council's channel), "tråd" (a thread in it), "dm", or a channel id
    text: str  # a message, or a slash command with its text
    says: str | None  # a piece of what the bot answers; SILENT: nothing at all
    point: str | None = None  # the title of the point the row must create
    clock: datetime | None = None  # the time from this row on

    def __str__(self) -> str:
        return f"{self.where}:{self.text}"


ROWS = [
    # -- a DM to the bot is always answered ---------------------------------------------
    Row(ANNA, "dm", "hjälp", SV_HELP),
    Row(ANNA, "dm", "Hjälp!", SV_HELP),
    Row(ANNA, "dm", "help", SV_HELP),
    Row(ANNA, "dm", "hej", SV_HELP),
    Row(ANNA, "dm", "Hej! Hur funkar det här?", SV_HELP),
    Row(ANNA, "dm", "hej, jag vill lägga till en punkt", "punkt: Tolk vid besök"),
    Row(ANNA, "dm", "?", SV_HELP),
    Row(ANNA, "dm", "vad händer på nästa möte?", SV_HELP),
    Row(ANNA, "dm", "beslut: vi köper kaffe", SV_HELP),
    Row(ANNA, "dm", "punkt 3", SV_HELP),
    Row(ANNA, "dm", "punkt Tolk vid besök", THANKS, point="Tolk vid besök"),
    Row(
        ANNA, "dm", "punkt: Parkering vid mottagningen", THANKS, point="Parkering vid mottagningen"
    ),
    Row(ANNA, "dm", "Punkt - Hörslinga i stora salen", THANKS, point="Hörslinga i stora salen"),
    Row(ANNA, "dm", "ny punkt: Matsedeln", THANKS, point="Matsedeln"),
    Row(ANNA, "dm", "punkt väntrummets stolar", THANKS, point="väntrummets stolar"),
    Row(NILS, "dm", "hej", SV_HELP),
    Row(NILS, "dm", "punkt: Något", "Jag hittar inget brukarråd som du är med i"),
    Row(KARL, "dm", "hello", EN_HELP),
    Row(KARL, "dm", "help", EN_HELP),
    Row(
        KARL,
        "dm",
        "point: Interpreter at visits",
        "Thank you! Your point",
        point="Interpreter at visits",
    ),
    # -- the council channel: points are understood, talk is left alone --------------------
    Row(LINA, "kanal", "punkt Tolk i receptionen", THANKS, point="Tolk i receptionen"),
    Row(LINA, "kanal", "Punkt - Ramper vid entrén", THANKS, point="Ramper vid entrén"),
    Row(
        LINA,
        "kanal",
        "Punkt – Skyltning till mottagningen",
        THANKS,
        point="Skyltning till mottagningen",
    ),
    Row(LINA, "kanal", "PUNKT: Nattbemanning", THANKS, point="Nattbemanning"),
    Row(LINA, "kanal", "punkt : Telefontider", THANKS, point="Telefontider"),
    Row(VERA, "kanal", "Punkt: Ny enhetschef: presentation", THANKS, point="Ny enhetschef"),
    Row(LINA, "kanal", "punkt för punkt gick vi igenom allt", SILENT),
    Row(LINA, "kanal", "punkt 3 var bra tycker jag", SILENT),
    Row(LINA, "kanal", "punkten om parkering tar vi sen", SILENT),
    Row(ANNA, "kanal", "hej alla, ses på torsdag!", SILENT),
    Row(ANNA, "kanal", "hjälp", SILENT),
    Row(ANNA, "kanal", f"<@{SARA}> kan du ta punkten?", SILENT),
    Row(ANNA, "tråd", "punkt tre känns viktig", SILENT),
    Row(ANNA, "kanal", f"{BOT} hjälp", SV_HELP),
    Row(ANNA, "kanal", f"{BOT} help", SV_HELP),
    Row(ANNA, "kanal", f"{BOT} vad kan du?", SV_HELP),
    Row(
        ANNA,
        "kanal",
        f"{BOT} punkt tillgänglighet på webben",
        THANKS,
        point="tillgänglighet på webben",
    ),
    Row(ANNA, "tråd", f"{BOT} hjälp", SV_HELP),
    Row(ANNA, "tråd", "punkt: Lokalen är för liten", THANKS, point="Lokalen är för liten"),
    Row(KARL, ANNAT, f"{BOT} help", EN_HELP),
    # -- roles, as people name them ----------------------------------------------------------
    Row(
        SARA,
        "kanal",
        f"/brukarrad ledamot {NILS_} verksamhetsföreträdare",
        "är nu verksamhetsföreträdare",
    ),
    Row(SARA, "kanal", f"/brukarrad ledamot {NILS_} enhetschef", "är redan verksamhetsföreträdare"),
    Row(
        SARA, "kanal", f"/brukarrad ledamot {NILS_} Verksamheten", "är redan verksamhetsföreträdare"
    ),
    Row(
        SARA,
        "kanal",
        f"/brukarrad ledamot {NILS_} suppleant RSMH Väst",
        "är nu ersättare för RSMH Väst",
    ),
    Row(SARA, "kanal", f"/brukarrad ledamot {NILS_} justeringsperson RSMH Väst", "är nu justerare"),
    Row(
        SARA, "kanal", f"/brukarrad member {NILS_} member Attention", "är nu ledamot för Attention"
    ),
    Row(
        SARA,
        "kanal",
        f"/brukarrad ledamot {NILS_} föreståndare",
        "Jag känner inte igen rollen `föreståndare`",
    ),
    Row(SARA, "kanal", f"/brukarrad remove {NILS_}", "är inte längre"),
    Row(SARA, "kanal", "/brukarrad show", "Vera Verksamhet"),
    # -- answering the kallelse ----------------------------------------------------------------
    Row(ANNA, "kanal", "/narvaro ja", "Du är anmäld till"),
    Row(ANNA, "kanal", "/narvaro Ja!", "Du är anmäld till"),
    Row(ANNA, "kanal", "/narvaro jag kommer", "Du är anmäld till"),
    Row(ANNA, "kanal", "/narvaro kommer", "Du är anmäld till"),
    Row(ANNA, "kanal", "/narvaro yes", "Du är anmäld till"),
    Row(ANNA, "kanal", "/narvaro ja, jag kommer", "Du är anmäld till"),
    Row(LINA, "kanal", "/narvaro nej", "frånvarande"),
    Row(LINA, "kanal", "/narvaro Nej, jag är sjuk", "frånvarande"),
    Row(LINA, "kanal", "/narvaro no", "frånvarande"),
    Row(LINA, "kanal", "/narvaro kan inte komma", "frånvarande"),
    Row(LINA, "kanal", "/narvaro jag kommer inte", "frånvarande"),
    Row(LINA, "kanal", "/narvaro kommer inte", "frånvarande"),
    Row(LINA, "kanal", "/narvaro har förhinder", "frånvarande"),
    Row(LINA, "kanal", "/narvaro ja", "Du är anmäld till"),
    Row(ANNA, "kanal", "/narvaro read", "har läst underlaget"),
    Row(SARA, "kanal", "/narvaro stats", "Ingen närvaro är registrerad"),
    # -- links as people type them -------------------------------------------------------------
    Row(
        SARA,
        "kanal",
        "/kallelse underlag www.example.org/budget.pdf Budget 2027",
        "*Budget 2027* är underlag",
    ),
    Row(
        SARA,
        "kanal",
        "/kallelse underlag WWW.example.org/plan.pdf",
        "https://WWW.example.org/plan.pdf",
    ),
    Row(
        SARA,
        "kanal",
        "/kallelse handlingar https://example.org/y.pdf Verksamhetsplan",
        "*Verksamhetsplan* är underlag",
    ),
    Row(
        SARA,
        "kanal",
        "/kallelse documents <https://example.org/z.pdf> Statistik",
        "*Statistik* är underlag",
    ),
    Row(SARA, "kanal", "/kallelse underlag example", "underlag"),
    # -- English words for the subcommands -----------------------------------------------------
    Row(SARA, "kanal", "/kallelse purpose Att följa upp väntetider", "ändrat syfte"),
    Row(SARA, "kanal", f"/kallelse led by <@{OLLE}|olle>", "`/kallelse 12 leds av …`"),
    Row(SARA, "kanal", "/kallelse coffee Kaffe och smörgås", "ändrat fika"),
    Row(SARA, "kanal", "/kallelse abbreviations", "inga förkortningar"),
    Row(SARA, "kanal", "/mote list", "Kommande möten"),
    Row(SARA, "kanal", "/mote lista", "Kommande möten"),
    Row(
        SARA,
        "kanal",
        "/mote torsdag 10 december halv två till halv fyra",
        "torsdag 10 december 2026 kl. 13.30–15.30 (nr 2)",
    ),
    Row(SARA, "kanal", "/mote move 2 fredag 11 december kl 13-15", "*Stormöte nr 2 är flyttat*"),
    Row(
        SARA,
        "kanal",
        "/mote cancel 2",
        "*Stormöte nr 2 fredag 11 december 2026 kl. 13.00–15.00 är inställt.*",
    ),
    Row(
        ANNA,
        "kanal",
        "/punkt Väntetider på akuten",
        "Ångra med `/punkt återta",
        point="Väntetider på akuten",
    ),
    Row(ANNA, "kanal", "/punkt withdraw 15", "är nu återtagen"),
    Row(SARA, "kanal", "/punkt done 1", "Skriv vad som hände med punkt 1"),
    Row(SARA, "kanal", "/punkt handled 1 Verksamheten bokar tolk", "är nu behandlad"),
    Row(
        ANNA,
        "kanal",
        "/paminnelser off handlingar",
        "`handlingar` – läsa handlingarna före mötet: *av*",
    ),
    Row(
        ANNA,
        "kanal",
        "/paminnelser on handlingar",
        "`handlingar` – läsa handlingarna före mötet: *på*",
    ),
    Row(ANNA, "kanal", "/paminnelser pause", "Klart, nu är det ändrat"),
    Row(ANNA, "kanal", "/paminnelser resume", "Klart, nu är det ändrat"),
    Row(ANNA, "kanal", "/paminnelser show", "Dina påminnelser"),
    Row(ANNA, "kanal", "/arvode mine", "Dina ersättningsanmälningar"),
    Row(ANNA, "kanal", "/arvode details", "uppgifter"),
    Row(ANNA, "kanal", "/atgard list", "inga öppna åtgärder"),
    Row(ANNA, "kanal", "/minadata show", "Det här har jag sparat om dig"),
    Row(ANNA, "kanal", "/dagordning premeeting", "Inget sådant möte är planerat"),
    Row(VERA, "kanal", "/dagordning premeeting", "bara föreningarnas företrädare"),
    Row(SARA, "kanal", "/protokoll status", "inget möte som har börjat"),
    Row(KARL, ANNAT, "/mote plenary 17 december kl 13", "*Plenary meeting planned:*"),
    # -- times as Swedes say them (working groups: nothing else depends on them) --------------
    Row(SARA, "kanal", "/mote arbetsgrupp torsdag halv två", "torsdag 26 november 2026 kl. 13.30"),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp tisdag kvart över nio",
        "tisdag 24 november 2026 kl. 09.15",
    ),
    Row(SARA, "kanal", "/mote arbetsgrupp tisdag kvart i tre", "tisdag 24 november 2026 kl. 14.45"),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp fredag fem över halv tre",
        "fredag 27 november 2026 kl. 14.35",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp onsdag kl 2 på eftermiddagen",
        "onsdag 25 november 2026 kl. 14.00",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp i vecka 52 tisdag kl 10",
        "tisdag 22 december 2026 kl. 10.00",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp torsdag om en vecka kl 9",
        "torsdag 3 december 2026 kl. 09.00",
    ),
    Row(SARA, "kanal", "/mote arbetsgrupp om två veckor kl 10", "söndag 6 december 2026 kl. 10.00"),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp måndag halv tio till halv tolv",
        "måndag 23 november 2026 kl. 09.30–11.30",
    ),
    Row(SARA, "kanal", "/mote arbetsgrupp fredag klockan tre", "fredag 27 november 2026 kl. 15.00"),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp 8 december kl 13 i Lilla salen",
        "tisdag 8 december 2026 kl. 13.00",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp nästa onsdag kl. 9.30",
        "onsdag 25 november 2026 kl. 09.30",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp v. 50 onsdag 10-12",
        "onsdag 9 december 2026 kl. 10.00–12.00",
    ),
    Row(SARA, "kanal", "/mote arbetsgrupp imorgon kl 13", "måndag 23 november 2026 kl. 13.00"),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp i övermorgon halv fyra",
        "tisdag 24 november 2026 kl. 15.30",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp torsdag den 10 december kvart i ett",
        "torsdag 10 december 2026 kl. 12.45",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp fredag 11/12 tio över nio",
        "fredag 11 december 2026 kl. 09.10",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp onsdag i vecka 51 kl 14-16",
        "onsdag 16 december 2026 kl. 14.00–16.00",
    ),
    Row(SARA, "kanal", "/mote arbetsgrupp onsdag kl halv 2", "onsdag 25 november 2026 kl. 13.30"),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp torsdag halv sju på kvällen",
        "torsdag 26 november 2026 kl. 18.30",
    ),
    Row(
        SARA,
        "kanal",
        "/mote workgroup monday quarter to three",
        "måndag 23 november 2026 kl. 14.45",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp fredag 4 december mellan nio och elva i Lilla salen",
        "fredag 4 december 2026 kl. 09.00–11.00 – Lilla salen",
    ),
    Row(
        SARA,
        "kanal",
        "/mote arbetsgrupp måndag kvart över ett till tre",
        "måndag 23 november 2026 kl. 13.15–15.00",
    ),
    Row(SARA, "kanal", "/mote arbetsgrupp fredag halv 26", "är inget klockslag som finns"),
    Row(SARA, "kanal", "/mote arbetsgrupp torsdag eftermiddag", "Jag förstod inte"),
    # -- the meeting: minutes lines with the owner by name (3 December, 13.05) ----------------
    Row(SARA, "kanal", "/protokoll punkt 1", "Nu: *1.", clock=MEETING),
    Row(
        SARA,
        "kanal",
        "/protokoll åtgärd: Anna ringer kollektivtrafiken senast 10 december",
        "Antecknat",
    ),
    Row(SARA, "kanal", "/protokoll åtgärd: Vera Verksamhet tar fram nya telefontider", "Antecknat"),
    Row(SARA, "kanal", "/protokoll åtgärd: lina, bjuder in till fika", "Antecknat"),
    Row(
        SARA,
        "kanal",
        "/protokoll åtgärd: någon ringer kommunen",
        "nämn hen med @ eller skriv rådsmedlemmens namn",
    ),
    Row(SARA, "kanal", "/protokoll decision: Rådet säger ja", "Antecknat"),
    Row(SARA, "kanal", "/protokoll next item", "Nu: *2."),
    Row(SARA, "kanal", "/protokoll draft", "Anna Andersson"),
]


@pytest.fixture(scope="module")
def stack(
    tmp_path_factory: pytest.TempPathFactory, _sqlite_template: SqliteTemplate
) -> Iterator[LocalStack]:
    """One council in RAD with a stormöte on 3 December; Karl's English council in ANNAT."""
    url = _sqlite_template.fresh(tmp_path_factory.mktemp("phrasings") / "e2e.db")
    with local_stack(url, ManualClock(NOW)) as stack:
        council_with_members(stack)
        say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13-16 i Stora salen")
        say(stack, KARL, ANNAT, "/brukarrad", "skapa Council East")
        with stack.services.uow() as uow:  # a council created by an English-language deployment
            council = uow.directory.council(conversation("T", ANNAT))
            assert council is not None
            council.language = "en"
            uow.commit()
        say(stack, OLLE, RAD, "/brukarrad", "visa")
        yield stack


def _titles(stack: LocalStack) -> list[str]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(AgendaPoint.title).order_by(AgendaPoint.id)))


def _run(stack: LocalStack, row: Row) -> list[str]:
    """What the bot said in answer to the row: its replies, messages and ephemerals."""
    channel = {"kanal": RAD, "tråd": RAD, "dm": stack.slack.dm_channel(row.who)}.get(
        row.where, row.where
    )
    before = len(stack.slack.calls)
    if row.text.startswith("/"):
        command, _, text = row.text.partition(" ")
        delivery = stack.driver.command(row.who, channel, command, text)
        assert delivery.status == 200, delivery
        said = [_texts(r) for r in delivery.responses]
    else:
        thread = None
        if row.where == "tråd":
            thread = stack.driver.message(OLLE, RAD, "Vad tycker ni om nya lokalen?").ts
        delivery = stack.driver.message(row.who, channel, row.text, thread_ts=thread)
        assert delivery.ok, delivery
        said = []
    calls = stack.slack.calls[before:]
    said += [
        _texts(c.args) for c in calls if c.method in ("chat.postMessage", "chat.postEphemeral")
    ]
    return [s for s in said if s]


def _texts(message: Any) -> str:
    """Every text in a message, its blocks' included, one per line."""
    if isinstance(message, str):
        return message
    if isinstance(message, dict):
        return "\n".join(
            _texts(v) for k, v in message.items() if k == "text" or isinstance(v, dict | list)
        ).strip()
    if isinstance(message, list):
        return "\n".join(_texts(v) for v in message).strip()
    return ""


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_phrasing(stack: LocalStack, row: Row) -> None:
    if row.clock is not None:
        stack.clock.set(row.clock)
    points_before = _titles(stack)
    said = _run(stack, row)
    if row.says is SILENT:
        assert said == [], said
    else:
        assert any(row.says in s for s in said), said
    new_points = _titles(stack)[len(points_before) :]
    assert new_points == ([row.point] if row.point else []), new_points


def test_a_file_sent_to_the_bot_gets_the_help_and_an_edit_gets_nothing(stack: LocalStack) -> None:
    dm = stack.slack.dm_channel(ANNA)
    before = len(stack.slack.messages(dm))
    stored = stack.slack.post_user_message(ANNA, dm, "Här är protokollet från i fjol")
    shared = {**stored, "subtype": "file_share", "files": [{"id": "F1", "name": "protokoll.pdf"}]}
    stack.driver.event({**shared, "channel": dm, "channel_type": "im", "event_ts": stored["ts"]})
    edited = {"type": "message", "subtype": "message_changed", "channel": dm, "message": stored}
    stack.driver.event(
        {**edited, "channel_type": "im", "event_ts": stored["ts"], "ts": stored["ts"]}
    )
    answers = [m for m in stack.slack.messages(dm)[before:] if m.get("bot_id")]
    assert [SV_HELP in m["text"] for m in answers] == [True]


def test_the_table_is_long_enough() -> None:
    assert len(ROWS) >= 100
