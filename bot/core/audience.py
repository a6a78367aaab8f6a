"""Who will read what is being read: the one visibility rule for meeting-derived content.

A förmöte is the associations' own meeting (shared/domain.md, "The meetings"): its points,
minutes, action items, attendance and documents must never reach the unit. Every read of such
content names the audience it is read for, and the repositories keep out what that audience may
not see, so a new feature cannot forget the rule.

- `JOINT`: the unit may read it. The council channel, a stormöte's agenda, kallelse and
  minutes, a DM to the unit's people, anyone outside the council.
- `ASSOCIATIONS`: only the associations' representatives. A förmöte's own documents and what
  is shown to one of them personally.
"""

from __future__ import annotations

from enum import StrEnum

from bot.core.vocabulary import MeetingKind


class Audience(StrEnum):
    JOINT = "joint"
    ASSOCIATIONS = "associations"

    @property
    def kinds(self) -> frozenset[MeetingKind]:
        """The kinds of meeting whose content this audience may read."""
        return _KINDS[self]

    def sees(self, kind: MeetingKind) -> bool:
        return kind in self.kinds

    @classmethod
    def of_meeting(cls, kind: MeetingKind) -> Audience:
        """Who reads a meeting's own documents (its agenda, kallelse, minutes)."""
        return cls.ASSOCIATIONS if kind == MeetingKind.FORMOTE else cls.JOINT


# Asked for every row of a report (bot.fees): made once.
_KINDS = {
    Audience.ASSOCIATIONS: frozenset(MeetingKind),
    Audience.JOINT: frozenset(MeetingKind) - {MeetingKind.FORMOTE},
}
