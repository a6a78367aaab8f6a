"""Working groups end to end through the local Slack (seeds/000 L241–247: "Stormötet kan
tillsätta och avsluta arbetsgrupper"): the secretary sets one up from the point the stormöte
decided on, with its roster and convenor; the group's own meeting summons its roster and
nobody else; until it is closed, every stormöte's agenda and kallelse carry its report under
uppföljning; the chair and the convenor are reminded before its end date; closing it tells
its roster and puts its outcome in the year report."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import WorkingGroup
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import dms, send_kallelse
from tests.e2e.cast import (
    ANNA,
    ERIK,
    LINA,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    say,
    shown,
)
from tests.e2e.test_year_report import _report

GROUP_KALLELSE = "Kallelse till arbetsgruppsmöte"
REPORT = "Rapport från arbetsgruppen Tillgänglighet (nr 1), slutdatum fredag 30 april 2027"


def _number(text: str, mark: str) -> int:
    return int(text.split(mark)[1].split(")")[0])


def _agenda(stack: LocalStack, user: str, meeting: int) -> str:
    replies: list[dict[str, Any]] = stack.driver.command(
        user, RAD, "/dagordning", str(meeting)
    ).responses
    return "\n".join(shown(r) for r in replies)


def _kallelser(stack: LocalStack, user: str) -> list[str]:
    return [shown(m) for m in dms(stack, user) if GROUP_KALLELSE in shown(m)]


def test_a_group_set_up_from_a_decision_summons_its_roster_and_reports_until_closed(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16 i Stora salen")
    february = _number(
        say(stack, SARA, RAD, "/mote", "stormöte torsdag 4 februari kl 13-16"), "(nr "
    )
    point = _number(say(stack, ANNA, RAD, "/punkt", "Tillgänglighet i väntrummet"), "(punkt nr ")
    create = (
        f"skapa Tillgänglighet punkt {point} till 30 april 2027 "
        "mandat Ta fram förslag på bättre skyltning i väntrummet"
    )
    # Not before the stormöte has decided, and only by an officer.
    assert "har inte hållits än" in say(stack, SARA, RAD, "/arbetsgrupp", create)
    stack.tick(datetime(2026, 12, 3, 17, tzinfo=STOCKHOLM))
    assert "sekreterare eller ordförande" in say(stack, ANNA, RAD, "/arbetsgrupp", create)
    assert "Skriv gruppens mandat" in say(
        stack, SARA, RAD, "/arbetsgrupp", f"skapa Tillgänglighet punkt {point} till 30 april"
    )

    created = say(stack, SARA, RAD, "/arbetsgrupp", create)
    assert "Klart: arbetsgruppen *Tillgänglighet* (nr 1) är tillsatt." in created
    assert f"punkt nr {point}: Tillgänglighet i väntrummet" in created
    assert "Mandat: Ta fram förslag på bättre skyltning i väntrummet" in created
    with stack.services.uow() as uow:
        [group] = uow.session.scalars(select(WorkingGroup)).all()
        assert (group.decided_point_id, group.decided_meeting_id) == (point, 1)

    added = say(stack, SARA, RAD, "/arbetsgrupp", f"ledamot 1 <@{ANNA}|anna> <@{VERA}|vera>")
    assert "<@U0ANNA> och <@U0VERA> är med i arbetsgruppen Tillgänglighet (nr 1)" in added
    say(stack, SARA, RAD, "/arbetsgrupp", f"sammankallande 1 <@{LINA}|lina>")
    told = [m.get("text", "") for m in dms(stack, ANNA)]
    assert any("Du är med i arbetsgruppen *Tillgänglighet*" in m for m in told)
    shown_to_erik = say(stack, ERIK, RAD, "/arbetsgrupp", "1")  # everyone in the council sees it
    assert "Sammankallande: <@U0LINA>" in shown_to_erik
    assert "Ledamöter (3)" in shown_to_erik

    # The convenor plans the group's meeting; the secretary sends its kallelse.
    planned = say(stack, LINA, RAD, "/arbetsgrupp", "möte 1 tisdag 15 december kl 13-15")
    meeting = _number(planned, "(nr ")
    send_kallelse(stack, SARA, str(meeting))
    for person in (ANNA, VERA, LINA):
        [kallelse] = _kallelser(stack, person)
        assert "Tillgänglighet – mandat: Ta fram förslag" in kallelse
    for person in (SARA, OLLE, ERIK):
        assert _kallelser(stack, person) == []
    assert not any(
        GROUP_KALLELSE in shown(m) for m in stack.slack.messages(RAD)
    )  # not in the council's channel: the roster's own

    # The report stands under uppföljning on the next stormöte's agenda and kallelse.
    assert REPORT in _agenda(stack, ANNA, february)
    preview = stack.driver.command(SARA, RAD, "/kallelse", str(february))
    found = stack.slack.find_message(preview.reply_ts or "", RAD)
    assert found is not None and REPORT in shown(found[1])

    # Two weeks before its end date the chair and the convenor are reminded, nobody else.
    stack.tick(datetime(2027, 4, 15, 9, tzinfo=STOCKHOLM))
    stack.tick(datetime(2027, 4, 16, 9, tzinfo=STOCKHOLM))
    for person in (OLLE, LINA, SARA, ANNA):
        reminded = [m for m in _texts(stack, person) if "ska vara klar fredag 30 april" in m]
        assert len(reminded) == (1 if person in (OLLE, LINA) else 0), person

    # Closed as the stormöte decided: the next stormöte carries no report, the roster is told,
    # and the year report has what it came to.
    may = _number(say(stack, SARA, RAD, "/mote", "stormöte torsdag 6 maj kl 13-16"), "(nr ")
    assert REPORT in _agenda(stack, ANNA, may)
    outcome = "Verksamheten sätter upp nya skyltar i väntrummet i juni."
    closed = say(stack, SARA, RAD, "/arbetsgrupp", f"stäng 1 {outcome}")
    assert "Klart: arbetsgruppen *Tillgänglighet* (nr 1) är stängd." in closed
    assert REPORT not in _agenda(stack, ANNA, may)
    assert any(f"Resultat: {outcome}" in m for m in _texts(stack, ANNA))
    assert "redan stängd" in say(stack, SARA, RAD, "/arbetsgrupp", f"stäng 1 {outcome}")
    say(stack, SARA, RAD, "/brukarrad", "årsrapport")
    report, _ = _report(stack, SARA)
    assert (
        "Tillgänglighet: tillsatt torsdag 3 december 2026, stängd fredag 16 april 2027. "
        f"Resultat: {outcome}"
    ) in report


def _texts(stack: LocalStack, user: str) -> list[str]:
    return [m.get("text", "") for m in dms(stack, user)]
