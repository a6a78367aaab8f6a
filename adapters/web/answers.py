"""A letter's one-tap answers on the member page (bot.members.answers): the link shows the
question and the answer chosen, changing nothing (mail scanners open links); its one button
counts it, and the page thanks them, or says it was counted already. No session is needed:
the link is the person's own, and answers nothing but its questions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from flask import Flask, g, render_template, request

from adapters.runtime.services import Services
from bot.core.errors import UserError
from bot.members.links import ANSWER_PATH, PAGE_PATH

BUTTON, VALUE = "knapp", "svar"  # what a link's query (and the page's form) carries
Page = str | tuple[str, int]


def add_answers(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    def page(token: str, fields: Mapping[str, str], shown: Callable[[str, str], str]) -> Page:
        """What the link (`fields`: its query, or the page's form) answers, as `shown` says
        it in the person's language; a link that answers nothing says why."""
        button, value = fields.get(BUTTON, ""), fields.get(VALUE, "")
        try:
            return shown(button, value)
        except UserError as err:
            heading = "web.link_answer.heading"
            return render_template("message.html", heading=heading, text=err.key), 410

    @app.get(f"{PAGE_PATH}{ANSWER_PATH}<token>")
    def answer_link(token: str) -> Page:
        def shown(button: str, value: str) -> str:
            asked = services.answer_links.asked(token, button=button, value=value, now=now())
            g.lang = asked.lang
            return render_template(
                "answer.html", token=token, asked=asked, button=button, value=value
            )

        return page(token, request.args, shown)

    @app.post(f"{PAGE_PATH}{ANSWER_PATH}<token>")
    def answer_given(token: str) -> Page:
        def shown(button: str, value: str) -> str:
            counted = services.answer_links.answer(token, button=button, value=value, now=now())
            g.lang = counted.lang
            text = "web.link_answer.already" if counted.already else "evaluation.thanks"
            return render_template("message.html", heading="web.link_answer.heading", text=text)

        return page(token, request.form, shown)
