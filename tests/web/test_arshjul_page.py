"""The årshjul on the member page: a link from the page to the council's årshjul, its months
from the one the year begins with and their items, read by the associations and the unit
alike; an item due shows in the kallelse on the page as coming from the årshjul."""

from __future__ import annotations

import re

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from tests.bot.test_substitutes import SARA
from tests.conftest import NOW
from tests.web.member_council import VERA, link_for, seed
from tests.web.test_member_page import app_for, client, counts, csrf_of, signed_in

WHEEL_LINK = re.compile(r'href="(/m/arshjul/\d+)"')


def _items(services: Services) -> None:
    caller = {"who": account("T", SARA.external_id), "where": conversation("T", "C"), "now": NOW}
    services.wheel.add(month=2, title="Bokslut", activity=False, **caller)
    services.wheel.add(month=10, title="Budget & plan", activity=False, **caller)


def test_every_member_reads_the_wheel_and_its_item_on_the_kallelse(
    web_services: Services,
) -> None:
    seed(web_services)  # a stormöte on 11 March, its kallelse out
    _items(web_services)
    app = app_for(web_services)
    anna, _ = signed_in(web_services, app)
    home = anna.get("/m/").get_data(as_text=True)
    assert "Bokslut (från årshjulet)" in home
    [path] = WHEEL_LINK.findall(home)
    before = counts(web_services)
    text = anna.get(path).get_data(as_text=True)
    assert "Årshjul för Rådet</strong> – året börjar i januari" in text
    assert text.index(">Januari<") < text.index(">Februari<") < text.index(">Oktober<")
    assert "<li>1. Bokslut</li>" in text and "<li>2. Budget &amp; plan</li>" in text
    assert "Årshjulet har ingen gemensam aktivitet" in text
    assert counts(web_services) == before  # reading changes nothing

    vera = client(app)
    link = link_for(web_services, VERA)
    vera.post(link, data={"csrf": csrf_of(vera.get(link))})
    assert "1. Bokslut" in vera.get(path).get_data(as_text=True)


def test_no_wheel_for_someone_signed_out_or_of_another_council(web_services: Services) -> None:
    seed(web_services)
    app = app_for(web_services)
    assert client(app).get("/m/arshjul/1").status_code == 401
    anna, _ = signed_in(web_services, app)
    assert anna.get("/m/arshjul/1").status_code == 200
    assert anna.get("/m/arshjul/999").status_code == 404
