"""The year report on the member page: every member reads their council's year as the
officers' Word file has it, in the version their role may read (the unit's people: without
the förmöten), with the charts as pictures carrying their alt text, and can download it
as a Word file or a PDF. `?ar=2025` asks for an earlier year (the one beginning in 2025).

The charts are drawn for each request (matplotlib loads with the first: never at `serve`'s
start) and sent inside the page as data: URLs, so the page needs no second request to a
route that would have to check the member again.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime

from flask import Flask, abort, g, render_template, request
from markupsafe import Markup
from werkzeug.wrappers import Response

from adapters.reports.charts import chart_png
from adapters.reports.year_docx import year_report_file
from adapters.reports.year_pdf import PDF_MIME, year_report_pdf
from adapters.runtime.services import Services
from adapters.web.downloads import sent
from bot.core.errors import UserError
from bot.core.texts import Ref
from bot.core.texts.render import html, plain
from bot.councils.year_layout import Chart, YearLayout, layout
from bot.councils.year_report import YearReport
from bot.members.links import PAGE_PATH
from bot.minutes.archive import DOCX_MIME

YEAR_FIELD = "ar"


def add_year_report(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    def report(council_id: int) -> YearReport:
        if g.member is None:
            page = render_template(
                "message.html", heading="web.signed_out.heading", text="web.not_signed_in"
            )
            abort(Response(page, 401))
        typed = request.args.get(YEAR_FIELD, "")
        if typed and not (typed.isascii() and typed.isdigit() and len(typed) == 4):
            abort(404)
        try:
            return services.year_reports.for_member(
                person_id=g.member.person_id,
                council_id=council_id,
                year=int(typed) if typed else None,
                now=now(),
            )
        except UserError:
            abort(404)  # not their council, or a year not begun: nothing to show

    @app.get(f"{PAGE_PATH}arsrapport/<int:council_id>")
    def year_report(council_id: int) -> str:
        doc = layout(report(council_id))
        return render_template("year_report.html", doc=_html(doc), council_id=council_id)

    @app.get(f"{PAGE_PATH}arsrapport/<int:council_id>/fil")
    def year_report_docx(council_id: int) -> Response:
        made = report(council_id)
        file = year_report_file(layout(made), made.made_at)
        return sent(file.name, file.content, DOCX_MIME)

    @app.get(f"{PAGE_PATH}arsrapport/<int:council_id>/pdf")
    def year_report_pdf_file(council_id: int) -> Response:
        made = report(council_id)
        file = year_report_pdf(layout(made), made.made_at)
        return sent(file.name, file.content, PDF_MIME)


def _html(doc: YearLayout) -> dict[str, object]:
    """The layout's phrases as HTML, and each chart as a picture with its alt text."""
    lang = doc.lang

    def say(phrase: Ref) -> Markup:
        return Markup(html(phrase, lang))

    def picture(chart: Chart) -> dict[str, object]:
        png = base64.b64encode(chart_png(chart, lang)).decode("ascii")
        return {"src": f"data:image/png;base64,{png}", "alt": plain(chart.alt, lang)}

    return {
        "lang": lang,
        "title": say(doc.title),
        "meta": [say(m) for m in doc.meta],
        "sections": [
            {
                "heading": say(s.heading),
                "lines": [say(line) for line in s.lines],
                "chart": picture(s.chart) if s.chart else None,
            }
            for s in doc.sections
        ],
        "questions": [say(q) for q in doc.questions],
    }
