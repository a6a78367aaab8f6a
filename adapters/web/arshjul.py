"""The council's årshjul on the member page: every member reads its months from the one the
council's year begins with, each with its items, and the word when no joint activity is
planned (the officers change it by command in the chat)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Flask, abort, g, render_template
from markupsafe import Markup
from werkzeug.wrappers import Response

from adapters.runtime.services import Services
from bot.core.errors import UserError
from bot.core.texts import Ref
from bot.core.texts.render import html
from bot.councils.arshjul import month_name
from bot.members.links import PAGE_PATH


def add_arshjul(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    @app.get(f"{PAGE_PATH}arshjul/<int:council_id>")
    def arshjul(council_id: int) -> str:
        if g.member is None:
            page = render_template(
                "message.html", heading="web.signed_out.heading", text="web.not_signed_in"
            )
            abort(Response(page, 401))
        try:
            wheel = services.wheel.for_member(
                person_id=g.member.person_id, council_id=council_id, now=now()
            )
        except UserError:
            abort(404)  # not their council

        def say(key: str, **params: object) -> Markup:
            return Markup(html(Ref(key, params=params), wheel.lang))

        months = [
            {
                "name": month_name(month, wheel.lang).capitalize(),
                "lines": [Markup(html(i.phrase(), wheel.lang)) for i in items],
            }
            for month, items in wheel.months()
        ]
        return render_template(
            "arshjul.html",
            heading=say(
                "arshjul.heading",
                council=wheel.council_name,
                month=month_name(wheel.start_month, wheel.lang),
            ),
            months=months,
            no_activity=None if wheel.has_activity else say("arshjul.no_activity"),
        )
