"""The member page's own sections, over HTTP (Flask's test client): my action items, my fee
basis and my data, read through the same domain functions as `/atgard`, `/arvode mitt` and
`/minadata`."""

from __future__ import annotations

from datetime import date

from adapters.storage.models import ActionItem
from bot.core.vocabulary import ActionStatus, Platform
from bot.runtime.services import Services
from tests.bot.test_substitutes import ANNA, ERIK
from tests.conftest import NOW
from tests.web.member_council import seed
from tests.web.test_member_page import app_for, signed_in


def _person_id(services: Services, user_id: str) -> int:
    with services.uow() as uow:
        person = uow.directory.person(Platform.SLACK, "T", user_id)
        assert person is not None
        return person.id


def test_my_action_items_are_my_open_ones_with_meeting_and_due_date(
    web_services: Services,
) -> None:
    seeded = seed(web_services)
    anna, erik = _person_id(web_services, ANNA.user_id), _person_id(web_services, ERIK.user_id)
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
