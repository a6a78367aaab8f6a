"""The nämnd's decisions as the council records them: the terms its meetings are paid on (the
council's default, a meeting kind's, one meeting's) and who pays (bot.fees.terms holds the
rules). Anyone in the council may read them; the officers change them, and the chair's audit
log says who did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from adapters.storage.models import Council
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized, council_at
from bot.core.vocabulary import MeetingKind
from bot.fees.claims import Terms
from bot.fees.terms import council_terms, kind_terms, parts_text, terms_json

UowFactory = Callable[[], UnitOfWork]
MAX_PAYER = 200


@dataclass(frozen=True)
class Target:
    """What a decision is for: a meeting kind, one meeting (by number), or (neither) the
    council's default."""

    kind: MeetingKind | None = None
    meeting: int | None = None


@dataclass(frozen=True)
class FeeTerms:
    """The council's terms as they now stand; `meeting` the one meeting just set, if any."""

    council_name: str
    lang: str
    default: Terms
    kinds: dict[MeetingKind, Terms]
    payer: str | None
    meeting: tuple[int, Terms | None] | None = None


def _view(council: Council, meeting: tuple[int, Terms | None] | None = None) -> FeeTerms:
    return FeeTerms(
        council.name,
        council.language,
        council_terms(council),
        kind_terms(council),
        council.fee_payer,
        meeting,
    )


class DecisionService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def terms(self, *, where: Conversation) -> FeeTerms:
        with self._uow() as uow:
            return _view(council_at(uow, where))

    def decide(
        self,
        *,
        who: Account,
        where: Conversation,
        target: Target,
        terms: Terms | None,
        now: datetime,
    ) -> FeeTerms:
        """Record the decision for `target`; `terms` None: a kind or a meeting goes back to
        the council's (or its kind's) terms."""
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.CHANGE_SETTINGS, now=now)
            stored = None if terms is None else terms_json(terms)
            data: dict[str, Any] = {"terms": stored}
            shown: tuple[int, Terms | None] | None = None
            if target.meeting is not None:
                meeting = uow.meetings.get(council.id, target.meeting)
                if meeting is None:
                    raise UserError("mote.not_found")
                meeting.fee_terms = stored
                data["meeting_id"] = meeting.id
                shown = (meeting.id, terms)
            elif target.kind is not None:
                kinds = dict(council.fee_kind_terms or {})
                if stored is None:
                    kinds.pop(target.kind.value, None)
                else:
                    kinds[target.kind.value] = stored
                council.fee_kind_terms = kinds or None
                data["kind"] = target.kind.value
            elif terms is None:
                raise UserError("arvode.terms.default_needs_level")
            else:
                council.fee_level = int(terms.level)
                council.fee_parts = parts_text(terms.parts)
                council.fee_decision = terms.decision
            uow.events.append(
                "council.fee_settings_changed",
                at=now,
                council_id=council.id,
                actor_id=actor.person_id,
                data=data,
            )
            view = _view(council, shown)
            uow.commit()
            return view

    def name_payer(
        self, *, who: Account, where: Conversation, payer: str | None, now: datetime
    ) -> FeeTerms:
        """The nämnd or unit that pays the council's claims; None: the council alone."""
        if payer is not None and not 0 < len(payer) <= MAX_PAYER:
            raise UserError("arvode.payer.too_long", limit=MAX_PAYER)
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.CHANGE_SETTINGS, now=now)
            council.fee_payer = payer
            uow.events.append(
                "council.fee_settings_changed",
                at=now,
                council_id=council.id,
                actor_id=actor.person_id,
                data={"payer_named": payer is not None},
            )
            view = _view(council)
            uow.commit()
            return view
