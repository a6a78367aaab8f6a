"""The year report as a PDF, from the same layout as the Word file (bot.councils.year_layout):
its sections, each chart as a picture with its alt text, and the guidance's questions with
room for the council's answers. Drawn with fpdf2 (no office suite needed), in DejaVu Sans,
which matplotlib ships and which has every letter Swedish needs.

Tagged as far as fpdf2 goes: the document's language and title, each heading a bookmark in
the outline, and each chart a Figure in the structure tree with its alt text (/Alt), which
screen readers read aloud. fpdf2 and matplotlib load with the first report written
(tests/bot/test_start_imports.py).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from adapters.reports.charts import chart_png
from adapters.reports.year_docx import ANSWER_LINES, say
from bot.core.ports.messenger import File
from bot.core.texts import Ref
from bot.councils.year_layout import Chart, YearLayout
from bot.minutes.archive import AUTHOR

if TYPE_CHECKING:
    from fpdf import FPDF

PDF_MIME = "application/pdf"
FONT = "DejaVu"
SIZES = {0: 18, 1: 14, 2: 12}  # points: the title, a section's heading, a question
TEXT = 11
LINE = 6  # millimetres a line of text takes
CHART_WIDTH = 170  # millimetres: the page's width between its margins


def pdf_bytes(doc: YearLayout, dated: datetime) -> bytes:
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    lang = doc.lang
    title = say(doc.title, lang)
    pdf = FPDF(format="A4")
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_lang(lang)
    pdf.set_title(title)
    pdf.set_author(AUTHOR)
    pdf.set_creator(AUTHOR)
    pdf.set_creation_date(dated.astimezone(UTC).replace(microsecond=0))
    pdf.set_display_mode("fullwidth")
    pdf.add_page()
    _heading(pdf, title, 0)
    for phrase in doc.meta:
        _text(pdf, say(phrase, lang))
    for section in doc.sections:
        _heading(pdf, say(section.heading, lang), 1)
        for line in section.lines:
            _text(pdf, f"• {say(line, lang)}")
        if section.chart is not None:
            _picture(pdf, section.chart, lang)
    _heading(pdf, say(Ref("year.questions"), lang), 1)
    _text(pdf, say(Ref("year.questions.intro"), lang))
    for question in doc.questions:
        _heading(pdf, say(question, lang), 2)
        pdf.ln(LINE * ANSWER_LINES)
    return bytes(pdf.output())


def _heading(pdf: FPDF, text: str, level: int) -> None:
    """A heading, and its bookmark in the outline."""
    pdf.ln(LINE / 2)
    pdf.start_section(text, level=level)
    pdf.set_font(FONT, "B", SIZES[level])
    pdf.multi_cell(0, LINE + 2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _text(pdf: FPDF, text: str) -> None:
    pdf.set_font(FONT, "", TEXT)
    pdf.multi_cell(0, LINE, text, new_x="LMARGIN", new_y="NEXT")


def _picture(pdf: FPDF, chart: Chart, lang: str) -> None:
    """The chart as an image tagged as a figure, with its title and alt text."""
    pdf.ln(2)
    pdf.image(
        io.BytesIO(chart_png(chart, lang)),
        w=CHART_WIDTH,
        title=say(chart.title, lang),
        alt_text=say(chart.alt, lang),
    )
    pdf.ln(2)


def year_report_pdf(doc: YearLayout, dated: datetime) -> File:
    return File(f"{doc.name}.pdf", pdf_bytes(doc, dated))
