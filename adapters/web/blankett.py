"""The blankett on the member page (bot.fees.blankett, adapters.reports.blankett): a member's
own for a council and month, `?period=2026-12`; the council's secretary asks for a member's
with `?person=<id>`. Anything else, or a period not understood, is not found."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Flask, abort, g, render_template, request
from werkzeug.wrappers import Response

from adapters.reports.blankett import blankett_html
from adapters.runtime.services import Services
from bot.core.errors import UserError
from bot.core.when import DEFAULT_TZ
from bot.fees.parsing import parse_period
from bot.members.links import PAGE_PATH


def add_blankett(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    @app.get(f"{PAGE_PATH}blankett/<int:council_id>")
    def blankett(council_id: int) -> Response:
        if g.member is None:
            page = render_template(
                "message.html", heading="web.signed_out.heading", text="web.not_signed_in"
            )
            abort(Response(page, 401))
        person = request.args.get("person", "")
        if person and not (person.isascii() and person.isdigit()):
            abort(404)
        try:
            period = parse_period(
                request.args.get("period", ""), now=now(), zone=ZoneInfo(DEFAULT_TZ)
            )
            made = services.blanketter.for_member(
                asker_id=g.member.person_id,
                council_id=council_id,
                person_id=int(person) if person else g.member.person_id,
                period=period,
                now=now(),
            )
        except UserError:
            abort(404)  # not theirs to see, or a period not understood
        return Response(blankett_html(made), mimetype="text/html")
