"""Action items (åtgärder): listed for the council, closed by their owner or an officer.

They come from the åtgärd lines of published minutes (bot.minutes.publish) and stay on the
uppföljning point of every agenda until closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.core.authz import Action, audience_of
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.notices import Notice, owe
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized, council_at, require, viewer_for
from bot.core.vocabulary import ActionStatus

UowFactory = Callable[[], UnitOfWork]
MAX_COMMENT = 1000


@dataclass(frozen=True)
class ActionLine:
    id: int
    text: str
    owner: str | None
    mine: bool
    due: date | None
    overdue: bool


@dataclass(frozen=True)
class ActionList:
    council_name: str
    lang: str
    items: list[ActionLine]


@dataclass(frozen=True)
class Closed:
    id: int
    text: str
    lang: str
    notices: tuple[Notice, ...]


class ActionItemService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def open_items(self, *, who: Account, where: Conversation, now: datetime) -> ActionList:
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.SEE_ACTIONS, now=now)
            today = now.astimezone(ZoneInfo(council.timezone)).date()
            items = []
            for item in uow.actions.open_for_council(council.id, audience=audience_of(viewer)):
                owner = uow.people.get(item.owner_id) if item.owner_id else None
                items.append(
                    ActionLine(
                        id=item.id,
                        text=item.text,
                        owner=owner.display_name if owner else None,
                        mine=owner is not None and owner.id == viewer.person_id,
                        due=item.due_on,
                        overdue=item.due_on is not None and item.due_on < today,
                    )
                )
            return ActionList(council.name, council.language, items)

    def close(
        self,
        *,
        who: Account,
        where: Conversation,
        item_id: int,
        comment: str | None,
        now: datetime,
    ) -> Closed:
        comment = (comment or "").strip() or None
        if comment and len(comment) > MAX_COMMENT:
            raise UserError("error.too_long", length=len(comment), limit=MAX_COMMENT)
        with self._uow() as uow:
            council = council_at(uow, where)
            viewer = viewer_for(uow, council, who, now=now)
            item = uow.actions.get(council.id, item_id, audience=audience_of(viewer))
            if item is None:
                raise UserError("atgard.not_found", id=item_id)
            if viewer.person_id is None or viewer.person_id != item.owner_id:
                require(uow, council, viewer, Action.CLOSE_ACTIONS, now=now)
            if item.status == ActionStatus.DONE:
                raise UserError("atgard.already_closed", id=item_id)
            item.status, item.closed_at, item.comment = ActionStatus.DONE, now, comment
            uow.events.append(
                "action.closed",
                at=now,
                council_id=council.id,
                meeting_id=item.meeting_id,
                actor_id=viewer.person_id,
                data={"item_id": item.id},
            )
            owner = uow.people.get(item.owner_id) if item.owner_id else None
            closer = uow.people.get(viewer.person_id) if viewer.person_id else None
            notices: tuple[Notice, ...] = ()
            if owner is not None and owner.id != viewer.person_id:
                notices = (
                    Notice(
                        owner.id,
                        "atgard.notice.closed",
                        {
                            "id": item.id,
                            "text": item.text,
                            "name": closer.display_name if closer else who.external_id,
                            "council": council.name,
                        },
                        council.language,
                        council.id,  # not about the item: it is closed
                    ),
                )
            result = Closed(item.id, item.text, council.language, notices)
            owe(uow, notices, now)
            uow.commit()
            return result
