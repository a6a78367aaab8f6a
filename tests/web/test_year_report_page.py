"""The year report on the member page: a link from the page to the council's report, its
figures, its charts as pictures with their alt text and the guidance's questions, the Word
file to download; the associations' version with the förmöte's points, the unit's without
them, and nothing changed by reading."""

from __future__ import annotations

import io
import re

from docx import Document
from pypdf import PdfReader

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from tests.bot.test_substitutes import ANNA
from tests.conftest import NOW
from tests.web.member_council import VERA, link_for, seed
from tests.web.test_member_page import app_for, client, counts, csrf_of, signed_in

REPORT_LINK = re.compile(r'href="(/m/arsrapport/\d+)"')
DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
PICTURE = re.compile(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+" alt="([^"]+)"')


def _points(services: Services) -> None:
    where, anna = conversation("T", "C"), account("T", ANNA.external_id)
    for title, formote in (("Tolk vid besök", False), ("Vår hållning i tolkfrågan", True)):
        services.agenda.submit(who=anna, where=where, title=title, description=None,
                               formote=formote, now=NOW)  # fmt: skip


def test_a_member_reads_the_year_with_its_charts_and_questions(web_services: Services) -> None:
    seed(web_services)
    _points(web_services)
    app = app_for(web_services)
    anna, _ = signed_in(web_services, app)
    [path] = REPORT_LINK.findall(anna.get("/m/").get_data(as_text=True))
    before = counts(web_services)
    page = anna.get(path)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Årsrapport 2026 – Rådet" in text
    assert "2 punkter togs upp: 2 från föreningarna" in text
    assert "Vår hållning i tolkfrågan (förmöte)" in text  # Anna speaks for RSMH
    assert PICTURE.findall(text) == [
        "Stapeldiagram över årets punkter efter utfall, uppdelade på vem som tog upp dem: "
        "Beslutade 0, Avslagna 0, Skickade vidare 0, Återtagna 0 och Öppna 2."
    ]
    assert "Hann ni med allt som ni hade planerat?" in text
    assert "Vilka frågor vill ni fortsätta med?" in text
    assert counts(web_services) == before  # reading changes nothing


def test_the_units_page_and_file_hold_no_formote_points(web_services: Services) -> None:
    seed(web_services)
    _points(web_services)
    app = app_for(web_services)
    vera = client(app)
    link = link_for(web_services, VERA)
    vera.post(link, data={"csrf": csrf_of(vera.get(link))})
    [path] = REPORT_LINK.findall(vera.get("/m/").get_data(as_text=True))
    text = vera.get(path).get_data(as_text=True)
    assert "1 punkt togs upp: 1 från föreningarna" in text
    assert "Tolk vid besök" in text and "Vår hållning" not in text
    file = vera.get(f"{path}/fil")
    assert file.status_code == 200
    assert file.headers["Content-Disposition"] == 'attachment; filename="arsrapport-2026.docx"'
    # The unit's version or the chair's: the person's own, kept by no cache on the way.
    assert file.headers["Cache-Control"] == "private, no-store"
    document = Document(io.BytesIO(file.data))
    words = "\n".join(p.text for p in document.paragraphs)
    assert "Tolk vid besök" in words and "Vår hållning" not in words
    alts = [e.get("descr") for e in document.element.body.iter(DOC_PR)]
    assert len(alts) == 1 and alts[0].endswith("Öppna 1.")
    assert f'href="{path}/pdf"' in text  # the same as a PDF, the unit's version too
    pdf = vera.get(f"{path}/pdf")
    assert (pdf.status_code, pdf.mimetype) == (200, "application/pdf")
    assert pdf.headers["Content-Disposition"] == 'attachment; filename="arsrapport-2026.pdf"'
    read = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Tolk vid besök" in read and "Vår hållning" not in read


def test_no_report_for_someone_signed_out_another_council_or_a_year_not_begun(
    web_services: Services,
) -> None:
    seed(web_services)
    app = app_for(web_services)
    assert client(app).get("/m/arsrapport/1").status_code == 401
    anna, _ = signed_in(web_services, app)
    [path] = REPORT_LINK.findall(anna.get("/m/").get_data(as_text=True))
    assert anna.get(path + "?ar=2026").status_code == 200
    assert anna.get(path + "?ar=2027").status_code == 404
    assert anna.get(path + "?ar=förra").status_code == 404
    assert anna.get("/m/arsrapport/999").status_code == 404
