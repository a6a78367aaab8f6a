"""The council's årshjul on the member page: every member reads its months from the one the
council's year begins with, each with its items, and the word when no joint activity is
planned. The officers also change it there, as by command: an item more, an item moved,
worded anew or (an activity) planned, under way or done, an item less. The service checks
who asks on every change; the forms are only shown to those it would let through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Flask, abort, g, render_template, request, url_for
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from adapters.runtime.services import Services
from adapters.web.forms import meeting_of
from adapters.web.told import signed_in, told
from bot.core.errors import UserError
from bot.core.texts import Ref
from bot.core.texts.render import html
from bot.core.vocabulary import ActivityState
from bot.councils.arshjul import MAX_TITLE, MONTHS, Wheel, month_name
from bot.members.links import PAGE_PATH

# An activity's state as the form sends it (ASCII, as every field of ours).
STATES = {state.name.lower(): state for state in ActivityState}


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
        return render_template("arshjul.html", **_page(wheel))

    def change(council_id: int, act: Callable[[int], list[str]], anchor: str) -> Response:
        """An officer's change, told on the årshjul's page."""
        to = f"{url_for('arshjul', council_id=council_id)}#{anchor}"
        return told(lambda: act(signed_in()), to)

    @app.post(f"{PAGE_PATH}arshjul/<int:council_id>/ny")
    def arshjul_add(council_id: int) -> Response:
        form = request.form
        month = _month(form)

        def act(person_id: int) -> list[str]:
            evaluation = form.get("evaluation") == "ja"
            wheel = services.wheel.add(
                month=month,
                title=form.get("title", ""),
                activity=form.get("activity") == "ja",
                evaluation=evaluation,
                person_id=person_id,
                council_id=council_id,
                now=now(),
            )
            name = month_name(month, wheel.lang)
            if not evaluation:
                title = " ".join(form.get("title", "").split())
                return [html("arshjul.added_page", wheel.lang, title=title, month=name)]
            [added] = [i for i in wheel.items if i.evaluation]
            return [
                html("arshjul.added_page", wheel.lang, title=added.title, month=name),
                html("arshjul.evaluation_added", wheel.lang, month=name),
            ]

        return change(council_id, act, "ny")

    @app.post(f"{PAGE_PATH}arshjul/<int:council_id>/andra")
    def arshjul_edit(council_id: int) -> Response:
        form = request.form
        item_id, month, state = meeting_of(form, "item"), _month(form), _state(form)

        def act(person_id: int) -> list[str]:
            title, wheel = services.wheel.edit(
                item_id=item_id,
                month=month,
                title=form.get("title", ""),
                state=state,
                person_id=person_id,
                council_id=council_id,
                now=now(),
            )
            name = month_name(month, wheel.lang)
            return [html("arshjul.changed", wheel.lang, title=title, month=name)]

        return change(council_id, act, f"i{item_id}")

    @app.post(f"{PAGE_PATH}arshjul/<int:council_id>/ta-bort")
    def arshjul_remove(council_id: int) -> Response:
        item_id = meeting_of(request.form, "item")

        def act(person_id: int) -> list[str]:
            title, wheel = services.wheel.remove(
                item_id=item_id, person_id=person_id, council_id=council_id, now=now()
            )
            return [html("arshjul.removed", wheel.lang, title=title)]

        return change(council_id, act, "ny")


def _page(wheel: Wheel) -> dict[str, object]:
    lang = wheel.lang

    def say(key: str, **params: object) -> Markup:
        return Markup(html(Ref(key, params=params), lang))

    return {
        "heading": say(
            "arshjul.heading",
            council=wheel.council_name,
            month=month_name(wheel.start_month, lang),
        ),
        "months": [
            {
                "number": month,
                "name": month_name(month, lang).capitalize(),
                "entries": [
                    {"item": i, "line": Markup(html(i.phrase(), lang)), "state": _state_of(i.state)}
                    for i in items
                ],
            }
            for month, items in wheel.months()
        ],
        "no_activity": None if wheel.has_activity else say("arshjul.no_activity"),
        "editable": wheel.editable,
        # The council's own evaluation is one a council: offered until it has it.
        "has_evaluation": any(i.evaluation for i in wheel.items),
        "council_id": wheel.council_id,
        "month_names": [
            (m, month_name(m, lang).capitalize())
            for m in ((wheel.start_month - 1 + i) % MONTHS + 1 for i in range(MONTHS))
        ],
        "states": list(STATES),
        "max_title": MAX_TITLE,
    }


def _state_of(state: ActivityState | None) -> str | None:
    return state.name.lower() if state else None


def _month(form: MultiDict[str, str]) -> int:
    """The month a form's list gives (1–12); anything else no form of ours sends."""
    month = meeting_of(form, "month")
    if not 1 <= month <= MONTHS:
        abort(400)
    return month


def _state(form: MultiDict[str, str]) -> ActivityState | None:
    """An activity's new state (its form has the list; an item's has none)."""
    typed = form.get("state")
    if typed is None:
        return None
    if typed not in STATES:
        abort(400)
    return STATES[typed]
