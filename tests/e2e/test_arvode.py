"""/arvode end to end: the council's rules and terms, people's own data, the secretary's summary
of the claims and CSV file, one's own claims, and nobody else seeing anyone's."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from bot.fees.claims import Stated
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import STARTS, person_id, plan
from tests.e2e.cast import ANNA, LINA, OLLE, RAD, SARA, VERA, council_with_members, say

RULES = "inställningar nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000"


def held_meeting(stack: LocalStack, clock: ManualClock) -> int:
    """The stormöte 11 March 13–16: Anna was there, Lina took part remotely and left at 15,
    Olle was there; the unit (Sara, Vera) too, at work."""
    council_with_members(stack)
    assert "Klart, arvodesreglerna för Brukarrådet Psykiatri Väst är ändrade" in say(
        stack, SARA, RAD, "/arvode", RULES
    )
    say(stack, ANNA, RAD, "/arvode", "mina uppgifter lön 33000 resa 120")
    say(stack, LINA, RAD, "/arvode", "mina uppgifter lön 50000 skift ja resa 80")
    meeting = plan(stack)
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


def test_the_secretarys_arvode_is_the_members_claims_with_a_csv_file_in_private(
    stack: LocalStack, clock: ManualClock
) -> None:
    """`/arvode [period]` shows the claims as the members confirmed them (what is paid is the
    claim, shared/seeds/001 L3733, L3804), not a basis computed anew."""
    held_meeting(stack, clock)
    anna = person_id(stack, ANNA)
    [council_id] = stack.services.claims.of_person(person_id=anna, now=clock.now())
    stack.services.claims.confirm(
        person_id=anna,
        council_id=council_id,
        day=date(2027, 3, 11),
        stated=Stated(salary_deduction=True, travel=12_000),
        now=clock.now(),
    )
    summary = say(stack, SARA, RAD, "/arvode", "mars 2027")
    assert summary == say(stack, SARA, RAD, "/arvode", "anmälningar mars 2027")
    assert "*Ersättningsanmälningar i Brukarrådet Psykiatri Väst, mars 2027*" in summary
    # 3 h: a half day 600; no certificate of income seen, so no lost income yet; travel 120.
    assert "Anna Andersson: 720 kr (bekräftad, inte godkänd än)" in summary
    assert "Lina Lind (torsdag 11 mars 2027)" in summary  # there, not confirmed yet
    assert "Sara" not in summary.split("*\n", 1)[1] and "Vera" not in summary  # at work
    [*_, file] = stack.slack.files.values()
    assert file["channels"] == [stack.slack.dm_channel(SARA)]
    rows = list(csv.DictReader(io.StringIO(file["content"].decode("utf-8-sig")), delimiter=";"))
    assert [(r["Namn"], r["Möten"], r["Summa kr"]) for r in rows] == [
        ("Anna Andersson", "Stormöte 13:00–16:00", "720,00")
    ]
    # Nothing of it in the council's channel.
    assert all("arvode" not in m.get("text", "").lower() for m in stack.slack.messages(RAD))


def test_nobody_but_the_secretary_sees_anyone_elses_claims(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)
    for who in (OLLE, ANNA, VERA):
        refused = say(stack, who, RAD, "/arvode", "mars 2027")
        assert "Det är bara rådets sekreterare som kan" in refused, who
        assert "Anna Andersson" not in refused and "Lina" not in refused
    assert stack.slack.files == {}
    own = say(stack, ANNA, RAD, "/arvode", "mitt mars 2027")
    assert "*Dina ersättningsanmälningar i Brukarrådet Psykiatri Väst, mars 2027*" in own
    assert "• torsdag 11 mars 2027: Stormöte 13.00–16.00 · 720 kr (inte bekräftad än" in own
    assert "Summa: 720 kr" in own
    assert "Lina" not in own and "Olle" not in own
    assert "Inga möten att begära ersättning för april 2027" in say(
        stack, ANNA, RAD, "/arvode", "mitt april 2027"
    )
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


def test_the_nämnds_decision_sets_levels_per_kind_and_meeting_and_names_the_payer(
    stack: LocalStack, clock: ManualClock
) -> None:  # shared/seeds/001 L3750–3761, L3845, L3853–3872
    council_with_members(stack)
    shown = say(stack, ANNA, RAD, "/arvode", "nivå")
    assert "*Ersättningsnivåer i Brukarrådet Psykiatri Väst*" in shown
    assert "Rådets möten: nivå 1 (" in shown and "inget beslut antecknat" in shown
    assert "Betalare: inte angiven" in shown
    assert "bara rådets sekreterare eller ordförande" in say(stack, ANNA, RAD, "/arvode", "nivå 3")
    decided = say(
        stack, SARA, RAD, "/arvode", "nivå arbetsgrupp 2 delar inkomst,resa beslut HSN 2026-00123"
    )
    assert "Klart, beslutet är antecknat för Brukarrådet Psykiatri Väst" in decided
    assert (
        "• arbetsgruppernas möten: nivå 2 (förlorad arbetsinkomst och resor, inget arvode) · "
        "endast förlorad arbetsinkomst och resor · beslut HSN 2026-00123"
    ) in decided
    meeting = plan(stack)
    information = say(stack, SARA, RAD, "/arvode", f"nivå möte nr {meeting} 3")
    assert f"Möte nr {meeting}: nivå 3 (ingen ersättning)" in information
    assert f"Möte nr {meeting} följer nu" in say(
        stack, SARA, RAD, "/arvode", f"nivå möte nr {meeting} standard"
    )
    named = say(stack, SARA, RAD, "/arvode", "betalare Hälso- och sjukvårdsnämnden Väst")
    assert "Betalare: Hälso- och sjukvårdsnämnden Väst. Råd med samma betalare delar" in named
    assert "Jag känner inte igen delen `middag`" in say(
        stack, SARA, RAD, "/arvode", "nivå 2 delar resa,middag"
    )
    assert "Skriv till exempel `/arvode nivå 1 beslut" in say(
        stack, SARA, RAD, "/arvode", "nivå möte"
    )
    # The default cap, a regionråd's monthly fee / 165 (L3797–3799), shown to everyone.
    assert "tak 74\u00a0513 kr i månaden, alltså högst 451,59 kr i timmen" in say(
        stack, ANNA, RAD, "/arvode", "inställningar"
    )
