"""The member page over HTTP (Flask's test client): signing in by link, GET changing nothing,
CSRF, the session cookie, answers and points through the same services as the commands, and
the förmöte kept from the unit's staff."""

from __future__ import annotations

import re
from datetime import datetime

from flask import Flask
from flask.testing import FlaskClient
from slack_bolt import App
from sqlalchemy import func, select
from werkzeug.test import Client, TestResponse

from adapters.runtime.services import Services
from adapters.slack.blocks.attendance import substitute_asks
from adapters.slack.http import wsgi_app
from adapters.slack.ids import account
from adapters.storage.models import AgendaPoint, Attendance, Base, MemberLink, OutboxMessage
from adapters.web.app import COOKIE, create_app, secret_from
from bot.core.clock import ManualClock
from bot.core.vocabulary import Answer, PointStatus
from bot.members.links import LINK_LIFETIME
from tests.bot.test_substitutes import ANNA, ERIK, NILS
from tests.conftest import NOW
from tests.web.member_council import DOCUMENT, PUBLIC, VERA, link_for, seed

HOST = PUBLIC.removeprefix("https://")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def app_for(services: Services) -> Flask:
    return create_app(services, secret=secret_from("test"), compose_answer=substitute_asks)


def client(app: Flask) -> FlaskClient:
    """A browser of its own, over https (the session cookie is Secure)."""
    browser = app.test_client()
    browser.environ_base.update({"wsgi.url_scheme": "https", "HTTP_HOST": HOST})
    return browser


def csrf_of(page: TestResponse) -> str:
    found = CSRF.search(page.get_data(as_text=True))
    assert found, page.get_data(as_text=True)
    return found.group(1)


def signed_in(services: Services, app: Flask, now: datetime = NOW) -> tuple[FlaskClient, str]:
    """A browser signed in as Anna (by a link sent at `now`), and its CSRF token."""
    browser = client(app)
    link = link_for(services, now=now)
    token = csrf_of(browser.get(link))
    assert browser.post(link, data={"csrf": token}).status_code == 303
    home = browser.get("/m/")
    assert home.status_code == 200
    return browser, csrf_of(home)


def counts(services: Services) -> dict[str, int]:
    """Rows in every table: what a request changed, if anything."""
    with services.uow() as uow:
        return {
            table.name: uow.session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def used(services: Services) -> list[bool]:
    with services.uow() as uow:
        return [row.used_at is not None for row in uow.session.scalars(select(MemberLink))]


def test_a_link_scanners_get_changes_nothing_and_the_button_signs_in(
    web_services: Services,
) -> None:
    seed(web_services)
    app = app_for(web_services)
    link = link_for(web_services)
    before = counts(web_services)
    scanner = client(app)
    for _ in range(2):
        page = scanner.get(link)
        assert page.status_code == 200
        assert "Logga in på medlemssidan" in page.get_data(as_text=True)
    assert counts(web_services) == before and used(web_services) == [False]
    assert scanner.get("/m/").status_code == 401  # looking did not sign anyone in
    person = client(app)
    signed = person.post(link, data={"csrf": csrf_of(person.get(link))})
    assert (signed.status_code, signed.location) == (303, "/m/")
    cookie = signed.headers["Set-Cookie"]
    assert cookie.startswith(f"{COOKIE}=")
    for flag in ("HttpOnly", "SameSite=Lax", "Secure", "Path=/m/"):
        assert flag in cookie
    home = person.get("/m/").get_data(as_text=True)
    assert "Rådet" in home and DOCUMENT in home and "Du har inte svarat än." in home


def test_a_replayed_expired_or_revoked_link_signs_nobody_in(
    web_services: Services, clock: ManualClock
) -> None:
    seed(web_services)
    app = app_for(web_services)
    link = link_for(web_services)
    first = client(app)
    first.post(link, data={"csrf": csrf_of(first.get(link))})
    replay = client(app)
    page = replay.get(link)
    assert page.status_code == 410 and "redan använts" in page.get_data(as_text=True)
    assert replay.get("/m/").status_code == 401

    revoked = link_for(web_services)
    web_services.member_links.revoke_all(who=account("T", ANNA.external_id), now=NOW)
    assert "är stängd" in client(app).get(revoked).get_data(as_text=True)
    assert first.get("/m/").status_code == 401  # its session ended with it

    expired = link_for(web_services)
    clock.set(NOW + LINK_LIFETIME)
    assert "har gått ut" in client(app).get(expired).get_data(as_text=True)
    assert client(app).get("/m/in/nonsense").status_code == 410


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(
    web_services: Services,
) -> None:
    seeded = seed(web_services)
    app = app_for(web_services)
    link = link_for(web_services)
    stranger = client(app)
    stranger.get(link)
    assert stranger.post(link, data={}).status_code == 400  # a cross-site sign-in
    assert used(web_services) == [False]
    browser, _ = signed_in(web_services, app)
    before = counts(web_services)
    for path, form in (
        ("/m/svar", {"meeting": seeded.stormote, "answer": "kommer"}),
        ("/m/punkt", {"council": 1, "title": "Fika"}),
        ("/m/last", {"meeting": seeded.stormote}),
    ):
        assert browser.post(path, data={**form, "csrf": "forged"}).status_code == 400
        assert browser.post(path, data=form).status_code == 400
    assert counts(web_services) == before
    assert browser.post("/m/ut", data={}).status_code == 400
    assert browser.get("/m/").status_code == 200  # still signed in


def test_an_apology_on_the_page_asks_the_foreningens_ersattare(web_services: Services) -> None:
    seeded = seed(web_services)
    browser, token = signed_in(web_services, app_for(web_services))
    answered = browser.post(
        "/m/svar",
        data={"csrf": token, "meeting": seeded.stormote, "answer": "kommer_inte", "reason": "sjuk"},
        follow_redirects=True,
    )
    text = answered.get_data(as_text=True)
    assert "Jag frågar ersättarna för RSMH" in text
    assert ERIK.name in text and NILS.name in text
    assert "Du har svarat att du inte kommer." in text
    with web_services.uow() as uow:
        row = uow.session.scalars(select(Attendance)).one()
        assert (row.answer, row.answer_reason) == (Answer.NOT_COMING, "sjuk")
        asks = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.like("dm:ersattare:%"))
        ).all()
        assert len(asks) == 2
    read = browser.post(
        "/m/last", data={"csrf": token, "meeting": seeded.stormote}, follow_redirects=True
    )
    assert "Du har läst underlaget" in read.get_data(as_text=True)


