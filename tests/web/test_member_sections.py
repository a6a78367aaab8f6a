"""The member page's own sections, over HTTP (Flask's test client): my action items, my fee
basis and my data, read through the same domain functions as `/atgard`, `/arvode mitt` and
`/minadata`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import ActionItem, Event, MemberLink, Person
from bot.attendance.service import RegisterEntry
from bot.core.clock import ManualClock
from bot.core.vocabulary import ActionStatus, Presence
from bot.fees.parsing import parse_fee_settings, parse_period
from bot.privacy import FORMER
from tests.bot.test_substitutes import ANNA, ERIK, SARA
from tests.conftest import NOW
from tests.web.member_council import link_for, seed
from tests.web.test_member_page import app_for, client, counts, csrf_of, signed_in


def _person_id(services: Services, user_id: str) -> int:
    with services.uow() as uow:
        person = uow.directory.person(account("T", user_id))
        assert person is not None
        return person.id


def test_my_action_items_are_my_open_ones_with_meeting_and_due_date(
    web_services: Services,
) -> None:
    seeded = seed(web_services)
    anna, erik = (
        _person_id(web_services, ANNA.external_id),
        _person_id(web_services, ERIK.external_id),
    )
    with web_services.uow() as uow:
        for owner, text, meeting, due, status in (
            (anna, "Boka lokal till hösten", seeded.stormote, date(2026, 11, 15), None),
            (anna, "Skriv till nämnden", None, None, None),
            (anna, "Redan gjort", seeded.stormote, None, ActionStatus.DONE),
            (erik, "Eriks sak", seeded.stormote, date(2026, 12, 1), None),
        ):
            item = ActionItem(
                council_id=1,
                owner_id=owner,
                text=text,
                meeting_id=meeting,
                due_on=due,
                created_at=NOW,
            )
            if status is not None:
                item.status, item.closed_at = status, NOW
            uow.actions.add(item)
        uow.commit()
    browser, _ = signed_in(web_services, app_for(web_services))
    page = browser.get("/m/").get_data(as_text=True)
    mine = page[page.index("Mina åtgärder") :]
    assert "Boka lokal till hösten" in mine
    assert "från stormöte torsdag 11 mars 2027" in mine
    assert "skulle ha varit klar söndag 15 november 2026" in mine  # before NOW: late
    assert "Skriv till nämnden" in mine and "inget slutdatum" in mine
    assert "Redan gjort" not in mine and "Eriks sak" not in mine


NEXT_YEAR = date(2028, 1, 1)


def test_after_a_meeting_my_claim_waits_prefilled_and_i_confirm_it_on_the_page(
    web_services: Services, clock: ManualClock
) -> None:
    seeded = seed(web_services)
    web_services.fees.change_settings(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000"),
        now=NOW,
    )
    web_services.fees.update_profile(
        who=account("T", ANNA.external_id),
        changes={"monthly_salary": 33000, "travel_per_meeting": 120},
        now=NOW,
    )
    anna, erik = (
        _person_id(web_services, ANNA.external_id),
        _person_id(web_services, ERIK.external_id),
    )
    web_services.attendance.register(
        who=account("T", SARA.external_id),
        meeting_id=seeded.stormote,
        entries=[RegisterEntry(p, Presence.PRESENT) for p in (anna, erik)],
        now=datetime(2027, 3, 11, 13, 0, tzinfo=NOW.tzinfo),
    )
    after = datetime(2027, 3, 20, 12, 0, tzinfo=NOW.tzinfo)
    clock.set(after)
    browser, token = signed_in(web_services, app_for(web_services), now=after)
    before = counts(web_services)
    page = browser.get("/m/").get_data(as_text=True)
    assert counts(web_services) == before  # looking changes nothing
    claims = page[page.index("Mina ersättningsanmälningar") :]
    assert claims.count("torsdag 11 mars 2027") == 1  # her day alone, not Erik's
    assert "Stormöte 13.00–16.00" in claims and "Inte bekräftad ännu" in claims
    assert "halvdag, 600 kr" in claims and 'value="120"' in claims  # her usual journey
    with web_services.uow() as uow:
        found = uow.directory.council(conversation("T", "C"))
        assert found is not None
        council_id = found.id
    day = {"csrf": token, "council": str(council_id), "day": "2027-03-11"}
    refused = browser.post("/m/ersattning", data={**day, "travel": "hundra"})
    assert refused.status_code == 303
    page = browser.get(refused.headers["Location"]).get_data(as_text=True)
    assert "Skriv beloppet i kronor, till exempel 54 eller 54,50." in page
    assert browser.post("/m/ersattning", data={**day, "csrf": "fel"}).status_code == 400
    with web_services.uow() as uow:  # nothing half-written
        assert uow.fee_profiles.claims_of(anna, [council_id], date(2027, 1, 1), NEXT_YEAR) == []
    sent = browser.post(
        "/m/ersattning", data={**day, "deduction": "ja", "leave": "3", "travel": "120"}
    )
    page = browser.get(sent.headers["Location"]).get_data(as_text=True)
    # No certificate of income seen yet: the lost income waits, and the page says why.
    assert (
        "Tack! Din anmälan för torsdag 11 mars 2027 är skickad till sekreteraren: 720 kr"
    ) in page
    assert "Bekräftad, väntar på sekreterarens godkännande" in page
    assert "när sekreteraren har sett ett intyg om din inkomst" in page
    assert "Ändra och bekräfta igen" in page and 'name="deduction" value="ja" checked' in page
    mine = browser.get("/m/uppgifter").get_data(as_text=True)  # what is stored, shown
    assert "Ersättningsanmälningar: 1 som du har bekräftat" in mine
    # Her blankett of the month, to print: what she confirmed, waiting for approval
    # (shared/seeds/001 L3733, L3773–3775).
    assert f"/m/blankett/{council_id}?period=2027-03" in page
    form = browser.get(f"/m/blankett/{council_id}?period=2027-03").get_data(as_text=True)
    assert "Ersättning vid samråd: Anna Andersson, mars 2027" in form
    assert "Stormöte 13.00–16.00 (3 tim)" in form and "väntar på godkännande" in form
    assert ">720<" in form and "Erik" not in form
    web_services.claims.approve(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        period=parse_period("mars 2027", now=after, zone=NOW.tzinfo),
        now=after,
    )
    form = browser.get(f"/m/blankett/{council_id}?period=2027-03").get_data(as_text=True)
    assert "Sara Sekreterare, lördag 20 mars 2027 12.00" in form
    # Erik's is not hers to see, nor is a period that is not one.
    assert browser.get(f"/m/blankett/{council_id}?period=2027-03&person={erik}").status_code == 404
    assert browser.get(f"/m/blankett/{council_id}?period=igår").status_code == 404
    # The secretary prints hers from their own page, and the chair's log says so.
    secretary = client(app_for(web_services))
    link = link_for(web_services, SARA, now=after)
    assert secretary.post(link, data={"csrf": csrf_of(secretary.get(link))}).status_code == 303
    theirs = secretary.get(f"/m/blankett/{council_id}?period=2027-03&person={anna}")
    assert "Ersättning vid samråd: Anna Andersson, mars 2027" in theirs.get_data(as_text=True)
    with web_services.uow() as uow:
        kinds = uow.session.scalars(
            select(Event.kind).where(Event.actor_id == _person_id(web_services, SARA.external_id))
        ).all()
    assert "fees.report_exported" in kinds


def test_my_data_reads_as_text_and_downloads_as_a_logged_text_file(
    web_services: Services,
) -> None:
    seed(web_services)
    browser, token = signed_in(web_services, app_for(web_services))
    home = browser.get("/m/").get_data(as_text=True)
    assert 'href="/m/uppgifter"' in home
    before = counts(web_services)
    page = browser.get("/m/uppgifter").get_data(as_text=True)
    assert counts(web_services) == before  # looking changes nothing
    assert "Det här har jag sparat om dig" in page and ANNA.name in page
    assert "Rådet" in page and "ledamot" in page and "{" not in page  # words, not JSON
    assert browser.post("/m/uppgifter", data={}).status_code == 400  # no CSRF: no copy
    copy = browser.post("/m/uppgifter", data={"csrf": token})
    assert copy.mimetype == "text/plain"
    assert 'filename="mina-uppgifter.txt"' in copy.headers["Content-Disposition"]
    text = copy.get_data(as_text=True)
    assert f"Namn: {ANNA.name}" in text and "<" not in text and "*" not in text
    with web_services.uow() as uow:
        kinds = [e.kind for e in uow.session.scalars(select(Event))]
        assert kinds.count("person.exported") == 1  # as /minadata export logs it


def test_erasing_asks_first_then_ends_the_session_and_every_link(
    web_services: Services,
) -> None:
    seed(web_services)
    app = app_for(web_services)
    browser, token = signed_in(web_services, app)
    unused = link_for(web_services)
    before = counts(web_services)
    page = browser.get("/m/uppgifter").get_data(as_text=True)
    assert "Vill du radera dina uppgifter?" in page and 'action="/m/radera"' in page
    assert browser.get("/m/radera").status_code == 405  # a GET never erases
    assert browser.post("/m/radera", data={"confirm": "ja"}).status_code == 400  # no CSRF
    forged = browser.post("/m/radera", data={"confirm": "ja", "csrf": "forged"})
    assert forged.status_code == 400
    unticked = browser.post("/m/radera", data={"csrf": token}, follow_redirects=True)
    assert "Ingenting är raderat" in unticked.get_data(as_text=True)
    assert counts(web_services) == before
    assert _person_id(web_services, ANNA.external_id)  # still there

    erased = browser.post("/m/radera", data={"csrf": token, "confirm": "ja"})
    assert erased.status_code == 200
    assert "Dina uppgifter är raderade" in erased.get_data(as_text=True)
    with web_services.uow() as uow:
        assert uow.directory.person(account("T", ANNA.external_id)) is None
        assert uow.session.scalars(select(MemberLink)).all() == []
        assert FORMER in [p.display_name for p in uow.session.scalars(select(Person))]
    assert browser.get("/m/").status_code == 401  # the session ended
    assert client(app).get(unused).status_code == 410  # and no link opens the page again
