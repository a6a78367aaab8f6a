"""The domain's fixed words: roles, meeting kinds, statuses (see shared/domain.md).

A leaf module: storage maps these values to columns, services and texts use them.
The values are the Swedish words users type, so parsing a role is a lookup.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ORDFORANDE = "ordförande"
    SEKRETERARE = "sekreterare"
    JUSTERARE = "justerare"
    LEDAMOT = "ledamot"
    ERSATTARE = "ersättare"
    VERKSAMHET = "verksamhet"


# Roles that speak for an association; förmöte content is for these only.
ASSOCIATION_ROLES = frozenset({Role.LEDAMOT, Role.ERSATTARE, Role.JUSTERARE})
# Roles that run the council's paperwork and may change its membership.
OFFICER_ROLES = frozenset({Role.ORDFORANDE, Role.SEKRETERARE})


class MeetingKind(StrEnum):
    STORMOTE = "stormöte"
    FORMOTE = "förmöte"
    ARBETSGRUPP = "arbetsgrupp"


class MeetingStatus(StrEnum):
    PLANNED = "planerat"
    CANCELLED = "inställt"


class PointStatus(StrEnum):
    SUBMITTED = "inskickad"
    ON_AGENDA = "på dagordningen"
    HANDLED = "behandlad"
    MOVED = "flyttad"
    REJECTED = "avslagen"
    WITHDRAWN = "återtagen"
    # Sent on to someone outside the council (the verksamhetschef, the nämnd): followed up
    # until their answer is recorded (bot.agenda.sending).
    SENT_ON = "skickad vidare"


class ActivityState(StrEnum):
    """Where a joint activity of the årshjul stands (seeds/001 L2670: at least one should
    always be being planned or under way)."""

    PLANNED = "planerad"
    UNDER_WAY = "pågår"
    DONE = "genomförd"


class ActionStatus(StrEnum):
    OPEN = "öppen"
    DONE = "klar"


class OutboxStatus(StrEnum):
    PENDING = "väntar"
    SENDING = "skickas"
    SENT = "skickad"
    FAILED = "misslyckad"
    DROPPED = "struken"  # no longer wanted or allowed when its turn came


class Answer(StrEnum):
    """A person's answer to a kallelse."""

    COMING = "kommer"
    NOT_COMING = "kommer inte"


class Presence(StrEnum):
    """How a person took part, as the register has it; remote counts like present."""

    PRESENT = "närvarande"
    REMOTE = "på distans"
    ABSENT = "frånvarande"


ATTENDED = frozenset({Presence.PRESENT, Presence.REMOTE})


class SubstituteStatus(StrEnum):
    ASKED = "tillfrågad"
    ACCEPTED = "ja"
    DECLINED = "nej"
    SETTLED = "löst"  # someone else went, or the member came after all


class MinutesStatus(StrEnum):
    DRAFT = "utkast"
    JUSTERING = "på justering"  # sent to the justerare, not yet approved by all
    LOCKED = "justerat"  # approved by all: a change needs the chair and the secretary
    PUBLISHED = "publicerat"


class NoteKind(StrEnum):
    """What a minutes line records under the current point: the word it starts with."""

    DECISION = "beslut"
    ACTION = "åtgärd"
    INFO = "info"
    NOTE = "notering"
    REJECTION = "avslag"  # a reasoned no: the point's submitter is told the reason
    POSTPONED = "flyttas"  # to the next meeting
