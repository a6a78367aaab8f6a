"""Council isolation: nothing of one council shows in another's channel, and a number from
one council (a point, a meeting) is "not found" in the other, whoever types it."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Meeting
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    KARL,
    LINA,
    NILS,
    RAD,
    SARA,
    council_with_members,
    say,
)


def _number(answer: str) -> int:
    return int(answer.split("nr ")[1].split(")")[0])


def _two_councils(stack: LocalStack) -> tuple[int, int]:
    """Council A in RAD with a meeting and Anna's and Lina's points; council B in ANNAT
    (Karl secretary, Nils member) with a meeting of its own. A's meeting and Anna's point."""
    council_with_members(stack)
    meeting = _number(say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16"))
    point = _number(say(stack, ANNA, RAD, "/punkt", "Väntetider till läkare: Många väntar."))
    say(stack, LINA, RAD, "/punkt", "Mer fika")
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, KARL, ANNAT, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot Hela Människan")
    say(stack, KARL, ANNAT, "/mote", "stormöte fredag 4 december kl 10-12")
    say(stack, NILS, ANNAT, "/punkt", "Lokalen i B")
    return meeting, point


def _state(stack: LocalStack) -> list[tuple[object, ...]]:
    with stack.services.uow() as uow:
        points = [
            (p.id, p.status, p.meeting_id, p.position)
            for p in uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id))
        ]
        meetings = [
            (m.id, m.status, m.starts_at)
            for m in uow.session.scalars(select(Meeting).order_by(Meeting.id))
        ]
    return [*points, *meetings]


def test_a_point_number_of_another_council_is_not_found(stack: LocalStack) -> None:
    _, point = _two_councils(stack)
    before = _state(stack)
    not_found = f"Jag hittar ingen punkt nummer {point} här."
    for user, change in (
        (KARL, f"avslå {point} Hör inte hit"),
        (KARL, f"behandlad {point} Klart"),
        (KARL, f"ta med {point}"),
        (KARL, f"övriga {point}"),
        (KARL, f"flytta {point}"),
        (NILS, f"återta {point}"),
        (ANNA, f"återta {point}"),  # her own point, but typed in the other council's channel
    ):
        answer = say(stack, user, ANNAT, "/punkt", change)
        assert answer.startswith(not_found), (user, change, answer)
        assert "Väntetider" not in answer
    assert _state(stack) == before  # nothing changed, in either council


def test_a_meeting_number_of_another_council_is_not_found(stack: LocalStack) -> None:
    meeting, _ = _two_councils(stack)
    before = _state(stack)
    agenda = say(stack, KARL, ANNAT, "/dagordning", str(meeting))
    assert f"Möte nummer {meeting} finns inte" in agenda
    moved = say(stack, KARL, ANNAT, "/mote", f"flytta {meeting} nästa tisdag kl 13")
    cancelled = say(stack, KARL, ANNAT, "/mote", f"ställ in {meeting}")
    for answer in (moved, cancelled):
        assert answer.startswith(f"Jag hittar inget kommande möte med nummer {meeting}.")
    assert _state(stack) == before  # nothing changed, in either council


def test_lists_in_one_council_show_nothing_of_the_other(stack: LocalStack) -> None:
    meeting, _ = _two_councils(stack)
    for user in (KARL, NILS):
        agenda = say(stack, user, ANNAT, "/dagordning")
        assert "Lokalen i B" in agenda
        meetings = say(stack, user, ANNAT, "/mote")
        assert "Annat råd" in meetings and f"nr {meeting}:" not in meetings
        for shown in (agenda, meetings):
            assert "Väntetider" not in shown and "fika" not in shown
            assert "Brukarrådet Psykiatri Väst" not in shown and "3 december" not in shown
    # A member of A in B's channel sees B's public agenda, never A's through it.
    assert "Väntetider" not in say(stack, ANNA, ANNAT, "/dagordning")
    assert "Lokalen i B" not in say(stack, KARL, RAD, "/dagordning")


def test_minadata_is_only_ever_ones_own_whichever_channel(stack: LocalStack) -> None:
    _two_councils(stack)
    karl = say(stack, KARL, RAD, "/minadata")  # in the other council's channel
    assert "Annat råd: sekreterare" in karl
    assert "Brukarrådet Psykiatri Väst" not in karl and "Väntetider" not in karl
    assert "Lokalen i B" not in karl  # Nils's point, in Karl's own council
    anna = say(stack, ANNA, ANNAT, "/minadata")
    assert "Brukarrådet Psykiatri Väst: ledamot för RSMH Väst" in anna
    assert "Annat råd" not in anna and "Lokalen" not in anna and "fika" not in anna
