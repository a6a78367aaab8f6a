"""The authorization matrix end to end: every privileged command and button × every role,
including someone outside the council and a member of another council. Allowed people are
not refused; everyone else gets the refusal that says who can, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from adapters.console.stack import LocalStack
from adapters.storage.models import Event
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    ERIK,
    KARL,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    say,
)

PEOPLE = {
    "ordförande": OLLE,
    "sekreterare": SARA,
    "justerare": LINA,
    "ledamot": ANNA,
    "ersättare": ERIK,
    "verksamhet": VERA,
    "inte med": NILS,
    "annat råd": KARL,
}
OFFICERS = {"ordförande", "sekreterare"}
ASSOCIATIONS = {"ordförande", "justerare", "ledamot", "ersättare"}
MEMBERS = set(PEOPLE) - {"inte med", "annat råd"}

REFUSED = {
    "officers": "bara rådets sekreterare eller ordförande",
    "associations": "bara föreningarnas företrädare",
    "members": "rådets ledamöter, ersättare och verksamhetens företrädare",
    "secretary": "bara rådets sekreterare som",
    "chair": "bara rådets ordförande",
    "submitter": "Bara den som skickade punkten",
}


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[LocalStack, str, dict[str, int]], str]
    allowed: set[str]
    refusal: str


def command(name: str, text: str) -> Callable[[LocalStack, str, dict[str, int]], str]:
    """A slash command; `{point}` in the text is the point set aside for that person."""

    def run(stack: LocalStack, user: str, points: dict[str, int]) -> str:
        delivery = stack.driver.command(user, RAD, name, text.format(point=points.get(user, 0)))
        assert delivery.status == 200
        return str(delivery.answer.get("text", ""))

    return run


def agenda_button(stack: LocalStack, user: str, points: dict[str, int]) -> str:
    """A forged press of the secretary's agenda menu by whoever `user` is."""
    point = points[user]
    shown = stack.driver.command(SARA, RAD, "/dagordning")
    before = len(stack.slack.ephemerals(user=user))
    stack.driver.block_action(
        user,
        action_id=f"point_action_{point}",
        message_ts=shown.reply_ts,
        channel_id=RAD,
        selected_option=f"move:{point}",
    )
    new = stack.slack.ephemerals(user=user)[before:]
    return "\n".join(e.get("text", "") for e in new)


OPERATIONS = [
    Operation(
        "ledamot",
        command("/brukarrad", f"ledamot <@{NILS}> ledamot RSMH Väst"),
        OFFICERS,
        REFUSED["officers"],
    ),
    Operation(
        "inställningar",
        command("/brukarrad", "inställningar punkter 7"),
        OFFICERS,
        REFUSED["officers"],
    ),
    Operation(
        "stående", command("/brukarrad", "stående lägg till Rapport"), OFFICERS, REFUSED["officers"]
    ),
    Operation("logg", command("/brukarrad", "logg"), {"ordförande"}, REFUSED["chair"]),
    Operation(
        "stormöte", command("/mote", "stormöte 10 juni kl 13"), OFFICERS, REFUSED["officers"]
    ),
    Operation(
        "förmöte",
        command("/mote", "förmöte 2 december kl 10"),
        ASSOCIATIONS,
        REFUSED["associations"],
    ),
    Operation("punkt", command("/punkt", "En fråga"), MEMBERS, REFUSED["members"]),
    Operation(
        "avslå", command("/punkt", "avslå {point} Hör till regionen"), OFFICERS, REFUSED["officers"]
    ),
    Operation("återta", command("/punkt", "återta {point}"), {"ledamot"}, REFUSED["submitter"]),
    Operation(
        "dagordning förmöte",
        command("/dagordning", "förmöte"),
        ASSOCIATIONS,
        REFUSED["associations"],
    ),
    Operation("knapp på dagordningen", agenda_button, OFFICERS, REFUSED["officers"]),
    Operation("kallelse", command("/kallelse", ""), OFFICERS, REFUSED["officers"]),
    Operation("närvarochecklista", command("/narvaro", ""), OFFICERS, REFUSED["officers"]),
    Operation("arvode", command("/arvode", ""), {"sekreterare"}, REFUSED["secretary"]),
    Operation("protokoll", command("/protokoll", "utkast"), OFFICERS, REFUSED["officers"]),
    Operation("justering", command("/protokoll", "justera"), OFFICERS, REFUSED["officers"]),
    Operation("protokollets status", command("/protokoll", "status"), MEMBERS, REFUSED["members"]),
    Operation("närvarolista", command("/narvaro", "lista"), MEMBERS, REFUSED["members"]),
    Operation("åtgärder", command("/atgard", ""), MEMBERS, REFUSED["members"]),
    Operation(
        "påminnelser för rådet",
        command("/paminnelser", "rådet punkt 5"),
        OFFICERS,
        REFUSED["officers"],
    ),
    Operation(
        "kallelsens syfte",
        command("/kallelse", "syfte Vi pratar om vården"),
        OFFICERS,
        REFUSED["officers"],
    ),
    Operation(
        "arvodesregler", command("/arvode", "inställningar nivå 1"), OFFICERS, REFUSED["officers"]
    ),
    Operation(
        "flytta möte", command("/mote", "flytta 1 10 juni kl 13"), OFFICERS, REFUSED["officers"]
    ),
]


def _events(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return int(uow.session.scalar(select(func.count(Event.id))) or 0)


def _setup(stack: LocalStack) -> dict[str, int]:
    """Both councils, meetings, and for each person a point of Anna's set aside for them."""
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{LINA}> justerare")
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13")
    say(stack, OLLE, RAD, "/mote", "förmöte onsdag 2 december kl 10")
    points = {}
    for user in PEOPLE.values():
        receipt = say(stack, ANNA, RAD, "/punkt", f"Punkt för {user}")
        points[user] = int(receipt.split("punkt nr ")[1].split(")")[0])
    return points


@pytest.mark.parametrize("operation", OPERATIONS, ids=[o.name for o in OPERATIONS])
def test_operation_by_every_role(stack: LocalStack, operation: Operation) -> None:
    points = _setup(stack)
    refused_people = [name for name in PEOPLE if name not in operation.allowed]
    for name in refused_people:
        before = _events(stack)
        answer = operation.run(stack, PEOPLE[name], points)
        assert operation.refusal in answer, (operation.name, name, answer)
        assert _events(stack) == before, (operation.name, name)
    for name in sorted(operation.allowed):
        answer = operation.run(stack, PEOPLE[name], points)
        for refusal in REFUSED.values():
            assert refusal not in answer, (operation.name, name, answer)
