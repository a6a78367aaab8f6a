"""The points every meeting of one kind has, editable by the council's officers.

Each kind of meeting has its own (the förmöte's are the associations': the unit neither sees
nor changes them).
"""

from __future__ import annotations

from datetime import datetime

from adapters.storage.models import Council, StandingPoint
from bot.agenda.points import MAX_TITLE, UowFactory
from bot.core.authz import Action, Viewer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import council_at, require, viewer_for
from bot.core.vocabulary import MeetingKind


def _caller(
    uow: UnitOfWork, who: Account, where: Conversation, kind: MeetingKind, now: datetime
) -> tuple[Council, Viewer]:
    council = council_at(uow, where)
    viewer = viewer_for(uow, council, who, now=now)
    if kind == MeetingKind.FORMOTE:
        require(uow, council, viewer, Action.SEE_FORMOTE, now=now)
    return council, viewer


class Standing:
    _uow: UowFactory

    def standing(
        self, *, who: Account, where: Conversation, kind: MeetingKind, now: datetime
    ) -> list[tuple[int, str, str | None]]:
        with self._uow() as uow:
            council, _ = _caller(uow, who, where, kind, now)
            return [(s.id, s.title, s.kind) for s in uow.standing.for_council(council.id, kind)]

    def add_standing(
        self,
        *,
        who: Account,
        where: Conversation,
        kind: MeetingKind,
        title: str,
        now: datetime,
    ) -> None:
        title = " ".join(title.split())
        if not title:
            raise UserError("standing.need_title")
        if len(title) > MAX_TITLE:
            raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
        with self._uow() as uow:
            council, viewer = _caller(uow, who, where, kind, now)
            require(uow, council, viewer, Action.CHANGE_SETTINGS, now=now)
            existing = uow.standing.for_council(council.id, kind)
            # New standing points go before övriga frågor, which closes every meeting.
            for s in existing:
                if s.kind == "ovriga":
                    s.position = len(existing) + 1
            uow.standing.add(
                StandingPoint(
                    council_id=council.id, meeting_kind=kind, position=len(existing), title=title
                )
            )
            uow.events.append(
                "standing.added",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"title": title, "meeting_kind": kind.value},
            )
            uow.commit()

    def remove_standing(
        self,
        *,
        who: Account,
        where: Conversation,
        kind: MeetingKind,
        number: int,
        now: datetime,
    ) -> str:
        with self._uow() as uow:
            council, viewer = _caller(uow, who, where, kind, now)
            require(uow, council, viewer, Action.CHANGE_SETTINGS, now=now)
            existing = uow.standing.for_council(council.id, kind)
            if not 1 <= number <= len(existing):
                raise UserError(
                    "standing.no_such", number=number, count=len(existing), kind=_word(kind)
                )
            gone = existing[number - 1]
            uow.standing.delete(gone)
            uow.events.append(
                "standing.removed",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"title": gone.title, "meeting_kind": kind.value},
            )
            uow.commit()
            return gone.title


def _word(kind: MeetingKind) -> str:
    """What follows `/brukarrad stående` to name the kind ("" for the stormöte's)."""
    return "" if kind == MeetingKind.STORMOTE else f" {kind.value}"