def test_a_point_from_the_page_is_validated_and_receipted_as_by_command(
    web_services: Services,
) -> None:
    seeded = seed(web_services)
    browser, token = signed_in(web_services, app_for(web_services))
    empty = browser.post(
        "/m/punkt", data={"csrf": token, "council": 1, "title": "  "}, follow_redirects=True
    )
    assert 'role="alert"' in empty.get_data(as_text=True)
    sent = browser.post(
        "/m/punkt",
        data={"csrf": token, "council": 1, "meeting": seeded.stormote, "title": "Väntetider"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Väntetider" in sent and "stormöte torsdag 11 mars 2027" in sent
    assert "på dagordningen" in sent  # under Mina punkter, with its status
    with web_services.uow() as uow:
        point = uow.session.scalars(select(AgendaPoint)).one()
        assert (point.title, point.status, point.meeting_id) == (
            "Väntetider",
            PointStatus.ON_AGENDA,
            seeded.stormote,
        )


def test_the_formote_is_shown_to_the_associations_and_never_to_the_unit(
    web_services: Services,
) -> None:
    seeded = seed(web_services)
    app = app_for(web_services)
    anna, _ = signed_in(web_services, app)
    assert f'id="m{seeded.formote}"' in anna.get("/m/").get_data(as_text=True)
    vera = client(app)
    link = link_for(web_services, VERA)
    vera.post(link, data={"csrf": csrf_of(vera.get(link))})
    page = vera.get("/m/").get_data(as_text=True)
    assert f'id="m{seeded.stormote}"' in page
    assert f'id="m{seeded.formote}"' not in page and "örmöte" not in page
    # Nor by naming its id in a form.
    token = csrf_of(vera.get("/m/"))
    vera.post("/m/last", data={"csrf": token, "meeting": seeded.formote})
    with web_services.uow() as uow:
        assert uow.session.scalars(select(Attendance)).all() == []


def test_the_page_speaks_the_persons_language(web_services: Services) -> None:
    seed(web_services)
    with web_services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA.external_id))
        assert anna is not None
        anna.language = "en"
        uow.commit()
    browser, _ = signed_in(web_services, app_for(web_services))
    page = browser.get("/m/").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Are you coming?" in page and "Kommer du?" not in page


def test_serve_sends_the_member_pages_prefix_to_it_and_the_rest_as_before(
    web_services: Services,
) -> None:
    bolt = App(token="xoxb-test", signing_secret="test", token_verification_enabled=False)
    served = Client(wsgi_app(bolt, web=app_for(web_services)))
    assert served.get("/healthz").get_data() == b"ok"
    assert served.get("/m/").status_code == 401  # the member page: nobody signed in
    assert served.get("/m").status_code == 308  # to /m/
    assert served.get("/m/static/style.css").status_code == 200
    assert served.post("/slack/events", data="{}").status_code == 401  # Bolt: not signed
    assert served.get("/mote").status_code == 404  # not under the page's prefix
