"""The member page as a WSGI application (Flask, Jinja2), mounted by `serve` at PAGE_PATH.

Sessions live in a signed cookie (HttpOnly, SameSite=Lax, Secure when the page is served
over https) naming the link that signed the person in, checked against the database on each
request, so a revoked link ends its session. GET only ever reads; every change is a POST
carrying the session's CSRF token.
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Flask, abort, flash, g, redirect, render_template, request, session
from markupsafe import Markup
from werkzeug.wrappers import Response

from adapters.runtime.services import Services
from adapters.web.answers import add_answers
from adapters.web.arshjul import add_arshjul
from adapters.web.blankett import add_blankett
from adapters.web.claims_file import add_claims_file
from adapters.web.downloads import sent
from adapters.web.forms import (
    answer_of,
    day_of,
    meeting_of,
    optional_meeting,
    role_of,
)
from adapters.web.kallelse import agenda_item, agenda_of, fact
from adapters.web.minutes import minutes_html
from adapters.web.minutes_files import add_minutes_files, next_page
from adapters.web.mydata import my_data
from adapters.web.told import signed_in, told
from adapters.web.year_report import add_year_report
from bot.agenda.points import MAX_DESCRIPTION, MAX_TITLE
from bot.attendance.receipts import answer_receipt, point_receipt
from bot.attendance.service import Answered
from bot.core.errors import UserError
from bot.core.outbox import Compose, nothing
from bot.core.texts import Ref
from bot.core.texts.render import html, plain
from bot.core.vocabulary import Role
from bot.core.when import format_clock, format_date
from bot.core.written import readable
from bot.councils.service import Given
from bot.fees.parsing import claim_stated
from bot.fees.receipts import MAX_BYTES, RECEIPT_TYPES, Upload, megabytes
from bot.kallelse.content import facts, practical
from bot.meetings.labels import hours, kronor, meeting_label, meeting_title
from bot.members.links import (
    CONFIRM_PATH,
    PAGE_PATH,
    SESSION_LIFETIME,
    SIGN_IN_PATH,
    Purpose,
    Session,
)
from bot.minutes.justering import MAX_PROPOSAL

HERE = Path(__file__).parent
CSRF_FIELD = "csrf"
COOKIE = "brukarbot_member"
FORM_ROOM = 64 * 1024  # the claim's fields beside its receipt


def secret_from(signing_secret: str) -> bytes:
    """The key that signs the session cookies: derived from Slack's signing secret, which
    every process serving HTTP has, so no setting more is needed and it never leaves here."""
    return hmac.new(signing_secret.encode("utf-8"), b"brukarbot member page", "sha256").digest()


def create_app(
    services: Services,
    *,
    secret: bytes,
    compose_answer: Compose[Answered] = nothing,
) -> Flask:
    """The member page. `secret` signs the session cookie (the same in every process);
    `compose_answer` words what an answer owes others (the questions to the ersättare),
    as the channel that reaches them writes them."""
    app = Flask(
        __name__,
        static_folder=str(HERE / "static"),
        static_url_path=f"{PAGE_PATH}static",
        template_folder=str(HERE / "templates"),
    )
    public = services.settings.public_url or ""
    app.config.update(
        SECRET_KEY=secret,
        SESSION_COOKIE_NAME=COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=public.startswith("https://"),
        SESSION_COOKIE_PATH=PAGE_PATH,
        PERMANENT_SESSION_LIFETIME=SESSION_LIFETIME,
        # A receipt and the claim's fields; a larger request is refused before it is read.
        MAX_CONTENT_LENGTH=MAX_BYTES + FORM_ROOM,
    )

    def now() -> datetime:
        return services.clock.now()

    @app.before_request
    def who() -> None:
        g.member = None
        g.lang = services.settings.language
        link, person = session.get("link"), session.get("person")
        if isinstance(link, int) and isinstance(person, int):
            g.member = services.member_links.session(link, person, now=now())
            if g.member is None:
                session.pop("link", None)
                session.pop("person", None)
            else:
                g.lang = g.member.lang
        if request.method == "POST" and not _csrf_ok():
            abort(400)

    @app.context_processor
    def words() -> dict[str, Any]:
        return {
            "w": lambda key, **params: Markup(html(key, g.lang, **params)),
            "lang": g.lang,
            "csrf": _csrf_token,
            "title_of": lambda meeting: Markup(html(meeting_title(meeting, g.lang), g.lang)),
            "label_of": lambda meeting: Markup(html(meeting_label(meeting, g.lang), g.lang)),
            "date_of": lambda instant: format_date(instant.date(), g.lang),
            "day_of": lambda day: format_date(day, g.lang),
            "hours": lambda minutes: hours(minutes, g.lang),
            "kronor": lambda amount: kronor(amount, g.lang),
            "ore": lambda amount: kronor(Decimal(amount) / 100, g.lang),
            "clock": lambda instant: format_clock(instant, g.lang),
            "ref": Ref,
            "readable": readable,
            "member": g.member,
            "facts": facts,
            "practical": practical,
            "fact": lambda value: fact(value, g.lang),
            "agenda_of": agenda_of,
            "agenda_item": lambda item: agenda_item(item, g.lang),
            "max_title": MAX_TITLE,
            "max_description": MAX_DESCRIPTION,
            "minutes_html": lambda doc: Markup(minutes_html(doc, top=4)),
            "max_proposal": MAX_PROPOSAL,
            "roles": list(Role),
            "receipt_types": RECEIPT_TYPES,
        }

    @app.errorhandler(400)
    def refused(_error: Exception) -> tuple[str, int]:
        return _message("web.refused.heading", "web.refused"), 400

    @app.errorhandler(413)
    def too_large(_error: Exception) -> Response:
        """A receipt too large for the claim's form: said on the page, as any refusal is."""
        size = megabytes(request.content_length or 0, g.lang)
        most = megabytes(MAX_BYTES, g.lang)
        flash(Markup(html("fees.receipt.too_large", g.lang, size=size, most=most)), "error")
        return redirect(PAGE_PATH, 303)

    @app.errorhandler(404)
    def missing(_error: Exception) -> tuple[str, int]:
        return _message("web.not_found.heading", "web.not_found"), 404

    @app.errorhandler(500)
    def failed(_error: Exception) -> tuple[str, int]:
        return _message("web.failed.heading", "error.unexpected"), 500

    @app.get(PAGE_PATH)
    def home() -> str | tuple[str, int]:
        if g.member is None:
            return _message("web.signed_out.heading", "web.not_signed_in"), 401
        person_id = g.member.person_id
        councils = services.member_page.overview(person_id=person_id, now=now())
        claims = services.claims.of_person(person_id=person_id, now=now())
        address = services.member_page.address(person_id=person_id)
        return render_template("home.html", councils=councils, claims=claims, address=address)

    @app.get(f"{PAGE_PATH}uppgifter")
    def mydata() -> str | tuple[str, int]:
        """What is stored about them, as `/minadata` shows it, and the way to erase it."""
        if g.member is None:
            return _message("web.signed_out.heading", "web.not_signed_in"), 401
        found = services.privacy.mine_of(person_id=g.member.person_id)
        parts = [
            (Markup(title), [Markup(line) for line in lines])
            for title, lines in my_data(found, g.lang, html)
        ]
        return render_template("mydata.html", parts=parts)

    @app.post(f"{PAGE_PATH}uppgifter")
    def export() -> Response | tuple[str, int]:
        """The same as a text file (a POST: the copy that leaves is logged, as `/minadata
        export` logs it)."""
        if g.member is None:
            return _message("web.signed_out.heading", "web.not_signed_in"), 401
        found = services.privacy.export_of(person_id=g.member.person_id, now=now())
        text = "\n\n".join(
            "\n".join([title, *lines]) for title, lines in my_data(found, g.lang, plain)
        )
        name = plain("web.mydata.filename", g.lang)
        return sent(name, text + "\n", "text/plain")

    @app.post(f"{PAGE_PATH}radera")
    def erase() -> Response | tuple[str, int]:
        """Erase them, once they have ticked that they understand; then the session ends,
        and with their links gone (bot.privacy.erase) no link opens the page again."""
        if g.member is None:
            return _message("web.signed_out.heading", "web.not_signed_in"), 401
        if request.form.get("confirm") != "ja":
            flash(Markup(html("web.erase.unconfirmed", g.lang)), "error")
            return redirect(f"{PAGE_PATH}uppgifter#radera", 303)
        lang = g.lang
        services.privacy.erase_of(person_id=g.member.person_id, now=now())
        session.clear()
        g.member, g.lang = None, lang
        return _message("web.erase.heading", "minadata.erase.done")

    @app.get(f"{PAGE_PATH}{SIGN_IN_PATH}<token>")
    def link(token: str) -> str | tuple[str, int]:
        try:
            opened = services.member_links.open(token, now=now())
        except UserError as err:
            return _message("web.link.heading", err.key), 410
        g.lang = opened.lang
        return render_template("sign_in.html", token=token)

    @app.post(f"{PAGE_PATH}{SIGN_IN_PATH}<token>")
    def sign_in(token: str) -> Response | tuple[str, int]:
        try:
            signed = services.member_links.sign_in(token, now=now())
        except UserError as err:
            return _message("web.link.heading", err.key), 410
        going = next_page()  # a file asked for before signing in
        _begin(signed)
        return redirect(going, 303)

    @app.get(f"{PAGE_PATH}{CONFIRM_PATH}<token>")
    def confirming(token: str) -> str | tuple[str, int]:
        try:
            opened = services.member_links.open(token, now=now(), purpose=Purpose.VERIFY)
        except UserError as err:
            return _message("web.link.heading", _confirm_refusal(err)), 410
        g.lang = opened.lang
        return render_template("confirm.html", token=token)

    @app.post(f"{PAGE_PATH}{CONFIRM_PATH}<token>")
    def confirm(token: str) -> Response | tuple[str, int]:
        try:
            confirmed = services.member_links.confirm(token, now=now())
        except UserError as err:
            return _message("web.link.heading", _confirm_refusal(err)), 410
        _begin(confirmed)
        g.lang = confirmed.lang
        flash(Markup(html("web.confirm.done", confirmed.lang)), "done")
        return redirect(PAGE_PATH, 303)

    @app.post(f"{PAGE_PATH}ut")
    def sign_out() -> str:
        if g.member is not None:
            services.member_links.sign_out(g.member.link_id, now=now())
        session.clear()
        return _message("web.signed_out.heading", "web.signed_out")

    @app.post(f"{PAGE_PATH}svar")
    def answer() -> Response:
        meeting_id = meeting_of(request.form)

        def act() -> list[str]:
            answered = services.attendance.answer(
                person_id=signed_in(),
                meeting_id=meeting_id,
                answer=answer_of(request.form),
                reason=request.form.get("reason", "").strip() or None,
                compose=compose_answer,
                now=now(),
            )
            return [html(key, answered.lang, **p) for key, p in answer_receipt(answered)]

        return _done(act, f"m{meeting_id}")

    @app.post(f"{PAGE_PATH}ersattare")
    def substitute() -> Response:
        """An ersättare's yes or no to going in someone's place, as the question's buttons."""
        request_id = meeting_of(request.form, "request")

        def act() -> list[str]:
            answered = services.attendance.substitute_answer(
                request_id=request_id,
                person_id=signed_in(),
                accept=request.form.get("accept") == "ja",
                now=now(),
            )
            key = f"narvaro.substitute.{answered.outcome.value}"
            return [html(key, answered.lang, **answered.params)]

        return _done(act, f"s{request_id}")

    @app.post(f"{PAGE_PATH}last")
    def read() -> Response:
        meeting_id = meeting_of(request.form)

        def act() -> list[str]:
            marked = services.attendance.mark_read(
                person_id=signed_in(), meeting_id=meeting_id, now=now()
            )
            meeting = meeting_label(marked.meeting, marked.lang)
            return [html("web.read.thanks", marked.lang, meeting=meeting)]

        return _done(act, f"m{meeting_id}")

    @app.post(f"{PAGE_PATH}justera")
    def justera() -> Response:
        """A justerare approves the version shown, or (with a `text`) proposes a change."""
        meeting_id = meeting_of(request.form)

        def act() -> list[str]:
            justering = services.minutes.justering
            version = meeting_of(request.form, "version")
            if "text" in request.form:
                proposed = justering.propose(
                    person_id=signed_in(),
                    meeting_id=meeting_id,
                    version=version,
                    text=request.form["text"],
                    now=now(),
                )
                return [html("web.justering.proposed", proposed.lang)]
            approved = justering.approve(
                person_id=signed_in(), meeting_id=meeting_id, version=version, now=now()
            )
            key = "web.justering.already" if approved.already else "web.justering.approved"
            return [html(key, approved.lang)]

        return _done(act, f"j{meeting_id}")

    @app.post(f"{PAGE_PATH}punkt")
    def point() -> Response:
        council_id = meeting_of(request.form, "council")

        def act() -> list[str]:
            submitted = services.agenda.submit(
                person_id=signed_in(),
                council_id=council_id,
                meeting_id=optional_meeting(request.form),
                title=request.form.get("title", ""),
                description=request.form.get("description"),
                now=now(),
            )
            key, params = point_receipt(submitted)
            return [html(key, submitted.lang, **params)]

        return _done(act, f"c{council_id}")

    @app.post(f"{PAGE_PATH}epost")
    def address() -> Response:
        """A new address of theirs, asked to be confirmed by its link."""

        def act() -> list[str]:
            done = services.member_links.set_address(
                address=request.form.get("address", "").strip(), person_id=signed_in(), now=now()
            )
            key = "web.address.confirming" if done.confirming else "web.address.same"
            return [html(key, done.lang, address=done.address)]

        return _done(act, "epost")

    @app.post(f"{PAGE_PATH}epost/val")
    def prefer() -> Response:
        """Everything by email, or by the chat again (a member with a chat account)."""

        def act() -> list[str]:
            on = request.form.get("email") == "ja"
            done = services.member_links.prefer_email(on=on, person_id=signed_in(), now=now())
            key = "minadata.email.on" if done.prefers_email else "minadata.email.off"
            return [html(key, done.lang, address=done.address)]

        return _done(act, "epost")

    @app.post(f"{PAGE_PATH}ledamot")
    def add_member() -> Response:
        """An officer adds a member by address, as `/brukarrad ledamot e-post` does: the
        person confirms it by its link before anything else is sent to them."""
        council_id = meeting_of(request.form, "council")

        def act() -> list[str]:
            new = request.form.get("new_forening", "").strip()
            name = request.form.get("name", "").strip()
            address = request.form.get("address", "").strip()
            change, welcomed = services.councils.add_by_email(
                address=address,
                name=name,
                given=Given(
                    role_of(request.form), new or request.form.get("forening") or None, bool(new)
                ),
                welcome=services.member_links.welcome_by_email,
                council_id=council_id,
                person_id=signed_in(),
                now=now(),
            )
            key = (
                "web.members.had_role"
                if welcomed is None
                else "web.members.confirming"
                if welcomed.confirming
                else "web.members.welcomed"
            )
            role = Ref(f"role.{change.role.value}")
            return [html(key, g.lang, name=name, address=address, role=role)]

        return _done(act, f"c{council_id}-members")

    @app.post(f"{PAGE_PATH}ersattning")
    def claim() -> Response:
        """Confirm (or correct) a day's claim as the member states it."""
        council_id = meeting_of(request.form, "council")
        day = day_of(request.form)

        def act() -> list[str]:
            confirmed = services.claims.confirm(
                person_id=signed_in(),
                council_id=council_id,
                day=day,
                stated=claim_stated(request.form),
                receipt=_uploaded(),
                now=now(),
            )
            key = "web.claims.corrected" if confirmed.corrected else "web.claims.confirmed"
            amount = kronor(Decimal(confirmed.total) / 100, confirmed.lang)
            return [html(key, confirmed.lang, day=format_date(day, confirmed.lang), amount=amount)]

        return _done(act, f"k{council_id}-{day.isoformat()}")

    @app.get(f"{PAGE_PATH}kvitto/<int:receipt_id>")
    def receipt(receipt_id: int) -> Response | tuple[str, int]:
        """A claim's receipt, for its member and the council's secretary (who approves)."""
        if g.member is None:
            return _message("web.signed_out.heading", "web.not_signed_in"), 401
        try:
            shown = services.receipts.shown(
                asker_id=g.member.person_id, receipt_id=receipt_id, now=now()
            )
        except UserError:
            abort(404)
        return sent(shown.name, shown.data, shown.content_type, inline=True)

    add_year_report(app, services, now)
    add_arshjul(app, services, now)
    add_blankett(app, services, now)
    add_minutes_files(app, services, now)
    add_answers(app, services, now)
    add_claims_file(app, services, now)

    def _done(act: Callable[[], list[str]], anchor: str) -> Response:
        return told(act, f"{PAGE_PATH}#{anchor}")

    return app


def _uploaded() -> Upload | None:
    """The receipt sent with the claim's form, if a file was chosen."""
    file = request.files.get("receipt")
    if file is None or not file.filename:
        return None
    return Upload(file.filename, file.read(), f"web:{uuid.uuid4().hex}")


def _begin(signed: Session) -> None:
    """A new session: a new CSRF token, nothing of another's."""
    session.clear()
    session.permanent = True
    session.update(link=signed.link_id, person=signed.person_id)


def _confirm_refusal(err: UserError) -> str:
    return "web.confirm.used" if err.key == "web.link.used" else "web.confirm.failed"


def _csrf_token() -> str:
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return str(session[CSRF_FIELD])


def _csrf_ok() -> bool:
    expected, given = session.get(CSRF_FIELD), request.form.get(CSRF_FIELD)
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))


def _message(heading: str, text: str) -> str:
    return render_template("message.html", heading=heading, text=text)
