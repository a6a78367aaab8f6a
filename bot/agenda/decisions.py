"""Status changes of a point, each logged and told to whoever sent it."""

from __future__ import annotations

from datetime import datetime
from typing import Unpack

from adapters.storage.models import AgendaPoint, Council, Meeting
from bot.agenda.additions import agenda_addition
from bot.agenda.moves import carry, meeting_phrase, next_meeting_of_kind, notice_submitter
from bot.agenda.points import MIN_REASON, OPEN, Change, UowFactory, accepts_points, point_info
from bot.core.audience import Audience
from bot.core.authz import Action, Viewer, audience_of, require_submitter
from bot.core.errors import UserError
from bot.core.notices import ChannelNotice, Notice, owe
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import council_at, require, viewer_for
from bot.core.vocabulary import PointStatus
from bot.meetings.asked import Caller
from bot.meetings.service import upcoming_by_number


def living(uow: UnitOfWork, point: AgendaPoint, readers: Audience) -> AgendaPoint:
    """A moved point lives on as its copy: its number (in a receipt, on an old button) and
    its message keep naming it wherever it has moved since."""
    while point.status == PointStatus.MOVED:
        copy = uow.points.copy_of(point.council_id, point.id, audience=readers)
        if copy is None:
            break
        point = copy
    return point


