"""What the minutes mean for each submitted point: the outcome its submitter is told.

One reading serves the draft (so the secretary sees what återkoppling will say) and the
publishing (which applies it through the agenda's own status changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.agenda import OPEN
from bot.core.texts import Ref
from bot.core.texts.render import console
from bot.core.vocabulary import NoteKind, PointStatus
from bot.core.when import format_date
from bot.minutes.facts import PointFacts
from bot.minutes.record import Entry

SEPARATOR = "; "


@dataclass(frozen=True)
class Outcome:
    status: PointStatus
    text: str | None
    settled_before: bool = False  # decided outside the minutes (e.g. /punkt behandlad)


def action_phrase(entry: Entry, lang: str) -> tuple[str, dict[str, object]]:
    """An action line as it reads on its own (catalogue key and parameters): what, who, by
    when. The owner is None when their name is gone (erased)."""
    params: dict[str, object] = {"text": entry.text, "owner": entry.owner}
    if entry.due is None:
        return "protokoll.doc.action_no_due", params
    return "protokoll.doc.action", params | {"due": format_date(entry.due, lang)}


def _said(entry: Entry, lang: str) -> str:
    """A line as the submitter is told it: an action names its owner and due date. Kept as
    people's words are (bot/core/written.py): the catalogue's words as they are, the line's own
    mentions and links whole, for each channel to show its way."""
    if entry.kind != NoteKind.ACTION:
        return entry.text
    key, params = action_phrase(entry, lang)
    return console(key, lang, **(params | {"owner": entry.owner or Ref("punkt.unknown_submitter")}))


def outcome(point: PointFacts, entries: Sequence[Entry], lang: str) -> Outcome:
    """A reasoned no or a postponement wins over decisions; a point nobody wrote anything
    about was not reached and goes on to the next meeting."""
    if point.status not in OPEN:
        return Outcome(point.status, point.outcome, settled_before=True)

    def texts(*kinds: NoteKind) -> list[str]:
        return [_said(e, lang) for e in entries if e.kind in kinds]

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
