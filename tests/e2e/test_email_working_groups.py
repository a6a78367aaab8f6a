"""A member with no chat account on a working group (issue 22): the secretary puts her on
the roster by her address (she has no account to mention), she is told by email, gets the
group's kallelse by email like the rest of the roster, and her member page shows the groups
she is on: name, mandate, end date, next meeting and convenor. Against a real SMTP server and
the member page over HTTP (Flask's client)."""

from __future__ import annotations

import re
from datetime import datetime

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e import test_email_members as members
from tests.e2e.attendance_steps import dms, plan, send_kallelse
from tests.e2e.cast import ANNA, LINA, RAD, SARA, say, shown
from tests.e2e.smtp_inbox import Inbox
from tests.e2e.test_email_members import EVA, MEETING, add_eva, confirm, text_of

GROUP_KALLELSE = "Kallelse till arbetsgruppsmöte"
MANDATE = "Ta fram förslag på bättre skyltning i väntrummet"


# The stack sending email, the member page served at PUBLIC (as the members' tests have it).
stack = members.stack


def test_an_email_member_on_a_working_group_gets_its_kallelse_and_sees_it_on_her_page(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    page = confirm(stack, add_eva(stack, inbox))
    plan(stack, MEETING)  # the stormöte that sets the group up
    clock.set(datetime(2026, 12, 3, 17, 0, tzinfo=STOCKHOLM))
    created = say(
        stack,
        SARA,
        RAD,
        "/arbetsgrupp",
        f"skapa Tillgänglighet möte 1 till 30 april 2027 mandat {MANDATE}",
    )
    assert "arbetsgruppen *Tillgänglighet* (nr 1) är tillsatt" in created
    # Slack makes the address a link; it names her as a mention names the others.
    added = say(
        stack,
        SARA,
        RAD,
        "/arbetsgrupp",
        f"ledamot 1 <mailto:{EVA}|{EVA}> <@{ANNA}|anna>",
    )
    assert "Eva Ek och <@U0ANNA> är med i arbetsgruppen Tillgänglighet (nr 1)" in added
    say(stack, SARA, RAD, "/arbetsgrupp", f"sammankallande 1 <@{LINA}|lina>")
    stranger = say(stack, SARA, RAD, "/arbetsgrupp", "ledamot 1 ingen@example.org")
    assert "ingen@example.org är inte med i rådet" in stranger
    stack.tick(clock.now())
    [told] = [m for m in inbox.to(EVA) if "Du är med i arbetsgruppen" in text_of(m)]
    assert MANDATE in text_of(told)

    planned = say(stack, LINA, RAD, "/arbetsgrupp", "möte 1 tisdag 15 december kl 13-15")
    meeting = int(planned.split("(nr ")[1].split(")")[0])
    send_kallelse(stack, SARA, str(meeting))
    stack.tick(clock.now())
    [kallelse] = [m for m in inbox.to(EVA) if GROUP_KALLELSE in text_of(m)]
    assert f"Tillgänglighet – mandat: {MANDATE}" in text_of(kallelse)
    assert [p.get_filename() for p in kallelse.iter_attachments()] == ["kallelse.ics"]
    assert any(GROUP_KALLELSE in shown(m) for m in dms(stack, ANNA))  # the roster in the chat

    home = page.get("/m/").get_data(as_text=True)
    [group] = re.findall(r'<li id="g1">(.*?)</li>', home, re.S)
    assert "Arbetsgruppen Tillgänglighet (nr 1)" in group
    assert f"Mandat: {MANDATE}" in group
    assert "Slutdatum: fredag 30 april 2027" in group
    assert "Nästa möte:" in group and "15 december" in group
    assert "Sammankallande: Lina Lind" in group

    # Off the roster by her address: the page shows the group no more.
    removed = say(stack, SARA, RAD, "/arbetsgrupp", f"ledamot 1 ta bort {EVA}")
    assert "Eva Ek" in removed
    assert 'id="g1"' not in page.get("/m/").get_data(as_text=True)