class Decisions:
    _uow: UowFactory
    _tells: bool  # queues its notices itself (bot.core.notices), unless part of a bigger change

    def _changing(
        self, uow: UnitOfWork, caller: Caller, point_id: int, now: datetime
    ) -> tuple[Council, Viewer, AgendaPoint]:
        council = council_at(uow, caller["where"])
        viewer = viewer_for(uow, council, caller["who"], now=now)
        readers = audience_of(viewer)
        point = uow.points.get(council.id, point_id, audience=readers)
        if point is None:
            raise UserError("punkt.not_found", id=point_id)
        return council, viewer, living(uow, point, readers)

    def _record(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        point: AgendaPoint,
        kind: str | None,
        now: datetime,
        notice_key: str,
        *,
        told: tuple[list[Notice], list[ChannelNotice]] = ([], []),
        **params: object,
    ) -> Change:
        """Log the change (unless already logged) and tell the submitter, unless it was them,
        and whoever else is `told`: queued with the change, in its transaction."""
        uow.flush()
        if kind is not None:
            uow.events.append(
                kind,
                at=now,
                council_id=council.id,
                meeting_id=point.meeting_id,
                actor_id=viewer.person_id,
                data={"point_id": point.id, "status": point.status.value},
            )
        change = Change(point=point_info(uow, point))
        if change.point.submitter_user_id != viewer.account:
            change.notices += notice_submitter(uow, council, point, notice_key, **params)
        change.notices += told[0]
        change.posts += told[1]
        if self._tells:
            owe(uow, [*change.notices, *change.posts], now)
        uow.commit()
        return change

    def _require_open(self, point: AgendaPoint) -> None:
        if point.status not in OPEN:
            raise UserError("punkt.already_settled", id=point.id, status=point.status.value)

    def place(
        self,
        *,
        point_id: int,
        ovriga: bool,
        now: datetime,
        **caller: Unpack[Caller],
    ) -> Change:
        """Take a late point on the agenda, or under övriga frågor."""
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            if point.meeting_id is None:
                raise UserError("punkt.no_meeting_yet", id=point.id)
            newly = point.status != PointStatus.ON_AGENDA
            point.status = PointStatus.ON_AGENDA
            point.under_ovriga = ovriga
            meeting = uow.meetings.get(council.id, point.meeting_id)
            assert meeting is not None
            told = (
                agenda_addition(
                    uow,
                    council,
                    meeting,
                    point,
                    ovriga=ovriga,
                    actor_id=viewer.person_id,
                    now=now,
                )
                if newly
                else ([], [])
            )
            return self._record(
                uow,
                council,
                viewer,
                point,
                "point.placed",
                now,
                "punkt.notice.ovriga" if ovriga else "punkt.notice.placed",
                told=told,
                meeting=meeting_phrase(council, meeting),
            )

    def move(
        self,
        *,
        point_id: int,
        to_meeting_id: int | None,
        now: datetime,
        **caller: Unpack[Caller],
    ) -> Change:
        """Move a point to a later meeting (the next of the same kind unless one is named)."""
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            current = uow.meetings.get(council.id, point.meeting_id) if point.meeting_id else None
            target = self._move_target(uow, council, viewer, current, to_meeting_id, now)
            carry(uow, council, point, target, now)
            label = meeting_phrase(council, target) if target else Ref("punkt.next_planned")
            return self._record(
                uow, council, viewer, point, None, now, "punkt.notice.moved", meeting=label
            )

    def _move_target(
        self,
        uow: UnitOfWork,
        council: Council,
        viewer: Viewer,
        current: Meeting | None,
        to_meeting_id: int | None,
        now: datetime,
    ) -> Meeting | None:
        if to_meeting_id is not None:
            if current is not None and to_meeting_id == current.id:
                raise UserError("punkt.no_such_meeting", id=to_meeting_id)
            return upcoming_by_number(
                uow,
                council,
                viewer,
                to_meeting_id,
                now=now,
                not_found="punkt.no_such_meeting",
                usable=lambda v, m: accepts_points(m, v),
            )
        if current is None:
            raise UserError("punkt.no_meeting_yet", id=0)
        return next_meeting_of_kind(uow, council, current)

    def reject(
        self,
        *,
        point_id: int,
        reason: str,
        now: datetime,
        **caller: Unpack[Caller],
    ) -> Change:
        """A reasoned no: the reason is required, because users still feel it as influence."""
        reason = reason.strip()
        if len(reason) < MIN_REASON:
            raise UserError("punkt.reason_required", id=point_id)
        return self._settle(
            caller,
            point_id,
            now,
            status=PointStatus.REJECTED,
            text=reason,
            kind="point.rejected",
            notice_key="punkt.notice.rejected",
            reason=reason,
        )

    def handle(
        self,
        *,
        point_id: int,
        outcome: str,
        now: datetime,
        **caller: Unpack[Caller],
    ) -> Change:
        outcome = outcome.strip()
        if not outcome:
            raise UserError("punkt.outcome_required", id=point_id)
        return self._settle(
            caller,
            point_id,
            now,
            status=PointStatus.HANDLED,
            text=outcome,
            kind="point.handled",
            notice_key="punkt.notice.handled",
            outcome=outcome,
        )

    def _settle(
        self,
        caller: Caller,
        point_id: int,
        now: datetime,
        *,
        status: PointStatus,
        text: str,
        kind: str,
        notice_key: str,
        **params: object,
    ) -> Change:
        """Close an open point with its outcome text (the reason, for a no)."""
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            self._require_open(point)
            point.status = status
            point.outcome = text
            return self._record(uow, council, viewer, point, kind, now, notice_key, **params)

    def withdraw(self, *, point_id: int, now: datetime, **caller: Unpack[Caller]) -> Change:
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            return self._withdraw(uow, council, viewer, point, now)

    def _withdraw(
        self, uow: UnitOfWork, council: Council, viewer: Viewer, point: AgendaPoint, now: datetime
    ) -> Change:
        """Its sender takes an open point back (by /punkt återta, or by deleting its message)."""
        require_submitter(viewer, point.submitter_id)
        self._require_open(point)
        point.status = PointStatus.WITHDRAWN
        return self._record(
            uow, council, viewer, point, "point.withdrawn", now, "punkt.notice.withdrawn"
        )

    def reorder(
        self,
        *,
        point_id: int,
        up: bool,
        now: datetime,
        **caller: Unpack[Caller],
    ) -> Change:
        """Swap a point with its neighbour on the agenda (nobody is told: nothing changed)."""
        with self._uow() as uow:
            council, viewer, point = self._changing(uow, caller, point_id, now)
            require(uow, council, viewer, Action.MANAGE_AGENDA, now=now)
            if point.meeting_id is None or point.status != PointStatus.ON_AGENDA:
                raise UserError("punkt.not_on_agenda", id=point.id)
            row = [
                p
                for p in uow.points.for_meeting(point.meeting_id)
                if p.status == PointStatus.ON_AGENDA and p.under_ovriga == point.under_ovriga
            ]
            index = row.index(point)
            other_index = index - 1 if up else index + 1
            if not 0 <= other_index < len(row):
                return Change(point=point_info(uow, point))
            other = row[other_index]
            # Positions may tie (equal ids order them), so renumber the row before swapping.
            for i, p in enumerate(row):
                p.position = i
            point.position, other.position = other.position, point.position
            uow.events.append(
                "point.reordered",
                at=now,
                council_id=council.id,
                meeting_id=point.meeting_id,
                actor_id=viewer.person_id,
                data={"point_id": point.id, "up": up},
            )
            change = Change(point=point_info(uow, point))
            uow.commit()
            return change
