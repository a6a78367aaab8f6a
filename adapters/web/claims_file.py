"""The secretary's claims of a period as the CSV file Slack sends by DM (bot.fees.files), on
the member page for a chat that takes no files from a bot (Teams): for whoever may see the
council's fees, behind the page's sign-in; each download logged as the chat's export is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Flask, abort
from werkzeug.wrappers import Response

from adapters.reports.blankett import period_name
from adapters.runtime.services import Services
from adapters.web.downloads import sent
from adapters.web.minutes_files import signed_in
from bot.core.errors import UserError
from bot.core.texts.render import plain
from bot.fees.claims_csv import claims_csv
from bot.fees.files import CLAIMS_PATH
from bot.fees.parsing import parse_period
from bot.members.links import PAGE_PATH

CSV_MIME = "text/csv"


def add_claims_file(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    @app.get(f"{PAGE_PATH}{CLAIMS_PATH}<int:council_id>/<period>.csv")
    def claims_file(council_id: int, period: str) -> Response:
        person_id = signed_in()
        zone = services.settings.zone
        try:
            asked = parse_period(period, now=now(), zone=zone)
            report = services.claims.council_claims(
                person_id=person_id, council_id=council_id, period=asked, now=now()
            )
        except UserError:
            abort(404)  # not theirs to see, or no such period
        page = services.settings.public_url
        shown = period_name(report.period, report.lang).replace(" ", "-")
        name = plain("arvode.claims.csv.filename", report.lang, period=shown)
        return sent(name, claims_csv(report, page_url=page), CSV_MIME)
