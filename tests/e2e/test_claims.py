"""A fee claim end to end (issue 21): after the meeting the member confirms the day's claim on
the member page and corrects it; the secretary sees the period's claims in Slack, approves
them and gets the payroll file; the file and the member's own page agree to the öre, and an
approved claim no longer changes."""

from __future__ import annotations

import csv
import io
import re

from flask.testing import FlaskClient

from adapters.console.stack import LocalStack
from adapters.slack.ids import account
from adapters.web.app import create_app, secret_from
from bot.core.clock import ManualClock
from bot.members.links import MemberLinkService
from tests.e2e.attendance_steps import STARTS, dms, person_id, plan
from tests.e2e.cast import ANNA, LINA, OLLE, RAD, SARA, council_with_members, say
from tests.e2e.test_arvode import RULES, held_meeting

PUBLIC = "https://brukarbot.example.org"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
COUNCIL = re.compile(r'name="council" value="(\d+)"')


def annas_page(stack: LocalStack, clock: ManualClock) -> FlaskClient:
    """Anna signed in on the member page by a link of her own."""
    links = MemberLinkService(stack.services.uow, public_url=PUBLIC, language="sv")
    link = links.send_link(who=account(stack.slack.team_id, ANNA), now=clock.now()).url
    path = link.removeprefix(PUBLIC)
    browser = create_app(stack.services, secret=secret_from("test")).test_client()
    browser.environ_base.update(
        {"wsgi.url_scheme": "https", "HTTP_HOST": PUBLIC.removeprefix("https://")}
    )
    token = CSRF.search(browser.get(path).get_data(as_text=True))
    assert token is not None
    assert browser.post(path, data={"csrf": token.group(1)}).status_code == 303
    return browser


def claim(browser: FlaskClient, **fields: str) -> str:
    """Send the claim form of the one day on the page; the page after it."""
    home = browser.get("/m/").get_data(as_text=True)
    token, council = CSRF.search(home), COUNCIL.search(home)
    assert token is not None and council is not None
    form = {"csrf": token.group(1), "council": council.group(1), "day": "2027-03-11", **fields}
    sent = browser.post("/m/ersattning", data=form)
    assert sent.status_code == 303
    return browser.get(sent.headers["Location"]).get_data(as_text=True)


