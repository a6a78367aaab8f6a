"""App Home: each person's own view of their councils — what is coming, and where their points
and action items stand. Only councils they belong to, only meetings they may see."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from bot.agenda import PointInfo, point_infos
from bot.core.authz import Action, allowed, audience_of
from bot.core.identity import Account
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewer_for
from bot.kallelse.service import DeliveryStatus, delivery_status
from bot.meetings.service import MeetingInfo, meeting_info, visible_to

UowFactory = Callable[[], UnitOfWork]
SHOWN_MEETINGS = 3
SHOWN_POINTS = 5


@dataclass(frozen=True)
class CouncilHome:
    name: str
    conversation: str | None
    lang: str
    roles: tuple[str, ...]
    meetings: list[MeetingInfo]
    points: list[PointInfo]
    actions: list[tuple[int, str, date | None]]  # id, text, due date
    # For the officers: where the kallelser sent for the coming meetings stand.
    kallelser: list[DeliveryStatus]


class HomeService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def overview(self, *, who: Account, now: datetime) -> list[CouncilHome]:
        with self._uow() as uow:
            person = uow.directory.person(who)
            if person is None:
                return []
            homes = []
            for council in uow.councils.by_ids(uow.memberships.council_ids_of(person.id, now=now)):
                viewer = viewer_for(uow, council, who, now=now)
                readers = audience_of(viewer)
                coming = [
                    m for m in uow.meetings.upcoming(council.id, now=now) if visible_to(viewer, m)
                ][:SHOWN_MEETINGS]
                meetings = [meeting_info(council, m) for m in coming]
                kallelser = [
                    delivery_status(uow, council, m, now)
                    for m in coming
                    if m.kallelse_sent_at is not None and allowed(Action.SEND_KALLELSE, viewer)
                ]
                homes.append(
                    CouncilHome(
                        name=council.name,
                        conversation=council.conversation,
                        lang=council.language,
                        roles=tuple(sorted(r.value for r in viewer.roles)),
                        meetings=meetings,
                        # Someone now with the unit no longer sees their old förmöte points.
                        points=point_infos(
                            uow,
                            uow.points.sent_by(
                                council.id, person.id, audience=readers, limit=SHOWN_POINTS
                            ),
                        ),
                        actions=[
                            (i.id, i.text, i.due_on)
                            for i in uow.actions.open_for_owner(
                                council.id, person.id, audience=readers
                            )
                        ],
                        kallelser=kallelser,
                    )
                )
            return homes
