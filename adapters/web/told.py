"""A change asked for by a member page form: done, and told on the page the form leads back
to, after a redirect (a reload sends nothing again)."""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, g, redirect
from markupsafe import Markup
from werkzeug.wrappers import Response

from bot.core.errors import UserError
from bot.core.texts.render import html


def told(act: Callable[[], list[str]], to: str) -> Response:
    """Do `act` (its lines of HTML say what was done) and go to `to`; a refusal or a mistake
    is told there instead, in the words the service chose."""
    try:
        flash(Markup("<br>".join(act())), "done")
    except UserError as err:
        flash(Markup(html(err.key, g.lang, **dict(err.params))), "error")
    return redirect(to, 303)


def signed_in() -> int:
    """The person the request's session signed in (a form's change is refused without)."""
    if g.member is None:
        raise UserError("web.not_signed_in")
    return int(g.member.person_id)