def payroll_file(stack: LocalStack) -> list[dict[str, str]]:
    [*_, file] = stack.slack.files.values()
    assert file["channels"] == [stack.slack.dm_channel(SARA)]
    content: bytes = file["content"]
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_a_claim_confirmed_corrected_approved_and_exported_agrees_to_the_ore(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)  # 11 March 13–16; Anna was there, told 33 000 a month, 120 travel
    assert "Noterat" in say(stack, SARA, RAD, "/arvode", f"intyg <@{ANNA}|anna>")
    browser = annas_page(stack, clock)
    page = browser.get("/m/").get_data(as_text=True)
    assert "Mina ersättningsanmälningar" in page and "Stormöte 13.00–16.00" in page

    # She had 3 hours deducted and travelled by bus: half day 600 + 3 × 200 + 120.
    page = claim(browser, deduction="ja", leave="3", travel="120")
    assert (
        "Tack! Din anmälan för torsdag 11 mars 2027 är skickad" in page and "1\u00a0320 kr" in page
    )
    # She remembers the half hour to get there: 3,5 hours, corrected before approval.
    page = claim(browser, deduction="ja", leave="3,5", travel="120")
    assert "Ändrat. Din anmälan för torsdag 11 mars 2027 är nu 1\u00a0420 kr" in page

    summary = say(stack, SARA, RAD, "/arvode", "anmälningar mars 2027")
    assert "*Ersättningsanmälningar i Brukarrådet Psykiatri Väst, mars 2027*" in summary
    assert "Anna Andersson: 1\u00a0420 kr (bekräftad, inte godkänd än)" in summary
    assert "Lina Lind (torsdag 11 mars 2027)" in summary  # there, not confirmed yet
    assert "Olle Ordförande (torsdag 11 mars 2027)" in summary
    for who in (OLLE, ANNA, LINA):
        refused = say(stack, who, RAD, "/arvode", "godkänn mars 2027")
        assert "Det är bara rådets sekreterare" in refused and "1\u00a0420" not in refused

    approved = say(stack, SARA, RAD, "/arvode", "godkänn mars 2027")
    assert (
        "Godkänt nu: 1 anmälan" in approved
        and "Anna Andersson: 1\u00a0420 kr (godkänd)" in approved
    )
    [row] = payroll_file(stack)
    assert (row["Datum"], row["Namn"], row["Förening"], row["Möten"]) == (
        "2027-03-11",
        "Anna Andersson",
        "RSMH Väst",
        "Stormöte 13:00–16:00",
    )
    assert (
        row["Dagarvode kr"],
        row["Löneavdrag timmar"],
        row["Timersättning kr"],
        row["Förlorad arbetsinkomst kr"],
        row["Resa kr"],
        row["Summa kr"],
    ) == ("600,00", "3,50", "200,00", "700,00", "120,00", "1420,00")
    assert (row["Status"], row["Godkänd av"]) == ("godkänd", "Sara Sekreterare")
    stack.tick(clock.now())  # the outbox goes out (with the meeting's evaluation)
    approved = (
        "Sekreteraren har godkänt din ersättningsanmälan för torsdag 11 mars 2027 i "
        "Brukarrådet Psykiatri Väst: 1\u00a0420 kr."
    )
    assert len([m for m in dms(stack, ANNA) if approved in m["text"]]) == 1  # she hears it, once
    say(stack, SARA, RAD, "/arvode", "godkänn mars 2027")  # nothing more to approve
    stack.tick(clock.now())
    assert sum("har godkänt din ersättningsanmälan" in m["text"] for m in dms(stack, ANNA)) == 1

    # Her page says the same, to the öre, and the claim no longer changes.
    page = browser.get("/m/").get_data(as_text=True)
    assert "Godkänd av sekreteraren" in page and "1\u00a0420 kr" in page
    assert 'action="/m/ersattning"' not in page
    token = CSRF.search(page)
    assert token is not None
    late = browser.post(
        "/m/ersattning", data={"csrf": token.group(1), "council": "1", "day": "2027-03-11"}
    )
    assert "redan godkänt" in browser.get(late.headers["Location"]).get_data(as_text=True)
    assert "godkände 1 ersättningsanmälan för 2027-03" in say(
        stack, OLLE, RAD, "/brukarrad", "logg"
    )
    # The blankett of her month, signed off with who approved and when: the same 1 420 kr,
    # on the secretary's file and on her own page alike (shared/seeds/001 L3733, L3773–3775).
    sent = say(stack, SARA, RAD, "/arvode", f"blankett <@{ANNA}|anna> mars 2027")
    assert "Blanketten för Anna Andersson, mars 2027, finns som fil" in sent
    [*_, file] = stack.slack.files.values()
    assert file["channels"] == [stack.slack.dm_channel(SARA)]
    assert file["name"] == "blankett-Anna-Andersson-mars-2027.html"
    secretarys = file["content"].decode("utf-8")
    own = browser.get("/m/blankett/1?period=2027-03").get_data(as_text=True)
    for form in (secretarys, own):
        assert "Ersättning vid samråd: Anna Andersson, mars 2027" in form
        assert "Betalare: Brukarrådet Psykiatri Väst" in form and "Förening: RSMH Väst" in form
        assert "Stormöte 13.00–16.00 (3 tim)" in form and "3,5 tim" in form
        assert "<td class=money>1 420</td><td>Sara Sekreterare, fredag 12 mars 2027" in form
    assert "bara rådets sekreterare" in say(stack, ANNA, RAD, "/arvode", f"blankett <@{LINA}|lina>")
    assert "Skriv `/arvode blankett @namn [period]`" in say(stack, SARA, RAD, "/arvode", "blankett")


SECRET = "Vi litar inte på avdelningschefen"


def test_the_payer_sees_that_and_how_long_a_formote_was_never_what_it_was_about(
    stack: LocalStack, clock: ManualClock
) -> None:
    """A förmöte 10–12 and the stormöte 13–16 the same day: one claim, one journey; the unit's
    secretary sees the förmöte's times and nothing of its content."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/arvode", RULES)
    say(stack, ANNA, RAD, "/arvode", "mina uppgifter resa 120")
    stormote = plan(stack)
    formote = plan(stack, "förmöte torsdag 11 mars kl 10-12", by=OLLE)
    say(stack, ANNA, RAD, "/punkt", f"förmöte {SECRET}")
    anna = person_id(stack, ANNA)
    for meeting, by, hour in ((formote, OLLE, 11), (stormote, SARA, 14)):
        clock.set(STARTS.replace(hour=hour))
        stack.driver.command(by, RAD, "/narvaro", str(meeting))
        view = stack.slack.open_view(by)
        assert view is not None
        stack.driver.view_submission(by, view["id"], {f"presence_{anna}": {"value": "närvarande"}})
    clock.set(STARTS.replace(day=12, hour=9))
    browser = annas_page(stack, clock)
    page = claim(browser, travel="120")
    # 2 h + 3 h: over 4 hours, one full day; the journey once.
    assert "Förmöte 10.00–12.00" in page and "Stormöte 13.00–16.00" in page
    assert "heldag, 1\u00a0000 kr" in page and "1\u00a0120 kr" in page
    summary = say(stack, SARA, RAD, "/arvode", "anmälningar mars 2027")
    assert "Anna Andersson: 1\u00a0120 kr" in summary
    [row] = payroll_file(stack)
    assert row["Möten"] == "Förmöte 10:00–12:00, Stormöte 13:00–16:00"
    assert (row["Mötestimmar"], row["Dagarvode"], row["Resa kr"]) == ("5,00", "heldag", "120,00")
    files = "".join(f["content"].decode("utf-8-sig") for f in stack.slack.files.values())
    for seen in (summary, files):
        assert SECRET not in seen and "litar" not in seen
