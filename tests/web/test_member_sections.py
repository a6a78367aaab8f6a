"""The member page's own sections, over HTTP (Flask's test client): my action items, my fee
basis and my data, read through the same domain functions as `/atgard`, `/arvode mitt` and
`/minadata`."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from adapters.slack.ids import account
from adapters.storage.models import ActionItem, Event, MemberLink, Person
from bot.attendance.service import RegisterEntry
from bot.core.clock import ManualClock
from bot.core.vocabulary import ActionStatus, Presence
from bot.fees.parsing import parse_fee_settings, parse_period
from bot.meetings.labels import kronor
from bot.privacy import FORMER
from bot.runtime.services import Services
from tests.bot.test_substitutes import ANNA, ERIK, SARA
from tests.conftest import NOW
from tests.web.member_council import link_for, seed
from tests.web.test_member_page import app_for, client, counts, signed_in


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


def test_my_fee_basis_is_this_years_with_the_figures_of_arvode_mitt(
    web_services: Services, clock: ManualClock
) -> None:
    seeded = seed(web_services)
    secretary = {"team_id": "T", "channel_id": "C", "user_id": SARA.external_id}
    web_services.fees.change_settings(
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4 tak 45000"),
        now=NOW,
        **secretary,
    )
    web_services.fees.update_profile(
        team_id="T",
        user_id=ANNA.external_id,
        changes={"monthly_salary": 33000, "travel_per_meeting": 120},
        now=NOW,
    )
    anna, erik = (
        _person_id(web_services, ANNA.external_id),
        _person_id(web_services, ERIK.external_id),
    )
    held = datetime(2027, 3, 11, 13, 0, tzinfo=NOW.tzinfo)
    web_services.attendance.register(
        team_id="T",
        user_id=SARA.external_id,
        meeting_id=seeded.stormote,
        entries=[RegisterEntry(p, Presence.PRESENT) for p in (anna, erik)],
        now=held,
    )
    after = datetime(2027, 3, 20, 12, 0, tzinfo=NOW.tzinfo)
    clock.set(after)
    [own] = web_services.fees.own_basis(
        period=parse_period("2027", now=after, zone=ZoneInfo("Europe/Stockholm")),
        now=after,
        **{**secretary, "user_id": ANNA.external_id},
    ).rows
    browser, _ = signed_in(web_services, app_for(web_services), now=after)
    page = browser.get("/m/").get_data(as_text=True)
    fees = page[page.index("Mitt arvodesunderlag 2027") :]
    assert fees.count("Stormöte torsdag 11 mars 2027") == 1  # her line alone, not Erik's
    line = own.line  # what /arvode mitt 2027 says
    assert (line.day_fee_amount, line.income_amount, line.travel) == (600, 600, 120)
    assert "3 tim möte, 0 tim inläsning" in fees
    assert "halvdag, 600 kr" in fees and "3 tim, 600 kr" in fees and "120 kr" in fees
    assert f"Summa hittills i år: {kronor(line.total, 'sv')} kr" in fees  # 1 320 kr


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
