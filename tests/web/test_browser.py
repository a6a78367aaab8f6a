"""The member page in a real browser: Debian's chromium, headless, driven by Playwright (no
browser of its own downloaded). A member asks for their link in Slack, signs in by it, sends
an apology and a point by clicking, at a phone's width too; axe-core finds no serious or
critical violation on any page; screenshots are kept under the tests' tmp dir.

One module, one browser for all of it, to keep the suite's time in check."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from sqlalchemy import select

from adapters.console.stack import SIGNING_SECRET, LocalStack
from adapters.slack.blocks.attendance import substitute_asks
from adapters.slack.http import wsgi_app
from adapters.slack.ids import account, conversation
from adapters.storage.models import AgendaPoint, OutboxMessage
from adapters.web.app import create_app, secret_from
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.databases import SqliteTemplate
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, local_stack, say
from tests.e2e.smtp_inbox import Inbox, mail_settings
from tests.processes import free_port

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
)
LINK = re.compile(r"https?://[^\s|>]+/m/in/[\w-]+")
PHONE = {"width": 360, "height": 740}


class _Threading(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("member-page-screenshots")


def _serve(
    database_url: str, clock: ManualClock, env: dict[str, str]
) -> Iterator[tuple[LocalStack, str]]:
    """The local Slack and the bot, and `serve`'s WSGI application (Slack and the member
    page by path) on a port of its own, PUBLIC_URL pointing there."""
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    with local_stack(database_url, clock, env={**env, "PUBLIC_URL": public}) as stack:
        web = create_app(
            stack.services, secret=secret_from(SIGNING_SECRET), compose_answer=substitute_asks
        )
        server = make_server(
            "127.0.0.1",
            port,
            wsgi_app(stack.app, web=web),
            server_class=_Threading,
            handler_class=_Quiet,
        )
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield stack, public
        finally:
            server.shutdown()
            server.server_close()


@pytest.fixture
def served(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock
) -> Iterator[tuple[LocalStack, str]]:
    yield from _serve(_sqlite_template.fresh(tmp_path / "web.db"), clock, {})


@pytest.fixture
def served_with_mail(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock, inbox: Inbox
) -> Iterator[tuple[LocalStack, str]]:
    """As `served`, sending email to `inbox` (a real SMTP server)."""
    yield from _serve(_sqlite_template.fresh(tmp_path / "web.db"), clock, mail_settings(inbox))


def no_serious_violations(page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    serious = [
        (v["id"], v["impact"], v["help"]) for v in found if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], page.url


def test_a_member_signs_in_by_link_answers_and_sends_a_point(
    browser: Any, served: tuple[LocalStack, str], shots: Path
) -> None:
    stack, public = served
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 4 mars 2027 kl 13-16 i Stora salen")
    say(stack, SARA, RAD, "/kallelse", "underlag https://example.org/plan.pdf Verksamhetsplan")
    team = stack.slack.team_id
    caller = {"who": account(team, SARA), "where": conversation(team, RAD)}
    stack.services.kallelse.send(meeting_id=1, anyway=True, now=stack.clock.now(), **caller)

    assert "direktmeddelande" in say(stack, ANNA, RAD, "/minadata", "sida")
    dm = stack.slack.messages(stack.slack.dm_channel(ANNA))[-1]["text"]
    found = LINK.search(dm)
    assert found and found.group().startswith(public), dm
    link = found.group()

    context = browser.new_context(locale="sv-SE")
    page = context.new_page()
    page.goto(link)
    no_serious_violations(page)
    page.screenshot(path=str(shots / "1-sign-in.png"), full_page=True)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{public}/m/")
    assert page.get_by_role("heading", name="Brukarrådet Psykiatri Väst").is_visible()
    assert page.get_by_role("link", name="Verksamhetsplan").is_visible()
    no_serious_violations(page)
    page.screenshot(path=str(shots / "2-home.png"), full_page=True)

    page.get_by_label("Nej, jag kan inte komma").check()
    page.get_by_label("Orsak om du inte kommer (frivilligt)").fill("Sjuk")
    page.get_by_role("button", name="Skicka svar").click()
    assert page.get_by_role("status").filter(has_text="Jag frågar ersättarna").is_visible()
    assert page.get_by_text("Du har svarat att du inte kommer.").is_visible()
    no_serious_violations(page)

    page.get_by_label("Rubrik").fill("Tolk vid besök")
    page.get_by_label("Beskrivning (frivillig)").fill("Det behövs tolk oftare.")
    page.get_by_role("button", name="Skicka punkten").click()
    assert page.get_by_role("status").filter(has_text="Tolk vid besök").is_visible()
    assert page.locator(".points").get_by_text("Tolk vid besök").is_visible()
    page.screenshot(path=str(shots / "3-answered-and-point.png"), full_page=True)

    page.set_viewport_size(PHONE)
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    no_serious_violations(page)
    page.screenshot(path=str(shots / "4-phone.png"), full_page=True)

    # The year report: the figures, each chart a picture named by its alt text.
    page.get_by_role("link", name="Rådets årsrapport, med diagram").click()
    page.wait_for_url(f"{public}/m/arsrapport/1")
    assert page.get_by_role(
        "heading", name="Årsrapport 2026 – Brukarrådet Psykiatri Väst"
    ).is_visible()
    assert page.get_by_role(
        "img", name=re.compile("^Stapeldiagram över årets punkter")
    ).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    no_serious_violations(page)
    page.screenshot(path=str(shots / "4a-year-report.png"), full_page=True)
    page.get_by_role("link", name="Tillbaka till medlemssidan").click()
    page.wait_for_url(f"{public}/m/")

    page.get_by_role("link", name="Se vad som är sparat om dig").click()
    page.wait_for_url(f"{public}/m/uppgifter")
    assert page.get_by_role("heading", name="Mina uppgifter", level=1).is_visible()
    assert page.get_by_role("button", name="Radera mina uppgifter").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    no_serious_violations(page)
    page.screenshot(path=str(shots / "4b-my-data.png"), full_page=True)
    page.get_by_role("link", name="Tillbaka till medlemssidan").click()
    page.wait_for_url(f"{public}/m/")

    page.get_by_role("button", name="Logga ut").click()
    assert page.get_by_role("heading", name="Du är inte inloggad").is_visible()
    no_serious_violations(page)
    page.goto(link)  # used up
    assert page.get_by_role("heading", name="Länken fungerar inte").is_visible()
    no_serious_violations(page)
    page.screenshot(path=str(shots / "5-link-used.png"), full_page=True)
    context.close()

    with stack.services.uow() as uow:
        point = uow.session.scalars(select(AgendaPoint)).one()
        assert (point.title, point.description) == ("Tolk vid besök", "Det behövs tolk oftare.")
        asks = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.like("dm:ersattare:%"))
        ).all()
        assert len(asks) == 1  # RSMH Väst's one ersättare, Erik


def test_an_email_member_confirms_the_address_and_approves_minutes_in_the_browser(
    browser: Any, served_with_mail: tuple[LocalStack, str], inbox: Inbox, shots: Path
) -> None:
    stack, public = served_with_mail
    council_with_members(stack)
    added = 'ledamot e-post eva@example.org justerare "RSMH Väst" Eva Ek'
    assert "Klart" in say(stack, SARA, RAD, "/brukarrad", added)
    [mail] = inbox.to("eva@example.org")
    text = mail.get_body(("plain",))
    assert text is not None
    found = re.search(r"https?://[^\s]+/m/bekrafta/[\w-]+", str(text.get_content()))
    assert found and found.group().startswith(public)

    context = browser.new_context(locale="sv-SE")
    page = context.new_page()
    page.goto(found.group())
    no_serious_violations(page)
    page.screenshot(path=str(shots / "6-confirm.png"), full_page=True)
    page.get_by_role("button", name="Bekräfta adressen").click()
    page.wait_for_url(f"{public}/m/")
    assert page.get_by_role("status").filter(has_text="Din e-postadress är bekräftad").is_visible()
    no_serious_violations(page)

    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16 i Stora salen")
    stack.clock.set(datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM))
    say(stack, SARA, RAD, "/protokoll", "punkt 1")
    say(stack, SARA, RAD, "/protokoll", "beslut: Rådet välkomnar Eva Ek.")
    stack.clock.set(datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM))
    say(stack, SARA, RAD, "/protokoll", "justera")
    page.set_viewport_size(PHONE)
    page.reload()
    assert page.get_by_text("Rådet välkomnar Eva Ek.").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    no_serious_violations(page)
    page.screenshot(path=str(shots / "7-justering.png"), full_page=True)
    page.get_by_role("button", name="Justera: protokollet stämmer").click()
    assert page.get_by_role("status").filter(has_text="Du har justerat protokollet").is_visible()
    no_serious_violations(page)
    context.close()
    assert "publicerat" in say(stack, SARA, RAD, "/protokoll", "publicera")


def test_an_officer_adds_a_member_by_email_in_the_browser(
    browser: Any, served_with_mail: tuple[LocalStack, str], inbox: Inbox, shots: Path
) -> None:
    """The secretary fills in the form on the member page, at a phone's width; axe finds
    nothing serious; the person gets the confirmation, and nothing else, at the next pass."""
    stack, public = served_with_mail
    council_with_members(stack)
    say(stack, SARA, RAD, "/minadata", "sida")
    found = LINK.search(stack.slack.messages(stack.slack.dm_channel(SARA))[-1]["text"])
    assert found and found.group().startswith(public)

    context = browser.new_context(locale="sv-SE", viewport=PHONE)
    page = context.new_page()
    page.goto(found.group())
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{public}/m/")
    assert page.get_by_role("heading", name="Lägg till en ledamot med e-post").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    no_serious_violations(page)
    page.get_by_label("Namn", exact=True).fill("Eva Ek")
    page.get_by_label("E-postadress", exact=True).fill("eva@example.org")
    page.get_by_label("Roll").select_option("ledamot")
    page.get_by_label("Förening", exact=True).select_option("RSMH Väst")
    page.get_by_role("button", name="Lägg till").click()
    assert page.get_by_role("status").filter(has_text="Klart: Eva Ek är nu ledamot").is_visible()
    no_serious_violations(page)
    page.screenshot(path=str(shots / "8-member-added.png"), full_page=True)
    context.close()

    stack.tick(stack.clock.now())
    [mail] = inbox.to("eva@example.org")
    assert str(mail["Subject"]).startswith("Bekräfta din e-postadress")


def test_an_officer_keeps_the_arshjul_in_the_browser(
    browser: Any, served: tuple[LocalStack, str], shots: Path
) -> None:
    """The secretary adds an activity and moves it by the årshjul's forms, at a phone's
    width; axe finds nothing serious; the chat's /brukarrad årshjul shows the same."""
    stack, public = served
    council_with_members(stack)
    say(stack, SARA, RAD, "/minadata", "sida")
    found = LINK.search(stack.slack.messages(stack.slack.dm_channel(SARA))[-1]["text"])
    assert found

    context = browser.new_context(locale="sv-SE", viewport=PHONE)
    page = context.new_page()
    page.goto(found.group())
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{public}/m/")
    page.get_by_role("link", name="Årshjulet").click()
    page.wait_for_url(re.compile(r".*/m/arshjul/\d+$"))
    page.get_by_label("Månad", exact=True).select_option(label="December")
    page.get_by_label("Vad som ska tas upp").fill("Julfika med verksamheten")
    page.get_by_label("Gemensam aktivitet").check()
    page.get_by_role("button", name="Lägg till", exact=True).click()
    assert page.get_by_role("status").filter(has_text="”Julfika med verksamheten”").is_visible()
    assert page.get_by_text(
        "1. Julfika med verksamheten (gemensam aktivitet, planerad)"
    ).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    no_serious_violations(page)

    page.get_by_text("Ändra eller ta bort punkt 1").click()
    item = page.locator("li", has_text="1. Julfika")
    item.get_by_label("Månad", exact=True).select_option(label="November")
    item.get_by_label("Hur aktiviteten går").select_option(label="pågår")
    no_serious_violations(page)
    page.screenshot(path=str(shots / "9-arshjul-edit.png"), full_page=True)
    item.get_by_role("button", name="Spara punkt 1").click()
    assert page.get_by_role("status").filter(has_text="står nu i årshjulet i november").is_visible()
    no_serious_violations(page)
    context.close()
    wheel = say(stack, ANNA, RAD, "/brukarrad", "årshjul")
    assert "1. Julfika med verksamheten _(gemensam aktivitet, pågår)_" in wheel
    assert wheel.index("*November*") < wheel.index("Julfika") < wheel.index("*December*")
