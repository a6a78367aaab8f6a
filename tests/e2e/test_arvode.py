"""/arvode end to end: the council's rules, people's own data, the secretary's summary and CSV
file, one's own basis, and nobody else seeing anyone's basis."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import STARTS, person_id, plan
from tests.e2e.cast import ANNA, LINA, OLLE, RAD, SARA, VERA, council_with_members, say

RULES = "inställningar nivå 1 halvdag 600 heldag 1000 gräns 4 läsning 2 tak 45000"


def held_meeting(stack: LocalStack, clock: ManualClock) -> int:
    """The stormöte 11 March 13–16: Anna read the documents and was there, Lina took part
    remotely and left at 15, Olle was there; the unit (Sara, Vera) too, at work."""
    council_with_members(stack)
    assert "Klart, arvodesreglerna för Brukarrådet Psykiatri Väst är ändrade" in say(
        stack, SARA, RAD, "/arvode", RULES
    )
    say(stack, ANNA, RAD, "/arvode", "mina uppgifter lön 33000 resa 120")
    say(stack, LINA, RAD, "/arvode", "mina uppgifter lön 50000 skift ja resa 80")
    meeting = plan(stack)
    assert "du har läst underlaget till stormöte" in say(stack, ANNA, RAD, "/narvaro", "läst")
    clock.set(STARTS.replace(hour=14))
    stack.driver.command(SARA, RAD, "/narvaro", str(meeting))
    view = stack.slack.open_view(SARA)
    assert view is not None
    anna, lina, olle, sara, vera = (person_id(stack, u) for u in (ANNA, LINA, OLLE, SARA, VERA))
    stack.driver.view_submission(
        SARA,
        view["id"],
        {
            f"presence_{anna}": {"value": "närvarande"},
            f"presence_{lina}": {"value": "på distans"},
            f"left_{lina}": {"value": "15:00"},
            f"presence_{olle}": {"value": "närvarande"},
            f"presence_{sara}": {"value": "närvarande"},
            f"presence_{vera}": {"value": "närvarande"},
        },
    )
    clock.set(datetime(2027, 3, 12, 9, 0, tzinfo=STOCKHOLM))
    return meeting


def test_the_secretary_gets_a_summary_and_a_csv_file_in_private(
    stack: LocalStack, clock: ManualClock
) -> None:
    meeting = held_meeting(stack, clock)
    summary = say(stack, SARA, RAD, "/arvode", "mars 2027")
    assert "*Arvodesunderlag för Brukarrådet Psykiatri Väst, mars 2027*" in summary
    # 3 h + 2 h reading: over 4 h, a full day; 33 000 / 165 = 200 kr/h for 3 h; travel 120.
    assert (
        "• *Anna Andersson* (RSMH Väst): 1 heldag · förlorad arbetsinkomst 3 tim (600 kr) · "
        "resor 120 kr · summa 1\u00a0720 kr"
    ) in summary
    assert "• *Lina Lind* (Attention): 1 halvdag" in summary
    assert "Olle Ordförande" in summary
    assert "Sara" not in summary.split("*\n", 1)[1] and "Vera" not in summary  # at work
    assert "CSV-fil i vårt direktmeddelande" in summary

    [file] = stack.slack.files.values()
    assert file["channels"] == [stack.slack.dm_channel(SARA)]
    assert file["name"] == "arvodesunderlag-mars-2027.csv"
    content: bytes = file["content"]
    assert content.startswith(b"\xef\xbb\xbf")  # so Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    by_name = {row["Namn"]: row for row in rows}
    assert set(by_name) == {"Anna Andersson", "Lina Lind", "Olle Ordförande"}
    anna = by_name["Anna Andersson"]
    assert (anna["Möte"], anna["Datum"], anna["Mötestyp"]) == (
        str(meeting),
        "2027-03-11",
        "Stormöte",
    )
    assert (anna["Förening"], anna["Deltagande"], anna["Från"], anna["Till"]) == (
        "RSMH Väst",
        "på plats",
        "13:00",
        "16:00",
    )
    assert (anna["Mötestimmar"], anna["Inläsningstimmar"], anna["Arvode"], anna["Arvode kr"]) == (
        "3,00",
        "2,00",
        "heldag",
        "1000,00",
    )
    assert (
        anna["Förlorad arbetsinkomst timmar"],
        anna["Timersättning kr"],
        anna["Förlorad arbetsinkomst kr"],
        anna["Resa kr"],
        anna["Summa kr"],
    ) == ("3,00", "200,00", "600,00", "120,00", "1720,00")
    # Lina: remote until 15, 2 h, a half day; her salary is over the cap: 45 000 / 165 an hour,
    # 272,73 kr, and 2 h of that rate 545,46; no journey.
    lina = by_name["Lina Lind"]
    assert (lina["Deltagande"], lina["Till"], lina["Arvode"], lina["Arvode kr"]) == (
        "på distans",
        "15:00",
        "halvdag",
        "600,00",
    )
    assert (lina["Timersättning kr"], lina["Förlorad arbetsinkomst kr"], lina["Resa kr"]) == (
        "272,73",
        "545,46",
        "0,00",
    )
    # Nothing of it in the council's channel.
    assert all("arvode" not in m.get("text", "").lower() for m in stack.slack.messages(RAD))


def test_nobody_but_the_secretary_sees_anyone_elses_basis(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)
    for who in (OLLE, ANNA, VERA):
        refused = say(stack, who, RAD, "/arvode", "mars 2027")
        assert "Det är bara rådets sekreterare som kan se andras arvodesunderlag" in refused, who
        assert "Anna Andersson" not in refused and "Lina" not in refused
    assert stack.slack.files == {}
    own = say(stack, ANNA, RAD, "/arvode", "mitt mars 2027")
    assert "*Ditt arvodesunderlag i Brukarrådet Psykiatri Väst, mars 2027*" in own
    assert "Stormöte torsdag 11 mars 2027 kl. 13.00–16.00: 3 tim möte, 2 tim inläsning" in own
    assert "heldag (1\u00a0000 kr)" in own
    assert "Lina" not in own and "Olle" not in own
    # One's own data is one's own: Anna sees hers, and nothing of Lina's.
    mine = say(stack, ANNA, RAD, "/arvode", "mina uppgifter")
    assert "Lön: 33\u00a0000 kr i månaden från" in mine and "50\u00a0000" not in mine
    assert "Det är bara rådets sekreterare eller ordförande" in say(
        stack, ANNA, RAD, "/arvode", "inställningar heldag 5000"
    )


def test_pay_applies_from_the_day_it_is_told_and_the_secretary_notes_its_certificate(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    told = say(stack, ANNA, RAD, "/arvode", "mina uppgifter timlön 152,50")
    assert "Den nya lönen gäller från i dag" in told
    assert "Lön: 152,50 kr i timmen från" in told and "(intyg saknas)" in told
    assert "bara rådets sekreterare" in say(stack, OLLE, RAD, "/arvode", f"intyg <@{ANNA}|anna>")
    noted = say(stack, SARA, RAD, "/arvode", f"intyg <@{ANNA}|anna>")
    assert "Noterat: du har sett intyget om inkomst för" in noted and f"<@{ANNA}>" in noted
    assert "(intyg sett" in say(stack, ANNA, RAD, "/arvode", "mina uppgifter")
    assert "Skriv `/arvode intyg @namn`" in say(stack, SARA, RAD, "/arvode", "intyg Anna")
    assert "har ingen lön angiven som gäller i dag" in say(
        stack, SARA, RAD, "/arvode", f"intyg <@{LINA}|lina>"
    )


def test_bad_input_gets_an_example_that_works(stack: LocalStack) -> None:
    council_with_members(stack)
    assert (
        "`sexhundra` fungerar inte som belopp för halvdag. Skriv hela kronor utan mellanslag, "
        "till exempel `/arvode inställningar halvdag 600`."
    ) in say(stack, SARA, RAD, "/arvode", "inställningar halvdag sexhundra")
    assert "Nivån ska vara 1, 2 eller 3" in say(stack, SARA, RAD, "/arvode", "inställningar nivå 4")
    assert "Jag känner inte igen inställningen `arvode`" in say(
        stack, SARA, RAD, "/arvode", "inställningar arvode 5"
    )
    assert "Skriv ja eller nej för skift" in say(
        stack, ANNA, RAD, "/arvode", "mina uppgifter skift kanske"
    )
    assert "Jag förstod inte `nästa vecka` som en period" in say(
        stack, SARA, RAD, "/arvode", "nästa vecka"
    )
    assert "Dina uppgifter för arvodet är raderade" not in say(
        stack, ANNA, RAD, "/arvode", "mina uppgifter radera"
    )
    say(stack, ANNA, RAD, "/arvode", "mina uppgifter lön 30000")
    assert "Dina uppgifter för arvodet är raderade" in say(
        stack, ANNA, RAD, "/arvode", "mina uppgifter radera"
    )
    nothing_given = say(stack, ANNA, RAD, "/arvode", "mina uppgifter")
    assert "Lön: inte angiven" in nothing_given
    assert nothing_given.split("\n")[1].endswith("resa per möte: inte angiven")  # no "kr"
