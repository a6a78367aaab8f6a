"""The årshjul on the member page: a link from the page to the council's årshjul, its months
from the one the year begins with and their items, read by the associations and the unit
alike; an item due shows in the kallelse on the page as coming from the årshjul. The
officers change it there by its forms (each checked again by the service, each with the
session's CSRF token); a member's own POST is refused and changes nothing."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import Event, YearlyItem
from bot.core.identity import NamedAccount
from tests.bot.test_substitutes import OLLE, SARA
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
    assert '">1. Bokslut</li>' in text and '">2. Budget &amp; plan</li>' in text
    assert "<form" not in text.split("</header>")[1]  # a member reads it, nothing to change
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


def _signed_in_as(services: Services, app: Flask, who: NamedAccount) -> FlaskClient:
    browser = client(app)
    link = link_for(services, who)
    assert browser.post(link, data={"csrf": csrf_of(browser.get(link))}).status_code == 303
    return browser


def _items_stored(services: Services) -> list[tuple[int, str, bool, str | None]]:
    with services.uow() as uow:
        rows = uow.session.scalars(select(YearlyItem).order_by(YearlyItem.id))
        return [(i.month, i.title, i.activity, i.state) for i in rows]


def test_an_officer_adds_changes_and_removes_items_by_the_pages_forms(
    web_services: Services,
) -> None:
    seed(web_services)
    app = app_for(web_services)
    sara = _signed_in_as(web_services, app, SARA)
    page = sara.get("/m/arshjul/1")
    text = page.get_data(as_text=True)
    assert "Lägg till i årshjulet" in text and 'action="/m/arshjul/1/ny"' in text
    token = csrf_of(page)

    added = sara.post(
        "/m/arshjul/1/ny",
        data={"csrf": token, "month": "10", "title": "  Budget   för 2027 ", "activity": ""},
    )
    assert (added.status_code, added.location) == (303, "/m/arshjul/1#ny")
    sara.post(
        "/m/arshjul/1/ny",
        data={"csrf": token, "month": "6", "title": "Sommarfest", "activity": "ja"},
    )
    text = sara.get("/m/arshjul/1").get_data(as_text=True)
    assert "”Budget för 2027” står i årshjulet i oktober" in text  # told on the page
    assert '">1. Sommarfest <em>(gemensam aktivitet, planerad)</em>' in text
    assert '">2. Budget för 2027' in text
    assert _items_stored(web_services) == [
        (10, "Budget för 2027", False, None),
        (6, "Sommarfest", True, "planerad"),
    ]
    budget, fest = (int(i) for i in re.findall(r'name="item" value="(\d+)"', text)[::2][::-1])

    moved = sara.post(
        "/m/arshjul/1/andra",
        data={"csrf": token, "item": str(budget), "month": "11", "title": "Budget 2027"},
    )
    assert moved.location == f"/m/arshjul/1#i{budget}"
    sara.post(
        "/m/arshjul/1/andra",
        data={
            "csrf": token,
            "item": str(fest),
            "month": "6",
            "title": "Sommarfest",
            "state": "under_way",
        },
    )
    text = sara.get("/m/arshjul/1").get_data(as_text=True)
    assert "”Sommarfest” står nu i årshjulet i juni" in text
    assert _items_stored(web_services) == [
        (11, "Budget 2027", False, None),
        (6, "Sommarfest", True, "pågår"),
    ]
    empty = sara.post(
        "/m/arshjul/1/andra",
        data={"csrf": token, "item": str(budget), "month": "11", "title": "  "},
    )
    assert "Skriv vad som ska tas upp" in sara.get(empty.location).get_data(as_text=True)

    removed = sara.post("/m/arshjul/1/ta-bort", data={"csrf": token, "item": str(budget)})
    assert "”Budget 2027” är borttagen ur årshjulet" in sara.get(removed.location).get_data(
        as_text=True
    )
    again = sara.post("/m/arshjul/1/ta-bort", data={"csrf": token, "item": str(budget)})
    assert "finns inte längre i årshjulet" in sara.get(again.location).get_data(as_text=True)
    assert _items_stored(web_services) == [(6, "Sommarfest", True, "pågår")]
    with web_services.uow() as uow:
        kinds = [e.kind for e in uow.session.scalars(select(Event)) if e.kind.startswith("arshjul")]
    assert kinds == ["arshjul.added"] * 2 + ["arshjul.changed"] * 2 + ["arshjul.removed"]

    # A bad month or state is no form of ours; the change is not made.
    for bad in ({"month": "13"}, {"month": "x"}, {"state": "klar"}):
        form = {"csrf": token, "item": str(fest), "month": "6", "title": "Fest"} | bad
        assert sara.post("/m/arshjul/1/andra", data=form).status_code == 400
    assert _items_stored(web_services) == [(6, "Sommarfest", True, "pågår")]


def test_a_member_only_reads_and_their_posts_change_nothing(web_services: Services) -> None:
    seed(web_services)
    _items(web_services)
    app = app_for(web_services)
    anna, token = signed_in(web_services, app)
    page = anna.get("/m/arshjul/1").get_data(as_text=True)
    assert "Lägg till i årshjulet" not in page and "/m/arshjul/1/" not in page
    [item] = [i for i in re.findall(r'id="i(\d+)"', page)][:1]
    before = counts(web_services)
    forms = [
        ("/m/arshjul/1/ny", {"month": "3", "title": "Mitt eget"}),
        ("/m/arshjul/1/andra", {"item": item, "month": "3", "title": "Mitt eget"}),
        ("/m/arshjul/1/ta-bort", {"item": item}),
    ]
    for path, form in forms:
        refused = anna.post(path, data={"csrf": token, **form})
        assert refused.status_code == 303
        said = anna.get(refused.location).get_data(as_text=True)
        assert "bara rådets sekreterare eller ordförande" in said, said
    assert counts(web_services) == before

    # Without the session's own token, or signed out, nothing is done either.
    sara = _signed_in_as(web_services, app, SARA)
    before = counts(web_services)
    for token_sent in ({}, {"csrf": token}):  # none, or Anna's
        posted = sara.post("/m/arshjul/1/ny", data={"month": "3", "title": "X"} | token_sent)
        assert posted.status_code == 400
    assert client(app).post("/m/arshjul/1/ta-bort", data={"item": item}).status_code == 400
    assert counts(web_services) == before


def test_an_officer_cannot_reach_another_councils_item(web_services: Services) -> None:
    """Sara is the secretary of Rådet; Olle alone chairs Andra rådet, with its own item."""
    seed(web_services)
    _items(web_services)
    other = conversation("T", "C2")
    web_services.councils.create(
        where=other, private=False, name="Andra rådet", creator=OLLE, now=NOW
    )
    web_services.wheel.add(
        who=account("T", OLLE.external_id),
        where=other,
        month=5,
        title="Deras",
        activity=False,
        now=NOW,
    )
    app = app_for(web_services)
    sara = _signed_in_as(web_services, app, SARA)
    token = csrf_of(sara.get("/m/arshjul/1"))
    before = counts(web_services)
    theirs = sara.post("/m/arshjul/1/ta-bort", data={"csrf": token, "item": "3"})
    assert "finns inte längre i årshjulet" in sara.get(theirs.location).get_data(as_text=True)
    elsewhere = sara.post("/m/arshjul/2/ta-bort", data={"csrf": token, "item": "3"})
    assert elsewhere.location == "/m/arshjul/2#ny"
    told = sara.get(elsewhere.location)
    assert told.status_code == 404  # not her council: the page is not there for her
    assert "bara rådets sekreterare eller ordförande" in told.get_data(as_text=True)
    assert counts(web_services) == before


def test_an_officer_puts_the_councils_own_evaluation_in_the_wheel_on_the_page(
    web_services: Services,
) -> None:
    """As `/brukarrad årshjul lägg till <månad> utvärdering` does: the item of kind
    utvärdering, whose month asks every member about the council's goals; one a council, so
    the form offers it no more once it is there."""
    seed(web_services)
    app = app_for(web_services)
    sara = _signed_in_as(web_services, app, SARA)
    page = sara.get("/m/arshjul/1")
    assert 'name="evaluation" value="ja"' in page.get_data(as_text=True)
    token = csrf_of(page)
    added = sara.post(
        "/m/arshjul/1/ny",
        data={"csrf": token, "month": "12", "title": "Vår utvärdering", "evaluation": "ja"},
    )
    assert added.status_code == 303
    text = sara.get(added.location).get_data(as_text=True)
    assert "”Vår utvärdering” står i årshjulet i december" in text
    assert "I december varje år får alla ledamöter en fråga om varje mål" in text
    assert "rådets egen utvärdering av målen för inflytande" in text
    assert 'name="evaluation" value="ja"' not in text  # one a council
    with web_services.uow() as uow:
        [item] = uow.session.scalars(select(YearlyItem)).all()
        assert (item.month, item.title, item.evaluation, item.activity) == (
            12,
            "Vår utvärdering",
            True,
            False,
        )
    twice = sara.post(
        "/m/arshjul/1/ny",
        data={"csrf": token, "month": "3", "title": "Igen", "evaluation": "ja"},
    )
    assert "står redan i årshjulet (punkt 1)" in sara.get(twice.location).get_data(as_text=True)
    with web_services.uow() as uow:
        assert len(uow.session.scalars(select(YearlyItem)).all()) == 1
