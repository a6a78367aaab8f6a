"""What a council's meetings pay: the nämnd's decision, as stored for a council.

The decision must be minuted and name the level and any limits to it (shared/seeds/001
L3752–3761); the nämnd may pay only some parts of a level (L3763–3764, L3845, L3866) and may
decide for a year of meetings at once (L3783–3784). So the council has a default, each meeting
kind may have its own (a working group is typically level 2, L3853–3860), and one meeting may
be set apart (an information meeting at level 3, L3869–3872). A meeting's terms are its own,
else its kind's, else the council's.

The payer is the nämnd or unit that invites (L3750–3751): councils naming the same payer share
one day fee a day (L3851); a council naming none is its own payer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adapters.storage.models import Council
from bot.core.vocabulary import MeetingKind
from bot.fees.claims import ALL_PARTS, Part, Terms
from bot.fees.rules import FeeLevel

# A regionråd's monthly fee in Västra Götaland, 2022, the guideline's last year of validity:
# the default cap, / 165 an hour (L3797–3799). Councils change it with `tak`.
REGIONRAD_MONTHLY = 74_513


def parts_text(parts: frozenset[Part]) -> str | None:
    """As stored: the parts by name, None for all of them."""
    if parts == ALL_PARTS:
        return None
    return ",".join(p.value for p in Part if p in parts)


def parts_from(text: str | None) -> frozenset[Part]:
    if text is None:
        return ALL_PARTS
    return frozenset(Part(p) for p in text.split(",") if p)


def terms_json(terms: Terms) -> dict[str, Any]:
    return {
        "level": int(terms.level),
        "parts": parts_text(terms.parts),
        "decision": terms.decision,
    }


def terms_from(data: Mapping[str, Any]) -> Terms:
    return Terms(FeeLevel(data["level"]), parts_from(data.get("parts")), data.get("decision"))


def council_terms(council: Council) -> Terms:
    """The council's default."""
    return Terms(FeeLevel(council.fee_level), parts_from(council.fee_parts), council.fee_decision)


def kind_terms(council: Council) -> dict[MeetingKind, Terms]:
    """The meeting kinds that have terms of their own."""
    stored = council.fee_kind_terms or {}
    return {MeetingKind(kind): terms_from(data) for kind, data in stored.items()}


def meeting_terms(council: Council, kind: MeetingKind, own: Mapping[str, Any] | None) -> Terms:
    """A meeting's terms: its own (`own`, as stored with it), its kind's or the council's."""
    if own is not None:
        return terms_from(own)
    return kind_terms(council).get(kind) or council_terms(council)


def payer_of(council: Council) -> str:
    """Who pays the council's claims: the payer it names, or the council itself."""
    return council.fee_payer or f"council:{council.id}"


def pays(terms: Terms, council: Council) -> bool:
    """Whether a meeting on these terms pays anything to claim: not at level 3, nor only a day
    fee while the council has set no amounts for it (its members are not asked to claim
    nothing)."""
    if terms.pays(Part.DAY_FEE):
        return bool(council.fee_half_day or council.fee_full_day)
    return any(terms.pays(p) for p in ALL_PARTS)
