"""The year report as a PDF (adapters/reports/year_pdf.py): the same figures as the Word
file, read back with pypdf; every chart a Figure in the structure tree whose alt text says
its figures in words; the document's language, title and outline of headings; the
guidance's questions; the same report gives the same bytes."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from adapters.reports.year_pdf import year_report_pdf
from bot.councils.year_layout import layout
from tests.bot.test_year_report_docx import MADE, _document, _report


def _read(lang: str = "sv") -> tuple[PdfReader, str]:
    file = year_report_pdf(layout(_report(lang)), MADE)
    assert file.name == "arsrapport-2026.pdf" and file.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(file.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _figures(node: Any) -> list[str]:
    """The alt text of every Figure in the structure tree, in order."""
    node = node.get_object()
    found = [str(node["/Alt"])] if node.get("/S") == "/Figure" else []
    kids = node.get("/K", [])
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object()
        if hasattr(kid, "get"):
            found += _figures(kid)
    return found


def _outline(entries: list[Any]) -> list[str]:
    titles = []
    for entry in entries:
        titles += _outline(entry) if isinstance(entry, list) else [entry.title]
    return titles


def test_the_pdf_holds_the_figures_the_word_file_has() -> None:
    _, text = _read()
    flat = " ".join(text.split())  # lines wrap where the page ends
    for line in (
        "Årsrapport 2026 – Brukarrådet Psykiatri Väst",
        "3 stormöten hölls (torsdag 12 mars 2026, torsdag 11 juni 2026 och torsdag 8 oktober "
        "2026). Rådets regel är minst 4 om året.",
        "Ny telefontid: Styrs av regionen",
        "3 är klara, 1 av dem efter sitt datum.",
        "RSMH Väst: på plats vid 3 av 3 stormöten.",
        "2. Svar på varje punkt inom en månad: 4 väl, 1 delvis, 0 inte alls (av 5 svar).",
        "Hann ni med allt som ni hade planerat?",
        "Vilka frågor vill ni fortsätta med?",
    ):
        assert line in flat, line


def test_each_chart_is_a_tagged_figure_with_the_word_files_alt_text() -> None:
    reader, _ = _read()
    root = reader.trailer["/Root"]
    assert (root["/Lang"], root["/MarkInfo"]["/Marked"]) == ("sv", True)
    assert reader.metadata is not None
    assert reader.metadata.title == "Årsrapport 2026 – Brukarrådet Psykiatri Väst"
    _, pictures = _document(_report())
    assert _figures(root["/StructTreeRoot"]) == [alt for _, alt in pictures]
    assert len(pictures) == 4
    headings = _outline(reader.outline)
    assert headings[:3] == [
        "Årsrapport 2026 – Brukarrådet Psykiatri Väst",
        "Möten",
        "Punkter och vad som hände med dem",
    ]
    assert "Rådets egen utvärdering av målen för inflytande" in headings
    assert "Frågor för rådet" in headings


def test_the_english_pdf_says_it_in_english_and_the_same_report_gives_the_same_bytes() -> None:
    reader, text = _read("en")
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "Did you manage everything you had planned?" in text
    first = year_report_pdf(layout(_report()), MADE).content
    assert first == year_report_pdf(layout(_report()), MADE).content
