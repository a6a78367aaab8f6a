"""Other expenses with a receipt (issue 21): a photo or PDF of the receipt given with the claim on
the member page, or shared in the Slack DM where the claim was offered; the secretary sees it
when approving, the payroll file names where it is, and it is the member's personal data:
in their export, erased with them. Too large or not a picture: a Swedish message saying what
would work, and nothing kept."""

from __future__ import annotations

import base64
import csv
import io
import json
import re

from flask.testing import FlaskClient
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.ids import account
from adapters.storage.models import FeeClaim, FeeReceipt
from adapters.web.app import create_app, secret_from
from bot.core.clock import ManualClock
from bot.members.links import MemberLinkService
from tests.e2e.attendance_steps import dms, person_id
from tests.e2e.cast import ANNA, LINA, RAD, SARA, say
from tests.e2e.test_arvode import held_meeting
from tests.e2e.test_claim_offers import offer_to, press
from tests.e2e.test_claims import CSRF, PUBLIC

# The first bytes of a photo and of a PDF: what a receipt is, is read from them.
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n"
RECEIPT_LINK = re.compile(r'href="/m/kvitto/(\d+)"')


def page_of(stack: LocalStack, clock: ManualClock, user: str) -> FlaskClient:
    """The user signed in on the member page by a link of their own."""
    links = MemberLinkService(stack.services.uow, public_url=PUBLIC, language="sv")
    path = links.send_link(who=account(stack.slack.team_id, user), now=clock.now()).url
    browser = create_app(stack.services, secret=secret_from("test")).test_client()
    browser.environ_base.update(
        {"wsgi.url_scheme": "https", "HTTP_HOST": PUBLIC.removeprefix("https://")}
    )
    path = path.removeprefix(PUBLIC)
    token = CSRF.search(browser.get(path).get_data(as_text=True))
    assert token is not None
    assert browser.post(path, data={"csrf": token.group(1)}).status_code == 303
    return browser


def send_claim(browser: FlaskClient, receipt: tuple[bytes, str] | None, **fields: str) -> str:
    """The day's claim form sent as the browser sends it (multipart, with the file chosen)."""
    token = CSRF.search(browser.get("/m/").get_data(as_text=True))
    assert token is not None
    form: dict[str, object] = {"csrf": token.group(1), "council": "1", "day": "2027-03-11"}
    form.update(fields)
    if receipt is not None:
        form["receipt"] = (io.BytesIO(receipt[0]), receipt[1])
    sent = browser.post("/m/ersattning", data=form, content_type="multipart/form-data")
    assert sent.status_code == 303
    return browser.get(sent.headers["Location"]).get_data(as_text=True)


def receipts(stack: LocalStack) -> list[FeeReceipt]:
    with stack.services.uow() as uow:
        found = list(uow.session.scalars(select(FeeReceipt).order_by(FeeReceipt.id)))
        uow.session.expunge_all()
        return found


def claims(stack: LocalStack) -> list[FeeClaim]:
    with stack.services.uow() as uow:
        found = list(uow.session.scalars(select(FeeClaim)))
        uow.session.expunge_all()
        return found


def test_a_receipt_given_with_the_claim_is_seen_when_approving_and_named_in_the_export(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)  # 11 March 13–16: Anna there; 600 half day, her 120 travel
    anna = page_of(stack, clock, ANNA)
    page = send_claim(anna, (JPEG, "kvitto.jpg"), travel="120", expense="45", expense_note="Taxi")
    assert "Tack! Din anmälan för torsdag 11 mars 2027 är skickad" in page
    [receipt_id] = {int(found) for found in RECEIPT_LINK.findall(page)}
    shown = anna.get(f"/m/kvitto/{receipt_id}")
    assert (shown.status_code, shown.data, shown.mimetype) == (200, JPEG, "image/jpeg")
    assert shown.headers["X-Content-Type-Options"] == "nosniff"

    # Corrected without a new file, the receipt stays with the expense.
    page = send_claim(anna, None, travel="100", expense="45", expense_note="Taxi")
    assert "Ändrat. Din anmälan för torsdag 11 mars 2027 är nu 745 kr" in page
    assert {int(found) for found in RECEIPT_LINK.findall(page)} == {receipt_id}
    # A new one replaces it, and the old one is not kept.
    page = send_claim(anna, (PDF, "kvitto.pdf"), travel="100", expense="45", expense_note="Taxi")
    [pdf_id] = {int(found) for found in RECEIPT_LINK.findall(page)}
    assert [(r.id, r.content_type) for r in receipts(stack)] == [(pdf_id, "application/pdf")]

    # The secretary sees it when approving: in the summary, on the blankett, on the page.
    approved = say(stack, SARA, RAD, "/arvode", "godkänn mars 2027")
    assert "Anna Andersson: 745 kr (godkänd) · kvitto" in approved
    [*_, payroll] = stack.slack.files.values()
    [row] = csv.DictReader(io.StringIO(payroll["content"].decode("utf-8-sig")), delimiter=";")
    assert (row["Övriga utlägg kr"], row["Utlägg avser"]) == ("45,00", "Taxi")
    assert row["Kvitto"] == f"/m/kvitto/{pdf_id}"
    sara = page_of(stack, clock, SARA)
    blankett = sara.get(f"/m/blankett/1?period=2027-03&person={person_id(stack, ANNA)}")
    assert f'<a href="/m/kvitto/{pdf_id}">Kvitto</a>' in blankett.get_data(as_text=True)
    assert sara.get(f"/m/kvitto/{pdf_id}").data == PDF
    # Nobody else sees it, nor learns that it is there.
    assert page_of(stack, clock, LINA).get(f"/m/kvitto/{pdf_id}").status_code == 404


