"""The gentle notes on a council's composition (shared/seeds/001 L1941–1944, L2624–2628)."""

from __future__ import annotations

import pytest

from bot.core.texts import Ref
from bot.core.vocabulary import Role
from bot.councils.composition import Seat, composition_notes

LEDAMOT, ORDF, ERS = (
    frozenset({Role.LEDAMOT}),
    frozenset({Role.ORDFORANDE}),
    frozenset({Role.ERSATTARE}),
)
UNIT = frozenset({Role.VERKSAMHET})
SECRETARY = frozenset({Role.SEKRETERARE})
WELL = [
    Seat("RSMH", ORDF, vacant=False),
    Seat("RSMH", LEDAMOT, vacant=False),
    Seat("Attention", LEDAMOT, vacant=False),
    Seat("Attention", frozenset({Role.LEDAMOT, Role.JUSTERARE}), vacant=False),
    Seat(None, UNIT, vacant=False),
    Seat(None, UNIT | SECRETARY, vacant=False),
]


def keys(seats: list[Seat]) -> list[tuple[str, int | None, object]]:
    return [(n.key, n.count, n.params.get("foreningar")) for n in composition_notes(seats)]


def test_a_council_composed_as_advised_gets_no_note() -> None:
    assert composition_notes(WELL) == []


def test_an_empty_council_gets_no_note_either() -> None:
    assert composition_notes([]) == []
    assert composition_notes([Seat("RSMH", LEDAMOT, vacant=True)]) == []


@pytest.mark.parametrize(
    ("seats", "expected"),
    [
        (  # one förening only, though two seats
            WELL[:2] + WELL[4:],
            [("brukarrad.composition.foreningar", 1, None)],
        ),
        (  # one from the unit; the secretary alone is not the unit's representative
            [*WELL[:4], WELL[4], Seat(None, SECRETARY, vacant=False)],
            [("brukarrad.composition.unit", 1, None)],
        ),
        (  # Attention's second has left the channel: its seat is vacant
            [*WELL[:3], Seat("Attention", LEDAMOT, vacant=True), *WELL[4:]],
            [("brukarrad.composition.alone", 1, ["Attention"])],
        ),
        (  # an ersättare stands in for a seat but fills none
            [*WELL[:3], Seat("Attention", ERS, vacant=False), *WELL[4:]],
            [("brukarrad.composition.alone", 1, ["Attention"])],
        ),
        (  # both alone, named in order
            [WELL[0], WELL[2], *WELL[4:]],
            [("brukarrad.composition.alone", 2, ["Attention", "RSMH"])],
        ),
    ],
    ids=["one förening", "one from the unit", "vacant seat", "ersättare", "two alone"],
)
def test_what_falls_short_is_pointed_out(
    seats: list[Seat], expected: list[tuple[str, int | None, object]]
) -> None:
    assert keys(seats) == expected
    assert all(isinstance(n, Ref) for n in composition_notes(seats))
