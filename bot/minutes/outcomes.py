"""What the minutes mean for each submitted point: the outcome its submitter is told.

One reading serves the draft (so the secretary sees what återkoppling will say) and the
publishing (which applies it through the agenda's own status changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.agenda import OPEN
from bot.minutes.facts import PointFacts
from bot.minutes.record import Entry
from bot.vocabulary import NoteKind, PointStatus

SEPARATOR = "; "


@dataclass(frozen=True)
class Outcome:
    status: PointStatus
    text: str | None
    settled_before: bool = False  # decided outside the minutes (e.g. /punkt behandlad)


def outcome(point: PointFacts, entries: Sequence[Entry]) -> Outcome:
    """A reasoned no or a postponement wins over decisions; a point nobody wrote anything
    about was not reached and goes on to the next meeting."""
    if point.status not in OPEN:
        return Outcome(point.status, point.outcome, settled_before=True)

    def texts(*kinds: NoteKind) -> list[str]:
        return [e.text for e in entries if e.kind in kinds]

    if rejected := texts(NoteKind.REJECTION):
        return Outcome(PointStatus.REJECTED, SEPARATOR.join(rejected))
    if any(e.kind == NoteKind.POSTPONED for e in entries):
        reasons = [t for t in texts(NoteKind.POSTPONED) if t]
        return Outcome(PointStatus.MOVED, SEPARATOR.join(reasons) or None)
    if decided := texts(NoteKind.DECISION):
        return Outcome(PointStatus.HANDLED, SEPARATOR.join(decided))
    if noted := texts(NoteKind.INFO, NoteKind.NOTE, NoteKind.ACTION):
        return Outcome(PointStatus.HANDLED, SEPARATOR.join(noted))
    return Outcome(PointStatus.MOVED, None)