def test_a_receipt_too_large_or_no_picture_is_refused_in_swedish_and_nothing_is_kept(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)
    anna = page_of(stack, clock, ANNA)
    huge = JPEG + bytes(6 * 1024 * 1024)
    page = send_claim(anna, (huge, "kvitto.jpg"), expense="45")
    assert "Kvittot är för stort (6 MB). Skicka en bild (JPEG, PNG, WebP eller HEIC)" in page
    assert "eller en PDF på högst 5 MB" in page
    page = send_claim(anna, (b"Hej, taxin kostade 45 kr", "kvitto.jpg"), expense="45")
    assert "”kvitto.jpg” är inte en bild eller PDF som kan sparas som kvitto" in page
    page = send_claim(anna, (JPEG, "kvitto.jpg"), expense_note="Taxi")
    assert "Skriv beloppet för övriga utlägg, till exempel 45, när du bifogar ett kvitto." in page
    assert receipts(stack) == [] and claims(stack) == []


def test_a_photo_shared_in_the_dm_of_the_offer_is_the_claims_receipt(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)
    stack.tick(clock.now())  # the claim offered in her DM: 600 + 120 travel
    offer = offer_to(stack, ANNA)
    dm = stack.slack.dm_channel(ANNA)
    # A photo with no amount: she is told what to write, and nothing is kept.
    stack.driver.message(ANNA, dm, "", thread_ts=offer["ts"], files=[("IMG_0412.jpg", JPEG)])
    assert any("till exempel ”Parkering 45 kr”" in m["text"] for m in dms(stack, ANNA))
    assert receipts(stack) == []

    shared = stack.driver.message(
        ANNA, dm, "Parkering 45 kr", thread_ts=offer["ts"], files=[("IMG_0413.jpg", JPEG)]
    )
    assert shared.ok, shared
    [*_, photo] = stack.slack.files.values()
    assert stack.slack.calls_to("files.info")[-1].args["file"] == photo["id"]
    told = [m for m in dms(stack, ANNA) if "Kvittot är sparat" in m["text"]]
    assert len(told) == 1
    assert (
        "Kvittot är sparat: 45 kr för Parkering i övriga utlägg på ditt arvode för torsdag "
        "11 mars 2027 (Brukarrådet Psykiatri Väst), totalt 765 kr." in told[0]["text"]
    )
    [kept] = receipts(stack)
    assert (kept.name, kept.amount, kept.note) == ("IMG_0413.jpg", 4500, "Parkering")

    # She confirms the offer as it stands: with the parking and its receipt.
    press(stack, ANNA, offer, "claim_confirm")
    [claim] = claims(stack)
    assert claim.total == 76_500
    assert claim.stated["expenses"] == [{"amount": 4500, "note": "Parkering", "receipt": kept.id}]
    assert "Anna Andersson: 765 kr (bekräftad, inte godkänd än) · kvitto" in say(
        stack, SARA, RAD, "/arvode", "anmälningar mars 2027"
    )
    # Another photo after confirming corrects the claim; the first receipt is not kept.
    stack.driver.message(ANNA, dm, "Parkering 60 kr", files=[("IMG_0414.jpg", JPEG)])
    [again] = receipts(stack)
    assert again.id != kept.id and again.amount == 6000
    [claim] = claims(stack)
    assert claim.total == 78_000
    assert any("ditt arvode för torsdag 11 mars 2027" in m["text"] and "är ändrat" in m["text"]
               for m in dms(stack, ANNA))  # fmt: skip


def test_receipts_are_in_the_export_and_erased_with_the_person(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)
    send_claim(page_of(stack, clock, ANNA), (JPEG, "kvitto.jpg"), expense="45", expense_note="Taxi")
    say(stack, ANNA, RAD, "/minadata", "export")
    [*_, export] = stack.slack.files.values()
    data = json.loads(export["content"].decode("utf-8"))
    [receipt] = data["fee_receipts"]
    assert (receipt["day"], receipt["name"], receipt["amount_ore"]) == (
        "2027-03-11",
        "kvitto.jpg",
        4500,
    )
    assert base64.b64decode(receipt["content_base64"]) == JPEG

    stack.services.privacy.erase_of(person_id=person_id(stack, ANNA), now=clock.now())
    assert receipts(stack) == []
