"""The year report end to end through the local Slack: an officer asks for it, reads a clear
answer, and finds the Word file in their DM, with its figures, its charts (each picture
described by its alt text) and the guidance's questions. The unit's secretary gets the
version without the förmöte's points, the chair from an association the one with them; the
council's own year is set by command, and bad input is told what would work."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from pypdf import PdfReader

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, OLLE, RAD, SARA, VERA, council_with_members, reply, say

PICTURE_DESCRIPTION = (
    "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
)


def _report(stack: LocalStack, user: str) -> tuple[str, list[str]]:
    """The Word file last shared in the person's DM: its text, and its pictures' alt texts."""
    dm = stack.slack.dm_channel(user)
    [shared] = [m for m in stack.slack.messages(dm) if m.get("files")][-1:]
    [file] = shared["files"]
    assert file["name"].endswith(".docx")
    content = stack.slack.files[file["id"]]["content"]
    document = Document(io.BytesIO(content))
    text = "\n".join(p.text for p in document.paragraphs)
    alts = [e.get("descr") for e in document.element.body.iter(PICTURE_DESCRIPTION)]
    return text, alts


def _a_year(stack: LocalStack, clock: ManualClock) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16")
    say(stack, OLLE, RAD, "/mote", "förmöte tisdag 1 december kl 10-12")
    say(stack, ANNA, RAD, "/punkt", "Tolk vid besök")
    say(stack, ANNA, RAD, "/punkt", "förmöte Vår hållning om tolkfrågan")
    say(stack, VERA, RAD, "/punkt", "Ny telefontid")
    clock.set(datetime(2026, 12, 10, 9, tzinfo=STOCKHOLM))


def test_the_unit_gets_the_report_without_the_formote_and_the_chair_with_it(
    stack: LocalStack, clock: ManualClock
) -> None:
    _a_year(stack, clock)
    answer = say(stack, SARA, RAD, "/brukarrad", "årsrapport")
    assert "Årsrapporten för 2026 (torsdag 1 januari 2026 – torsdag 31 december 2026)" in answer
    assert "Word-fil i ditt DM" in answer and "förmötenas punkter" not in answer
    unit, alts = _report(stack, SARA)
    assert "Årsrapport 2026 – Brukarrådet Psykiatri Väst" in unit
    assert "1 stormöte hölls (torsdag 3 december 2026). Rådets regel är minst 4 om året." in unit
    assert "Det fattas 3 stormöten för att nå minst 4 i år." in unit
    assert "1 förmöte hölls (tisdag 1 december 2026)." in unit  # that it took place, no more
    assert "2 punkter togs upp: 1 från föreningarna, 1 från verksamheten och 0 från andra." in unit
    assert "Tolk vid besök" in unit and "Vår hållning" not in unit and "förmötets" not in unit
    assert "Hann ni med allt som ni hade planerat?" in unit
    assert "Vilka frågor vill ni fortsätta med?" in unit
    # The charts: points by outcome and the agenda (no register taken: no attendance chart).
    assert len(alts) == 2 and all(alts)
    assert alts[0].startswith("Stapeldiagram över årets punkter efter utfall")
    assert "Öppna 2" in alts[0]
    assert alts[1].startswith("Stapeldiagram över dagordningen vid 1 stormöte")

    chair = say(stack, OLLE, RAD, "/brukarrad", "årsrapport 2026")
    assert "förmötenas punkter: dela den inte med verksamheten" in chair
    associations, _ = _report(stack, OLLE)
    assert "Vår hållning om tolkfrågan (förmöte)" in associations
    assert "3 punkter togs upp: 2 från föreningarna, 1 från verksamheten" in associations
    # Nothing went to the channel: the file is the asker's own.
    assert not [m for m in stack.slack.messages(RAD) if m.get("files")]


def test_an_officer_gets_the_report_as_a_pdf_with_its_figures(
    stack: LocalStack, clock: ManualClock
) -> None:
    _a_year(stack, clock)
    answer = say(stack, OLLE, RAD, "/brukarrad", "årsrapport 2026 pdf")
    assert "kommer strax som en PDF i ditt DM" in answer
    dm = stack.slack.dm_channel(OLLE)
    [shared] = [m for m in stack.slack.messages(dm) if m.get("files")]
    [file] = shared["files"]
    assert file["name"] == "arsrapport-2026.pdf"
    reader = PdfReader(io.BytesIO(stack.slack.files[file["id"]]["content"]))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Årsrapport 2026 – Brukarrådet Psykiatri Väst" in text
    assert "3 punkter togs upp: 2 från föreningarna, 1 från verksamheten" in text
    assert "Vår hållning om tolkfrågan (förmöte)" in text  # the chair's version
    assert "Hann ni med allt som ni hade planerat?" in text
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert not [m for m in stack.slack.messages(RAD) if m.get("files")]


def test_only_officers_get_a_report_and_bad_years_are_told_what_works(
    stack: LocalStack, clock: ManualClock
) -> None:
    _a_year(stack, clock)
    assert "bara rådets sekreterare eller ordförande" in say(
        stack, ANNA, RAD, "/brukarrad", "årsrapport"
    )
    bad = say(stack, SARA, RAD, "/brukarrad", "årsrapport förra")
    assert "Jag förstår inte året ”förra”" in bad and "`/brukarrad årsrapport 2026`" in bad
    ahead = say(stack, SARA, RAD, "/brukarrad", "årsrapport 2027")
    assert "Året 2027 har inte börjat än" in ahead
    assert not [m for m in stack.slack.messages(stack.slack.dm_channel(ANNA)) if m.get("files")]


def test_the_councils_year_can_begin_in_september(stack: LocalStack, clock: ManualClock) -> None:
    _a_year(stack, clock)
    shown = say(stack, ANNA, RAD, "/brukarrad", "år")
    assert "rådets år börjar i januari och har minst 4 stormöten (i år: 2026)" in shown
    assert "Jag förstår inte månaden ”smörj”" in say(
        stack, SARA, RAD, "/brukarrad", "år start smörj"
    )
    changed = reply(stack, SARA, RAD, "/brukarrad", "år start september möten 6")
    assert changed["response_type"] == "in_channel"
    assert (
        "börjar i september och har minst 6 stormöten. Året som pågår är 2026/27."
        in changed["text"]
    )
    answer = say(stack, SARA, RAD, "/brukarrad", "årsrapport")
    assert "Årsrapporten för 2026/27 (tisdag 1 september 2026 – tisdag 31 augusti 2027)" in answer
    text, _ = _report(stack, SARA)
    assert "Det fattas 5 stormöten för att nå minst 6 i år." in text
    assert "ändrade rådets år (meetings 6, start_month 9)" in say(
        stack, OLLE, RAD, "/brukarrad", "logg"
    )
