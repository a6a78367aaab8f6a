"""The points every meeting of a council has, editable by its officers."""

from __future__ import annotations

from datetime import datetime

from bot.agenda.points import MAX_TITLE, UowFactory
from bot.authz import Action
from bot.context import council_for, require, viewer_of
from bot.errors import UserError
from storage.models import StandingPoint


class Standing:
    _uow: UowFactory

    def standing(self, *, team_id: str, channel_id: str) -> list[tuple[int, str, str | None]]:
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            return [(s.id, s.title, s.kind) for s in uow.standing.for_council(council.id)]

    def add_standing(
        self, *, team_id: str, channel_id: str, user_id: str, title: str, now: datetime
    ) -> None:
        title = " ".join(title.split())
        if not title:
            raise UserError("standing.need_title")
        if len(title) > MAX_TITLE:
            raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            require(uow, council, viewer, Action.CHANGE_SETTINGS, now=now)
            existing = uow.standing.for_council(council.id)
            # New standing points go before övriga frågor, which closes every meeting.
            for s in existing:
                if s.kind == "ovriga":
                    s.position = len(existing) + 1
            uow.standing.add(
                StandingPoint(council_id=council.id, position=len(existing), title=title)
            )
            uow.events.append(
                "standing.added",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"title": title},
            )
            uow.commit()

    def remove_standing(
        self, *, team_id: str, channel_id: str, user_id: str, number: int, now: datetime
    ) -> str:
        with self._uow() as uow:
            council = council_for(uow, team_id, channel_id)
            viewer = viewer_of(uow, council, user_id, now=now)
            require(uow, council, viewer, Action.CHANGE_SETTINGS, now=now)
            existing = uow.standing.for_council(council.id)
            if not 1 <= number <= len(existing):
                raise UserError("standing.no_such", number=number, count=len(existing))
            gone = existing[number - 1]
            uow.standing.delete(gone)
            uow.events.append(
                "standing.removed",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"title": gone.title},
            )
            uow.commit()
            return gone.title
