"""Whether a council is composed as the guidance advises, said gently in `/brukarrad visa`.

- At least two föreningar, so that more than one association's view is heard.
- At least two from the unit, one of whom can make things happen (shared/seeds/001
  L2624–2628: "Det bör vara åtminstone två personer").
- At least two seats for each förening's representatives: being the only one is hard, and for
  someone new it matters not to represent alone (001 L1941–1944).
A seat whose holder has left the channel or closed their account counts as vacant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.texts import Ref
from bot.core.vocabulary import Role

# The roles that fill a förening's seat (an ersättare stands in for one; an officer may be
# the unit's secretary, and is counted by the role they hold for a förening).
SEAT_ROLES = frozenset({Role.ORDFORANDE, Role.LEDAMOT, Role.JUSTERARE})
ENOUGH = 2


@dataclass(frozen=True)
class Seat:
    """One active person's place in the council: their förening (None: none) and roles."""

    forening: str | None
    roles: frozenset[Role]
    vacant: bool  # left the channel or closed their account


def composition_notes(seats: Iterable[Seat]) -> list[Ref]:
    """What to point out about the council's composition; nothing for an empty council."""
    filled = [s for s in seats if not s.vacant]
    if not filled:
        return []
    by_forening: dict[str, int] = {}
    for seat in filled:
        if seat.forening is not None and seat.roles & SEAT_ROLES:
            by_forening[seat.forening] = by_forening.get(seat.forening, 0) + 1
    unit = sum(1 for s in filled if Role.VERKSAMHET in s.roles)
    notes = []
    if len(by_forening) < ENOUGH:
        notes.append(Ref("brukarrad.composition.foreningar", count=len(by_forening)))
    if unit < ENOUGH:
        notes.append(Ref("brukarrad.composition.unit", count=unit))
    alone = sorted((f for f, n in by_forening.items() if n < ENOUGH), key=str.casefold)
    if alone:
        notes.append(
            Ref("brukarrad.composition.alone", count=len(alone), params={"foreningar": alone})
        )
    return notes
