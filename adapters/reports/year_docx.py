"""The year report as a Word document: its sections, each chart as a picture whose
description (alt text) says the same figures in words, and the guidance's questions as
headings with room for the council's answers.

python-docx and matplotlib load with the first report written (bot/minutes/archive.py's
reasons; tests/bot/test_start_imports.py).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from adapters.reports.charts import chart_png
from bot.core.ports.messenger import File
from bot.core.texts import Ref
from bot.core.texts.render import render
from bot.councils.year_layout import Chart, YearLayout
from bot.minutes.archive import AUTHOR, DOCX, MAX_PROPERTY, fixed_times

if TYPE_CHECKING:
    from docx.document import Document as Docx
    from docx.shared import Length

PICTURE_WIDTH_CM = 16
ANSWER_LINES = 3  # empty paragraphs under each question, for the council's answer


def say(phrase: Ref, lang: str) -> str:
    return render(DOCX, phrase, lang)


def docx_bytes(doc: YearLayout, dated: datetime) -> bytes:
    from docx import Document
    from docx.shared import Cm

    lang = doc.lang
    document = Document()
    title = say(doc.title, lang)
    dated = dated.astimezone(UTC).replace(microsecond=0)
    props = document.core_properties
    props.title = title[:MAX_PROPERTY]
    props.author = props.last_modified_by = AUTHOR
    props.created = props.modified = dated
    props.revision = 1
    props.language = lang
    document.add_heading(title, level=0)
    for phrase in doc.meta:
        document.add_paragraph(say(phrase, lang))
    bullet = document.styles["List Bullet"].style_id
    for section in doc.sections:
        document.add_heading(say(section.heading, lang), level=1)
        for line in section.lines:
            document.add_paragraph(say(line, lang))._p.style = bullet
        if section.chart is not None:
            _picture(document, section.chart, lang, Cm(PICTURE_WIDTH_CM))
    document.add_heading(say(Ref("year.questions"), lang), level=1)
    document.add_paragraph(say(Ref("year.questions.intro"), lang))
    for question in doc.questions:
        document.add_heading(say(question, lang), level=2)
        for _ in range(ANSWER_LINES):
            document.add_paragraph("")
    raw = io.BytesIO()
    document.save(raw)
    return fixed_times(raw.getvalue(), dated)


def _picture(document: Docx, chart: Chart, lang: str, width: Length) -> None:
    """The chart, its title and its alt text on the picture itself: Word reads a picture's
    `descr` aloud and shows it as the alt text."""
    shape = document.add_picture(io.BytesIO(chart_png(chart, lang)), width=width)
    properties = shape._inline.docPr
    properties.set("descr", say(chart.alt, lang))
    properties.set("title", say(chart.title, lang))


def year_report_file(doc: YearLayout, dated: datetime) -> File:
    return File(f"{doc.name}.docx", docx_bytes(doc, dated))
