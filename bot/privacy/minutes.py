"""Erasure in the minutes' log: the lines stay as the record requires, the name goes.

The `minutes.*` events carry names as they were written down (action owners, and the
facts frozen for justering: attendance, who sent each point, who signs), so replaying the
log would bring an erased name back. Each copy is rewritten with the pseudonym instead.
A version already approved keeps the name: it is served as it was approved
(bot.minutes.snapshot), the council's record.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.minutes.record import AMENDMENT_REQUESTED, EDITED, LOCKED, NOTED, SENT, STARTED
from bot.privacy import FORMER


@dataclass(frozen=True)
class Erased:
    """The person as the minutes know them."""

    person_id: int
    name: str  # as it stood before the erasure
    point_ids: frozenset[int]  # points they sent
    action_ids: frozenset[int]  # action items they own
    pseudonym: str = FORMER  # what the record calls them from now on


def redact(kind: str, data: Mapping[str, Any], who: Erased) -> dict[str, Any] | None:
    """The event's data without the person's name, or None when it does not name them."""
    new: dict[str, Any] = copy.deepcopy(dict(data))
    if kind == STARTED:
        for item in new.get("outline") or ():
            for action in item.get("actions") or ():
                if action[0] in who.action_ids:
                    action[2] = who.pseudonym
    elif kind == NOTED:
        _entry(new, who)
    elif kind in (EDITED, AMENDMENT_REQUESTED):
        for edit in new.get("edits") or ():
            if edit.get("new"):
                _entry(edit["new"], who)
    elif kind == SENT or (kind == LOCKED and "facts" in new):
        _facts(new["facts"], who)
    return new if new != data else None


def _entry(entry: dict[str, Any], who: Erased) -> None:
    # The id goes too: an action item made from the line later must not belong to them.
    if entry.get("owner_id") == who.person_id:
        entry["owner_id"], entry["owner"] = None, who.pseudonym


def _facts(facts: dict[str, Any], who: Erased) -> None:
    people = facts.get("people") or {}
    if str(who.person_id) in people:
        people[str(who.person_id)] = who.pseudonym
    for point_id, point in (facts.get("points") or {}).items():
        if int(point_id) in who.point_ids:
            point[0] = who.pseudonym
    # The register is copied by name only; a namesake in the same meeting is pseudonymised
    # too, which errs on the side of privacy.
    for group in facts.get("attendance") or ():
        for presence, attendees in group.items():
            if presence == "name":
                continue
            for attendee in attendees:
                for index in (0, 1):
                    if attendee[index] == who.name:
                        attendee[index] = who.pseudonym
