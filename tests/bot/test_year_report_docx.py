"""The year report as a Word file (adapters/reports): every figure's chart is a picture in
the document, described by alt text that says the same figures in words, and the guidance's
questions are headings with room to answer; the same report gives the same bytes."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document

from adapters.reports.charts import chart_png
from adapters.reports.year_docx import year_report_file
from bot.core.audience import Audience
from bot.core.vocabulary import MeetingKind
from bot.councils.year import CycleYear
from bot.councils.year_layout import layout
from bot.councils.year_report import (
    Actions,
    AgendaShare,
    ForeningAttendance,
    GoalEvaluation,
    Outcome,
    RaisedPoint,
    Side,
    YearReport,
)
from tests.conftest import STOCKHOLM

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "year_report"
# Fonts and anti-aliasing may differ a little from machine to machine: matplotlib's own image
# comparison (RMS of the pixel differences) with this tolerance, not equal bytes.
TOLERANCE = 3
DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
PNG = b"\x89PNG\r\n\x1a\n"
MADE = datetime(2027, 1, 10, 9, tzinfo=STOCKHOLM)


def _report(lang: str = "sv") -> YearReport:
    stormoten = (date(2026, 3, 12), date(2026, 6, 11), date(2026, 10, 8))
    return YearReport(
        council_id=1,
        council="Brukarrådet Psykiatri Väst",
        lang=lang,
        year=CycleYear(2026, 1),
        audience=Audience.ASSOCIATIONS,
        made_at=MADE,
        today=MADE.date(),
        required=4,
        held={MeetingKind.STORMOTE: stormoten, MeetingKind.FORMOTE: (date(2026, 3, 10),)},
        ahead=(),
        points=(
            RaisedPoint(
                "Tolk vid besök",
                MeetingKind.STORMOTE,
                Side.ASSOCIATIONS,
                Outcome.DECIDED,
                None,
                date(2026, 3, 1),
            ),
            RaisedPoint(
                "Ny telefontid",
                MeetingKind.STORMOTE,
                Side.UNIT,
                Outcome.REJECTED,
                "Styrs av regionen",
                date(2026, 5, 2),
            ),
            RaisedPoint(
                "Vår hållning",
                MeetingKind.FORMOTE,
                Side.ASSOCIATIONS,
                Outcome.OPEN,
                None,
                date(2026, 9, 3),
            ),
        ),
        actions=Actions(made=4, done=3, done_late=1, open=1, overdue=1),
        registered=stormoten,
        attendance=(
            ForeningAttendance("Attention", (1, 0, 2)),
            ForeningAttendance("RSMH Väst", (2, 2, 1)),
        ),
        agenda=tuple(AgendaShare(d, 8, n) for d, n in zip(stormoten, (4, 2, 2), strict=True)),
        goals=(
            GoalEvaluation(
                date(2026, 11, 1),
                6,
                (
                    ("Brukarna är med från början när verksamheten planerar", (2, 3, 1)),
                    ("Svar på varje punkt inom en månad", (4, 1, 0)),
                ),
            ),
        ),
    )


def _document(report: YearReport) -> tuple[list[str], list[tuple[str, str]]]:
    file = year_report_file(layout(report), report.made_at)
    assert file.name == "arsrapport-2026.docx"
    document = Document(io.BytesIO(file.content))
    pictures = [(e.get("title"), e.get("descr")) for e in document.element.body.iter(DOC_PR)]
    return [p.text for p in document.paragraphs], pictures


def test_the_document_holds_the_figures_and_each_chart_with_its_alt_text() -> None:
    lines, pictures = _document(_report())
    assert "Årsrapport 2026 – Brukarrådet Psykiatri Väst" in lines
    assert (
        "3 stormöten hölls (torsdag 12 mars 2026, torsdag 11 juni 2026 och torsdag 8 oktober "
        "2026). Rådets regel är minst 4 om året." in lines
    )
    assert "Ny telefontid: Styrs av regionen" in lines
    assert "Vår hållning (förmöte)" in lines
    assert "3 är klara, 1 av dem efter sitt datum." in lines
    assert "RSMH Väst: på plats vid 3 av 3 stormöten." in lines
    assert [title for title, _ in pictures] == [
        "Punkter efter utfall",
        "Närvaro per förening och stormöte",
        "Dagordningen per stormöte",
        "Målen för inflytande enligt rådets egen utvärdering",
    ]
    outcomes, attendance, agenda, goals = (alt for _, alt in pictures)
    assert outcomes == (
        "Stapeldiagram över årets punkter efter utfall, uppdelade på vem som tog upp dem: "
        "Beslutade 1, Avslagna 1, Skickade vidare 0, Återtagna 0 och Öppna 1."
    )
    assert attendance == (
        "Stapeldiagram över hur många från varje förening som var på plats vid 3 stormöten "
        "(12/3, 11/6 och 8/10): Attention 1, 0, 2 och RSMH Väst 2, 2, 1."
    )
    assert agenda.endswith("12/3 4 av 8, 11/6 2 av 8 och 8/10 2 av 8. Sammanlagt 33 procent.")
    assert goals == (
        "Stapeldiagram över hur väl rådet nådde sina mål för inflytande, enligt rådets egen "
        "utvärdering: Mål 1 2 väl, 3 delvis, 1 inte alls och Mål 2 4 väl, 1 delvis, 0 inte alls."
    )
    assert "2. Svar på varje punkt inom en månad: 4 väl, 1 delvis, 0 inte alls (av 5 svar)." in (
        lines
    )
    questions = lines[lines.index("Frågor för rådet") :]
    assert "Hann ni med allt som ni hade planerat?" in questions
    assert "Vilka frågor vill ni fortsätta med?" in questions


def test_the_english_report_says_it_in_english() -> None:
    lines, pictures = _document(_report("en"))
    assert "Did you manage everything you had planned?" in lines
    assert pictures[0][1].startswith("Bar chart of the year's points by outcome")


def test_a_chart_is_a_png_and_the_same_report_gives_the_same_bytes() -> None:
    chart = layout(_report()).charts[1]
    drawn = chart_png(chart, "sv")
    assert drawn.startswith(PNG) and drawn == chart_png(chart, "sv")
    first = year_report_file(layout(_report()), MADE).content
    assert first == year_report_file(layout(_report()), MADE).content


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_each_chart_looks_like_its_golden_image(index: int, tmp_path: Path) -> None:
    """`UPDATE_GOLDEN=1` writes the images again (look at them before committing)."""
    from matplotlib.testing.compare import compare_images

    chart = layout(_report()).charts[index]
    golden = GOLDEN / f"{chart.name}.png"
    drawn = tmp_path / golden.name
    drawn.write_bytes(chart_png(chart, "sv"))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(drawn.read_bytes())
    assert golden.exists(), f"{golden} is missing: run with UPDATE_GOLDEN=1 to write it"
    assert compare_images(str(golden), str(drawn), tol=TOLERANCE) is None
