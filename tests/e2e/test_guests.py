"""A guest invited to one meeting (seeds/000 L246: "Andra funktioner inom verksamheten kan
bjudas in att delta i stormöte"), end to end through the local Slack: named in its kallelse,
sent it (at once when it had gone out), and nothing else: no reminders, no answer buttons;
never to a förmöte, which is the associations' own."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import MeetingGuest
from tests.conftest import STOCKHOLM
from tests.e2e.attendance_steps import dms, send_kallelse
from tests.e2e.cast import ANNA, KARL, NILS, OLLE, RAD, SARA, council_with_members, say, shown
from tests.e2e.test_minadata import _erase


def test_a_guest_is_named_in_the_kallelse_gets_it_and_nothing_else(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16 i Stora salen")
    say(stack, SARA, RAD, "/mote", "förmöte torsdag 10 december kl 10-12")
    assert "Förmötet är föreningarnas eget" in say(
        stack, SARA, RAD, "/kallelse", f"förmöte gäst <@{KARL}|karl>"
    )
    assert "är redan med i rådet" in say(stack, SARA, RAD, "/kallelse", f"gäst <@{ANNA}|anna>")
    assert "`/kallelse gäst @Maria`" in say(stack, SARA, RAD, "/kallelse", "gäst Karl")
    assert "sekreterare eller ordförande" in say(
        stack, ANNA, RAD, "/kallelse", f"gäst <@{KARL}|karl>"
    )
    invited = say(stack, SARA, RAD, "/kallelse", f"gäst <@{KARL}|karl>")
    assert "Klart: Karl Karlsson är inbjuden som gäst till möte nr 1" in invited
    assert "redan inbjuden" in say(stack, SARA, RAD, "/kallelse", f"1 gäst <@{KARL}|karl>")
    assert dms(stack, KARL) == []  # nothing before the kallelse

    send_kallelse(stack, SARA)
    [kallelse] = dms(stack, KARL)
    read = shown(kallelse)
    assert "Kallelse till stormöte" in read and "Inbjudna gäster" in read
    assert "Karl Karlsson" in read
    buttons = [b for b in kallelse.get("blocks", []) if b["type"] == "actions"]
    assert not any("kommer" in str(b).casefold() for b in buttons)  # nothing to answer
    assert any("Inbjudna gäster" in shown(m) for m in dms(stack, ANNA))  # the members read it

    # The reminders of the days before, and the meeting day: none to the guest.
    for day in (3, 7, 9, 10):
        stack.tick(datetime(2026, 12, day, 9, tzinfo=STOCKHOLM))
    assert len(dms(stack, KARL)) == 1

    # Invited once it has gone out: sent at once.
    late = say(stack, SARA, RAD, "/kallelse", f"gäst <@{NILS}|nils>")
    assert "har fått kallelsen nu" in late
    [copy] = dms(stack, NILS)
    assert "Inbjudna gäster" in shown(copy) and "Nils Nilsson" in shown(copy)


def test_a_guest_finds_the_invitation_in_their_data_and_erasing_ends_it(
    stack: LocalStack,
) -> None:
    """/minadata shows and exports the invitation; erased, the guest is named in no
    kallelse any more, and the chair's log says so (by no name)."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16 i Stora salen")
    assert "Klart" in say(stack, SARA, RAD, "/kallelse", f"gäst <@{NILS}|nils>")
    mine = say(stack, NILS, RAD, "/minadata")
    assert "*Inbjudningar som gäst*" in mine
    assert (
        "• Brukarrådet Psykiatri Väst, stormöte torsdag 10 december 2026 (möte nr 1), "
        "inbjuden söndag 22 november 2026" in mine
    )
    assert "Inbjudningar som gäst" not in say(stack, ANNA, RAD, "/minadata")
    say(stack, NILS, RAD, "/minadata", "export")
    [file] = stack.slack.files.values()
    [invited] = json.loads(file["content"].decode("utf-8"))["guest_of"]
    assert invited == {
        "council": "Brukarrådet Psykiatri Väst",
        "meeting": 1,
        "kind": "stormöte",
        "day": "2026-12-10",
        "invited": "2026-11-22",
    }

    assert "Dina uppgifter är raderade" in _erase(stack, NILS)
    with stack.services.uow() as uow:
        assert uow.session.scalars(select(MeetingGuest)).all() == []
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    assert "Nils" not in str(preview.responses) and "Inbjudna gäster" not in str(preview.responses)
    log = say(stack, OLLE, RAD, "/brukarrad", "logg")
    # The guest's council is told too, and reads of a former guest, who was never a member.
    assert "f.d. gäst: raderade sina uppgifter" in log
    assert "Sara Sekreterare: bjöd in f.d. gäst som gäst till möte nr 1" in log
    assert "f.d. ledamot" not in log
