"""A letter's one-tap answers on the member page (bot.members.answers): the link shows the
question and the answer chosen, changing nothing (mail scanners open links); its one button
counts it, and the page thanks them, or says it was counted already. No session is needed:
the link is the person's own, and answers nothing but its questions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Flask, g, render_template, request

from adapters.runtime.services import Services
from bot.core.errors import UserError
from bot.members.links import ANSWER_PATH, PAGE_PATH

BUTTON, VALUE = "knapp", "svar"  # what a link's query (and the page's form) carries


def add_answers(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    def refused(err: UserError) -> tuple[str, int]:
        return render_template("message.html", heading="web.link_answer.heading", text=err.key), 410

    @app.get(f"{PAGE_PATH}{ANSWER_PATH}<token>")
    def answer_link(token: str) -> str | tuple[str, int]:
        button, value = request.args.get(BUTTON, ""), request.args.get(VALUE, "")
        try:
            asked = services.answer_links.asked(token, button=button, value=value, now=now())
        except UserError as err:
            return refused(err)
        g.lang = asked.lang
        return render_template("answer.html", token=token, asked=asked, button=button, value=value)

    @app.post(f"{PAGE_PATH}{ANSWER_PATH}<token>")
    def answer_given(token: str) -> str | tuple[str, int]:
        button, value = request.form.get(BUTTON, ""), request.form.get(VALUE, "")
        try:
            counted = services.answer_links.answer(token, button=button, value=value, now=now())
        except UserError as err:
            return refused(err)
        g.lang = counted.lang
        text = "web.link_answer.already" if counted.already else "evaluation.thanks"
        return render_template("message.html", heading="web.link_answer.heading", text=text)
